package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Table;

/**
 * Primary and secondary cell suppression of a table, not done until the {@link Audit} passes
 * (统计法 2009 第二十五条; DOMAIN.md "Confidentiality").
 *
 * <ol>
 * <li>Every cell, margins included, is assessed by the {@link SensitivityRules}; the sensitive cells
 * are the primary suppressions.</li>
 * <li>Primary cells are protected one at a time, largest protection level first (ties: cell order). For
 * each, {@code PatternSearch} enumerates hierarchical hypercube patterns — products of one
 * balanced deviation per dimension, each a witness to the audit's linear programs — and adds the
 * pattern that adds the least suppressed value (then fewest cells) among those able to move the cell by
 * its lower and upper protection levels without making any cell negative. Cells already suppressed
 * cost nothing, so later patterns reuse earlier ones.</li>
 * <li>The audit then solves min and max for every suppressed cell. While some cell fails (a primary
 * whose interval is too narrow, or any suppressed cell recoverable exactly), the cheapest pattern that
 * adds at least one new cell and widens the failing side is added; if none exists, every cell sharing
 * a relation with the failing cell is suppressed; if that adds nothing either, everything is. Each round
 * adds a cell, so the loop ends, and suppressing every cell always passes (the zero table and arbitrarily
 * large tables are then consistent), so it ends with a passing audit.</li>
 * <li>Clean-up: the secondary cells are tried in descending order of value; each one whose release
 * still leaves a passing audit is published after all (patterns chosen one primary at a time often
 * overlap, so later patterns make earlier cells redundant). The final report is the last passing
 * audit.</li>
 * </ol>
 *
 * <p>The result is deterministic: the same table and rules give the same pattern whatever the order of
 * the microdata.
 *
 * <p>Thread safety: stateless; safe to call from several threads.
 */
public final class SecondarySuppression {

    private static final Logger LOG = LoggerFactory.getLogger(SecondarySuppression.class);

    private SecondarySuppression() {
    }

    /**
     * Assesses, suppresses and audits {@code table} under {@code rules}.
     *
     * @param table the tabulated table
     * @param rules the primary sensitivity rules
     * @return every cell with its status (safe, primary, secondary) and the final audit
     */
    public static ProtectedTable protect(Table table, SensitivityRules rules) {
        return protect(table, rules, Set.of());
    }

