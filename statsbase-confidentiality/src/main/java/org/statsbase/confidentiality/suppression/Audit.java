package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Table;

/**
 * The disclosure audit of a suppression pattern (DOMAIN.md "Confidentiality": an audit solves, per
 * suppressed cell, min and max LPs over the published table). Variables are the suppressed cells;
 * constraints are every additive relation of the table, hierarchies included, with the published cells
 * as constants; every cell whose contributions are all non-negative is bounded below by 0 (a reader
 * knows such a cell cannot be negative), the others are free. For each suppressed cell the audit
 * minimises and maximises it (Commons Math 3.6.1 {@link SimplexSolver}) and checks
 * {@code min ≤ value − lower protection}, {@code max ≥ value + upper protection}, and that the cell is not
 * recoverable exactly.
 *
 * <p>Work saved without weakening the check: a cell that is the only suppressed cell of some relation
 * (after substituting cells already found exact) is exact without a linear program; the remaining
 * cells are split into independent groups (cells linked through relations), and each group's linear
 * programs contain only its own cells and relations. Values are scaled by the table's largest
 * magnitude; comparisons allow a relative tolerance of {@value #TOLERANCE}.
 *
 * <p>Thread safety: stateless; safe to call from several threads.
 */
public final class Audit {

    /** The tolerance of every comparison, relative to the table's largest magnitude. */
    public static final double TOLERANCE = 1e-7;

    private Audit() {
    }

