package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.internal.text.NumberText;

/**
 * The lower bounds of one metric in one row of 统计上大中小微型企业划分办法（2017）
 * (国统字〔2017〕213号): a value {@code v} is large when {@code v ≥ large}, medium when
 * {@code medium ≤ v < large}, small when {@code small ≤ v < medium} and micro when
 * {@code v < small} — a value exactly on a bound belongs to the higher tier.
 *
 * <p>Thread safety: immutable.
 */
public final class SizeBounds {

    private final SizeMetric metric;
    private final BigDecimal large;
    private final BigDecimal medium;
    private final BigDecimal small;

    private SizeBounds(SizeMetric metric, BigDecimal large, BigDecimal medium, BigDecimal small) {
        this.metric = metric;
        this.large = large;
        this.medium = medium;
        this.small = small;
    }

    /**
     * Bounds of a metric.
     *
     * @param metric the metric
     * @param large the least value of 大型
     * @param medium the least value of 中型
     * @param small the least value of 小型
     * @return the bounds
     * @throws IllegalArgumentException unless large &gt; medium &gt; small &gt; 0
     */
    public static SizeBounds of(SizeMetric metric, BigDecimal large, BigDecimal medium, BigDecimal small) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(large, "large");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(small, "small");
        if (!(large.compareTo(medium) > 0 && medium.compareTo(small) > 0 && small.signum() > 0)) {
            throw new IllegalArgumentException("bounds must satisfy large > medium > small > 0: "
                    + large + " / " + medium + " / " + small);
        }
        return new SizeBounds(metric, large.stripTrailingZeros(), medium.stripTrailingZeros(),
                small.stripTrailingZeros());
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public SizeMetric metric() {
        return metric;
    }

    /**
     * The lower bound of {@link EnterpriseSize#LARGE}.
     *
     * @return the lower bound of {@link EnterpriseSize#LARGE}
     */
    public BigDecimal large() {
        return large;
    }

    /**
     * The lower bound of {@link EnterpriseSize#MEDIUM}.
     *
     * @return the lower bound of {@link EnterpriseSize#MEDIUM}
     */
    public BigDecimal medium() {
        return medium;
    }

    /**
     * The lower bound of {@link EnterpriseSize#SMALL}; below it is micro.
     *
     * @return the lower bound of {@link EnterpriseSize#SMALL}; below it is micro
     */
    public BigDecimal small() {
        return small;
    }

    /**
     * The lower bound of a tier; empty for MICRO (no lower bound) and OUT_OF_SCOPE.
     *
     * @param tier the size
     * @return the lower bound of a tier; empty for MICRO (no lower bound) and OUT_OF_SCOPE
     */
    public Optional<BigDecimal> lowerBound(EnterpriseSize tier) {
        switch (Objects.requireNonNull(tier, "tier")) {
            case LARGE:
                return Optional.of(large);
            case MEDIUM:
                return Optional.of(medium);
            case SMALL:
                return Optional.of(small);
            default:
                return Optional.empty();
        }
    }

    /**
     * The tier of a value of this metric; a value on a bound is in the higher tier.
     *
     * @param value the metric's value
     * @return the tier of a value of this metric; a value on a bound is in the higher tier
     */
    public EnterpriseSize tierOf(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(large) >= 0) {
            return EnterpriseSize.LARGE;
        }
        if (value.compareTo(medium) >= 0) {
            return EnterpriseSize.MEDIUM;
        }
        if (value.compareTo(small) >= 0) {
            return EnterpriseSize.SMALL;
        }
        return EnterpriseSize.MICRO;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeBounds other && metric == other.metric && large.equals(other.large)
                && medium.equals(other.medium) && small.equals(other.small);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, large, medium, small);
    }

    @Override
    public String toString() {
        return metric.symbol() + " large>=" + NumberText.of(large) + " medium>=" + NumberText.of(medium)
                + " small>=" + NumberText.of(small);
    }
}
