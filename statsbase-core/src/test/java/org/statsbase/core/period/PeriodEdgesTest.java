package org.statsbase.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.testdata.ValueSemantics.assertValue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.error.StatsbaseException;

/**
 * The edges of reporting periods and deadline rules (统计法 2009 第四十二条 迟报: lateness is measured
 * against a configured deadline): every range is closed at both ends, exemptions and overrides
 * are part of a rule's value.
 */
class PeriodEdgesTest {

    private static final LocalTime NOON = LocalTime.NOON;

    @Test
    void periodTextEdges() {
        assertThat(ReportingPeriod.check("202").reason()).contains(ReportingPeriod.Reason.MALFORMED);
        assertThat(ReportingPeriod.check("202").position()).isEmpty();
        assertThat(ReportingPeriod.check("202").actual()).contains("202");
        assertThat(ReportingPeriod.check("2024").value()).contains(ReportingPeriod.ofYear(2024));
        assertThat(ReportingPeriod.check("1899").reason()).contains(ReportingPeriod.Reason.YEAR_OUT_OF_RANGE);
        assertThat(ReportingPeriod.check("1900").value()).contains(ReportingPeriod.ofYear(1900));
        assertThat(ReportingPeriod.check("2199-12").value()).contains(ReportingPeriod.ofMonth(2199, 12));
        assertThat(ReportingPeriod.check("2200-01").reason()).contains(ReportingPeriod.Reason.YEAR_OUT_OF_RANGE);
        assertThat(ReportingPeriod.check("2024Q0").reason()).contains(ReportingPeriod.Reason.QUARTER_OUT_OF_RANGE);
        assertThat(ReportingPeriod.check("2024H3").reason()).contains(ReportingPeriod.Reason.HALF_OUT_OF_RANGE);
    }

