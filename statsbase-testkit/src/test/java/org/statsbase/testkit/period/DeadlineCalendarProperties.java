package org.statsbase.testkit.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Deadline calendars: a report is late (迟报, 统计法 2009 第四十二条) if and only if it is submitted
 * strictly after the deadline; exactly at the deadline is on time, and an exempt period (免报) is
 * never late.
 */
class DeadlineCalendarProperties {

    record Case(DeadlineRule rule, ReportingPeriod period, long offsetNanos) {
    }

    @Property
    void lateIfAndOnlyIfStrictlyAfterTheDeadline(@ForAll("cases") Case c) {
        DeadlineCalendar calendar = DeadlineCalendar.builder().rule(c.rule()).build();
        Optional<ZonedDateTime> due = calendar.dueAt(c.period());
        if (due.isEmpty()) {
            return; // exempt: see the next property
        }
        Instant submitted = due.get().toInstant().plusNanos(c.offsetNanos());
        assertThat(calendar.isLate(c.period(), submitted)).isEqualTo(c.offsetNanos() > 0);
        assertThat(calendar.lateBy(c.period(), submitted))
                .isEqualTo(Duration.ofNanos(Math.max(0, c.offsetNanos())));
    }

    @Property
    void anExemptPeriodIsNeverLate(@ForAll("cases") Case c) {
        DeadlineCalendar calendar = DeadlineCalendar.builder().rule(c.rule()).build();
        boolean exempt = c.rule().exemptIndexes().contains(c.period().index());
        assertThat(calendar.isExempt(c.period())).isEqualTo(exempt);
        assertThat(calendar.dueAt(c.period()).isEmpty()).isEqualTo(exempt);
        if (exempt) {
            Instant muchLater = c.period().lastDay().plusYears(5).atStartOfDay(calendar.zone()).toInstant();
            assertThat(calendar.isLate(c.period(), muchLater)).isFalse();
        }
    }

    @Property
    void theDeadlineIsAtTheRulesTimeOfDayInTheCalendarZone(@ForAll("cases") Case c) {
        DeadlineCalendar calendar = DeadlineCalendar.builder().rule(c.rule()).build();
        calendar.dueAt(c.period()).ifPresent(due -> {
            assertThat(due.getZone()).isEqualTo(DeadlineCalendar.DEFAULT_ZONE);
            // China kept summer time in 1986-1991: a deadline in the hour a spring change skipped
            // (1991-04-14 02:00 in Asia/Shanghai) moves later by the gap, as java.time does.
            boolean inGap = due.getZone().getRules()
                    .getValidOffsets(java.time.LocalDateTime.of(due.toLocalDate(), c.rule().time())).isEmpty();
            if (inGap) {
                assertThat(due.toLocalTime()).isAfter(c.rule().time());
            } else {
                assertThat(due.toLocalTime()).isEqualTo(c.rule().time());
            }
            assertThat(due.toLocalDate()).isAfterOrEqualTo(c.period().firstDay());
        });
    }

    @Property
    void aFormRuleAppliesToItsFormOnly(@ForAll("cases") Case c, @ForAll("cases") Case other) {
        if (c.rule().frequency() != other.rule().frequency()) {
            return;
        }
        DeadlineCalendar calendar = DeadlineCalendar.builder().rule(c.rule())
                .rule(other.rule().forForm("B204-1")).build();
        assertThat(calendar.dueAt("B204-1", c.period())).isEqualTo(
                DeadlineCalendar.builder().rule(other.rule()).build().dueAt(c.period()));
        assertThat(calendar.dueAt("B205-1", c.period())).isEqualTo(calendar.dueAt(c.period()));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> offsets = Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, -1L, 1_000_000_000L, -1_000_000_000L),
                Arbitraries.longs().between(-86_400_000_000_000L * 40, 86_400_000_000_000L * 40));
        return DeadlineRules.any().flatMap(rule -> Combinators.combine(
                ReportingPeriods.of(rule.frequency(), 1990, 2100), offsets)
                .as((period, offset) -> new Case(rule, period, offset)));
    }
}
