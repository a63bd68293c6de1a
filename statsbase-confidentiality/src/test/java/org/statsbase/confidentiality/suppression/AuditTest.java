package org.statsbase.confidentiality.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.confidentiality.suppression.Fixtures.at;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Table;

/**
 * The audit on a 4×4 table with margins where every affected row and column holds at least two
 * suppressions and yet one suppressed cell can be recomputed exactly.
 *
 * <pre>
 *          C1   C2   C3   C4 | total
 *   R1    [20] [30] [10]  40 |  100
 *   R2    [25] [15]  50   10 |  100
 *   R3     30   20  [35] [15]|  100
 *   R4     10   40  [25] [45]|  120
 *   total  85  105  120  110 |  420        [x] = suppressed
 * </pre>
 *
 * Rows R1 (3 suppressions), R2, R3, R4 (2 each) and columns C1, C2, C4 (2 each), C3 (3) are all
 * "protected" by the usual rule of thumb. But in the bipartite graph of rows and columns joined by the
 * suppressed cells, (R1,C3) is a bridge between the cycle R1‑C1‑R2‑C2 and the cycle R3‑C3‑R4‑C4, so it
 * lies on no cycle and cannot move. By hand: columns C3 and C4 give
 * x13 + x33 + x43 = 120 − 50 = 70 and x34 + x44 = 110 − 40 − 10 = 60; rows R3 and R4 give
 * x33 + x34 = 100 − 30 − 20 = 50 and x43 + x44 = 120 − 10 − 40 = 70. Adding the column equations and
 * subtracting the row equations leaves x13 = 70 + 60 − 50 − 70 = 10, the true value. The cells of the
 * cycles can move: x11 = 20 + t, x12 = 30 − t, x21 = 25 − t, x22 = 15 + t for −15 ≤ t ≤ 25 (non-negativity
 * of x22 and x21), so x11 ranges over [5, 45]; x33 = 35 + s, x34 = 15 − s, x43 = 25 − s, x44 = 45 + s for
 * −35 ≤ s ≤ 15, so x33 ranges over [0, 50].
 */
class AuditTest {

    private static final long[][] VALUES = {{20, 30, 10, 40}, {25, 15, 50, 10}, {30, 20, 35, 15}, {10, 40, 25, 45}};
    private static final Set<CellKey> PATTERN = Set.of(at(1, 1), at(1, 2), at(1, 3), at(2, 1), at(2, 2), at(3, 3), at(3, 4),
            at(4, 3), at(4, 4));

    private static Sensitivity needs(CellKey key, long protection) {
        return new Sensitivity(key, List.of("p(10)"), BigDecimal.valueOf(protection), BigDecimal.valueOf(protection), false);
    }

    @Test
    void catchesACellRecoverableByCombiningRowAndColumnEquations() {
        Table table = Fixtures.grid(VALUES);
        AuditReport report = Audit.of(table, PATTERN, Map.of(at(1, 3), needs(at(1, 3), 1)));
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(CellAudit::key).containsExactly(at(1, 3));
        CellAudit bridge = report.failures().get(0);
        assertThat(bridge.exact()).isTrue();
        assertThat(bridge.min()).isCloseTo(10, Offset.offset(1e-6));
        assertThat(bridge.max()).isCloseTo(10, Offset.offset(1e-6));
        // no single equation gives it: the audit had to solve linear programs for all nine cells
        assertThat(report.linearPrograms()).isEqualTo(18);
        CellAudit x11 = report.cells().stream().filter(c -> c.key().equals(at(1, 1))).findFirst().orElseThrow();
        assertThat(x11.min()).isCloseTo(5, Offset.offset(1e-6));
        assertThat(x11.max()).isCloseTo(45, Offset.offset(1e-6));
        CellAudit x33 = report.cells().stream().filter(c -> c.key().equals(at(3, 3))).findFirst().orElseThrow();
        assertThat(x33.min()).isCloseTo(0, Offset.offset(1e-6));
        assertThat(x33.max()).isCloseTo(50, Offset.offset(1e-6));
    }

