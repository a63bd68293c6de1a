package org.statsbase.core.code;

import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A code of GB/T 4754-2017 国民经济行业分类 at any of its four levels: a section letter
 * ({@code C}), a division ({@code 13}), a group ({@code 131}) or a class ({@code 1311}).
 *
 * <p>Accepted input forms: {@code 13}, {@code 131}, {@code 1311}, {@code C}, {@code C13},
 * {@code C1311} (after normalisation: NFKC, trimmed, upper-cased). The canonical form is the
 * section letter followed by the digits, for example {@code C1311}; the letter of a prefixed
 * form must agree with the division.
 *
 * <p>This type checks the form and the division (01–97 all exist in the 2017 edition). Whether a
 * group or class exists needs the full four-level table, which statsbase does not ship: see
 * {@link IndustryClassification#check(CharSequence)}, whose answer says how deep it checked.
 *
 * <p>Thread safety: immutable.
 */
public final class IndustryCode implements Comparable<IndustryCode> {

    /** Why an industry code is invalid. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.INDUSTRY_EMPTY),
        /** A character that is neither a section letter in first place nor a digit. */
        ILLEGAL_CHARACTER(CoreError.INDUSTRY_ILLEGAL_CHARACTER),
        /** Not a letter and/or 2, 3 or 4 digits. */
        WRONG_LENGTH(CoreError.INDUSTRY_WRONG_LENGTH),
        /** A letter outside A–T. */
        UNKNOWN_SECTION(CoreError.INDUSTRY_UNKNOWN_SECTION),
        /** Two digits outside 01–97. */
        UNKNOWN_DIVISION(CoreError.INDUSTRY_UNKNOWN_DIVISION),
        /** The section letter given does not contain the division. */
        SECTION_MISMATCH(CoreError.INDUSTRY_SECTION_MISMATCH);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private final IndustrySection section;
    private final String digits;
    private final String canonical;

    private IndustryCode(IndustrySection section, String digits) {
        this.section = section;
        this.digits = digits;
        this.canonical = section.letter() + digits;
    }

    /**
     * The code of a section.
     *
     * @param section the section
     * @return the code of a section
     */
    public static IndustryCode of(IndustrySection section) {
        return new IndustryCode(section, "");
    }

    /**
     * Parses any accepted form.
     *
     * @param input the code in any accepted spelling: with or without section letter, full-width, lower-case
     * @return the code
     * @throws InvalidCodeException with an {@link Reason} if the input is not a valid code
     */
    public static IndustryCode parse(CharSequence input) {
        return check(input).orElseThrow();
    }

    /**
     * Checks any accepted form; never throws, {@code null} gives {@link Reason#EMPTY}.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return the check: the code, or the reason it is not one
     */
    public static CodeCheck<IndustryCode, Reason> check(CharSequence input) {
        String s = CodeText.normalize(input);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        int start = 0;
        IndustrySection given = null;
        char first = s.charAt(0);
        if (first >= 'A' && first <= 'Z') {
            Optional<IndustrySection> section = IndustrySection.ofLetter(first);
            if (section.isEmpty()) {
                return CodeCheck.invalid(s, Reason.UNKNOWN_SECTION, 1, "A-T", String.valueOf(first));
            }
            given = section.get();
            start = 1;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1,
                        i == 0 ? "A-T / 0-9" : "0-9", String.valueOf(c));
            }
        }
        int digitCount = s.length() - start;
        if (digitCount == 0) {
            return CodeCheck.valid(s, of(given));
        }
        if (digitCount < 2 || digitCount > 4) {
            return CodeCheck.invalid(s, Reason.WRONG_LENGTH);
        }
        String digits = s.substring(start);
        int division = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
        Optional<IndustrySection> section = IndustrySection.ofDivision(division);
        if (section.isEmpty()) {
            return CodeCheck.invalid(s, Reason.UNKNOWN_DIVISION, start + 1, "01-97", digits.substring(0, 2));
        }
        if (given != null && given != section.get()) {
            return CodeCheck.invalid(s, Reason.SECTION_MISMATCH, 1,
                    String.valueOf(section.get().letter()), String.valueOf(given.letter()));
        }
        return CodeCheck.valid(s, new IndustryCode(section.get(), digits));
    }

    /**
     * The section (门类).
     *
     * @return the section (门类)
     */
    public IndustrySection section() {
        return section;
    }

    /**
     * The digits without the section letter: {@code ""}, 2, 3 or 4 digits.
     *
     * @return the digits without the section letter: {@code ""}, 2, 3 or 4 digits
     */
    public String digits() {
        return digits;
    }

    /**
     * The level of this code.
     *
     * @return the level of this code
     */
    public IndustryLevel level() {
        switch (digits.length()) {
            case 0:
                return IndustryLevel.SECTION;
            case 2:
                return IndustryLevel.DIVISION;
            case 3:
                return IndustryLevel.GROUP;
            default:
                return IndustryLevel.CLASS;
        }
    }

    /**
     * The code one level up; empty for a section.
     *
     * @return the code one level up; empty for a section
     */
    public Optional<IndustryCode> parent() {
        switch (digits.length()) {
            case 0:
                return Optional.empty();
            case 2:
                return Optional.of(of(section));
            default:
                return Optional.of(new IndustryCode(section, digits.substring(0, digits.length() - 1)));
        }
    }

    /**
     * The ancestor-or-self at the given level; empty if this code is above that level.
     *
     * @param level the level asked for
     * @return the ancestor-or-self at the given level; empty if this code is above that level
     */
    public Optional<IndustryCode> at(IndustryLevel level) {
        if (level == IndustryLevel.SECTION) {
            return Optional.of(of(section));
        }
        if (digits.length() < level.digits()) {
            return Optional.empty();
        }
        return Optional.of(digits.length() == level.digits() ? this
                : new IndustryCode(section, digits.substring(0, level.digits())));
    }

    /**
     * The division number 1–97; empty for a section.
     *
     * @return the division number 1–97; empty for a section
     */
    public Optional<Integer> divisionNumber() {
        return digits.isEmpty() ? Optional.empty()
                : Optional.of((digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0'));
    }

    /**
     * Whether this code equals {@code ancestor} or lies below it.
     *
     * @param ancestor the code that may contain this one
     * @return whether this code equals {@code ancestor} or lies below it
     */
    public boolean isWithin(IndustryCode ancestor) {
        return section == ancestor.section && digits.startsWith(ancestor.digits);
    }

    /**
     * The canonical text: section letter and digits, for example {@code C1311}.
     *
     * @return the canonical text: section letter and digits, for example {@code C1311}
     */
    public String canonical() {
        return canonical;
    }

    @Override
    public int compareTo(IndustryCode other) {
        return canonical.compareTo(other.canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryCode other && canonical.equals(other.canonical);
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
