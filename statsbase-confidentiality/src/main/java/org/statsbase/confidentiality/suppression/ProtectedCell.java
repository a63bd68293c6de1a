package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.confidentiality.table.Cell;

/**
 * One cell of a table protected under 统计法 2009 第二十五条: the cell, what the primary rules said, and its status.
 *
 * <p>Thread safety: immutable.
 *
 * @param cell        the cell with its value and contributors
 * @param sensitivity the primary rules' verdict and protection levels
 * @param status      safe, primary or secondary
 */
public record ProtectedCell(Cell cell, Sensitivity sensitivity, CellStatus status) {

    /**
     * Checks the parts.
     *
     * @param cell        the cell with its value and contributors
     * @param sensitivity the primary rules' verdict and protection levels
     * @param status      safe, primary or secondary
     */
    public ProtectedCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The value as published: the cell's value when safe, empty when suppressed.
     *
     * @return the value as published: the cell's value when safe, empty when suppressed
     */
    public Optional<BigDecimal> published() {
        return status.isSuppressed() ? Optional.empty() : Optional.of(cell.value());
    }
}
