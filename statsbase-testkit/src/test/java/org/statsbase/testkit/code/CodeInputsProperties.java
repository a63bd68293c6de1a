package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The spellings CodeInputs generates are exactly the ones DOMAIN.md's normalisation folds together. */
class CodeInputsProperties {

    @Property
    void everySpellingNormalisesToTheCanonicalText(@ForAll("pairs") String[] pair) {
        String folded = Normalizer.normalize(pair[1], Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        assertThat(folded).isEqualTo(pair[0]);
    }

    @Provide
    Arbitrary<String[]> pairs() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(18)
                .flatMap(c -> CodeInputs.spellingsOf(c).map(s -> new String[] {c, s}));
    }
}
