package org.statsbase.confidentiality.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;

/**
 * One microdata row (基层数据, never published itself — 统计法 2009 第二十五条): what one respondent (a unit, optionally belonging to a holding — an enterprise
 * group whose units are one respondent for the holding-level rules) contributes to a table, with its
 * code for every dimension. A unit may contribute several rows; they are summed per cell.
 *
 * <p>Thread safety: immutable.
 *
 * @param unitId    the unit (for example a USCC); not blank
 * @param holdingId the holding the unit belongs to, if any
 * @param codes     dimension name → code as reported
 * @param value     the contribution (negative values are allowed and flag the cell as mixed-sign)
 */
public record Contribution(String unitId, Optional<String> holdingId, Map<String, String> codes, BigDecimal value) {

    /**
     * Checks and copies the parts.
     *
     * @param unitId    the unit (for example a USCC); not blank
     * @param holdingId the holding the unit belongs to, if any
     * @param codes     dimension name → code as reported
     * @param value     the contribution (negative values are allowed and flag the cell as mixed-sign)
     */
    public Contribution {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(holdingId, "holdingId");
        Objects.requireNonNull(value, "value");
        codes = Map.copyOf(Objects.requireNonNull(codes, "codes"));
        if (unitId.isBlank()) {
            throw new ConfidentialityException(ConfidentialityError.FIELD_BLANK, "unit id", "单位标识");
        }
        holdingId = holdingId.map(String::strip).filter(h -> !h.isEmpty());
    }

    /**
     * A contribution of a unit without a holding.
     *
     * @param unitId the unit, for example a USCC
     * @param codes  dimension name → code as reported
     * @param value  the contribution; may be negative
     * @return the contribution
     */
    public static Contribution of(String unitId, Map<String, String> codes, BigDecimal value) {
        return new Contribution(unitId, Optional.empty(), codes, value);
    }

    /**
     * A contribution of a unit belonging to {@code holdingId}.
     *
     * @param unitId    the unit, for example a USCC
     * @param holdingId the holding the unit belongs to
     * @param codes     dimension name → code as reported
     * @param value     the contribution; may be negative
     * @return the contribution
     */
    public static Contribution of(String unitId, String holdingId, Map<String, String> codes, BigDecimal value) {
        return new Contribution(unitId, Optional.of(holdingId), codes, value);
    }

    /**
     * The respondent at holding level: the holding, or the unit itself when it belongs to none.
     *
     * @return the respondent at holding level: the holding, or the unit itself when it belongs to none
     */
    public String holdingOrUnit() {
        return holdingId.map(h -> "holding:" + h).orElse("unit:" + unitId);
    }
}
