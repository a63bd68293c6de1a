package org.statsbase.core.unit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.IndustryCode;

/**
 * The answer of {@link EnterpriseSizeClassifier}: the size under 统计上大中小微型企业划分办法（2017）
 * (国统字〔2017〕213号), the table row used, the tier each of the row's metrics reaches on its own,
 * and the metric that decided (the one with the lowest tier: large, medium and small need every
 * listed bound, so the lowest tier wins; on a tie, the first metric in the row's order).
 *
 * <p>Thread safety: immutable.
 */
public final class SizeClassification {

    private final IndustryCode industry;
    private final SizeRow row;
    private final EnterpriseSize size;
    private final Map<SizeMetric, EnterpriseSize> tiers;
    private final SizeMetric decidedBy;

    SizeClassification(IndustryCode industry, SizeRow row, EnterpriseSize size, Map<SizeMetric, EnterpriseSize> tiers,
            SizeMetric decidedBy) {
        this.industry = industry;
        this.row = row;
        this.size = size;
        this.tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        this.decidedBy = decidedBy;
    }

    /**
     * The industry code classified.
     *
     * @return the industry code classified
     */
    public IndustryCode industry() {
        return industry;
    }

    /**
     * The table row used (for OUT_OF_SCOPE, the row saying the industry is outside the scheme).
     *
     * @return the table row used (for OUT_OF_SCOPE, the row saying the industry is outside the scheme)
     */
    public SizeRow row() {
        return row;
    }

    /**
     * The size, or {@link EnterpriseSize#OUT_OF_SCOPE}.
     *
     * @return the size, or {@link EnterpriseSize#OUT_OF_SCOPE}
     */
    public EnterpriseSize size() {
        return size;
    }

    /**
     * Whether the industry is outside the scheme.
     *
     * @return whether the industry is outside the scheme
     */
    public boolean isOutOfScope() {
        return size == EnterpriseSize.OUT_OF_SCOPE;
    }

    /**
     * The tier of each metric of the row, in the row's order; empty when out of scope.
     *
     * @return the tier of each metric of the row, in the row's order; empty when out of scope
     */
    public Map<SizeMetric, EnterpriseSize> tiers() {
        return tiers;
    }

    /**
     * The metric whose tier is the size; empty when out of scope.
     *
     * @return the metric whose tier is the size; empty when out of scope
     */
    public Optional<SizeMetric> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeClassification other && industry.equals(other.industry) && row.equals(other.row)
                && size == other.size && tiers.equals(other.tiers) && decidedBy == other.decidedBy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(industry, row.id(), size, tiers, decidedBy);
    }

    @Override
    public String toString() {
        return industry + " " + size + " by row " + row.id() + (tiers.isEmpty() ? "" : " tiers " + tiers)
                + (decidedBy == null ? "" : " decided by " + decidedBy);
    }
}
