package org.statsbase.core.code.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DOMAIN.md, Identifiers: input is normalised — NFKC, trimmed, upper-cased — before checking. */
class CodeTextProperties {

    @Property
    void normalisationIsNfkcStrippedUpperCase(@ForAll String any) {
        String expected = Normalizer.normalize(any, Normalizer.Form.NFKC).strip();
        StringBuilder upper = new StringBuilder();
        expected.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c)));
        assertThat(CodeText.normalize(any)).isEqualTo(upper.toString());
    }

    @Property
    void normalisationIsIdempotent(@ForAll String any) {
        String once = CodeText.normalize(any);
        assertThat(CodeText.normalize(once)).isEqualTo(once);
    }

    @Property
    void canonicalAsciiIsReturnedWithoutCopying(@ForAll("canonical") String canonical) {
        assertThat(CodeText.normalize(canonical)).isSameAs(canonical);
    }

    @Property
    void fullWidthAndLowerCaseBecomeAscii(@ForAll("canonical") String canonical) {
        StringBuilder wide = new StringBuilder();
        canonical.toLowerCase(Locale.ROOT).chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
        assertThat(CodeText.normalize("\u3000" + wide + " ")).isEqualTo(canonical);
    }

    @Provide
    Arbitrary<String> canonical() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').withChars('-')
                .ofMinLength(1).ofMaxLength(20);
    }
}
