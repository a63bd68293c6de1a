package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.Objects;
import org.statsbase.confidentiality.table.CellKey;

/**
 * The audit (DOMAIN.md "Confidentiality"; 统计法 2009 第二十五条) of one suppressed cell: the smallest and largest value it can take in any table
 * consistent with what is published (non-negative where the cell's contributions are), against the
 * range it must stay open.
 *
 * <p>It passes when the cell is not recoverable exactly ({@code max − min} above the tolerance) and
 * {@code min ≤ value − lowerProtection} and {@code max ≥ value + upperProtection}.
 *
 * <p>Thread safety: immutable.
 *
 * @param key             the cell
 * @param value           its true value
 * @param min             the smallest consistent value (may be −∞ for a cell that can be negative)
 * @param max             the largest consistent value (+∞ when unbounded)
 * @param lowerProtection the required lower protection (0 for a secondary suppression)
 * @param upperProtection the required upper protection (0 for a secondary suppression)
 * @param exact           whether {@code min = max}: the cell can be recomputed from the published table
 * @param passed          whether the interval covers the required range and the cell is not exact
 */
public record CellAudit(CellKey key, BigDecimal value, double min, double max, BigDecimal lowerProtection,
        BigDecimal upperProtection, boolean exact, boolean passed) {

    /**
     * Checks the parts.
     *
     * @param key             the cell
     * @param value           its true value
     * @param min             the smallest consistent value (may be −∞ for a cell that can be negative)
     * @param max             the largest consistent value (+∞ when unbounded)
     * @param lowerProtection the required lower protection (0 for a secondary suppression)
     * @param upperProtection the required upper protection (0 for a secondary suppression)
     * @param exact           whether {@code min = max}: the cell can be recomputed from the published table
     * @param passed          whether the interval covers the required range and the cell is not exact
     */
    public CellAudit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lowerProtection, "lowerProtection");
        Objects.requireNonNull(upperProtection, "upperProtection");
    }
}
