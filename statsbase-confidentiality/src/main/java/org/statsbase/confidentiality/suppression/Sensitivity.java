package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.statsbase.confidentiality.table.CellKey;

/**
 * What the τ-ARGUS primary rules (统计法 2009 第二十五条 disclosure control) say about one cell: the rules it fails and the protection range the published
 * table must leave open around its value (τ-ARGUS lower and upper protection levels). A safe cell fails
 * no rule and needs no protection.
 *
 * <p>Thread safety: immutable.
 *
 * @param key              the cell
 * @param failedRules      the specifications of the rules the cell fails, in rule order
 * @param lowerProtection  how far below the value a reader's lower bound must reach (0 when safe)
 * @param upperProtection  how far above the value a reader's upper bound must reach (0 when safe)
 * @param mixedSign        whether the cell has contributions of both signs
 */
public record Sensitivity(CellKey key, List<String> failedRules, BigDecimal lowerProtection, BigDecimal upperProtection,
        boolean mixedSign) {

    /**
     * Checks and copies the parts.
     *
     * @param key             the cell
     * @param failedRules     the specifications of the rules the cell fails, in rule order
     * @param lowerProtection how far below the value a reader's lower bound must reach (0 when safe)
     * @param upperProtection how far above the value a reader's upper bound must reach (0 when safe)
     * @param mixedSign       whether the cell has contributions of both signs
     */
    public Sensitivity {
        Objects.requireNonNull(key, "key");
        failedRules = List.copyOf(Objects.requireNonNull(failedRules, "failedRules"));
        Objects.requireNonNull(lowerProtection, "lowerProtection");
        Objects.requireNonNull(upperProtection, "upperProtection");
    }

    /**
     * Whether the cell fails at least one rule (a primary suppression).
     *
     * @return true when the cell fails at least one rule (a primary suppression)
     */
    public boolean isSensitive() {
        return !failedRules.isEmpty();
    }
}
