package org.statsbase.testkit.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Reporting periods (报告期): the text forms, the neighbours, the same period last year (上年同期) and
 * the way the periods of one frequency divide the calendar.
 */
class ReportingPeriodProperties {

    @Property
    void parsingTheCanonicalTextGivesThePeriodBack(@ForAll ReportingPeriod period) {
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    }

    @Property
    void everySpellingParsesToTheSamePeriod(@ForAll("spellings") Spelled spelled) {
        assertThat(ReportingPeriod.parse(spelled.text())).isEqualTo(spelled.period());
    }

    @Property
    void previousThenNextIsTheSamePeriod(@ForAll("withNeighbours") ReportingPeriod period) {
        assertThat(period.previous().next()).isEqualTo(period);
        assertThat(period.next().previous()).isEqualTo(period);
    }

    @Property
    void sameLastYearHasTheSameFrequencyAndIndexOneYearEarlier(@ForAll ReportingPeriod period) {
        if (period.year() == ReportingPeriod.MIN_YEAR) {
            return; // no year before the range; ReportingPeriodTest covers the typed error
        }
        ReportingPeriod last = period.sameLastYear();
        assertThat(last.frequency()).isEqualTo(period.frequency());
        assertThat(last.index()).isEqualTo(period.index());
        assertThat(last.year()).isEqualTo(period.year() - 1);
        assertThat(last).isEqualTo(period.plus(-period.frequency().periodsPerYear()));
    }

    @Property
    void periodsOfAFrequencyTileTheCalendar(@ForAll("withNeighbours") ReportingPeriod period) {
        assertThat(period.lastDay().plusDays(1)).isEqualTo(period.next().firstDay());
        assertThat(period.previous().lastDay().plusDays(1)).isEqualTo(period.firstDay());
        assertThat(period.firstDay()).isBeforeOrEqualTo(period.lastDay());
        assertThat(period.firstDay().getDayOfMonth()).isEqualTo(1);
    }

    @Property
    void aYearHoldsExactlyItsPeriods(@ForAll Frequency frequency,
            @ForAll @IntRange(min = ReportingPeriod.MIN_YEAR, max = ReportingPeriod.MAX_YEAR) int year) {
        ReportingPeriod first = ReportingPeriod.of(frequency, year, 1);
        ReportingPeriod last = first.plus(frequency.periodsPerYear() - 1L);
        assertThat(first.firstDay()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(last.lastDay()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(last.year()).isEqualTo(year);
    }

    @Property
    void containsAgreesWithFirstAndLastDay(@ForAll ReportingPeriod period,
            @ForAll @IntRange(min = -400, max = 400) int offset) {
        LocalDate date = period.firstDay().plusDays(offset);
        boolean between = !date.isBefore(period.firstDay()) && !date.isAfter(period.lastDay());
        assertThat(period.contains(date)).isEqualTo(between);
    }

    @Property
    void theContainingPeriodContainsTheDateAndNoOtherPeriodOfItsFrequencyDoes(@ForAll Frequency frequency,
            @ForAll("dates") LocalDate date) {
        ReportingPeriod period = ReportingPeriod.containing(frequency, date);
        assertThat(period.frequency()).isEqualTo(frequency);
        assertThat(period.contains(date)).isTrue();
        if (period.year() > ReportingPeriod.MIN_YEAR) {
            assertThat(period.previous().contains(date)).isFalse();
        }
        if (period.year() < ReportingPeriod.MAX_YEAR) {
            assertThat(period.next().contains(date)).isFalse();
        }
    }

    @Property
    void orderWithinAFrequencyIsChronological(@ForAll("pairs") ReportingPeriod[] pair) {
        ReportingPeriod a = pair[0];
        ReportingPeriod b = pair[1];
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.firstDay().compareTo(b.firstDay())));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void plusAddsUp(@ForAll("middle") ReportingPeriod period, @ForAll @IntRange(min = -30, max = 30) int a,
            @ForAll @IntRange(min = -30, max = 30) int b) {
        assertThat(period.plus(a).plus(b)).isEqualTo(period.plus((long) a + b));
        assertThat(period.plus(0)).isEqualTo(period);
        assertThat(period.plus(1)).isEqualTo(period.next());
        assertThat(period.plus(-1)).isEqualTo(period.previous());
    }

    record Spelled(ReportingPeriod period, String text) {
    }

    @Provide
    Arbitrary<Spelled> spellings() {
        return ReportingPeriods.any().flatMap(p -> ReportingPeriods.spellingsOf(p).map(s -> new Spelled(p, s)));
    }

    @Provide
    Arbitrary<ReportingPeriod> withNeighbours() {
        return ReportingPeriods.withNeighbours();
    }

    @Provide
    Arbitrary<ReportingPeriod> middle() {
        return Arbitraries.of(Frequency.class).flatMap(f -> ReportingPeriods.of(f, 1970, 2130));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(ReportingPeriod.MIN_YEAR, 1, 1).toEpochDay(),
                LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<ReportingPeriod[]> pairs() {
        return Arbitraries.of(Frequency.class).flatMap(f -> Combinators.combine(
                ReportingPeriods.of(f, 2000, 2010), ReportingPeriods.of(f, 2000, 2010))
                .as((a, b) -> new ReportingPeriod[] {a, b}));
    }
}
