package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.LedgerIndex;

/**
 * Derives a form's figures from a ledger (数出有据: figures reported are derived from the 统计台账, seed
 * notice section 九; 统计法 2009 第二十一条).
 *
 * <p>For each figure, the entries of the accounts its terms select, dated from {@link FigureBasis#from}
 * to {@link FigureBasis#to} of the period, are summed exactly with their signs; the sum is converted
 * to the figure's unit and rounded once. So: the provenance sums to the unrounded figure; the year to
 * date of month m is that of month m−1 plus month m; a period figure depends only on entries dated in
 * the period; and a reversing entry, which carries its reversed entry's date and account, brings every
 * figure back to its value before the reversed entry.
 *
 * <p>Cost: the ledger's index (by account, then date) is built once per {@link Ledger}; each figure then
 * costs two binary searches per selected account.
 *
 * <p>Thread safety: stateless.
 */
public final class LedgerDerivation {

    private LedgerDerivation() {
    }

    /**
     * The figures of {@code mapping} for {@code period} from {@code ledger}.
     *
     * @param ledger  the unit's ledger
     * @param mapping which accounts make which figure of the form
     * @param period  the reporting period; the basis of each figure decides which days count
     * @return every figure of the mapping, exact and rounded, with the entries behind it
     * @throws ReportingException {@code SB-REP-0730} when an account the figure selects holds entries in
     *                            another unit than the figure sums
     */
    public static DerivedForm derive(Ledger ledger, LedgerMapping mapping, ReportingPeriod period) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(period, "period");
        LedgerIndex index = ledger.index();
        List<LedgerEntry> entries = ledger.entries();
        List<DerivedFigure> figures = new ArrayList<>(mapping.figures().size());
        for (FigureMapping f : mapping.figures()) {
            figures.add(figure(index, entries, f, period));
        }
        return new DerivedForm(ledger.unitId(), mapping.formId(), period, figures);
    }

    private static DerivedFigure figure(LedgerIndex index, List<LedgerEntry> entries, FigureMapping f,
            ReportingPeriod period) {
        LocalDate from = f.basis().from(period);
        LocalDate to = f.basis().to(period);
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay();
        BigDecimal total = BigDecimal.ZERO;
        List<int[]> ranges = new ArrayList<>();
        for (AccountTerm term : f.terms()) {
            for (int slot : index.slots(term.account(), term.prefix())) {
                int lo = index.lowerBound(slot, fromDay);
                int hi = index.upperBound(slot, toDay);
                if (lo == hi) {
                    continue;
                }
                checkUnit(index, entries, slot, f);
                BigDecimal sum = index.sum(slot, lo, hi);
                total = term.sign() > 0 ? total.add(sum) : total.subtract(sum);
                ranges.add(new int[] {slot, lo, hi, term.sign()});
            }
        }
        return new DerivedFigure(f, from, to, total, new Provenance(index, entries, ranges));
    }

    private static void checkUnit(LedgerIndex index, List<LedgerEntry> entries, int slot, FigureMapping f) {
        int odd = index.oddUnitPosition(slot);
        if (odd >= 0) {
            LedgerEntry e = entries.get(odd);
            throw new ReportingException(ReportingError.DERIVE_UNIT_MISMATCH, e.id(), e.account(), e.unit(),
                    f.code(), index.unit(slot));
        }
        if (!index.unit(slot).equals(f.sourceUnit())) {
            LedgerEntry e = entries.get(index.firstPosition(slot));
            throw new ReportingException(ReportingError.DERIVE_UNIT_MISMATCH, e.id(), e.account(), e.unit(),
                    f.code(), f.sourceUnit());
        }
    }

    /** The contributions of a figure: a view over ranges of the index, built in O(1) per range. */
    private static final class Provenance extends AbstractList<Contribution> implements RandomAccess {
        private final LedgerIndex index;
        private final List<LedgerEntry> entries;
        private final int[][] ranges;
        private final int[] starts;
        private final int size;

        // ranges are never empty, so starts increase strictly
        Provenance(LedgerIndex index, List<LedgerEntry> entries, List<int[]> ranges) {
            this.index = index;
            this.entries = entries;
            this.ranges = ranges.toArray(new int[0][]);
            this.starts = new int[this.ranges.length];
            int n = 0;
            for (int i = 0; i < this.ranges.length; i++) {
                starts[i] = n;
                n += this.ranges[i][2] - this.ranges[i][1];
            }
            this.size = n;
        }

        @Override
        public Contribution get(int i) {
            Objects.checkIndex(i, size);
            int r = java.util.Arrays.binarySearch(starts, i);
            if (r < 0) {
                r = -r - 2;
            }
            int[] range = ranges[r];
            return new Contribution(entries.get(index.position(range[0], range[1] + i - starts[r])), range[3]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