    /**
     * As {@link #protect(Table, SensitivityRules)}, with {@code alsoSuppressed} suppressed from the start
     * (as secondary suppressions: they need only not be recoverable exactly). The audit loop repairs any
     * pattern this starts from; tests use it to start from a pattern known to fail.
     */
    static ProtectedTable protect(Table table, SensitivityRules rules, Set<CellKey> alsoSuppressed) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rules, "rules");
        TableModel m = new TableModel(table);
        List<Sensitivity> sensitivity = new ArrayList<>(m.size);
        boolean[] primary = new boolean[m.size];
        boolean[] suppressed = new boolean[m.size];
        double[] lower = new double[m.size];
        double[] upper = new double[m.size];
        BigDecimal[][] decimal = new BigDecimal[m.size][];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m.size; i++) {
            Sensitivity s = rules.assess(table.cell(i));
            sensitivity.add(s);
            if (s.isSensitive()) {
                primary[i] = true;
                suppressed[i] = true;
                lower[i] = s.lowerProtection().doubleValue() / m.scale;
                upper[i] = s.upperProtection().doubleValue() / m.scale;
                decimal[i] = new BigDecimal[] {s.lowerProtection(), s.upperProtection()};
                order.add(i);
            }
        }
        for (CellKey k : alsoSuppressed) {
            suppressed[table.indexOf(k)] = true;
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -Math.max(lower[i], upper[i])).thenComparingInt(i -> i));
        PatternSearch search = new PatternSearch(m);
        for (int p : order) {
            protect(search, p, suppressed, lower[p], upper[p], true, true, false);
        }
        int rounds = 0;
        int lps = 0;
        AuditReport report;
        while (true) {
            rounds++;
            report = Audit.run(m, suppressed, lower, upper, decimal);
            lps += report.linearPrograms();
            if (report.passed()) {
                break;
            }
            boolean added = false;
            for (CellAudit failure : report.failures()) {
                int f = table.indexOf(failure.key());
                double v = m.value[f];
                boolean wantUp = failure.exact() || failure.max() / m.scale < v + upper[f] - Audit.TOLERANCE;
                boolean wantDown = failure.exact() || failure.min() / m.scale > v - lower[f] + Audit.TOLERANCE;
                added |= protect(search, f, suppressed, lower[f], upper[f], wantUp, wantDown, true);
            }
            if (!added) {
                for (int i = 0; i < m.size; i++) {
                    suppressed[i] = true;
                }
            }
            LOG.debug("audit round {} failed for {} cells; suppressing more", rounds, report.failures().size());
        }
        // Clean-up: a secondary cell the passing pattern does not need is published after all.
        List<Integer> secondary = new ArrayList<>();
        for (int i = 0; i < m.size; i++) {
            if (suppressed[i] && !primary[i]) {
                secondary.add(i);
            }
        }
        secondary.sort(Comparator.<Integer>comparingDouble(i -> -Math.abs(m.value[i])).thenComparingInt(i -> i));
        for (int i : secondary) {
            suppressed[i] = false;
            AuditReport without = Audit.run(m, suppressed, lower, upper, decimal);
            lps += without.linearPrograms();
            if (without.passed()) {
                report = without;
            } else {
                suppressed[i] = true;
            }
        }
        List<ProtectedCell> cells = new ArrayList<>(m.size);
        for (int i = 0; i < m.size; i++) {
            CellStatus status = primary[i] ? CellStatus.PRIMARY : suppressed[i] ? CellStatus.SECONDARY : CellStatus.SAFE;
            cells.add(new ProtectedCell(table.cell(i), sensitivity.get(i), status));
        }
        ProtectedTable result = new ProtectedTable(table, rules, cells, report, rounds, lps);
        LOG.debug("{}: {} primary, {} secondary suppressions, {} audit rounds, {} linear programs", table,
                result.count(CellStatus.PRIMARY), result.count(CellStatus.SECONDARY), rounds, lps);
        return result;
    }

    /** Adds suppressions for cell {@code c}; whether any cell was added. */
    private static boolean protect(PatternSearch search, int c, boolean[] suppressed, double lower, double upper,
            boolean wantUp, boolean wantDown, boolean requireNew) {
        List<PatternSearch.Pattern> chosen = new ArrayList<>();
        boolean onlyNotExact = lower <= PatternSearch.EPSILON && upper <= PatternSearch.EPSILON;
        if (onlyNotExact) {
            PatternSearch.Pattern p = search.select(c, suppressed, true, 0, false, 0, requireNew);
            if (p == null) {
                p = search.select(c, suppressed, false, 0, true, 0, requireNew);
            }
            if (p != null) {
                chosen.add(p);
            }
        } else {
            PatternSearch.Pattern both = wantUp && wantDown ? search.select(c, suppressed, true, upper, true, lower, requireNew) : null;
            if (both != null && both.upCapacity() >= upper - PatternSearch.EPSILON && both.downCapacity() >= lower - PatternSearch.EPSILON) {
                chosen.add(both);
            } else {
                if (wantUp) {
                    PatternSearch.Pattern p = search.select(c, suppressed, true, upper, false, 0, requireNew);
                    if (p != null) {
                        chosen.add(p);
                    }
                }
                if (wantDown && lower > PatternSearch.EPSILON) {
                    PatternSearch.Pattern p = search.select(c, suppressed, false, 0, true, lower, requireNew);
                    if (p != null) {
                        chosen.add(p);
                    }
                }
            }
        }
        boolean added = false;
        for (PatternSearch.Pattern p : chosen) {
            for (int cell : p.cells()) {
                added |= !suppressed[cell];
                suppressed[cell] = true;
            }
        }
        if (!added && requireNew) {
            TableModel m = search.model();
            for (int r : m.relationsOfCell[c]) {
                for (int cell : m.relations[r]) {
                    added |= !suppressed[cell];
                    suppressed[cell] = true;
                }
            }
        }
        return added;
    }
}
