package org.statsbase.testkit.period;

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

    /** Periods of every frequency, years {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR}. */
    public static Arbitrary<ReportingPeriod> any() {
        return Arbitraries.of(Frequency.class).flatMap(ReportingPeriods::of);
    }

    /** Periods of one frequency over the whole year range. */
    public static Arbitrary<ReportingPeriod> of(Frequency frequency) {
        return of(frequency, ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR);
    }

    /**
     * Periods of one frequency in the years {@code minYear}–{@code maxYear}.
     *
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

    /** Months (月报). */
    public static Arbitrary<ReportingPeriod> monthly() {
        return of(Frequency.MONTHLY);
    }

    /** Quarters (季报). */
    public static Arbitrary<ReportingPeriod> quarterly() {
        return of(Frequency.QUARTERLY);
    }

    /** Half-years (半年报). */
    public static Arbitrary<ReportingPeriod> halfYearly() {
        return of(Frequency.HALF_YEARLY);
    }

    /** Years (年报). */
    public static Arbitrary<ReportingPeriod> yearly() {
        return of(Frequency.YEARLY);
    }

    /**
     * Periods that have a previous and a next period inside the year range (not the very first
     * or very last period of their frequency), for properties about {@code previous()} and
     * {@code next()}.
     */
    public static Arbitrary<ReportingPeriod> withNeighbours() {
        return any().filter(p -> !(p.year() == ReportingPeriod.MIN_YEAR && p.index() == 1)
                && !(p.year() == ReportingPeriod.MAX_YEAR && p.index() == p.frequency().periodsPerYear()));
    }

    /**
     * Texts a user may type for a period, each normalising to its canonical form: full-width
     * characters, lower-case {@code q}/{@code h}, surrounding blanks (see {@link CodeInputs}).
     */
    public static Arbitrary<String> spellingsOf(ReportingPeriod period) {
        return CodeInputs.spellingsOf(period.toString());
    }
}
