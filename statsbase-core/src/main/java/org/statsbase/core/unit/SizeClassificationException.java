package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.Amounts;

/**
 * The input cannot be classified under 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号)
 * without guessing: the industry code is too coarse to pick a row, a metric the row needs is
 * missing, or a metric is negative, absurdly large or precise, or a fractional number of persons.
 *
 * <p>Thread safety: immutable.
 */
public final class SizeClassificationException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /** Why the input cannot be classified. */
    public enum Reason {
        /** The code spans rows that divide differently ({@code 70}, {@code 59}, {@code G}): give a finer code. */
        INDUSTRY_TOO_COARSE(CoreError.SIZE_INDUSTRY_TOO_COARSE),
        /** The row needs a metric that was not given. */
        MISSING_METRIC(CoreError.SIZE_MISSING_METRIC),
        /** A metric is below zero. */
        NEGATIVE_METRIC(CoreError.SIZE_NEGATIVE_METRIC),
        /**
         * A metric is above 10^12 (persons or 万元) or has more than six decimals: no enterprise
         * comes near, so it is a typing or conversion error (see {@link SizeMetrics#MAX_VALUE}).
         */
        METRIC_OUT_OF_RANGE(CoreError.SIZE_METRIC_OUT_OF_RANGE),
        /** X 从业人员 is a count of persons, but has a fractional part ({@code 12.5}). */
        EMPLOYEES_NOT_WHOLE(CoreError.SIZE_EMPLOYEES_NOT_WHOLE),
        /** A user-supplied table has no row for the code (the shipped table covers every code). */
        INDUSTRY_NOT_COVERED(CoreError.SIZE_INDUSTRY_NOT_COVERED);

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
    /** The metric concerned, or {@code null} when the reason concerns none. */
    private final SizeMetric metric;
    private final transient List<SizeRow> spannedRows;

    private SizeClassificationException(Reason reason, IndustryCode industry, SizeMetric metric,
            List<SizeRow> spannedRows, Object... args) {
        super(reason.error(), args);
        this.reason = reason;
        this.industry = industry;
        this.metric = metric;
        this.spannedRows = List.copyOf(spannedRows);
    }

    static SizeClassificationException tooCoarse(IndustryCode industry, String table, List<SizeRow> spanned) {
        String rows = spanned.stream().map(r -> r.id() + " " + r.nameZh()).collect(Collectors.joining("、"));
        return new SizeClassificationException(Reason.INDUSTRY_TOO_COARSE, industry, null, spanned, industry, table,
                rows);
    }

    static SizeClassificationException missingMetric(IndustryCode industry, SizeRow row, SizeMetric metric) {
        return new SizeClassificationException(Reason.MISSING_METRIC, industry, metric, List.of(), industry,
                row.nameZh(), metric.nameZh(), metric.symbol(), metric.nameEn());
    }

    static SizeClassificationException negativeMetric(SizeMetric metric, BigDecimal value) {
        return new SizeClassificationException(Reason.NEGATIVE_METRIC, null, metric, List.of(),
                metric.nameZh() + "（" + metric.symbol() + "）", metric.nameEn() + " (" + metric.symbol() + ")",
                NumberText.of(value));
    }

    static SizeClassificationException outOfRange(SizeMetric metric, BigDecimal value) {
        return new SizeClassificationException(Reason.METRIC_OUT_OF_RANGE, null, metric, List.of(),
                metric.nameZh() + "（" + metric.symbol() + "）", metric.nameEn() + " (" + metric.symbol() + ")",
                NumberText.of(value), NumberText.of(Amounts.MAX), Amounts.MAX_DECIMALS);
    }

    static SizeClassificationException employeesNotWhole(BigDecimal value) {
        return new SizeClassificationException(Reason.EMPLOYEES_NOT_WHOLE, null, SizeMetric.EMPLOYEES, List.of(),
                NumberText.of(value));
    }

    static SizeClassificationException notCovered(IndustryCode industry, String table) {
        return new SizeClassificationException(Reason.INDUSTRY_NOT_COVERED, industry, null, List.of(), industry, table);
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
     * The metric concerned (missing, negative, out of range or not whole), if the reason concerns one.
     *
     * @return the metric; empty when the reason concerns none
     */
    public Optional<SizeMetric> metric() {
        return Optional.ofNullable(metric);
    }

    /**
     * For {@link Reason#INDUSTRY_TOO_COARSE}: the rows the code spans, in table order.
     *
     * @return the rows the code spans, in table order; empty for the other reasons
     */
    public List<SizeRow> spannedRows() {
        return spannedRows == null ? List.of() : spannedRows;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + reason + "] " + Objects.toString(getMessage());
    }
}
