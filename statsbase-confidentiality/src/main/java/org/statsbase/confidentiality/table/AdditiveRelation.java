package org.statsbase.confidentiality.table;

import java.util.List;
import java.util.Objects;

/**
 * One additive relation of a published table (what τ-ARGUS and the audit of DOMAIN.md "Confidentiality" call the table's linear structure): a margin equals the sum of the cells one level below it along one
 * dimension, the other categories fixed. Together the relations of a table are what a reader can
 * combine to recompute a suppressed cell.
 *
 * <p>Thread safety: immutable.
 *
 * @param total the margin
 * @param parts the cells that add up to it
 */
public record AdditiveRelation(CellKey total, List<CellKey> parts) {

    /**
     * Copies the parts.
     *
     * @param total the margin
     * @param parts the cells that add up to it
     */
    public AdditiveRelation {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    @Override
    public String toString() {
        return total + " = " + String.join(" + ", parts.stream().map(CellKey::toString).toList());
    }
}
