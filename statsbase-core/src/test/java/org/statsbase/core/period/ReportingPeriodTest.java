package org.statsbase.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.period.ReportingPeriod.Reason;

/** The four text forms of a reporting period (报告期) and their edges. */
class ReportingPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-10, MONTHLY, 2026, 10, 2026-10-01, 2026-10-31",
        "2026-02, MONTHLY, 2026, 2, 2026-02-01, 2026-02-28",
        "2024-02, MONTHLY, 2024, 2, 2024-02-01, 2024-02-29",
        "2026Q3, QUARTERLY, 2026, 3, 2026-07-01, 2026-09-30",
        "2026Q1, QUARTERLY, 2026, 1, 2026-01-01, 2026-03-31",
        "2026H1, HALF_YEARLY, 2026, 1, 2026-01-01, 2026-06-30",
        "2026H2, HALF_YEARLY, 2026, 2, 2026-07-01, 2026-12-31",
        "2026, YEARLY, 2026, 1, 2026-01-01, 2026-12-31",
    })
    void parsesTheFourForms(String text, Frequency frequency, int year, int index, LocalDate first, LocalDate last) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        assertThat(period.frequency()).isEqualTo(frequency);
        assertThat(period.year()).isEqualTo(year);
        assertThat(period.index()).isEqualTo(index);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource({
        "2026q3, 2026Q3",
        "2026h1, 2026H1",
        "'  2026-10 ', 2026-10",
        "'\u3000２０２６－１０\u3000', 2026-10",
        "２０２６ｑ３, 2026Q3",
        "２０２６Ｈ２, 2026H2",
        "'２０２６', 2026",
    })
    void normalisesInputLikeCodes(String text, String canonical) {
        assertThat(ReportingPeriod.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-00, MONTH_OUT_OF_RANGE, 00",
        "2026-13, MONTH_OUT_OF_RANGE, 13",
        "2026-99, MONTH_OUT_OF_RANGE, 99",
        "2026Q0, QUARTER_OUT_OF_RANGE, Q0",
        "2026Q5, QUARTER_OUT_OF_RANGE, Q5",
        "2026H0, HALF_OUT_OF_RANGE, H0",
        "2026H3, HALF_OUT_OF_RANGE, H3",
        "1899, YEAR_OUT_OF_RANGE, 1899",
        "2200-01, YEAR_OUT_OF_RANGE, 2200",
        "0000Q1, YEAR_OUT_OF_RANGE, 0",
    })
    void rangeErrorsNameTheFieldAndTheValue(String text, Reason reason, String actual) {
        CodeCheck<ReportingPeriod, Reason> check = ReportingPeriod.check(text);
        assertThat(check.isValid()).isFalse();
        assertThat(check.reason()).contains(reason);
        assertThat(check.actual()).contains(actual);
        assertThat(check.messageEn()).contains(text);
        assertThat(check.messageZh()).contains(text);
        assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining(check.errorCode().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // A one-digit month is refused: it may be a truncated 2026-10, 2026-11 or 2026-12.
        "2026-1", "2026-001", "26-10", "202610", "2026/10", "2026M10", "2026-Q3", "2026Q03", "2026Q", "2026H",
        "2026Y", "20261", "Q3-2026", "２０２６年", "2026-1O", "2O26",
    })
    void malformedTextIsRefusedWithTheExpectedForms(String text) {
        CodeCheck<ReportingPeriod, Reason> check = ReportingPeriod.check(text);
        assertThat(check.reason()).contains(Reason.MALFORMED);
        assertThat(check.expected()).isPresent();
        assertThat(check.errorCode()).contains("SB-CORE-1002");
    }

    @Test
    void oneDigitMonthSaysTwoDigitsAreExpected() {
        assertThat(ReportingPeriod.check("2026-1").expected()).contains("YYYY-MM");
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(ReportingPeriod.check(null).reason()).contains(Reason.EMPTY);
        assertThat(ReportingPeriod.check(" \u3000 ").reason()).contains(Reason.EMPTY);
    }

    @Test
    void previousCrossesTheYear() {
        assertThat(ReportingPeriod.parse("2026-01").previous()).hasToString("2025-12");
        assertThat(ReportingPeriod.parse("2026Q1").previous()).hasToString("2025Q4");
        assertThat(ReportingPeriod.parse("2026H1").previous()).hasToString("2025H2");
        assertThat(ReportingPeriod.parse("2026").previous()).hasToString("2025");
        assertThat(ReportingPeriod.parse("2025-12").next()).hasToString("2026-01");
        assertThat(ReportingPeriod.parse("2025Q4").next()).hasToString("2026Q1");
        assertThat(ReportingPeriod.parse("2025H2").next()).hasToString("2026H1");
        assertThat(ReportingPeriod.parse("2026-03").plus(-15)).hasToString("2024-12");
        assertThat(ReportingPeriod.parse("2026Q2").plus(7)).hasToString("2028Q1");
    }

    @Test
    void sameLastYearIsTheSamePeriodOneYearEarlier() {
        assertThat(ReportingPeriod.parse("2026-10").sameLastYear()).hasToString("2025-10");
        assertThat(ReportingPeriod.parse("2026Q3").sameLastYear()).hasToString("2025Q3");
        assertThat(ReportingPeriod.parse("2026H1").sameLastYear()).hasToString("2025H1");
        assertThat(ReportingPeriod.parse("2026").sameLastYear()).hasToString("2025");
    }

    @Test
    void leavingTheYearRangeIsATypedError() {
        assertThatThrownBy(() -> ReportingPeriod.parse("1900-01").previous())
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.YEAR_OUT_OF_RANGE))
                .hasMessageContaining("1899-12");
        assertThatThrownBy(() -> ReportingPeriod.parse("2199Q4").next()).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("1900").sameLastYear())
                .isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("2026").plus(Long.MAX_VALUE))
                .isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void factoriesCheckLikeParse() {
        assertThat(ReportingPeriod.ofMonth(2026, 1)).isEqualTo(ReportingPeriod.parse("2026-01"));
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(2026, 10))).isEqualTo(ReportingPeriod.parse("2026-10"));
        assertThat(ReportingPeriod.ofQuarter(2026, 3)).isEqualTo(ReportingPeriod.parse("2026Q3"));
        assertThat(ReportingPeriod.ofHalfYear(2026, 2)).isEqualTo(ReportingPeriod.parse("2026H2"));
        assertThat(ReportingPeriod.ofYear(2026)).isEqualTo(ReportingPeriod.parse("2026"));
        assertThatThrownBy(() -> ReportingPeriod.ofMonth(2026, 13))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MONTH_OUT_OF_RANGE))
                .hasMessageContaining("2026-13");
        assertThatThrownBy(() -> ReportingPeriod.ofQuarter(2026, 5)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.ofHalfYear(2026, 3)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.of(Frequency.YEARLY, 2026, 2)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.ofYear(12026)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> ReportingPeriod.of(null, 2026, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("frequency");
    }

    @Test
    void containingFindsThePeriodOfADate() {
        LocalDate date = LocalDate.of(2026, 8, 31);
        assertThat(ReportingPeriod.containing(Frequency.MONTHLY, date)).hasToString("2026-08");
        assertThat(ReportingPeriod.containing(Frequency.QUARTERLY, date)).hasToString("2026Q3");
        assertThat(ReportingPeriod.containing(Frequency.HALF_YEARLY, date)).hasToString("2026H2");
        assertThat(ReportingPeriod.containing(Frequency.YEARLY, date)).hasToString("2026");
    }

    @Test
    void containsIncludesBothEnds() {
        ReportingPeriod q3 = ReportingPeriod.parse("2026Q3");
        assertThat(q3.contains(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(q3.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(q3.contains(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(q3.contains(LocalDate.of(2025, 8, 1))).isFalse();
    }

    @Test
    void orderIsChronologicalWithinAFrequencyAndByFirstThenLastDayAcross() {
        List<ReportingPeriod> periods = new ArrayList<>(List.of(ReportingPeriod.parse("2026-02"),
                ReportingPeriod.parse("2026"), ReportingPeriod.parse("2025-12"), ReportingPeriod.parse("2026H1"),
                ReportingPeriod.parse("2026Q1"), ReportingPeriod.parse("2026-01")));
        Collections.sort(periods);
        assertThat(periods).extracting(ReportingPeriod::toString)
                .containsExactly("2025-12", "2026-01", "2026Q1", "2026H1", "2026", "2026-02");
        assertThat(ReportingPeriod.parse("2026-01").compareTo(ReportingPeriod.parse("2026-01"))).isZero();
    }

    @Test
    void equalityIsByValue() {
        assertThat(ReportingPeriod.parse("2026q3")).isEqualTo(ReportingPeriod.ofQuarter(2026, 3))
                .hasSameHashCodeAs(ReportingPeriod.ofQuarter(2026, 3))
                .isNotEqualTo(ReportingPeriod.ofMonth(2026, 3));
        // Same first day, different frequency: different periods.
        assertThat(ReportingPeriod.parse("2026")).isNotEqualTo(ReportingPeriod.parse("2026H1"));
    }

    @Test
    void frequencyNamesAndLookup() {
        assertThat(Frequency.parse("monthly")).isEqualTo(Frequency.MONTHLY);
        assertThat(Frequency.parse(" 季报 ")).isEqualTo(Frequency.QUARTERLY);
        assertThat(Frequency.parse("half_yearly")).isEqualTo(Frequency.HALF_YEARLY);
        assertThat(Frequency.lookup("weekly")).isEmpty();
        assertThat(Frequency.lookup(null)).isEmpty();
        assertThatThrownBy(() -> Frequency.parse("weekly")).hasMessageContaining("SB-CORE-1010")
                .hasMessageContaining("WEEKLY");
        assertThat(Frequency.YEARLY.nameZh()).isEqualTo("年报");
        assertThat(Frequency.HALF_YEARLY.monthsPerPeriod()).isEqualTo(6);
    }
}
