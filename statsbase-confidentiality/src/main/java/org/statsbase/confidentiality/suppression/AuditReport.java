package org.statsbase.confidentiality.suppression;

import java.util.List;
import java.util.Objects;

/**
 * The audit of a suppression pattern (DOMAIN.md "Confidentiality"; 统计法 2009 第二十五条): one {@link CellAudit} per suppressed cell (in cell order) and the
 * number of linear programs solved.
 *
 * <p>Thread safety: immutable.
 *
 * @param cells          per suppressed cell, its interval and verdict
 * @param linearPrograms the number of linear programs solved (cells recoverable by a single equation need none)
 */
public record AuditReport(List<CellAudit> cells, int linearPrograms) {

    /**
     * Copies the list.
     *
     * @param cells          per suppressed cell, its interval and verdict
     * @param linearPrograms the number of linear programs solved (cells recoverable by a single equation need none)
     */
    public AuditReport {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    /**
     * Whether every suppressed cell passed.
     *
     * @return true when every suppressed cell passed
     */
    public boolean passed() {
        return cells.stream().allMatch(CellAudit::passed);
    }

    /**
     * The cells that did not pass.
     *
     * @return the cells that did not pass; empty when the audit passed
     */
    public List<CellAudit> failures() {
        return cells.stream().filter(c -> !c.passed()).toList();
    }
}
