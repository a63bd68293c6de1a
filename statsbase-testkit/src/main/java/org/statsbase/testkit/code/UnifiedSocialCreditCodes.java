package org.statsbase.testkit.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.OrganizationCategory;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.Province;
import org.statsbase.core.code.RegistrationAuthority;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.code.UnifiedSocialCreditCode.Reason;

/**
 * jqwik arbitraries for {@link UnifiedSocialCreditCode} (GB 32100-2015): valid codes of every
 * registration authority and organisation category, and for each {@link Reason} inputs that fail
 * for exactly that reason.
 *
 * <p>Valid codes have a registration division whose first two digits are a GB/T 2260 province or
 * {@code 10}, followed by four random digits (the standard never requires the division to exist
 * today), and an organisation code that passes GB 11714, its body made of digits or of the
 * code's charset.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class UnifiedSocialCreditCodes {

    /** The 31 characters of GB 32100-2015, in value order. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Characters outside the charset that stay outside it after normalisation (no blanks). */
    private static final String ILLEGAL = "IOSVZiosvz-_/.#*+@中";

    private static final String AUTHORITY_CODES;
    private static final List<Integer> DIVISION_PREFIXES = new ArrayList<>();
    private static final List<Integer> UNKNOWN_PREFIXES = new ArrayList<>();

    static {
        StringBuilder authorities = new StringBuilder();
        for (RegistrationAuthority a : RegistrationAuthority.values()) {
            authorities.append(a.code());
        }
        AUTHORITY_CODES = authorities.toString();
        for (int p = 0; p < 100; p++) {
            (p == 10 || Province.isKnown(p) ? DIVISION_PREFIXES : UNKNOWN_PREFIXES).add(p);
        }
    }

    private UnifiedSocialCreditCodes() {
    }

    /**
     * Valid codes; every authority/category pair occurs.
     *
     * @return valid unified social credit codes (统一社会信用代码, GB 32100-2015)
     */
    public static Arbitrary<UnifiedSocialCreditCode> valid() {
        return validText().map(UnifiedSocialCreditCode::parse);
    }

    /**
     * The canonical text of valid codes (18 upper-case characters).
     *
     * @return the canonical texts of valid codes
     */
    public static Arbitrary<String> validText() {
        Arbitrary<OrganizationCategory> category = Arbitraries.of(OrganizationCategory.class);
        Arbitrary<String> division = Combinators.combine(Arbitraries.of(DIVISION_PREFIXES),
                Arbitraries.strings().numeric().ofLength(4)).as((p, rest) -> twoDigits(p) + rest);
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.strings().withChars(CHARSET).ofLength(8));
        return Combinators.combine(category, division, body)
                .as((c, d, b) -> withCheck(c.prefix() + d + b + OrganizationCode.checkCharacter(b)));
    }

    /**
     * Inputs whose {@code check} fails with exactly {@code reason}. Apart from {@link Reason#EMPTY}
     * (blanks, and {@code null}) and {@link Reason#WRONG_LENGTH} they are 18 characters that differ
     * from a valid code only in what the reason names, with the check character recomputed where
     * a later clause would otherwise fail too.
     *
     * @param reason the reason {@code UnifiedSocialCreditCode.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> failingWith(Reason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EMPTY:
                return Arbitraries.strings().withChars(" \t\u3000").ofMaxLength(4).injectNull(0.1);
            case WRONG_LENGTH:
                return Arbitraries.oneOf(
                        validText().flatMap(t -> Arbitraries.integers().between(1, 17).map(n -> t.substring(0, n))),
                        validText().flatMap(t -> Arbitraries.strings().withChars(CHARSET).ofMinLength(1)
                                .ofMaxLength(12).map(extra -> t + extra)));
            case ILLEGAL_CHARACTER:
                return Combinators.combine(validText(), Arbitraries.integers().between(0, 17),
                        Arbitraries.of(chars(ILLEGAL))).as((t, i, c) -> replace(t, i, c));
            case UNKNOWN_AUTHORITY:
                return Combinators.combine(validText(), Arbitraries.of(chars(without(CHARSET, AUTHORITY_CODES))))
                        .as((t, a) -> withCheck(a + t.substring(1, 17)));
            case UNKNOWN_CATEGORY:
                return validText().flatMap(t -> Arbitraries.of(chars(without(CHARSET, categoriesOf(t.charAt(0)))))
                        .map(c -> withCheck(t.charAt(0) + "" + c + t.substring(2, 17))));
            case BAD_DIVISION:
                return Arbitraries.oneOf(
                        Combinators.combine(validText(), Arbitraries.integers().between(2, 7),
                                Arbitraries.of(chars(CHARSET.substring(10))))
                                .as((t, i, c) -> withCheck(replace(t, i, c).substring(0, 17))),
                        Combinators.combine(validText(), Arbitraries.of(UNKNOWN_PREFIXES))
                                .as((t, p) -> withCheck(t.substring(0, 2) + twoDigits(p) + t.substring(4, 17))));
            case BAD_ORGANIZATION_CHECK:
                return validText().flatMap(t -> Arbitraries.of(chars(without(CHARSET, t.substring(16, 17))))
                        .map(c -> withCheck(t.substring(0, 16) + c)));
            case BAD_CHECK_CHARACTER:
                return validText().flatMap(t -> Arbitraries.of(chars(without(CHARSET, t.substring(17))))
                        .map(c -> t.substring(0, 17) + c));
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }

    private static String withCheck(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static String twoDigits(int p) {
        return p < 10 ? "0" + p : Integer.toString(p);
    }

    private static String categoriesOf(char authority) {
        StringBuilder out = new StringBuilder();
        RegistrationAuthority.ofCode(authority).orElseThrow().categories().forEach(c -> out.append(c.code()));
        return out.toString();
    }

    static String replace(String s, int index, char c) {
        return s.substring(0, index) + c + s.substring(index + 1);
    }

    static String without(String chars, String excluded) {
        StringBuilder out = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (excluded.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>(s.length());
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }
}
