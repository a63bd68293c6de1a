package org.statsbase.testkit.code;

import static org.statsbase.testkit.code.UnifiedSocialCreditCodes.chars;
import static org.statsbase.testkit.code.UnifiedSocialCreditCodes.replace;
import static org.statsbase.testkit.code.UnifiedSocialCreditCodes.without;

import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.OrganizationCode.Reason;

/**
 * jqwik arbitraries for {@link OrganizationCode} (GB 11714): valid codes, and for each
 * {@link Reason} inputs that fail for exactly that reason.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class OrganizationCodes {

    /** The body characters of GB 11714: digits and upper-case letters. */
    public static final String BODY_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** The check characters of GB 11714. */
    public static final String CHECK_CHARACTERS = "0123456789X";

    /** Characters that are neither body characters nor a hyphen, also after normalisation (no blanks). */
    private static final String ILLEGAL = "_/.#*+@中";

    private OrganizationCodes() {
    }

    /**
     * Valid codes.
     *
     * @return valid organisation codes (组织机构代码, GB 11714)
     */
    public static Arbitrary<OrganizationCode> valid() {
        return validText().map(OrganizationCode::parse);
    }

    /**
     * The canonical text of valid codes (nine characters, no hyphen); bodies of digits or of digits and letters.
     *
     * @return the nine-character canonical texts of valid codes
     */
    public static Arbitrary<String> validText() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.strings().withChars(BODY_CHARACTERS).ofLength(8))
                .map(body -> body + OrganizationCode.checkCharacter(body));
    }

    /**
     * Inputs whose {@code check} fails with exactly {@code reason} ({@link Reason#EMPTY} includes {@code null}).
     *
     * @param reason the reason {@code OrganizationCode.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> failingWith(Reason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EMPTY:
                return Arbitraries.strings().withChars(" \t\u3000").ofMaxLength(4).injectNull(0.1);
            case WRONG_LENGTH:
                return Arbitraries.strings().withChars(BODY_CHARACTERS).ofMinLength(1).ofMaxLength(20)
                        .filter(s -> s.length() != 9);
            case MISPLACED_HYPHEN:
                return Arbitraries.oneOf(
                        Combinators.combine(validText(), Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7, 9))
                                .as((t, i) -> t.substring(0, i) + '-' + t.substring(i)),
                        validText().map(t -> t.substring(0, 8) + "--" + t.charAt(8)));
            case ILLEGAL_CHARACTER:
                return Arbitraries.oneOf(
                        Combinators.combine(validText(), Arbitraries.integers().between(0, 7),
                                Arbitraries.of(chars(ILLEGAL))).as((t, i, c) -> replace(t, i, c)),
                        Combinators.combine(validText(),
                                Arbitraries.of(chars(without(BODY_CHARACTERS, CHECK_CHARACTERS))))
                                .as((t, c) -> replace(t, 8, c)));
            case BAD_CHECK_CHARACTER:
                return validText().flatMap(t -> Arbitraries.of(chars(without(CHECK_CHARACTERS, t.substring(8))))
                        .map(c -> replace(t, 8, c)));
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }
}
