package org.statsbase.testkit.unit;

import java.util.Objects;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.core.unit.SizeRow;

/**
 * An enterprise to classify under 统计上大中小微型企业划分办法（2017）: an industry code fine enough
 * for its row, the row it belongs to (by construction of the generator, not by asking the
 * classifier), and metrics including every metric the row needs.
 *
 * <p>Thread safety: immutable.
 *
 * @param industry the industry code
 * @param row      the row the generator drew the code from
 * @param metrics  the metrics (every metric of the row, sometimes others too)
 */
public record SizedEnterprise(IndustryCode industry, SizeRow row, SizeMetrics metrics) {

    /**
     * Validates the components; none may be null.
     *
     * @param industry the industry code
     * @param row the row the generator drew the code from
     * @param metrics the metrics (every metric of the row, sometimes others too)
     */
    public SizedEnterprise {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * A copy with other metrics.
     *
     * @param newMetrics the metrics
     * @return a new enterprise of the same row and code
     */
    public SizedEnterprise withMetrics(SizeMetrics newMetrics) {
        return new SizedEnterprise(industry, row, newMetrics);
    }
}
