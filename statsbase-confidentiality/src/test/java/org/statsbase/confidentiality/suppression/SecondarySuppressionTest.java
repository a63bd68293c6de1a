package org.statsbase.confidentiality.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.confidentiality.suppression.Fixtures.at;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;

/** Secondary suppression on hand-checked tables. */
class SecondarySuppressionTest {

    /**
     * One sensitive interior cell in a 3×3 table: the cheapest protection is a rectangle through the
     * smallest partners that can absorb the protection level.
     *
     * <pre>
     *        C1  C2  C3
     *   R1   [5]  50  9
     *   R2   40  60  12
     *   R3   30  70  11
     * </pre>
     * (R1,C1) has one unit; nk(1,99) makes it primary with protection 100/99·5 − 5 ≈ 0.05. The cheapest
     * rectangle with partners ≥ 0.05 is R1/R3 × C1/C3: (R1,C3)=9, (R3,C1)=30, (R3,C3)=11 add 50; the
     * alternatives add R2/C3 (9+40+12=61), R3/C2 (50+30+70=150), R2/C2 (50+40+60=150).
     */
    @Test
    void picksTheCheapestRectangle() {
        List<Contribution> data = new ArrayList<>();
        long[][] v = {{5, 50, 9}, {40, 60, 12}, {30, 70, 11}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int u = 0; u < (r == 0 && c == 0 ? 1 : 4); u++) {
                    data.add(Contribution.of("u" + r + c + u, Map.of("row", "R" + (r + 1), "col", "C" + (c + 1)),
                            BigDecimal.valueOf(v[r][c]).divide(BigDecimal.valueOf(r == 0 && c == 0 ? 1 : 4))));
                }
            }
        }
        Table t = Table.tabulate(List.of(Dimension.of("row", Hierarchy.flat()), Dimension.of("col", Hierarchy.flat())), data);
        ProtectedTable p = SecondarySuppression.protect(t, SensitivityRules.parse("nk(1,99)", ContributionLevel.UNIT));
        assertThat(p.suppressed()).containsExactly(at(1, 1), at(1, 3), at(3, 1), at(3, 3));
        assertThat(p.cell(at(1, 1)).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(p.cell(at(3, 3)).status()).isEqualTo(CellStatus.SECONDARY);
        assertThat(p.value(CellStatus.SECONDARY)).isEqualByComparingTo("50");
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.rounds()).isEqualTo(1);
        assertThat(p.cell(at(2, 2)).published()).contains(new BigDecimal("60"));
        assertThat(p.cell(at(1, 1)).published()).isEmpty();
    }

    /** A sensitive margin in a hierarchy: industry section → division by county → township. */
    @Test
    void protectsMarginsThroughHierarchies() {
        List<Contribution> data = new ArrayList<>();
        String[] townships = {"110101001000", "110101002000", "110102001000", "110102002000"};
        String[] industries = {"C13", "C14", "F51", "F52"};
        int n = 0;
        for (String town : townships) {
            for (String ind : industries) {
                for (int u = 0; u < 3; u++) {
                    data.add(Contribution.of("u" + n++, Map.of("area", town, "industry", ind), BigDecimal.valueOf(10 + (n * 7) % 13)));
                }
            }
        }
        // one huge unit makes (110101 county × C section) dominated, and its ancestors' margins too
        data.add(Contribution.of("giant", Map.of("area", "110101001000", "industry", "C13"), BigDecimal.valueOf(5000)));
        Table t = Table.tabulate(List.of(Dimension.of("area", Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)),
                Dimension.of("industry", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION))), data);
        assertThat(t.size()).isEqualTo(7 * 7);
        ProtectedTable p = SecondarySuppression.protect(t, SensitivityRules.parse("nk(1,80)", ContributionLevel.UNIT));
        CellKey countySection = CellKey.of(Category.of(1, "110101000000"), Category.of(1, "C"));
        assertThat(p.cell(countySection).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.audit().cells()).allMatch(c -> !c.exact());
        for (ProtectedCell c : p.cells()) {
            if (c.status() == CellStatus.PRIMARY) {
                CellAudit a = p.audit().cells().stream().filter(x -> x.key().equals(c.cell().key())).findFirst().orElseThrow();
                assertThat(a.max()).isGreaterThanOrEqualTo(c.cell().value().add(c.sensitivity().upperProtection()).doubleValue() - 1e-6);
            }
        }
    }
}
