package org.statsbase.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.core.org.PersonId;

/** One property per clause of 统计法实施条例 第二十二、二十三条 and the counting and hold rules. */
class RetentionProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 60 * 366).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> statutoryClasses() {
        return Arbitraries.of(StatutoryRules.standard().rules()).map(r -> r.recordClass().value());
    }

    @Property
    void neverDueBeforeTheStatutoryMinimumHasRunFromTheNextFirstOfJanuary(@ForAll("statutoryClasses") String cls,
            @ForAll("dates") LocalDate formed, @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 1, max = 50) int describedYears) {
        ArchivedRecord r = RetentionTest.record(cls, formed, RetentionPeriod.ofYears(describedYears));
        RetentionPeriod minimum = StatutoryRules.standard().rule(RecordClass.of(cls)).orElseThrow().minimum();
        Due due = Retention.of(RetentionSchedule.statutory()).due(r, asOf);
        if (minimum.isPermanent()) {
            assertThat(due.kind()).isEqualTo(Due.Kind.PERMANENT);
        } else {
            LocalDate earliest = LocalDate.of(formed.getYear() + 1, 1, 1).plusYears(minimum.years().getAsInt());
            assertThat(due.kind()).isEqualTo(Due.Kind.DATE);
            LocalDate date = ((Due.On) due).date();
            assertThat(date).isAfterOrEqualTo(earliest).isAfter(formed);
            assertThat(date.getDayOfYear()).isEqualTo(1);
            assertThat(due.isDue()).isEqualTo(!asOf.isBefore(date));
        }
    }

    @Property
    void aScheduleShorterThanAMinimumIsRefusedAndALongerOneAccepted(@ForAll("statutoryClasses") String cls,
            @ForAll @IntRange(min = 1, max = 60) int years) {
        RecordClass rc = RecordClass.of(cls);
        RetentionPeriod minimum = StatutoryRules.standard().rule(rc).orElseThrow().minimum();
        RetentionPeriod period = RetentionPeriod.ofYears(years);
        if (period.isShorterThan(minimum)) {
            assertThatThrownBy(() -> RetentionSchedule.statutory().with(rc, period, CountingStart.fromFormation()))
                    .hasMessageStartingWith("SB-ARC-0101");
        } else {
            assertThat(RetentionSchedule.statutory().with(rc, period, CountingStart.fromFormation())
                    .retentionOf(rc).orElseThrow().period()).isEqualTo(period);
        }
    }

    @Property
    void aRecordWithAnActiveHoldIsNeverDue(@ForAll("statutoryClasses") String cls, @ForAll("dates") LocalDate formed,
            @ForAll("dates") LocalDate asOf, @ForAll @IntRange(min = 1, max = 5) int holds,
            @ForAll @IntRange(min = 0, max = 4) int released) {
        ArchivedRecord r = RetentionTest.record(cls, formed, RetentionPeriod.ofYears(2));
        Instant t = Instant.parse("2000-01-01T00:00:00Z");
        for (int i = 0; i < holds; i++) {
            r = r.withHold(Hold.place(HoldId.of("h" + i), HoldKind.LITIGATION, "case " + i, PersonId.of("p"), t));
        }
        for (int i = 0; i < Math.min(released, holds); i++) {
            r = r.withRelease(HoldId.of("h" + i), PersonId.of("q"), t, "closed");
        }
        Due due = Retention.of(RetentionSchedule.statutory()).due(r, asOf);
        if (released < holds) {
            assertThat(due.isDue()).isFalse();
        }
    }

    @Property
    void eventCountedClassesWaitUntilTheEventAndThenCountFromIt(@ForAll("dates") LocalDate formed,
            @ForAll("dates") LocalDate event, @ForAll @IntRange(min = 1, max = 40) int years, @ForAll boolean nextYear) {
        RecordClass rc = RecordClass.of("enforcement-case");
        Retention ret = Retention.of(RetentionSchedule.statutory().with(rc, RetentionPeriod.ofYears(years),
                CountingStart.fromEvent("case-closed", nextYear)));
        ArchivedRecord r = RetentionTest.record("enforcement-case", formed, RetentionPeriod.ofYears(1));
        assertThat(ret.due(r, LocalDate.of(2200, 1, 1)).kind()).isEqualTo(Due.Kind.WAITING_EVENT);
        LocalDate start = nextYear ? LocalDate.of(event.getYear() + 1, 1, 1) : event;
        assertThat(ret.due(r.withCountingEvent(event), event).text()).isEqualTo(start.plusYears(years).toString());
    }
}
