package org.statsbase.testkit.period;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.testkit.code.CodeInputs;

/**
 * Arbitraries of {@link ReportingPeriod}s (报告期): months, quarters, half-years and years over the
 * whole accepted year range, with the first and last year and the first and last period of a year
 * among the edge cases.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class ReportingPeriods {

    private ReportingPeriods() {
    }

    /**
     * Periods of every frequency, years {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR}.
     *
     * @return reporting periods of any frequency
     */
    public static Arbitrary<ReportingPeriod> any() {
        return Arbitraries.of(Frequency.class).flatMap(ReportingPeriods::of);
    }

    /**
     * Periods of one frequency over the whole year range.
     *
     * @param frequency the frequency of the periods
     * @return periods of {@code frequency}
     */
    public static Arbitrary<ReportingPeriod> of(Frequency frequency) {
        return of(frequency, ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR);
    }

    /**
     * Periods of one frequency in the years {@code minYear}–{@code maxYear}.
     *
     * @param frequency the frequency of the periods
     * @param minYear the first year
     * @param maxYear the last year, not before {@code minYear}
     * @return periods of {@code frequency} in those years
     * @throws IllegalArgumentException if the years are outside the accepted range or reversed
     */
    public static Arbitrary<ReportingPeriod> of(Frequency frequency, int minYear, int maxYear) {
        Objects.requireNonNull(frequency, "frequency");
        if (minYear < ReportingPeriod.MIN_YEAR || maxYear > ReportingPeriod.MAX_YEAR || minYear > maxYear) {
            throw new IllegalArgumentException("years " + minYear + "-" + maxYear + " not within "
                    + ReportingPeriod.MIN_YEAR + "-" + ReportingPeriod.MAX_YEAR);
        }
        return Combinators.combine(Arbitraries.integers().between(minYear, maxYear),
                Arbitraries.integers().between(1, frequency.periodsPerYear()))
                .as((year, index) -> ReportingPeriod.of(frequency, year, index));
    }

    /**
     * Months (月报).
     *
     * @return months (月报) over the whole year range
     */
    public static Arbitrary<ReportingPeriod> monthly() {
        return of(Frequency.MONTHLY);
    }

    /**
     * Quarters (季报).
     *
     * @return quarters (季报) over the whole year range
     */
    public static Arbitrary<ReportingPeriod> quarterly() {
        return of(Frequency.QUARTERLY);
    }

    /**
     * Half-years (半年报).
     *
     * @return half-years (半年报) over the whole year range
     */
    public static Arbitrary<ReportingPeriod> halfYearly() {
        return of(Frequency.HALF_YEARLY);
    }

    /**
     * Years (年报).
     *
     * @return years (年报) over the whole year range
     */
    public static Arbitrary<ReportingPeriod> yearly() {
        return of(Frequency.YEARLY);
    }

    /**
     * Periods that have a previous and a next period inside the year range (not the very first
     * or very last period of their frequency), for properties about {@code previous()} and
     * {@code next()}.
     *
     * @return periods with both neighbours in range
     */
    public static Arbitrary<ReportingPeriod> withNeighbours() {
        return any().filter(p -> !(p.year() == ReportingPeriod.MIN_YEAR && p.index() == 1)
                && !(p.year() == ReportingPeriod.MAX_YEAR && p.index() == p.frequency().periodsPerYear()));
    }

    /**
     * Texts a user may type for a period, each normalising to its canonical form: full-width
     * characters, lower-case {@code q}/{@code h}, surrounding blanks (see {@link CodeInputs}).
     *
     * @param period the period to spell
     * @return texts that parse to {@code period}
     */
    public static Arbitrary<String> spellingsOf(ReportingPeriod period) {
        return CodeInputs.spellingsOf(period.toString());
    }

    /**
     * Inputs whose {@link ReportingPeriod#check(CharSequence) check} fails with exactly
     * {@code reason}, respelt as a user may type them (full-width, lower-case, blank-padded;
     * {@link ReportingPeriod.Reason#EMPTY} includes {@code null}):
     * <ul>
     *   <li>{@code EMPTY}: blanks only;</li>
     *   <li>{@code MALFORMED}: fewer than four leading digits, a one-digit month ({@code 2026-1}),
     *       a marker other than {@code -}, {@code Q}, {@code H}, or the wrong number of digits after it;</li>
     *   <li>{@code YEAR_OUT_OF_RANGE}: any of the four forms with a year outside
     *       {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR} (the year is checked first);</li>
     *   <li>{@code MONTH_OUT_OF_RANGE}, {@code QUARTER_OUT_OF_RANGE}, {@code HALF_OUT_OF_RANGE}: a year in
     *       range with month {@code 00} or {@code 13}–{@code 99}, quarter {@code Q0}, {@code Q5}–{@code Q9},
     *       half-year {@code H0}, {@code H3}–{@code H9}.</li>
     * </ul>
     *
     * @param reason the reason {@code ReportingPeriod.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> invalid(ReportingPeriod.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        Arbitrary<String> years = Arbitraries.integers().between(ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR)
                .map(String::valueOf);
        switch (reason) {
            case EMPTY:
                return Arbitraries.strings().withChars(" \t\u3000").ofMaxLength(4).injectNull(0.2);
            case MALFORMED:
                return malformed().flatMap(CodeInputs::spellingsOf);
            case YEAR_OUT_OF_RANGE: {
                Arbitrary<String> outside = Arbitraries.oneOf(
                        Arbitraries.integers().between(0, ReportingPeriod.MIN_YEAR - 1),
                        Arbitraries.integers().between(ReportingPeriod.MAX_YEAR + 1, 9999))
                        .map(y -> String.format("%04d", y));
                Arbitrary<String> suffix = Arbitraries.oneOf(Arbitraries.just(""),
                        Arbitraries.integers().between(1, 12).map(m -> String.format("-%02d", m)),
                        Arbitraries.integers().between(1, 4).map(q -> "Q" + q),
                        Arbitraries.integers().between(1, 2).map(h -> "H" + h));
                return Combinators.combine(outside, suffix).as(String::concat).flatMap(CodeInputs::spellingsOf);
            }
            case MONTH_OUT_OF_RANGE:
                return Combinators.combine(years, Arbitraries.oneOf(Arbitraries.just(0),
                        Arbitraries.integers().between(13, 99)))
                        .as((y, m) -> y + String.format("-%02d", m)).flatMap(CodeInputs::spellingsOf);
            case QUARTER_OUT_OF_RANGE:
                return Combinators.combine(years, Arbitraries.of(0, 5, 6, 7, 8, 9))
                        .as((y, q) -> y + "Q" + q).flatMap(CodeInputs::spellingsOf);
            case HALF_OUT_OF_RANGE:
                return Combinators.combine(years, Arbitraries.of(0, 3, 4, 5, 6, 7, 8, 9))
                        .as((y, h) -> y + "H" + h).flatMap(CodeInputs::spellingsOf);
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }

    /** Canonical (upper-case ASCII) texts that are none of the four forms. */
    private static Arbitrary<String> malformed() {
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y));
        Arbitrary<String> digit = Arbitraries.integers().between(0, 9).map(String::valueOf);
        // Letters other than the markers Q and H, and symbols other than '-'.
        Arbitrary<Character> otherMarker = Arbitraries.of(chars("ABCDEFGIJKLMNOPRSTUVWXYZ/._#+"));
        return Arbitraries.oneOf(
                // Fewer than four characters, all digits.
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
                // A non-digit among the first four characters.
                Combinators.combine(year, Arbitraries.integers().between(0, 3), otherMarker)
                        .as((y, at, c) -> y.substring(0, at) + c + y.substring(at + 1)),
                // A one-digit month, which might be a truncated 2026-10.
                Combinators.combine(year, digit).as((y, d) -> y + "-" + d),
                // Three or more digits after the marker.
                Combinators.combine(year, Arbitraries.of("-", "Q", "H"),
                        Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5))
                        .as((y, marker, digits) -> y + marker + digits),
                // A quarter or half-year marker with no digit.
                Combinators.combine(year, Arbitraries.of("Q", "H", "-")).as(String::concat),
                // Another marker.
                Combinators.combine(year, otherMarker, digit).as((y, c, d) -> y + c + d),
                // Five or more digits.
                Combinators.combine(year, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3))
                        .as(String::concat));
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }
}