    @Test
    void plusStaysInsideTheYearRange() {
        assertThat(ReportingPeriod.ofMonth(2199, 11).plus(1)).isEqualTo(ReportingPeriod.ofMonth(2199, 12));
        assertThat(ReportingPeriod.ofMonth(1900, 2).plus(-1)).isEqualTo(ReportingPeriod.ofMonth(1900, 1));
        assertThatThrownBy(() -> ReportingPeriod.ofMonth(2199, 12).plus(1))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReportingPeriod.Reason.YEAR_OUT_OF_RANGE);
                    assertThat(e.check().input()).isEqualTo("2200-01");
                });
        assertThatThrownBy(() -> ReportingPeriod.ofMonth(1900, 1).plus(-1))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.check().input()).isEqualTo("1899-12"));
        // years below 1000 keep four digits in the refused text; negative years are written as they are
        assertThat(inputOf(ReportingPeriod.ofYear(1900), -1001)).isEqualTo("0899");
        assertThat(inputOf(ReportingPeriod.ofYear(1900), -900)).isEqualTo("1000");
        assertThat(inputOf(ReportingPeriod.ofYear(1900), -1900)).isEqualTo("0000");
        assertThat(inputOf(ReportingPeriod.ofYear(1900), -1901)).isEqualTo("-1");
        assertThat(inputOf(ReportingPeriod.ofQuarter(1900, 1), -4 * 1901)).isEqualTo("-1Q1");
        assertThat(inputOf(ReportingPeriod.ofHalfYear(1900, 1), -2)).isEqualTo("1899H1");
    }

    private static String inputOf(ReportingPeriod start, long n) {
        try {
            start.plus(n);
        } catch (InvalidCodeException e) {
            return e.check().input();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void deadlineRuleRangesAreClosed() {
        assertThat(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 0, 1, NOON).dayOfMonth()).isEqualTo(OptionalInt.of(1));
        assertThat(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 24, 31, NOON).monthsAfterEnd())
                .isEqualTo(OptionalInt.of(24));
        for (int[] bad : new int[][] {{0, 0}, {0, 32}, {-1, 1}, {25, 1}}) {
            assertThatThrownBy(() -> DeadlineRule.dayOfMonth(Frequency.MONTHLY, bad[0], bad[1], NOON))
                    .as("%s months, day %s", bad[0], bad[1]).isInstanceOf(StatsbaseException.class);
        }
        assertThat(DeadlineRule.daysAfterEnd(Frequency.YEARLY, 0, NOON).daysAfterEnd()).isEqualTo(OptionalInt.of(0));
        assertThat(DeadlineRule.daysAfterEnd(Frequency.YEARLY, 731, NOON).daysAfterEnd())
                .isEqualTo(OptionalInt.of(731));
        assertThatThrownBy(() -> DeadlineRule.daysAfterEnd(Frequency.YEARLY, -1, NOON))
                .isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> DeadlineRule.daysAfterEnd(Frequency.YEARLY, 732, NOON))
                .isInstanceOf(StatsbaseException.class);
        DeadlineRule monthly = DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON);
        assertThat(monthly.exemptingIndexes(1, 12).exemptIndexes()).containsExactly(1, 12);
        assertThatThrownBy(() -> monthly.exemptingIndexes(0)).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> monthly.exemptingIndexes(13)).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> DeadlineRule.daysAfterEnd(Frequency.QUARTERLY, 15, NOON).exemptingIndexes(5))
                .isInstanceOf(StatsbaseException.class);
    }

    @Test
    void deadlineRuleAccessorsAndValue() {
        ReportingPeriod jan = ReportingPeriod.ofMonth(2026, 1);
        ReportingPeriod feb = ReportingPeriod.ofMonth(2026, 2);
        DeadlineRule byDay = DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON);
        DeadlineRule byDays = DeadlineRule.daysAfterEnd(Frequency.MONTHLY, 10, NOON);
        assertThat(byDay.dayOfMonth()).isEqualTo(OptionalInt.of(16));
        assertThat(byDay.monthsAfterEnd()).isEqualTo(OptionalInt.of(1));
        assertThat(byDay.daysAfterEnd()).isEmpty();
        assertThat(byDays.dayOfMonth()).isEmpty();
        assertThat(byDays.monthsAfterEnd()).isEmpty();
        assertThat(byDays.daysAfterEnd()).isEqualTo(OptionalInt.of(10));
        assertThat(byDay.time()).isEqualTo(NOON);
        DeadlineRule full = byDay.forForm("B204").exemptingIndexes(1).exempting(feb)
                .withOverride(ReportingPeriod.ofMonth(2026, 3), LocalDateTime.of(2026, 4, 20, 9, 0));
        assertThat(full.exemptPeriods()).containsExactly(feb);
        assertThat(full.overrides()).isEqualTo(Map.of(ReportingPeriod.ofMonth(2026, 3),
                LocalDateTime.of(2026, 4, 20, 9, 0)));
        assertThat(full.toString()).isEqualTo("MONTHLY B204: day 16 12:00, 1 month(s) after the period's last month"
                + "; exempt indexes [1]; exempt periods [2026-02]; overrides {2026-03=2026-04-20T09:00}");
        assertThat(byDays.toString()).isEqualTo("MONTHLY: 10 day(s) after the period's last day, 12:00");
        assertValue(byDay, DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON),
                DeadlineRule.dayOfMonth(Frequency.QUARTERLY, 1, 16, NOON),
                byDay.forForm("B204"),
                DeadlineRule.dayOfMonth(Frequency.MONTHLY, 2, 16, NOON),
                DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 15, NOON),
                DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON.plusHours(1)),
                byDays, DeadlineRule.daysAfterEnd(Frequency.MONTHLY, 11, NOON),
                byDay.exemptingIndexes(1), byDay.exempting(jan),
                byDay.withOverride(jan, LocalDateTime.of(2026, 2, 20, 9, 0)));
        // an override of an exempt period is refused whichever is added first
        assertThatThrownBy(() -> byDay.exempting(jan).withOverride(jan, LocalDateTime.of(2026, 2, 20, 9, 0)))
                .isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> byDay.withOverride(jan, LocalDateTime.of(2026, 2, 20, 9, 0)).exempting(jan))
                .isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> byDay.exemptingIndexes(1).withOverride(jan, LocalDateTime.of(2026, 2, 20, 9, 0)))
                .isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> byDay.withOverride(ReportingPeriod.ofQuarter(2026, 1),
                LocalDateTime.of(2026, 4, 20, 9, 0))).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> byDay.exempting(ReportingPeriod.ofYear(2026))).isInstanceOf(StatsbaseException.class);
    }

    @Test
    void calendarLatenessWithoutAForm() {
        ZoneId shanghai = DeadlineCalendar.DEFAULT_ZONE;
        DeadlineCalendar calendar = DeadlineCalendar.builder().source("  江统发〔2024〕3号 ")
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON).exemptingIndexes(1)).build();
        ReportingPeriod march = ReportingPeriod.ofMonth(2026, 3);
        var due = LocalDateTime.of(2026, 4, 16, 12, 0).atZone(shanghai).toInstant();
        assertThat(calendar.isLate(march, due)).isFalse();
        assertThat(calendar.isLate(march, due.plusSeconds(1))).isTrue();
        assertThat(calendar.lateBy(march, due.plusSeconds(3600))).isEqualTo(Duration.ofHours(1));
        assertThat(calendar.lateBy(march, due.minusSeconds(3600))).isEqualTo(Duration.ZERO);
        // January is exempt: never late
        assertThat(calendar.isLate(ReportingPeriod.ofMonth(2026, 1), due)).isFalse();
        assertThat(calendar.source()).contains("江统发〔2024〕3号");
        assertThat(DeadlineCalendar.builder().build().source()).isEmpty();
        assertThat(calendar.toString()).startsWith("DeadlineCalendar[Asia/Shanghai, 江统发〔2024〕3号, [MONTHLY");
        assertThat(DeadlineCalendar.builder().build().toString()).isEqualTo("DeadlineCalendar[Asia/Shanghai, []]");
        assertValue(calendar, DeadlineCalendar.builder().source("江统发〔2024〕3号")
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON).exemptingIndexes(1)).build(),
                DeadlineCalendar.builder().build(),
                DeadlineCalendar.builder().source("other")
                        .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON).exemptingIndexes(1)).build(),
                DeadlineCalendar.builder().zone(ZoneId.of("UTC")).source("江统发〔2024〕3号")
                        .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, NOON).exemptingIndexes(1)).build());
        assertThat(Set.copyOf(calendar.rules())).hasSize(1);
    }
}
