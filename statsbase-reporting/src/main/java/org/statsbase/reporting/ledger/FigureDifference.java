package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure whose submitted value differs from the ledger's, with the entries behind the ledger's
 * value, so that the person reviewing can see which original records to check.
 *
 * <p>Thread safety: immutable.
 */
public final class FigureDifference {

    /** How the submitted value differs. */
    public enum Kind {
        /** Nothing was submitted for a figure the ledger gives as non-zero. */
        MISSING,
        /** The submitted text is not a number. */
        NOT_A_NUMBER,
        /** The submitted number is not the ledger's rounded figure. */
        DIFFERENT
    }

    private final DerivedFigure ledger;
    private final Kind kind;
    private final String submittedText;
    private final BigDecimal submitted;

    FigureDifference(DerivedFigure ledger, Kind kind, String submittedText, BigDecimal submitted) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.submittedText = Objects.requireNonNull(submittedText, "submittedText");
        this.submitted = submitted;
    }

    /**
     * The figure's code.
     *
     * @return the figure's code
     */
    public String code() {
        return ledger.code();
    }

    /**
     * How it differs.
     *
     * @return how the submitted value differs from the ledger's
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The figure as derived from the ledger.
     *
     * @return the figure as derived from the ledger
     */
    public DerivedFigure ledgerFigure() {
        return ledger;
    }

    /**
     * The ledger's rounded value.
     *
     * @return the ledger's rounded value, what the form should report
     */
    public BigDecimal ledgerValue() {
        return ledger.rounded();
    }

    /**
     * The submitted value as text ({@code ""} when missing).
     *
     * @return the submitted value as text ({@code ""} when missing)
     */
    public String submittedText() {
        return submittedText;
    }

    /**
     * The submitted number, when it is one.
     *
     * @return the submitted number; empty when the value is missing or not a number
     */
    public Optional<BigDecimal> submitted() {
        return Optional.ofNullable(submitted);
    }

    /**
     * Submitted − ledger, when the submitted value is a number.
     *
     * @return submitted − ledger (rounded value); empty when the submitted value is missing or not a number
     */
    public Optional<BigDecimal> difference() {
        return submitted().map(s -> s.subtract(ledger.rounded()));
    }

    /**
     * The entries behind the ledger's value.
     *
     * @return the entries behind the ledger's value, with their signs
     */
    public List<Contribution> provenance() {
        return ledger.provenance();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureDifference d && ledger.equals(d.ledger) && kind == d.kind
                && submittedText.equals(d.submittedText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ledger.code(), kind, submittedText);
    }

    @Override
    public String toString() {
        return "FigureDifference[" + code() + " " + kind + " ledger " + ledgerValue().toPlainString()
                + " submitted \"" + submittedText + "\"]";
    }
}
