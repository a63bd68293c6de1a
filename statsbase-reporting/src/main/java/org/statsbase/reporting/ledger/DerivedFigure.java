package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One figure of a form as derived from a ledger: its exact value in the figure's unit, the value
 * rounded to the form's decimals, and its provenance — every entry that makes it up, with its sign —
 * so that the figure can be traced back to the ledger and the original records (数出有据; seed notice
 * section 九).
 *
 * <p>The provenance is in the order of the mapping's terms, then account, then date and id; for a
 * large ledger it is a view over the ledger's index, not a copy.
 *
 * <p>Thread safety: immutable.
 */
public final class DerivedFigure {

    private final FigureMapping mapping;
    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal sourceTotal;
    private final BigDecimal unrounded;
    private final BigDecimal rounded;
    private final List<Contribution> provenance;

    DerivedFigure(FigureMapping mapping, LocalDate from, LocalDate to, BigDecimal sourceTotal,
            List<Contribution> provenance) {
        this.mapping = mapping;
        this.from = from;
        this.to = to;
        this.sourceTotal = sourceTotal;
        this.unrounded = sourceTotal.movePointLeft(mapping.unitShift());
        this.rounded = unrounded.setScale(mapping.decimals(), mapping.rounding());
        this.provenance = provenance;
    }

    /**
     * How the figure was derived.
     *
     * @return the mapping the figure was derived with
     */
    public FigureMapping mapping() {
        return mapping;
    }

    /**
     * The figure's code.
     *
     * @return the figure's code on the form
     */
    public String code() {
        return mapping.code();
    }

    /**
     * The first day of the entries counted.
     *
     * @return the first day of the entries counted
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The last day of the entries counted.
     *
     * @return the last day of the entries counted
     */
    public LocalDate to() {
        return to;
    }

    /**
     * The exact sum in the ledger's unit ({@link FigureMapping#sourceUnit()}).
     *
     * @return the exact sum in the ledger's unit ({@link FigureMapping#sourceUnit()})
     */
    public BigDecimal sourceTotal() {
        return sourceTotal;
    }

    /**
     * The exact value in the figure's unit, before rounding.
     *
     * @return the exact value in the figure's unit, before rounding
     */
    public BigDecimal unrounded() {
        return unrounded;
    }

    /**
     * The value rounded to the figure's decimals: what the form reports.
     *
     * @return the value rounded to the figure's decimals: what the form reports
     */
    public BigDecimal rounded() {
        return rounded;
    }

    /**
     * Every entry behind the figure with its sign; their signed quantities sum to {@link #sourceTotal()}.
     *
     * @return every entry behind the figure with its sign, in ledger order; their signed quantities sum to
     *         {@link #sourceTotal()}; empty when no entry counts
     */
    public List<Contribution> provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivedFigure f && mapping.equals(f.mapping) && from.equals(f.from) && to.equals(f.to)
                && sourceTotal.equals(f.sourceTotal) && provenance.equals(f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mapping, from, to, sourceTotal);
    }

    @Override
    public String toString() {
        return "DerivedFigure[" + code() + " " + mapping.basis() + " " + from + ".." + to + " = "
                + rounded.toPlainString() + mapping.unit() + " (" + unrounded.toPlainString() + "; "
                + provenance.size() + " entries)]";
    }
}
