package org.statsbase.core.code;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A 统一社会信用代码 (unified social credit code) of GB 32100-2015《法人和其他组织统一社会信用代码编码规则》.
 *
 * <p>Eighteen characters from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z; values
 * 0–30), clause 4: position 1 the {@link RegistrationAuthority 登记管理部门}, 2 the
 * {@link OrganizationCategory 机构类别}, 3–8 the 登记管理机关行政区划码 (GB/T 2260), 9–17 the
 * 主体标识码 (an {@link OrganizationCode} of GB 11714), 18 the check character (clause 5:
 * weights 3<sup>i−1</sup> mod 31, check = charset[(31 − Σ mod 31) mod 31]).
 *
 * <p>A code is issued once and never changes, so positions 3–8 may hold a division that has
 * since been abolished: they are checked to be six digits whose first two are a GB/T 2260
 * province ({@link Province}) or {@code 10} (national bodies), never against a current division
 * catalog.
 *
 * <p>Input is normalised first (NFKC, trimmed, upper-cased). {@link #isValid(CharSequence)}
 * allocates nothing when the input is valid and already canonical.
 *
 * <p>Thread safety: immutable.
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

    /** Why a code is invalid; checked in this order, the first failure reported. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.USCC_EMPTY),
        /** Not 18 characters; expected {@code 18}, actual the length. */
        WRONG_LENGTH(CoreError.USCC_WRONG_LENGTH),
        /** A character outside the code's 31 characters; the first such position is given. */
        ILLEGAL_CHARACTER(CoreError.USCC_ILLEGAL_CHARACTER),
        /** Position 1 is not a registration authority. */
        UNKNOWN_AUTHORITY(CoreError.USCC_UNKNOWN_AUTHORITY),
        /** Position 2 is not a category of the authority in position 1. */
        UNKNOWN_CATEGORY(CoreError.USCC_UNKNOWN_CATEGORY),
        /**
         * Positions 3–8 are not six digits (the first non-digit is given), or positions 3–4 are
         * neither a GB/T 2260 province nor {@code 10} (position 3 is given).
         */
        BAD_DIVISION(CoreError.USCC_BAD_DIVISION),
        /** Positions 9–17 fail the GB 11714 check; position 17 with expected and actual. */
        BAD_ORGANIZATION_CHECK(CoreError.USCC_BAD_ORGANIZATION_CHECK),
        /** Position 18 does not match; expected and actual given. */
        BAD_CHECK_CHARACTER(CoreError.USCC_BAD_CHECK_CHARACTER);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    /** The length of a code. */
    public static final int LENGTH = 18;

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String CHARSET_TEXT = "0-9, A-H, J-N, P-R, T, U, W-Y";
    private static final int RADIX = 31;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** The national-bodies prefix of positions 3–4 (100000). */
    private static final int NATIONAL = 10;
    private static final int ORGANIZATION_OFFSET = 8;

    /** Charset value of each ASCII character, −1 outside the charset. */
    private static final byte[] VALUES = new byte[128];
    /** Category by [authority value][category value]; a null row is an unknown authority. */
    private static final OrganizationCategory[][] CATEGORIES = new OrganizationCategory[RADIX][];
    private static final String AUTHORITIES_TEXT;
    private static final String[] CATEGORIES_TEXT = new String[RADIX];
    private static final String PROVINCES_TEXT;
    private static final Reason[] REASONS = Reason.values();

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUES[CHARSET.charAt(i)] = (byte) i;
        }
        StringJoiner authorities = new StringJoiner(", ");
        for (RegistrationAuthority a : RegistrationAuthority.values()) {
            int av = VALUES[a.code()];
            CATEGORIES[av] = new OrganizationCategory[RADIX];
            StringJoiner categories = new StringJoiner(", ");
            for (OrganizationCategory c : a.categories()) {
                CATEGORIES[av][VALUES[c.code()]] = c;
                categories.add(String.valueOf(c.code()));
            }
            CATEGORIES_TEXT[av] = categories.toString();
            authorities.add(String.valueOf(a.code()));
        }
        AUTHORITIES_TEXT = authorities.toString();
        StringJoiner provinces = new StringJoiner(", ");
        provinces.add(String.valueOf(NATIONAL));
        for (Province p : Province.values()) {
            provinces.add(p.codeText());
        }
        PROVINCES_TEXT = provinces.toString();
    }

    // The validator's answer packed in an int so that isValid allocates nothing:
    // bits 0-7 reason ordinal + 1 (0 = valid), 8-15 the 1-based position, 16-31 a detail
    // (the expected character, or DETAIL_PROVINCE for a bad province prefix).
    private static final int VALID = 0;
    private static final int DETAIL_PROVINCE = 1;

    private final String canonical;
    private final OrganizationCategory category;

    private UnifiedSocialCreditCode(String canonical, OrganizationCategory category) {
        this.canonical = canonical;
        this.category = category;
    }

    /**
     * Parses a code.
     *
     * @param input the 18 characters, in any accepted spelling (full-width, lower-case, blanks around)
     * @return the code
     * @throws InvalidCodeException with a {@link Reason} if the input is not a valid code
     */
    public static UnifiedSocialCreditCode parse(CharSequence input) {
        return check(input).orElseThrow();
    }

    /**
     * Checks a code; never throws, {@code null} gives {@link Reason#EMPTY}.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return the check: the code, or the reason it is not one
     */
    public static CodeCheck<UnifiedSocialCreditCode, Reason> check(CharSequence input) {
        String s = CodeText.normalize(input);
        int result = validate(s);
        if (result == VALID) {
            return CodeCheck.valid(s, new UnifiedSocialCreditCode(s, categoryOf(s)));
        }
        return describe(s, result);
    }

    /**
     * Whether the input is a valid code; never throws, {@code false} for {@code null}. Allocates
     * nothing when the input is already canonical (plain upper-case ASCII, no surrounding blanks).
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return whether the input is a valid code; never throws, {@code false} for {@code null}
     */
    public static boolean isValid(CharSequence input) {
        if (input == null) {
            return false;
        }
        CharSequence s = CodeText.isCanonicalAscii(input) ? input : CodeText.normalize(input);
        return validate(s) == VALID;
    }

    /**
     * The check character (position 18) of the first 17 characters of a code (GB 32100-2015
     * clause 5). Only the characters are checked, not their meaning: the authority, category,
     * division and organisation code of {@code first17} are not validated.
     *
     * @param first17 17 characters of the code's charset, normalised first like any input
     * @return the check character (position 18) of the first 17 characters of a code (GB 32100-2015 clause 5)
     * @throws NullPointerException if {@code first17} is null
     * @throws InvalidCodeException with {@link Reason#EMPTY}, {@link Reason#WRONG_LENGTH} (expected 17) or
     *                              {@link Reason#ILLEGAL_CHARACTER} if it is not 17 such characters
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        String s = CodeText.normalize(first17);
        if (s.isEmpty()) {
            throw new InvalidCodeException(CodeCheck.invalid(s, Reason.EMPTY));
        }
        if (s.length() != LENGTH - 1) {
            throw new InvalidCodeException(CodeCheck.invalid(s, Reason.WRONG_LENGTH, 0,
                    Integer.toString(LENGTH - 1), Integer.toString(s.length())));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = valueOf(s.charAt(i));
            if (v < 0) {
                throw new InvalidCodeException(CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1,
                        CHARSET_TEXT, String.valueOf(s.charAt(i))));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((RADIX - sum % RADIX) % RADIX);
    }

    /** The one validator behind check and isValid: 0 when valid, otherwise a packed failure. */
    private static int validate(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return fail(Reason.EMPTY, 0, 0);
        }
        if (n != LENGTH) {
            return fail(Reason.WRONG_LENGTH, 0, 0);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = valueOf(s.charAt(i));
            if (v < 0) {
                return fail(Reason.ILLEGAL_CHARACTER, i + 1, 0);
            }
            sum += v * WEIGHTS[i];
        }
        int last = valueOf(s.charAt(LENGTH - 1));
        if (last < 0) {
            return fail(Reason.ILLEGAL_CHARACTER, LENGTH, 0);
        }
        OrganizationCategory[] categories = CATEGORIES[VALUES[s.charAt(0)]];
        if (categories == null) {
            return fail(Reason.UNKNOWN_AUTHORITY, 1, 0);
        }
        if (categories[VALUES[s.charAt(1)]] == null) {
            return fail(Reason.UNKNOWN_CATEGORY, 2, 0);
        }
        for (int i = 2; i < ORGANIZATION_OFFSET; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return fail(Reason.BAD_DIVISION, i + 1, 0);
            }
        }
        int province = (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        if (province != NATIONAL && !Province.isKnown(province)) {
            return fail(Reason.BAD_DIVISION, 3, DETAIL_PROVINCE);
        }
        char organizationCheck = OrganizationCode.computeCheck(s, ORGANIZATION_OFFSET);
        if (s.charAt(LENGTH - 2) != organizationCheck) {
            return fail(Reason.BAD_ORGANIZATION_CHECK, LENGTH - 1, organizationCheck);
        }
        int check = (RADIX - sum % RADIX) % RADIX;
        if (last != check) {
            return fail(Reason.BAD_CHECK_CHARACTER, LENGTH, CHARSET.charAt(check));
        }
        return VALID;
    }

    private static int valueOf(char c) {
        return c < VALUES.length ? VALUES[c] : -1;
    }

    private static int fail(Reason reason, int position, int detail) {
        return (reason.ordinal() + 1) | position << 8 | detail << 16;
    }

    private static CodeCheck<UnifiedSocialCreditCode, Reason> describe(String s, int result) {
        Reason reason = REASONS[(result & 0xFF) - 1];
        int position = (result >>> 8) & 0xFF;
        int detail = result >>> 16;
        String actual = position == 0 ? "" : String.valueOf(s.charAt(position - 1));
        switch (reason) {
            case WRONG_LENGTH:
                return CodeCheck.invalid(s, reason, 0, Integer.toString(LENGTH), Integer.toString(s.length()));
            case ILLEGAL_CHARACTER:
                return CodeCheck.invalid(s, reason, position, CHARSET_TEXT, actual);
            case UNKNOWN_AUTHORITY:
                return CodeCheck.invalid(s, reason, position, AUTHORITIES_TEXT, actual);
            case UNKNOWN_CATEGORY:
                return CodeCheck.invalid(s, reason, position, CATEGORIES_TEXT[VALUES[s.charAt(0)]], actual);
            case BAD_DIVISION:
                return detail == DETAIL_PROVINCE
                        ? CodeCheck.invalid(s, reason, position, PROVINCES_TEXT, s.substring(2, 4))
                        : CodeCheck.invalid(s, reason, position, "0-9", actual);
            case BAD_ORGANIZATION_CHECK:
            case BAD_CHECK_CHARACTER:
                return CodeCheck.invalid(s, reason, position, String.valueOf((char) detail), actual);
            default:
                return CodeCheck.invalid(s, reason);
        }
    }

    private static OrganizationCategory categoryOf(CharSequence valid) {
        return CATEGORIES[VALUES[valid.charAt(0)]][VALUES[valid.charAt(1)]];
    }

    /**
     * 登记管理部门 (position 1).
     *
     * @return the registration authority (登记管理部门)
     */
    public RegistrationAuthority authority() {
        return category.authority();
    }

    /**
     * 机构类别 (position 2, read together with position 1).
     *
     * @return the organisation category (机构类别)
     */
    public OrganizationCategory category() {
        return category;
    }

    /**
     * 登记管理机关行政区划码 (positions 3–8), six digits as written in the code, for example {@code 440300}.
     *
     * @return the six digits, for example {@code 440300}
     */
    public String registrationDivision() {
        return canonical.substring(2, ORGANIZATION_OFFSET);
    }

    /**
     * The province of the registration division; empty for national bodies ({@code 10}).
     *
     * @return the province of the registration division; empty for national bodies ({@code 10})
     */
    public Optional<Province> province() {
        return Province.ofCode((canonical.charAt(2) - '0') * 10 + (canonical.charAt(3) - '0'));
    }

    /**
     * 主体标识码 (positions 9–17): the organisation code of GB 11714.
     *
     * @return the organisation code
     */
    public OrganizationCode organizationCode() {
        return OrganizationCode.ofValidated(canonical.substring(ORGANIZATION_OFFSET, LENGTH - 1));
    }

    /**
     * The check character (position 18).
     *
     * @return the check character (position 18)
     */
    public char checkCharacter() {
        return canonical.charAt(LENGTH - 1);
    }

    /**
     * The canonical text: 18 upper-case characters.
     *
     * @return the canonical text: 18 upper-case characters
     */
    public String canonical() {
        return canonical;
    }

    @Override
    public int compareTo(UnifiedSocialCreditCode other) {
        return canonical.compareTo(other.canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
