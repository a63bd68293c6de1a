package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.Amounts;

/**
 * The metrics of one enterprise for 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号):
 * X 从业人员 (persons), Y 营业收入 (万元), Z 资产总额 (万元), each optional — a row needs only some.
 *
 * <p>Start from {@link #none()} and add values with the {@code with…} methods, each of which
 * returns a new instance.
 *
 * <p>Every value is checked as it is given, in this order: not negative
 * ({@link SizeClassificationException.Reason#NEGATIVE_METRIC}); at most {@link #MAX_VALUE}
 * (10^12 persons or 万元 — a hundred times the world's population, a hundred times China's
 * yearly GDP) and, for Y and Z, at most {@value #MAX_DECIMALS} decimals (one 分 in 万元)
 * ({@link SizeClassificationException.Reason#METRIC_OUT_OF_RANGE}); X 从业人员 a whole number of
 * persons ({@link SizeClassificationException.Reason#EMPLOYEES_NOT_WHOLE}). A value outside
 * these limits can only be a typing or conversion error, never a real enterprise.
 *
 * <p>Thread safety: immutable.
 */
public final class SizeMetrics {

    /** The largest value accepted for any metric: 10^12 (persons or 万元). */
    public static final BigDecimal MAX_VALUE = Amounts.MAX;

    /** The most decimal places accepted for Y 营业收入 and Z 资产总额 (万元 to the 分). */
    public static final int MAX_DECIMALS = Amounts.MAX_DECIMALS;

    private static final SizeMetrics NONE = new SizeMetrics(new EnumMap<>(SizeMetric.class));

    private final EnumMap<SizeMetric, BigDecimal> values;

    private SizeMetrics(EnumMap<SizeMetric, BigDecimal> values) {
        this.values = values;
    }

    /**
     * No metric given.
     *
     * @return metrics with no value
     */
    public static SizeMetrics none() {
        return NONE;
    }

    /**
     * A copy with {@code metric} set to {@code value}.
     *
     * @param metric the metric
     * @param value its value, 0 to {@link #MAX_VALUE}, at most {@value #MAX_DECIMALS} decimals
     * @return a copy with {@code metric} set to {@code value}
     * @throws SizeClassificationException {@link SizeClassificationException.Reason#NEGATIVE_METRIC} if negative,
     *         {@link SizeClassificationException.Reason#METRIC_OUT_OF_RANGE} if above {@link #MAX_VALUE} or
     *         (Y, Z) with more than {@link #MAX_DECIMALS} decimals,
     *         {@link SizeClassificationException.Reason#EMPLOYEES_NOT_WHOLE} if X has a fractional part
     */
    public SizeMetrics with(SizeMetric metric, BigDecimal value) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw SizeClassificationException.negativeMetric(metric, value);
        }
        if (Amounts.tooLarge(value) || (metric != SizeMetric.EMPLOYEES && Amounts.tooPrecise(value))) {
            throw SizeClassificationException.outOfRange(metric, value);
        }
        if (metric == SizeMetric.EMPLOYEES && Amounts.isFractional(value)) {
            throw SizeClassificationException.employeesNotWhole(value);
        }
        EnumMap<SizeMetric, BigDecimal> copy = new EnumMap<>(SizeMetric.class);
        copy.putAll(values);
        copy.put(metric, value);
        return new SizeMetrics(copy);
    }

    /**
     * A copy with X 从业人员 set.
     *
     * @param persons 从业人员, a whole number of persons, at least 0
     * @return a copy with X 从业人员 set
     */
    public SizeMetrics withEmployees(long persons) {
        return with(SizeMetric.EMPLOYEES, BigDecimal.valueOf(persons));
    }

    /**
     * A copy with X 从业人员 set.
     *
     * @param persons 从业人员, a whole number of persons, at least 0
     * @return a copy with X 从业人员 set
     */
    public SizeMetrics withEmployees(BigDecimal persons) {
        return with(SizeMetric.EMPLOYEES, persons);
    }

    /**
     * A copy with Y 营业收入 (万元) set.
     *
     * @param tenThousandYuan the amount in 万元 (10,000 yuan), at least 0
     * @return a copy with Y 营业收入 (万元) set
     */
    public SizeMetrics withRevenue(BigDecimal tenThousandYuan) {
        return with(SizeMetric.REVENUE, tenThousandYuan);
    }

    /**
     * A copy with Z 资产总额 (万元) set.
     *
     * @param tenThousandYuan the amount in 万元 (10,000 yuan), at least 0
     * @return a copy with Z 资产总额 (万元) set
     */
    public SizeMetrics withAssets(BigDecimal tenThousandYuan) {
        return with(SizeMetric.ASSETS, tenThousandYuan);
    }

    /**
     * The value of a metric, if given.
     *
     * @param metric the metric
     * @return the value of a metric, if given
     */
    public Optional<BigDecimal> get(SizeMetric metric) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(metric, "metric")));
    }

    /**
     * Every metric given, in X, Y, Z order.
     *
     * @return every metric given, in X, Y, Z order
     */
    public Map<SizeMetric, BigDecimal> asMap() {
        return Collections.unmodifiableMap(new EnumMap<>(values));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SizeMetrics other) || values.size() != other.values.size()) {
            return false;
        }
        for (Map.Entry<SizeMetric, BigDecimal> e : values.entrySet()) {
            BigDecimal v = other.values.get(e.getKey());
            if (v == null || v.compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<SizeMetric, BigDecimal> e : values.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().stripTrailingZeros().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("SizeMetrics[");
        values.forEach((m, v) -> out.append(out.length() > 12 ? ", " : "").append(m.symbol()).append('=')
                .append(NumberText.of(v)));
        return out.append(']').toString();
    }
}