    @Test
    void checksTheProtectionRangeNotOnlyExactness() {
        Table table = Fixtures.grid(VALUES);
        // x11 ranges over [5, 45]: protection 15 is covered (5 ≤ 20 − 15, 45 ≥ 35), 16 is not below
        Set<CellKey> noBridge = Set.of(at(1, 1), at(1, 2), at(2, 1), at(2, 2));
        assertThat(Audit.of(table, noBridge, Map.of(at(1, 1), needs(at(1, 1), 15))).passed()).isTrue();
        AuditReport tooLittle = Audit.of(table, noBridge, Map.of(at(1, 1), needs(at(1, 1), 16)));
        assertThat(tooLittle.failures()).extracting(CellAudit::key).containsExactly(at(1, 1));
        assertThat(tooLittle.failures().get(0).exact()).isFalse();
    }

    @Test
    void aCellAloneInARelationIsExactWithoutALinearProgram() {
        Table table = Fixtures.grid(VALUES);
        AuditReport report = Audit.of(table, Set.of(at(1, 1)), Map.of());
        assertThat(report.failures()).extracting(CellAudit::exact).containsExactly(true);
        assertThat(report.linearPrograms()).isZero();
    }

    /**
     * Started from the failing pattern above (every interior cell with four units, so no primary cell),
     * the audit loop finds (R1,C3) exact in round 1, adds a pattern through it, and the round-2 audit
     * passes; the clean-up then releases the cells the final pattern does not need.
     */
    @Test
    void theAuditLoopRepairsAFailingPattern() {
        java.util.List<org.statsbase.confidentiality.table.Contribution> data = new java.util.ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                for (int u = 0; u < 4; u++) {
                    data.add(org.statsbase.confidentiality.table.Contribution.of("u" + r + c + u,
                            Map.of("row", "R" + (r + 1), "col", "C" + (c + 1)), BigDecimal.valueOf(VALUES[r][c]).divide(BigDecimal.valueOf(4))));
                }
            }
        }
        Table table = Table.tabulate(List.of(org.statsbase.confidentiality.table.Dimension.of("row",
                org.statsbase.confidentiality.table.Hierarchy.flat()), org.statsbase.confidentiality.table.Dimension.of("col",
                org.statsbase.confidentiality.table.Hierarchy.flat())), data);
        SensitivityRules rules = SensitivityRules.parse("freq(3)", org.statsbase.confidentiality.table.ContributionLevel.UNIT);
        assertThat(Audit.of(table, PATTERN, Map.of()).failures()).extracting(CellAudit::key).containsExactly(at(1, 3));
        ProtectedTable p = SecondarySuppression.protect(table, rules, PATTERN);
        assertThat(p.count(CellStatus.PRIMARY)).isZero();
        assertThat(p.rounds()).isEqualTo(2);
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.audit().cells()).noneMatch(CellAudit::exact);
        // after the clean-up what is left is one cycle through the former bridge, R1-C3-R3-C4-R4-C1-R2-C2-R1
        assertThat(p.suppressed()).containsExactly(at(1, 2), at(1, 3), at(2, 1), at(2, 2), at(3, 3), at(3, 4), at(4, 1), at(4, 4));
    }

    @Test
    void secondarySuppressionRepairsThePattern() {
        Table table = Fixtures.grid(VALUES);
        ProtectedTable p = SecondarySuppression.protect(table, SensitivityRules.parse("nk(1,99)",
                org.statsbase.confidentiality.table.ContributionLevel.UNIT));
        // every interior cell has one unit: all sixteen are primary; margins are safe but must hide them
        assertThat(p.count(CellStatus.PRIMARY)).isEqualTo(16);
        assertThat(p.audit().passed()).isTrue();
    }
}
