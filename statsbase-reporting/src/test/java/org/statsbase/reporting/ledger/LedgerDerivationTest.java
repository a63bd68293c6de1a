package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.ledger.Fixtures.CLERK;
import static org.statsbase.reporting.ledger.Fixtures.UNIT;
import static org.statsbase.reporting.ledger.Fixtures.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.validation.data.Dataset;

/** Deriving figures from a ledger: hand-checked sums, units, rounding and provenance. */
class LedgerDerivationTest {

    private static Ledger ledger(LedgerPosting... postings) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerPosting p : postings) {
            entries.add(LedgerEntry.of(entries.size() + 1, p, CLERK));
        }
        return Ledger.of(UNIT, entries);
    }

    private static final Ledger LEDGER = ledger(
            yuan("2026-09-30", "6001", "100000"),     // 1: September
            yuan("2026-10-01", "6001", "1234500"),    // 2: October
            yuan("2026-10-15", "600102", "500"),      // 3: a sub-account, not 6001 itself
            yuan("2026-10-20", "6051", "2000"),       // 4
            yuan("2026-10-31", "6401", "300"),        // 5: subtracted
            yuan("2026-11-01", "6001", "999999"),     // 6: November
            yuan("2025-12-31", "6001", "777"));       // 7: last year

    private static final LedgerMapping MAPPING = LedgerMapping.parse(LedgerMappingTest.YAML, "m.yaml");

    @Test
    void sumsTheSignedTermsOfThePeriodAndConvertsAndRounds() {
        DerivedForm form = LedgerDerivation.derive(LEDGER, MAPPING, ReportingPeriod.parse("2026-10"));
        DerivedFigure f = form.figure("01").orElseThrow();
        // 1234500 + 2000 − 300 = 1236200 元 = 1236.2 千元 → 1236 (0 decimals)
        assertThat(f.sourceTotal()).isEqualByComparingTo("1236200");
        assertThat(f.unrounded()).isEqualByComparingTo("1236.2");
        assertThat(f.rounded()).isEqualTo(new BigDecimal("1236"));
        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(f.provenance()).extracting(c -> c.entry().id(), Contribution::sign)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1), org.assertj.core.groups.Tuple.tuple(4L, 1),
                        org.assertj.core.groups.Tuple.tuple(5L, -1));
        // year to date: prefix 6001 takes 6001 and 600102 from 1 January: 100000 + 1234500 + 500 = 1335000 元
        DerivedFigure ytd = form.figure("01Y").orElseThrow();
        assertThat(ytd.unrounded()).isEqualByComparingTo("1335.000");
        assertThat(ytd.rounded()).isEqualTo(new BigDecimal("1335.0"));
        assertThat(ytd.provenance()).extracting(c -> c.entry().id()).containsExactly(1L, 2L, 3L);
        assertThat(form.figure("02").orElseThrow().rounded()).isEqualTo(new BigDecimal("0.000"));
        assertThat(form.figure("02").orElseThrow().provenance()).isEmpty();
        assertThat(form.values()).containsExactly(Map.entry("01", new BigDecimal("1236")),
                Map.entry("01Y", new BigDecimal("1335.0")), Map.entry("02", new BigDecimal("0.000")));
    }

    @Test
    void roundingIsHalfUpByDefaultAndGbt8170HalfEvenOnRequest() {
        Ledger l = ledger(yuan("2026-10-01", "6001", "2500"), yuan("2026-10-02", "6002", "3500"));
        FigureMapping a = FigureMapping.of("A", FigureBasis.PERIOD, List.of(AccountTerm.account("6001", 1)))
                .withUnits("元", "千元");
        FigureMapping b = FigureMapping.of("B", FigureBasis.PERIOD, List.of(AccountTerm.account("6002", 1)))
                .withUnits("元", "千元");
        ReportingPeriod oct = ReportingPeriod.parse("2026-10");
        DerivedForm up = LedgerDerivation.derive(l, LedgerMapping.of("F", List.of(a, b)), oct);
        assertThat(up.values()).containsExactly(Map.entry("A", new BigDecimal("3")), Map.entry("B", new BigDecimal("4")));
        DerivedForm even = LedgerDerivation.derive(l, LedgerMapping.of("F", List.of(a.withRounding(RoundingMode.HALF_EVEN),
                b.withRounding(RoundingMode.HALF_EVEN))), oct);
        // 四舍六入五成双: 2.5 → 2, 3.5 → 4
        assertThat(even.values()).containsExactly(Map.entry("A", new BigDecimal("2")), Map.entry("B", new BigDecimal("4")));
    }

    @Test
    void quarterAndYearPeriodsCountTheirMonths() {
        FigureMapping q = FigureMapping.of("Q", FigureBasis.PERIOD, List.of(AccountTerm.prefix("6001", 1)));
        LedgerMapping m = LedgerMapping.of("F", List.of(q));
        assertThat(LedgerDerivation.derive(LEDGER, m, ReportingPeriod.ofQuarter(2026, 4)).values().get("Q"))
                .isEqualByComparingTo("2234999");
        assertThat(LedgerDerivation.derive(LEDGER, m, ReportingPeriod.ofYear(2025)).values().get("Q"))
                .isEqualByComparingTo("777");
    }

    @Test
    void anAccountInAnotherUnitThanTheFigureSumsIsAnError() {
        Ledger l = ledger(LedgerPosting.of(LocalDate.of(2026, 10, 1), "C01", BigDecimal.ONE, "吨",
                Fixtures.record("磅单")));
        FigureMapping f = FigureMapping.of("A", FigureBasis.PERIOD, List.of(AccountTerm.prefix("C", 1)));
        assertThatThrownBy(() -> LedgerDerivation.derive(l, LedgerMapping.of("F", List.of(f)),
                ReportingPeriod.parse("2026-10"))).hasMessageStartingWith("SB-REP-0730").hasMessageContaining("吨");
        Ledger mixed = ledger(LedgerPosting.of(LocalDate.of(2026, 10, 1), "C01", BigDecimal.ONE, "吨",
                Fixtures.record("磅单")), LedgerPosting.of(LocalDate.of(2026, 10, 2), "C01", BigDecimal.ONE, "千克",
                Fixtures.record("磅单 2")));
        assertThatThrownBy(() -> LedgerDerivation.derive(mixed, LedgerMapping.of("F", List.of(f.withUnits("吨", "吨"))),
                ReportingPeriod.parse("2026-10"))).hasMessageStartingWith("SB-REP-0730").hasMessageContaining("千克");
    }

    @Test
    void sumsTooLargeForLongsStayExact() {
        String big = "99999999999999999999.999999";
        Ledger l = ledger(yuan("2026-10-01", "1", big), yuan("2026-10-02", "1", big), yuan("2026-10-03", "1", "-" + big));
        FigureMapping f = FigureMapping.of("A", FigureBasis.PERIOD, List.of(AccountTerm.account("1", 1))).withDecimals(6);
        assertThat(LedgerDerivation.derive(l, LedgerMapping.of("F", List.of(f)), ReportingPeriod.parse("2026-10"))
                .values().get("A")).isEqualTo(new BigDecimal(big));
    }

    @Test
    void theDerivedFormIsADatasetForReviewRules() {
        Dataset d = LedgerDerivation.derive(LEDGER, MAPPING, ReportingPeriod.parse("2026-10")).asDataset("unit");
        assertThat(d.size()).isEqualTo(1);
    }
}