    /**
     * Audits {@code suppressed} cells of {@code table}; a cell with a sensitivity in {@code requirements}
     * must keep its protection range open, any other suppressed cell must merely not be exact.
     *
     * @param table        the tabulated table
     * @param suppressed   the keys of the cells withheld from publication
     * @param requirements the protection each primary-sensitive cell needs
     * @return per suppressed cell the interval a reader can compute and its verdict
     * @throws ConfidentialityException SB-CONF-0501 a key is not a cell of the table; 0502 a linear program failed
     */
    public static AuditReport of(Table table, Set<CellKey> suppressed, Map<CellKey, Sensitivity> requirements) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(suppressed, "suppressed");
        Objects.requireNonNull(requirements, "requirements");
        TableModel model = new TableModel(table);
        boolean[] s = new boolean[model.size];
        for (CellKey k : suppressed) {
            s[table.indexOf(k)] = true;
        }
        double[] lower = new double[model.size];
        double[] upper = new double[model.size];
        for (Map.Entry<CellKey, Sensitivity> e : requirements.entrySet()) {
            int i = table.indexOf(e.getKey());
            lower[i] = e.getValue().lowerProtection().doubleValue() / model.scale;
            upper[i] = e.getValue().upperProtection().doubleValue() / model.scale;
        }
        return run(model, s, lower, upper, requirementsAsDecimal(table, model, requirements));
    }

    private static BigDecimal[][] requirementsAsDecimal(Table table, TableModel model, Map<CellKey, Sensitivity> requirements) {
        BigDecimal[][] out = new BigDecimal[model.size][];
        for (Map.Entry<CellKey, Sensitivity> e : requirements.entrySet()) {
            out[table.indexOf(e.getKey())] = new BigDecimal[] {e.getValue().lowerProtection(), e.getValue().upperProtection()};
        }
        return out;
    }

    static AuditReport run(TableModel m, boolean[] suppressed, double[] lower, double[] upper, BigDecimal[][] decimal) {
        double[] min = new double[m.size];
        double[] max = new double[m.size];
        boolean[] pinned = pinExact(m, suppressed);
        int[] group = groups(m, suppressed, pinned);
        int lps = 0;
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < m.size; i++) {
            if (suppressed[i] && !pinned[i]) {
                members.get(group[i]).add(i);
            } else if (suppressed[i]) {
                min[i] = m.value[i];
                max[i] = m.value[i];
            }
        }
        for (List<Integer> cells : members) {
            lps += solveGroup(m, suppressed, pinned, cells, min, max);
        }
        List<CellAudit> audits = new ArrayList<>();
        for (int i = 0; i < m.size; i++) {
            if (!suppressed[i]) {
                continue;
            }
            boolean exact = max[i] - min[i] <= TOLERANCE;
            boolean passed = !exact && min[i] <= m.value[i] - lower[i] + TOLERANCE && max[i] >= m.value[i] + upper[i] - TOLERANCE;
            BigDecimal lo = decimal[i] == null ? BigDecimal.ZERO : decimal[i][0];
            BigDecimal up = decimal[i] == null ? BigDecimal.ZERO : decimal[i][1];
            audits.add(new CellAudit(m.table.cell(i).key(), m.table.cell(i).value(), min[i] * m.scale, max[i] * m.scale,
                    lo, up, exact, passed));
        }
        return new AuditReport(audits, lps);
    }

    /** Cells recoverable by peeling: the only unknown cell of some relation, repeatedly. */
    private static boolean[] pinExact(TableModel m, boolean[] suppressed) {
        boolean[] pinned = new boolean[m.size];
        int[] unknown = new int[m.relations.length];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int r = 0; r < m.relations.length; r++) {
            for (int c : m.relations[r]) {
                if (suppressed[c]) {
                    unknown[r]++;
                }
            }
            if (unknown[r] == 1) {
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            int r = queue.poll();
            if (unknown[r] != 1) {
                continue;
            }
            for (int c : m.relations[r]) {
                if (suppressed[c] && !pinned[c]) {
                    pinned[c] = true;
                    for (int r2 : m.relationsOfCell[c]) {
                        if (--unknown[r2] == 1) {
                            queue.add(r2);
                        }
                    }
                }
            }
        }
        return pinned;
    }

    /** Union-find over the unknown cells linked by a relation; group numbers in order of first cell. */
    private static int[] groups(TableModel m, boolean[] suppressed, boolean[] pinned) {
        int[] root = new int[m.size];
        for (int i = 0; i < m.size; i++) {
            root[i] = i;
        }
        for (int[] r : m.relations) {
            int first = -1;
            for (int c : r) {
                if (suppressed[c] && !pinned[c]) {
                    if (first < 0) {
                        first = c;
                    } else {
                        union(root, first, c);
                    }
                }
            }
        }
        int[] group = new int[m.size];
        Arrays.fill(group, -1);
        int[] number = new int[m.size];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < m.size; i++) {
            if (suppressed[i] && !pinned[i]) {
                int f = find(root, i);
                if (number[f] < 0) {
                    number[f] = next++;
                }
                group[i] = number[f];
            }
        }
        return group;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int solveGroup(TableModel m, boolean[] suppressed, boolean[] pinned, List<Integer> cells,
            double[] min, double[] max) {
        int[] column = new int[m.size];
        Arrays.fill(column, -1);
        int columns = 0;
        for (int c : cells) {
            column[c] = columns;
            columns += m.nonNegative[c] ? 1 : 2;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        boolean[] seen = new boolean[m.relations.length];
        for (int c : cells) {
            for (int r : m.relationsOfCell[c]) {
                if (seen[r]) {
                    continue;
                }
                seen[r] = true;
                double[] coef = new double[columns];
                double rhs = 0;
                int[] rel = m.relations[r];
                for (int k = 0; k < rel.length; k++) {
                    int cell = rel[k];
                    double sign = k == 0 ? 1 : -1;
                    if (column[cell] >= 0) {
                        coef[column[cell]] += sign;
                        if (!m.nonNegative[cell]) {
                            coef[column[cell] + 1] -= sign;
                        }
                    } else {
                        rhs -= sign * m.value[cell];
                    }
                }
                constraints.add(new LinearConstraint(coef, Relationship.EQ, rhs));
            }
        }
        LinearConstraintSet set = new LinearConstraintSet(constraints);
        int lps = 0;
        for (int c : cells) {
            double[] objective = new double[columns];
            objective[column[c]] = 1;
            if (!m.nonNegative[c]) {
                objective[column[c] + 1] = -1;
            }
            LinearObjectiveFunction f = new LinearObjectiveFunction(objective, 0);
            min[c] = solve(m, c, f, set, GoalType.MINIMIZE);
            max[c] = solve(m, c, f, set, GoalType.MAXIMIZE);
            lps += 2;
        }
        return lps;
    }

    private static double solve(TableModel m, int cell, LinearObjectiveFunction f, LinearConstraintSet set, GoalType goal) {
        try {
            PointValuePair p = new SimplexSolver(1e-9, 10, 1e-12)
                    .optimize(new MaxIter(1_000_000), f, set, goal, new NonNegativeConstraint(true));
            return p.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } catch (MathIllegalStateException e) {
            throw new ConfidentialityException(ConfidentialityError.AUDIT_LP_FAILED, e, m.table.cell(cell).key(), e.getMessage());
        }
    }
}
