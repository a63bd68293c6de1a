package org.statsbase.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.CodeReason;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A reporting period (报告期) of a statistical report: a calendar month (月报), quarter (季报),
 * half-year (半年报) or year (年报), as the survey systems (统计调查制度) of the National Bureau of
 * Statistics divide the calendar year.
 *
 * <p>Text forms (after normalisation — NFKC, trimmed, upper-cased — as for codes, so
 * {@code ２０２６ｑ３} reads as {@code 2026Q3}):
 * <ul>
 *   <li>{@code 2026-10}: October 2026, monthly; the month has <em>two</em> digits. {@code 2026-1}
 *       is rejected rather than read as January, because it is as likely a truncated
 *       {@code 2026-10}, {@code 2026-11} or {@code 2026-12};</li>
 *   <li>{@code 2026Q3}: the third quarter, July–September;</li>
 *   <li>{@code 2026H1}: the first half-year, January–June;</li>
 *   <li>{@code 2026}: the year.</li>
 * </ul>
 * These are also the canonical forms of {@link #toString()}. Years run from {@value #MIN_YEAR}
 * to {@value #MAX_YEAR}: anything else is far more likely a typing error than a report.
 *
 * <p>Ordering: within a frequency, {@link #compareTo} is chronological. Across frequencies it
 * orders by first day, then by last day ({@code 2026-01 < 2026Q1 < 2026H1 < 2026 < 2026-02}),
 * which keeps it consistent with {@code equals}.
 *
 * <p>Thread safety: immutable.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2199;

    private static final String FORMS = "YYYY | YYYY-MM | YYYYQn | YYYYHn";
    private static final String YEARS = MIN_YEAR + "-" + MAX_YEAR;

    /** Why a text or a number is not a reporting period. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.PERIOD_EMPTY),
        /** Not one of the four text forms (including a one-digit month such as {@code 2026-1}). */
        MALFORMED(CoreError.PERIOD_MALFORMED),
        /** A year outside {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR}. */
        YEAR_OUT_OF_RANGE(CoreError.PERIOD_YEAR_OUT_OF_RANGE),
        /** A month outside 01–12. */
        MONTH_OUT_OF_RANGE(CoreError.PERIOD_MONTH_OUT_OF_RANGE),
        /** A quarter outside 1–4. */
        QUARTER_OUT_OF_RANGE(CoreError.PERIOD_QUARTER_OUT_OF_RANGE),
        /** A half-year outside 1–2. */
        HALF_OUT_OF_RANGE(CoreError.PERIOD_HALF_OUT_OF_RANGE);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private final Frequency frequency;
    private final int year;
    private final int index;

    private ReportingPeriod(Frequency frequency, int year, int index) {
        this.frequency = frequency;
        this.year = year;
        this.index = index;
    }

    // ---- factories -------------------------------------------------------------------------

    /**
     * The period of a frequency by year and 1-based index within the year (month 1–12,
     * quarter 1–4, half-year 1–2, year 1).
     *
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @param year the year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param index the month 1–12, quarter 1–4, half-year 1–2, or 1 for a year
     * @return the period of a frequency by year and 1-based index within the year
     * @throws InvalidCodeException if the year or index is out of range
     */
    public static ReportingPeriod of(Frequency frequency, int year, int index) {
        Objects.requireNonNull(frequency, "frequency");
        return checkParts(format(frequency, year, index), frequency, year, index).orElseThrow();
    }

    /**
     * A month, for example {@code ofMonth(2026, 10)} = {@code 2026-10}.
     *
     * @param year the year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param month the month, 1–12
     * @return a month, for example {@code ofMonth(2026, 10)} = {@code 2026-10}
     */
    public static ReportingPeriod ofMonth(int year, int month) {
        return of(Frequency.MONTHLY, year, month);
    }

    /**
     * A month.
     *
     * @param month the month
     * @return a month
     */
    public static ReportingPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return ofMonth(month.getYear(), month.getMonthValue());
    }

    /**
     * A quarter, for example {@code ofQuarter(2026, 3)} = {@code 2026Q3}.
     *
     * @param year the year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param quarter the quarter, 1–4
     * @return a quarter, for example {@code ofQuarter(2026, 3)} = {@code 2026Q3}
     */
    public static ReportingPeriod ofQuarter(int year, int quarter) {
        return of(Frequency.QUARTERLY, year, quarter);
    }

    /**
     * A half-year, for example {@code ofHalfYear(2026, 1)} = {@code 2026H1}.
     *
     * @param year the year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param half the half-year, 1–2
     * @return a half-year, for example {@code ofHalfYear(2026, 1)} = {@code 2026H1}
     */
    public static ReportingPeriod ofHalfYear(int year, int half) {
        return of(Frequency.HALF_YEARLY, year, half);
    }

    /**
     * A year, for example {@code ofYear(2026)} = {@code 2026}.
     *
     * @param year the year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @return a year, for example {@code ofYear(2026)} = {@code 2026}
     */
    public static ReportingPeriod ofYear(int year) {
        return of(Frequency.YEARLY, year, 1);
    }

    /**
     * The period of {@code frequency} that contains {@code date}.
     *
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @param date a day in the period
     * @return the period of {@code frequency} that contains {@code date}
     * @throws InvalidCodeException if the date's year is out of range
     */
    public static ReportingPeriod containing(Frequency frequency, LocalDate date) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(date, "date");
        int index = (date.getMonthValue() - 1) / frequency.monthsPerPeriod() + 1;
        return of(frequency, date.getYear(), index);
    }

    /**
     * Parses one of the four text forms.
     *
     * @param text {@code 2026-10}, {@code 2026Q3}, {@code 2026H2} or {@code 2026}, in any accepted spelling
     * @return the period
     * @throws InvalidCodeException with a {@link Reason} if the text is not a period
     */
    public static ReportingPeriod parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Checks one of the four text forms; never throws, {@code null} gives {@link Reason#EMPTY}.
     *
     * @param text the text; may be {@code null}
     * @return the check: the period, or the reason it is not one
     */
    public static CodeCheck<ReportingPeriod, Reason> check(CharSequence text) {
        String s = CodeText.normalize(text);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        if (s.length() < 4) {
            return CodeCheck.invalid(s, Reason.MALFORMED, 0, FORMS, s);
        }
        for (int i = 0; i < 4; i++) {
            if (!isDigit(s.charAt(i))) {
                return CodeCheck.invalid(s, Reason.MALFORMED, i + 1, FORMS, s);
            }
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int rest = s.length() - 4;
        if (rest == 0) {
            return checkParts(s, Frequency.YEARLY, year, 1);
        }
        char marker = s.charAt(4);
        if (marker == '-' && rest == 3 && isDigit(s.charAt(5)) && isDigit(s.charAt(6))) {
            return checkParts(s, Frequency.MONTHLY, year, Integer.parseInt(s, 5, 7, 10));
        }
        if (marker == '-' && rest == 2 && isDigit(s.charAt(5))) {
            return CodeCheck.invalid(s, Reason.MALFORMED, 6, "YYYY-MM", s);
        }
        if ((marker == 'Q' || marker == 'H') && rest == 2 && isDigit(s.charAt(5))) {
            return checkParts(s, marker == 'Q' ? Frequency.QUARTERLY : Frequency.HALF_YEARLY, year, s.charAt(5) - '0');
        }
        return CodeCheck.invalid(s, Reason.MALFORMED, 5, FORMS, s);
    }

    private static CodeCheck<ReportingPeriod, Reason> checkParts(String text, Frequency frequency, int year,
            int index) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return CodeCheck.invalid(text, Reason.YEAR_OUT_OF_RANGE, 1, YEARS, Integer.toString(year));
        }
        if (index < 1 || index > frequency.periodsPerYear()) {
            switch (frequency) {
                case MONTHLY:
                    return CodeCheck.invalid(text, Reason.MONTH_OUT_OF_RANGE, 6, "01-12", twoDigits(index));
                case QUARTERLY:
                    return CodeCheck.invalid(text, Reason.QUARTER_OUT_OF_RANGE, 6, "Q1-Q4", "Q" + index);
                case HALF_YEARLY:
                    return CodeCheck.invalid(text, Reason.HALF_OUT_OF_RANGE, 6, "H1-H2", "H" + index);
                default:
                    // A yearly period has no index in its text; only a factory call can get here.
                    return CodeCheck.invalid(text, Reason.MALFORMED, 0, "YYYY", text);
            }
        }
        return CodeCheck.valid(text, new ReportingPeriod(frequency, year, index));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String format(Frequency frequency, int year, int index) {
        String y = year >= 0 && year < 1000 ? String.format("%04d", year) : Integer.toString(year);
        switch (frequency) {
            case MONTHLY:
                return y + "-" + twoDigits(index);
            case QUARTERLY:
                return y + "Q" + index;
            case HALF_YEARLY:
                return y + "H" + index;
            default:
                return index == 1 ? y : y + "#" + index;
        }
    }

    // ---- accessors --------------------------------------------------------------------------

    /**
     * The frequency.
     *
     * @return the frequency
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The calendar year.
     *
     * @return the calendar year
     */
    public int year() {
        return year;
    }

    /**
     * The 1-based index within the year: month 1–12, quarter 1–4, half-year 1–2, or 1 for a year.
     *
     * @return the 1-based index within the year: month 1–12, quarter 1–4, half-year 1–2, or 1 for a year
     */
    public int index() {
        return index;
    }

    /**
     * The first month of the period (1–12).
     *
     * @return the first month of the period (1–12)
     */
    public int firstMonth() {
        return (index - 1) * frequency.monthsPerPeriod() + 1;
    }

    /**
     * The last month of the period (1–12).
     *
     * @return the last month of the period (1–12)
     */
    public int lastMonth() {
        return index * frequency.monthsPerPeriod();
    }

    /**
     * The first day of the period.
     *
     * @return the first day of the period
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    /**
     * The last day of the period (31 December for a year, 30 June for {@code H1} …).
     *
     * @return the last day of the period (31 December for a year, 30 June for {@code H1} …)
     */
    public LocalDate lastDay() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /**
     * Whether {@code date} lies in the period, both ends included.
     *
     * @param date the day asked about
     * @return whether {@code date} lies in the period, both ends included
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() == year && date.getMonthValue() >= firstMonth() && date.getMonthValue() <= lastMonth();
    }

    // ---- arithmetic -------------------------------------------------------------------------

    /**
     * The period {@code n} periods later (earlier for negative {@code n}) of the same frequency.
     *
     * @param n the number of periods, negative for earlier
     * @return the period {@code n} periods later (earlier for negative {@code n}) of the same frequency
     * @throws InvalidCodeException with {@link Reason#YEAR_OUT_OF_RANGE} if that leaves the year range
     */
    public ReportingPeriod plus(long n) {
        int perYear = frequency.periodsPerYear();
        long serial = (long) year * perYear + (index - 1) + n;
        long newYear = Math.floorDiv(serial, perYear);
        int newIndex = Math.floorMod(serial, perYear) + 1;
        if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
            String text = format(frequency, (int) Math.max(Math.min(newYear, Integer.MAX_VALUE), Integer.MIN_VALUE),
                    newIndex);
            throw new InvalidCodeException(CodeCheck.invalid(text, Reason.YEAR_OUT_OF_RANGE, 1, YEARS,
                    Long.toString(newYear)));
        }
        return new ReportingPeriod(frequency, (int) newYear, newIndex);
    }

    /**
     * The previous period of the same frequency: {@code 2026-01} → {@code 2025-12}, {@code 2026Q1} → {@code 2025Q4}.
     *
     * @return the previous period of the same frequency
     */
    public ReportingPeriod previous() {
        return plus(-1);
    }

    /**
     * The next period of the same frequency: {@code 2026-12} → {@code 2027-01}.
     *
     * @return the next period of the same frequency: {@code 2026-12} → {@code 2027-01}
     */
    public ReportingPeriod next() {
        return plus(1);
    }

    /**
     * The same period of the previous year (上年同期), used for year-on-year (同比) comparison:
     * same frequency and index, one year earlier.
     *
     * @return the same period of the previous year (上年同期), used for year-on-year (同比) comparison
     */
    public ReportingPeriod sameLastYear() {
        return of(frequency, year - 1, index);
    }

    // ---- identity ---------------------------------------------------------------------------

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = Integer.compare(year * 12 + firstMonth(), other.year * 12 + other.firstMonth());
        if (byStart != 0) {
            return byStart;
        }
        return Integer.compare(frequency.monthsPerPeriod(), other.frequency.monthsPerPeriod());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod other && frequency == other.frequency && year == other.year
                && index == other.index;
    }

    @Override
    public int hashCode() {
        return (frequency.ordinal() * 31 + year) * 31 + index;
    }

    /** The canonical text: {@code 2026-10}, {@code 2026Q3}, {@code 2026H1} or {@code 2026}. */
    @Override
    public String toString() {
        return format(frequency, year, index);
    }
}
