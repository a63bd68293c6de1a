package org.statsbase.testkit.code;

import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs that a user may type for a code and that must normalise to the same canonical text:
 * full-width characters (NFKC), lower-case letters, surrounding blanks including the
 * ideographic space U+3000.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class CodeInputs {

    private static final String BLANKS = " \t\u3000";

    private CodeInputs() {
    }

    /**
     * Spellings of {@code canonical} that normalise to it; the canonical text itself among them.
     *
     * @param canonical the canonical text of a code or period
     * @return spellings of {@code canonical}: full-width, lower-case, blank-padded and the text itself
     */
    public static Arbitrary<String> spellingsOf(String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        Arbitrary<boolean[]> fullWidth = Arbitraries.of(true, false).array(boolean[].class)
                .ofSize(canonical.length());
        Arbitrary<boolean[]> lowerCase = Arbitraries.of(true, false).array(boolean[].class)
                .ofSize(canonical.length());
        Arbitrary<String> blanks = Arbitraries.strings().withChars(BLANKS).ofMaxLength(3);
        return Combinators.combine(fullWidth, lowerCase, blanks, blanks)
                .as((wide, lower, before, after) -> before + respell(canonical, wide, lower) + after)
                .edgeCases(config -> config.add(canonical));
    }

    private static String respell(String canonical, boolean[] wide, boolean[] lower) {
        StringBuilder out = new StringBuilder(canonical.length());
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (lower[i] && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (wide[i] && c > 0x20 && c < 0x7F) {
                c = (char) (c - 0x21 + 0xFF01);
            }
            out.append(c);
        }
        return out.toString();
    }
}
