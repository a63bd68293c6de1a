package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.Amounts;

/**
 * The input cannot be classified as "四上" or not without guessing: the industry code is too
 * coarse to pick a category ({@code 70}: development or property services?), the revenue the
 * category needs is missing, negative or absurdly large or precise, or a flag was given for an industry it does not apply to.
 *
 * <p>Thread safety: immutable.
 */
public final class AboveScaleException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /** Why the input cannot be classified. */
    public enum Reason {
        /** The code spans rows that decide differently ({@code 70}, {@code K}, {@code F}, {@code H}, {@code Q}). */
        INDUSTRY_TOO_COARSE(CoreError.ABOVE_SCALE_INDUSTRY_TOO_COARSE),
        /** The category has a revenue threshold but no revenue was given. */
        MISSING_REVENUE(CoreError.ABOVE_SCALE_MISSING_REVENUE),
        /** The revenue is below zero. */
        NEGATIVE_REVENUE(CoreError.ABOVE_SCALE_NEGATIVE_REVENUE),
        /**
         * The revenue is above 10^12 万元 or has more than six decimals: no unit comes near, so it
         * is a typing or conversion error (see {@link AboveScaleInput#MAX_REVENUE}).
         */
        REVENUE_OUT_OF_RANGE(CoreError.ABOVE_SCALE_REVENUE_OUT_OF_RANGE),
        /** Development activity was declared for an industry other than 7010. */
        DEVELOPMENT_FLAG_NOT_APPLICABLE(CoreError.ABOVE_SCALE_DEVELOPMENT_FLAG_NOT_APPLICABLE),
        /** A construction qualification was declared for an industry outside section E. */
        QUALIFICATION_FLAG_NOT_APPLICABLE(CoreError.ABOVE_SCALE_QUALIFICATION_FLAG_NOT_APPLICABLE),
        /** A user-supplied table has no row for the code (the shipped table covers every code). */
        INDUSTRY_NOT_COVERED(CoreError.ABOVE_SCALE_INDUSTRY_NOT_COVERED);

        private final CoreError error;

        Reason(CoreError error) {
            this.error = error;
        }

        /**
         * The stable error code of this reason.
         *
         * @return the stable error code of this reason
         */
        public CoreError error() {
            return error;
        }
    }

    /** Why the input cannot be classified. */
    private final Reason reason;
    private final transient IndustryCode industry;
    private final transient List<AboveScaleRow> spannedRows;

    private AboveScaleException(Reason reason, IndustryCode industry, List<AboveScaleRow> spannedRows,
            Object... args) {
        super(reason.error(), args);
        this.reason = reason;
        this.industry = industry;
        this.spannedRows = List.copyOf(spannedRows);
    }

    static AboveScaleException tooCoarse(IndustryCode industry, String table, List<AboveScaleRow> spanned) {
        String rows = spanned.stream().map(r -> r.id() + " " + r.nameZh()).collect(Collectors.joining("、"));
        return new AboveScaleException(Reason.INDUSTRY_TOO_COARSE, industry, spanned, industry, table, rows);
    }

    static AboveScaleException missingRevenue(IndustryCode industry, AboveScaleRow row) {
        return new AboveScaleException(Reason.MISSING_REVENUE, industry, List.of(), industry, row.nameZh(),
                row.revenueMeasureZh(), "revenue (" + row.revenueMeasureZh() + ")");
    }

    static AboveScaleException negativeRevenue(BigDecimal revenue) {
        return new AboveScaleException(Reason.NEGATIVE_REVENUE, null, List.of(), NumberText.of(revenue));
    }

    static AboveScaleException revenueOutOfRange(BigDecimal revenue) {
        return new AboveScaleException(Reason.REVENUE_OUT_OF_RANGE, null, List.of(), NumberText.of(revenue),
                NumberText.of(Amounts.MAX), Amounts.MAX_DECIMALS);
    }

    static AboveScaleException flagNotApplicable(Reason reason, IndustryCode industry) {
        return new AboveScaleException(reason, industry, List.of(), industry);
    }

    static AboveScaleException notCovered(IndustryCode industry, String table) {
        return new AboveScaleException(Reason.INDUSTRY_NOT_COVERED, industry, List.of(), industry, table);
    }

    /**
     * Why the input cannot be classified.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The industry code concerned, if the reason concerns one.
     *
     * @return the industry code concerned, if the reason concerns one
     */
    public Optional<IndustryCode> industry() {
        return Optional.ofNullable(industry);
    }

    /**
     * For {@link Reason#INDUSTRY_TOO_COARSE}: the rows the code spans, in table order.
     *
     * @return the rows the code spans, in table order; empty for the other reasons
     */
    public List<AboveScaleRow> spannedRows() {
        return spannedRows == null ? List.of() : spannedRows;
    }
}
