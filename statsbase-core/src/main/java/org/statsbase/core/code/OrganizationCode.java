package org.statsbase.core.code;

import java.util.Objects;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A 组织机构代码 (organisation code) of GB 11714《全国组织机构代码编制规则》: eight body characters
 * (digits, or upper-case letters A–Z) and one check character, clause 5 (the check character:
 * weights 3, 7, 9, 10, 5, 8, 4, 2; digits count 0–9, letters A–Z count 10–35;
 * c = 11 − Σ mod 11, written {@code X} for 10 and {@code 0} for 11).
 *
 * <p>Accepted input forms, after normalisation (NFKC, trimmed, upper-cased): nine characters
 * ({@code 192203821}) or the printed form with a hyphen before the check character
 * ({@code 19220382-1}). The canonical form has no hyphen; {@link #withHyphen()} gives the
 * printed form. Positions in a {@link CodeCheck} are 1-based positions of the normalised input
 * as given, hyphen included.
 *
 * <p>The mod-11 check detects every single substitution and adjacent transposition within a body of
 * digits, but not the substitution of a character by one whose value differs by a multiple of 11
 * (for example {@code 0} by {@code B}, values 0 and 11): a limit of the standard, not of this class.
 *
 * <p>Positions 9–17 of every {@link UnifiedSocialCreditCode} are an organisation code
 * (GB 32100-2015 clause 4.4 主体标识码).
 *
 * <p>Thread safety: immutable.
 */
public final class OrganizationCode implements Comparable<OrganizationCode> {

    /** Why an organisation code is invalid; checked in this order, the first failure reported. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.ORGANIZATION_EMPTY),
        /** Not nine characters once the hyphens are left out; expected {@code 9}, actual the count. */
        WRONG_LENGTH(CoreError.ORGANIZATION_WRONG_LENGTH),
        /** A hyphen anywhere but immediately before the check character, or more than one. */
        MISPLACED_HYPHEN(CoreError.ORGANIZATION_MISPLACED_HYPHEN),
        /** A body character that is not 0–9 or A–Z, or a check character that is not 0–9 or X. */
        ILLEGAL_CHARACTER(CoreError.ORGANIZATION_ILLEGAL_CHARACTER),
        /** The check character does not match the body; expected and actual given. */
        BAD_CHECK_CHARACTER(CoreError.ORGANIZATION_BAD_CHECK_CHARACTER);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    /** Body length (本体代码). */
    static final int BODY_LENGTH = 8;
    /** Canonical length: body plus check character. */
    static final int LENGTH = 9;

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String BODY_CHARACTERS = "0-9, A-Z";
    private static final String CHECK_CHARACTERS = "0-9, X";

    private final String canonical;

    private OrganizationCode(String canonical) {
        this.canonical = canonical;
    }

    /** Wraps nine characters already known to be a valid canonical code. */
    static OrganizationCode ofValidated(String canonical) {
        return new OrganizationCode(canonical);
    }

    /**
     * Parses either form.
     *
     * @param input the code with or without the hyphen before the check character
     * @return the code
     * @throws InvalidCodeException with a {@link Reason} if the input is not a valid code
     */
    public static OrganizationCode parse(CharSequence input) {
        return check(input).orElseThrow();
    }

    /**
     * Checks either form; never throws, {@code null} gives {@link Reason#EMPTY}.
     *
     * @param input the code with or without the hyphen; may be {@code null}
     * @return the check: the code, or the reason it is not one
     */
    public static CodeCheck<OrganizationCode, Reason> check(CharSequence input) {
        String s = CodeText.normalize(input);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        int hyphens = 0;
        int misplaced = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-') {
                hyphens++;
                if (misplaced < 0 && (i != BODY_LENGTH || hyphens > 1)) {
                    misplaced = i;
                }
            }
        }
        int length = s.length() - hyphens;
        if (length != LENGTH) {
            return CodeCheck.invalid(s, Reason.WRONG_LENGTH, 0, Integer.toString(LENGTH), Integer.toString(length));
        }
        if (misplaced >= 0) {
            return CodeCheck.invalid(s, Reason.MISPLACED_HYPHEN, misplaced + 1,
                    Integer.toString(BODY_LENGTH + 1), "-");
        }
        String plain = hyphens == 0 ? s : s.substring(0, BODY_LENGTH) + s.charAt(BODY_LENGTH + 1);
        for (int i = 0; i < BODY_LENGTH; i++) {
            char c = plain.charAt(i);
            if (value(c) < 0) {
                return CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1, BODY_CHARACTERS, String.valueOf(c));
            }
        }
        int checkPosition = BODY_LENGTH + hyphens + 1;
        char actual = plain.charAt(BODY_LENGTH);
        if (!(actual >= '0' && actual <= '9') && actual != 'X') {
            return CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, checkPosition, CHECK_CHARACTERS,
                    String.valueOf(actual));
        }
        char expected = computeCheck(plain, 0);
        if (actual != expected) {
            return CodeCheck.invalid(s, Reason.BAD_CHECK_CHARACTER, checkPosition, String.valueOf(expected),
                    String.valueOf(actual));
        }
        return CodeCheck.valid(s, new OrganizationCode(plain));
    }

    /**
     * Whether the input is a valid code in either form; never throws.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return whether the input is a valid code in either form; never throws
     */
    public static boolean isValid(CharSequence input) {
        return input != null && check(input).isValid();
    }

    /**
     * The check character of eight body characters (GB 11714 clause 5).
     *
     * @param body eight characters 0–9 / A–Z, normalised first like any input
     * @return the check character of eight body characters (GB 11714 clause 5)
     * @throws NullPointerException  if {@code body} is null
     * @throws InvalidCodeException  with {@link Reason#EMPTY}, {@link Reason#WRONG_LENGTH} (expected 8) or
     *                               {@link Reason#ILLEGAL_CHARACTER} if the body is not eight such characters
     */
    public static char checkCharacter(CharSequence body) {
        Objects.requireNonNull(body, "body");
        String s = CodeText.normalize(body);
        if (s.isEmpty()) {
            throw new InvalidCodeException(CodeCheck.invalid(s, Reason.EMPTY));
        }
        if (s.length() != BODY_LENGTH) {
            throw new InvalidCodeException(CodeCheck.invalid(s, Reason.WRONG_LENGTH, 0,
                    Integer.toString(BODY_LENGTH), Integer.toString(s.length())));
        }
        for (int i = 0; i < BODY_LENGTH; i++) {
            if (value(s.charAt(i)) < 0) {
                throw new InvalidCodeException(CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1,
                        BODY_CHARACTERS, String.valueOf(s.charAt(i))));
            }
        }
        return computeCheck(s, 0);
    }

    /**
     * The GB 11714 check character of the eight body characters starting at {@code offset}, which
     * the caller has already checked to be 0–9 / A–Z. Shared with the USCC validator, which must
     * not allocate.
     */
    static char computeCheck(CharSequence s, int offset) {
        int sum = 0;
        for (int i = 0; i < BODY_LENGTH; i++) {
            sum += value(s.charAt(offset + i)) * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** The GB 11714 value of a body character (0–9 → 0–9, A–Z → 10–35), or −1. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The eight body characters (本体代码).
     *
     * @return the eight body characters (本体代码)
     */
    public String body() {
        return canonical.substring(0, BODY_LENGTH);
    }

    /**
     * The check character (校验码): {@code 0}–{@code 9} or {@code X}.
     *
     * @return the check character (校验码): {@code 0}–{@code 9} or {@code X}
     */
    public char checkCharacter() {
        return canonical.charAt(BODY_LENGTH);
    }

    /**
     * The canonical text: nine characters without hyphen, for example {@code 192203821}.
     *
     * @return the canonical text: nine characters without hyphen, for example {@code 192203821}
     */
    public String canonical() {
        return canonical;
    }

    /**
     * The printed form with a hyphen before the check character, for example {@code 19220382-1}.
     *
     * @return the printed form with a hyphen before the check character, for example {@code 19220382-1}
     */
    public String withHyphen() {
        return canonical.substring(0, BODY_LENGTH) + '-' + canonical.charAt(BODY_LENGTH);
    }

    @Override
    public int compareTo(OrganizationCode other) {
        return canonical.compareTo(other.canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationCode other && canonical.equals(other.canonical);
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
