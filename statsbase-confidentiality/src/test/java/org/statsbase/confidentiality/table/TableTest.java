package org.statsbase.confidentiality.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;

/** Tabulation with all margins over hierarchies. */
class TableTest {

    private static final List<Dimension> DIMS = List.of(
            Dimension.of("area", Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)),
            Dimension.of("industry", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION)));

    private static Contribution c(String unit, String area, String industry, long value) {
        return Contribution.of(unit, Map.of("area", area, "industry", industry), BigDecimal.valueOf(value));
    }

    @Test
    void tabulatesEveryLevelOfEveryDimension() {
        Table t = Table.tabulate(DIMS, List.of(
                c("a", "110101001001", "C1311", 10),
                c("b", "110101002000", "C1320", 20),
                c("c", "110101002", "C2611", 30),
                c("a", "110101001001", "A0111", 5)));
        // area: Total, 110101000000, two townships; industry: Total, A, C, A01, C13, C26
        assertThat(t.categories(0)).extracting(Category::code)
                .containsExactly("Total", "110101000000", "110101001000", "110101002000");
        assertThat(t.categories(1)).extracting(Category::code).containsExactly("Total", "A", "C", "A01", "C13", "C26");
        assertThat(t.size()).isEqualTo(24);
        Cell total = t.cell(CellKey.of(Category.TOTAL, Category.TOTAL));
        assertThat(total.value()).isEqualByComparingTo("65");
        assertThat(total.unitCount()).isEqualTo(3);
        assertThat(total.contributions(ContributionLevel.UNIT)).containsExactly(BigDecimal.valueOf(30), BigDecimal.valueOf(20),
                BigDecimal.valueOf(15));
        Cell c13 = t.cell(CellKey.of(Category.of(1, "110101000000"), Category.of(2, "C13")));
        assertThat(c13.value()).isEqualByComparingTo("30");
        assertThat(c13.unitCount()).isEqualTo(2);
        Cell empty = t.cell(CellKey.of(Category.of(2, "110101002000"), Category.of(1, "A")));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.value()).isEqualByComparingTo("0");
        assertThat(t.parent(1, Category.of(2, "C13"))).contains(Category.of(1, "C"));
        assertThat(t.children(0, Category.TOTAL)).containsExactly(Category.of(1, "110101000000"));
    }

    @Test
    void everyRelationHoldsAndCoversEveryMarginOnEveryDimension() {
        Table t = Table.tabulate(DIMS, List.of(c("a", "110101001001", "C1311", 10), c("b", "110101002000", "C1320", 20),
                c("c", "110101002", "C2611", 30), c("d", "110101001", "A0111", 5)));
        List<AdditiveRelation> relations = t.relations();
        // area has 2 parents (Total, county) × 6 industry categories; industry has 3 parents (Total, A, C) × 4 areas
        assertThat(relations).hasSize(2 * 6 + 3 * 4);
        for (AdditiveRelation r : relations) {
            BigDecimal sum = r.parts().stream().map(k -> t.cell(k).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(r.toString()).isEqualByComparingTo(t.cell(r.total()).value());
        }
    }

    @Test
    void rejectsBadMicrodataWithCodes() {
        assertThatThrownBy(() -> Table.tabulate(DIMS, List.of(c("a", "110101000000", "C13", 1))))
                .hasMessageStartingWith("SB-CONF-0304");
        assertThatThrownBy(() -> Table.tabulate(DIMS, List.of(c("a", "110101001000", "Z99", 1))))
                .hasMessageStartingWith("SB-CONF-0304");
        assertThatThrownBy(() -> Table.tabulate(DIMS, List.of(Contribution.of("a", Map.of("area", "110101001000"), BigDecimal.ONE))))
                .hasMessageStartingWith("SB-CONF-0303");
        assertThatThrownBy(() -> Table.tabulate(List.of(), List.of())).hasMessageStartingWith("SB-CONF-0301");
        assertThatThrownBy(() -> Table.tabulate(List.of(DIMS.get(0), DIMS.get(0)), List.of())).hasMessageStartingWith("SB-CONF-0302");
        assertThatThrownBy(() -> Hierarchy.divisions(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY)).hasMessageStartingWith("SB-CONF-0305");
        assertThatThrownBy(() -> Table.tabulate(DIMS, List.of(c("a", "110101001000", "C13", 1))).cell(CellKey.of(Category.TOTAL)))
                .hasMessageStartingWith("SB-CONF-0501");
    }
}
