package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.ledger.Fixtures.CLERK;
import static org.statsbase.reporting.ledger.Fixtures.UNIT;
import static org.statsbase.reporting.ledger.Fixtures.yuan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.form.FormValue;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/** Comparing a submission with the ledger, and requiring agreement. */
class LedgerComparisonTest {

    private static final ReportingPeriod OCT = ReportingPeriod.parse("2026-10");
    private static final LedgerMapping MAPPING = LedgerMapping.of("F", List.of(
            FigureMapping.of("A", FigureBasis.PERIOD, List.of(AccountTerm.account("6001", 1))).withUnits("元", "千元"),
            FigureMapping.of("B", FigureBasis.PERIOD, List.of(AccountTerm.account("6002", 1))),
            FigureMapping.of("C", FigureBasis.PERIOD, List.of(AccountTerm.account("6003", 1))),
            FigureMapping.of("D", FigureBasis.PERIOD, List.of(AccountTerm.account("6004", 1)))));

    private final LedgerBook book = LedgerBook.open(Trail.open(InMemoryEventStore.create()), UNIT);

    @Test
    void listsEveryDifferingFigureWithTheEntriesBehindTheLedgersValue() {
        LedgerEntry a = book.record(yuan("2026-10-01", "6001", "12400"), CLERK);
        book.record(yuan("2026-10-01", "6002", "7"), CLERK);
        book.record(yuan("2026-10-01", "6003", "8"), CLERK);
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("A", "13");                      // ledger 12.4 千元 → 12
        submitted.put("B", new BigDecimal("7.00"));    // agrees numerically
        submitted.put("C", "八");
        submitted.put("D", "");                        // ledger 0: a blank agrees
        submitted.put("Z", "1");                       // not derived: not compared
        LedgerComparison c = LedgerComparison.of(LedgerDerivation.derive(book.ledger(), MAPPING, OCT), submitted);
        assertThat(c.agrees()).isFalse();
        assertThat(c.differences()).extracting(FigureDifference::code, FigureDifference::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", FigureDifference.Kind.DIFFERENT),
                org.assertj.core.groups.Tuple.tuple("C", FigureDifference.Kind.NOT_A_NUMBER));
        FigureDifference d = c.differences().get(0);
        assertThat(d.ledgerValue()).isEqualTo(new BigDecimal("12"));
        assertThat(d.difference()).contains(new BigDecimal("1"));
        assertThat(d.provenance()).extracting(Contribution::entry).containsExactly(a);
        assertThat(c.asReviewValues()).containsEntry("ledger.A", "12").containsEntry("ledger.differs.A", "true")
                .doesNotContainKey("ledger.differs.B");
    }

    @Test
    void aMissingNonZeroFigureDiffers() {
        book.record(yuan("2026-10-01", "6002", "7"), CLERK);
        LedgerComparison c = LedgerComparison.of(LedgerDerivation.derive(book.ledger(), MAPPING, OCT),
                Map.of("B", FormValue.missing()));
        assertThat(c.differences()).extracting(FigureDifference::kind).containsExactly(FigureDifference.Kind.MISSING);
        assertThat(c.differences().get(0).submitted()).isEmpty();
    }

    @Test
    void agreementFollowsTheBookAsItChanges() {
        LedgerEntry e = book.record(yuan("2026-10-01", "6002", "7"), CLERK);
        LedgerAgreement agreement = LedgerAgreement.of(book, MAPPING);
        agreement.require(OCT, Map.of("B", 7L));
        book.correct(e.id(), yuan("2026-10-01", "6002", "9"), "发票金额录错 wrong invoice amount", CLERK);
        assertThat(agreement.differences(OCT, Map.of("B", 7L))).extracting(FigureDifference::code).containsExactly("B");
        assertThatThrownBy(() -> agreement.require(OCT, Map.of("B", 7L))).hasMessageStartingWith("SB-REP-0731")
                .hasMessageContaining("B");
        agreement.require(OCT, Map.of("B", "9"));
    }
}
