package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Table;

/**
 * A table ready for publication (统计法 2009 第二十五条): every cell with its status, the audit that
 * proves the suppression pattern, and the cost of the secondary suppression.
 *
 * <p>Thread safety: immutable.
 *
 * @param table          the tabulated table
 * @param rules          the primary rules applied
 * @param cells          every cell in {@link CellKey} order, with its status
 * @param audit          the final audit (passed when the pattern protects every cell)
 * @param rounds         audit rounds run (1 when the first pattern already passed)
 * @param linearPrograms linear programs solved over all rounds
 */
public record ProtectedTable(Table table, SensitivityRules rules, List<ProtectedCell> cells, AuditReport audit, int rounds,
        int linearPrograms) {

    /**
     * Checks and copies the parts.
     *
     * @param table          the tabulated table
     * @param rules          the primary rules applied
     * @param cells          every cell in {@link CellKey} order, with its status
     * @param audit          the final audit (passed when the pattern protects every cell)
     * @param rounds         audit rounds run (1 when the first pattern already passed)
     * @param linearPrograms linear programs solved over all rounds
     */
    public ProtectedTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rules, "rules");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        Objects.requireNonNull(audit, "audit");
    }

    /**
     * The cell at {@code key}.
     *
     * @param key the cell's key
     * @return the cell with its status
     */
    public ProtectedCell cell(CellKey key) {
        return cells.get(table.indexOf(key));
    }

    /**
     * The number of cells with the status.
     *
     * @param status safe, primary or secondary
     * @return the number of cells with that status, 0 when none
     */
    public int count(CellStatus status) {
        return (int) cells.stream().filter(c -> c.status() == status).count();
    }

    /**
     * The number of suppressed cells, primary and secondary.
     *
     * @return the number of suppressed cells, primary and secondary
     */
    public int suppressedCells() {
        return count(CellStatus.PRIMARY) + count(CellStatus.SECONDARY);
    }

    /**
     * The total value of the cells with the status (the cost of secondary suppression for {@code SECONDARY}).
     *
     * @param status safe, primary or secondary
     * @return the total value of those cells; 0 when none (for {@code SECONDARY}: the cost of secondary suppression)
     */
    public BigDecimal value(CellStatus status) {
        return cells.stream().filter(c -> c.status() == status).map(c -> c.cell().value().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The keys of the suppressed cells, in order.
     *
     * @return the keys of the suppressed cells, in {@link CellKey} order; empty when none is suppressed
     */
    public List<CellKey> suppressed() {
        return cells.stream().filter(c -> c.status().isSuppressed()).map(c -> c.cell().key()).toList();
    }
}
