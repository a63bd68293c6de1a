package org.statsbase.testkit.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.AboveScaleClassification;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.UnitKind;

/**
 * What a user gives to decide whether a unit is "四上" (NBS survey systems, see
 * {@link AboveScaleClassifier}), before any check: the table, the industry code, the raw revenue
 * (万元, perhaps absent, negative or absurd), the kind of unit and the two flags.
 * {@link #classify()} does what a caller does — builds an {@link AboveScaleInput}, then
 * classifies — so every check of the library is on the way.
 *
 * <p>Thread safety: immutable.
 *
 * @param table               the threshold table
 * @param industry            the industry code
 * @param revenue             the raw annual revenue in 万元, if given
 * @param unitKind            the kind of unit
 * @param qualified           whether a construction qualification is declared
 * @param developmentActivity whether real-estate development activity is declared
 */
public record RawAboveScaleInput(AboveScaleClassifier table, IndustryCode industry, Optional<BigDecimal> revenue,
        UnitKind unitKind, boolean qualified, boolean developmentActivity) {

    /**
     * Validates the components; none may be null.
     *
     * @param table the threshold table
     * @param industry the industry code
     * @param revenue the raw annual revenue in 万元, if given
     * @param unitKind the kind of unit
     * @param qualified whether a construction qualification is declared
     * @param developmentActivity whether real-estate development activity is declared
     */
    public RawAboveScaleInput {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(unitKind, "unitKind");
    }

    /**
     * Builds the {@link AboveScaleInput} and classifies it.
     *
     * @return the classification (规模以上 or not)
     * @throws org.statsbase.core.unit.AboveScaleException if the library refuses the input
     */
    public AboveScaleClassification classify() {
        AboveScaleInput input = AboveScaleInput.of(industry).withUnitKind(unitKind).withQualification(qualified)
                .withDevelopmentActivity(developmentActivity);
        if (revenue.isPresent()) {
            input = input.withRevenue(revenue.get());
        }
        return table.classify(input);
    }
}
