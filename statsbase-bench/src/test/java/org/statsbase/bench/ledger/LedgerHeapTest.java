package org.statsbase.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.AccountTerm;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.DerivedForm;
import org.statsbase.reporting.ledger.FigureMapping;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerEntry;

/** The benchmark's heap is what it claims, and the indexed derivation agrees with a plain scan. */
class LedgerHeapTest {

    @Test
    void theIndexedDerivationAgreesWithAScanOfEveryEntry() {
        LedgerHeap heap = LedgerHeap.of(50_000);
        Ledger ledger = heap.ledger();
        assertThat(heap.mapping().figures()).hasSize(30);
        assertThat(ledger.entries()).anyMatch(LedgerEntry::isReversal);
        ReportingPeriod october = ReportingPeriod.ofMonth(2026, 10);
        DerivedForm form = LedgerDerivation.derive(ledger, heap.mapping(), october);
        for (DerivedFigure f : form.figures()) {
            assertThat(f.sourceTotal()).as(f.code()).isEqualByComparingTo(scan(ledger, f.mapping(), f));
            assertThat(f.provenance()).as(f.code()).isNotEmpty();
        }
    }

    private static BigDecimal scan(Ledger ledger, FigureMapping mapping, DerivedFigure f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            if (e.date().isBefore(f.from()) || e.date().isAfter(f.to())) {
                continue;
            }
            for (AccountTerm t : mapping.terms()) {
                if (t.selects(e.account())) {
                    sum = sum.add(t.sign() > 0 ? e.quantity() : e.quantity().negate());
                }
            }
        }
        return sum;
    }
}
