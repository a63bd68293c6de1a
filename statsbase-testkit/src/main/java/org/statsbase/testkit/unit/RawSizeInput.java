package org.statsbase.testkit.unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeClassification;
import org.statsbase.core.unit.SizeMetric;
import org.statsbase.core.unit.SizeMetrics;

/**
 * What a user gives to classify an enterprise under 统计上大中小微型企业划分办法（2017）
 * (国统字〔2017〕213号), before any check: the table, the industry code and the raw metric values
 * (X 从业人员, Y 营业收入, Z 资产总额), which may be negative, absurd or fractional persons.
 * {@link #classify()} does what a caller does — builds {@link SizeMetrics} value by value, then
 * classifies — so every check of the library is on the way.
 *
 * <p>Thread safety: immutable.
 *
 * @param table    the table to classify with
 * @param industry the industry code
 * @param values   the raw metric values given (in X, Y, Z order)
 */
public record RawSizeInput(EnterpriseSizeClassifier table, IndustryCode industry, Map<SizeMetric, BigDecimal> values) {

    /**
     * Validates and copies the components; none may be null.
     *
     * @param table the table to classify with
     * @param industry the industry code
     * @param values the raw metric values given (in X, Y, Z order)
     */
    public RawSizeInput {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(industry, "industry");
        EnumMap<SizeMetric, BigDecimal> copy = new EnumMap<>(SizeMetric.class);
        copy.putAll(Objects.requireNonNull(values, "values"));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Builds the metrics with {@link SizeMetrics#with} and classifies them.
     *
     * @return the size class (大型, 中型, 小型 or 微型) and how it was reached
     * @throws org.statsbase.core.unit.SizeClassificationException if the library refuses the input
     */
    public SizeClassification classify() {
        SizeMetrics metrics = SizeMetrics.none();
        for (Map.Entry<SizeMetric, BigDecimal> e : values.entrySet()) {
            metrics = metrics.with(e.getKey(), e.getValue());
        }
        return table.classify(industry, metrics);
    }
}
