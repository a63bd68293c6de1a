package org.statsbase.bench.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.confidentiality.suppression.SecondarySuppression;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;

/** The benchmark's table is what its Javadoc claims, and one run of the benchmark protects it. */
class DistrictTableTest {

    @Test
    void hasAboutAThousandCellsWithTwoLevelsOnEachSide() {
        DistrictTable d = DistrictTable.standard();
        assertThat(d.table().size()).isEqualTo(31 * 31);
        assertThat(d.table().categories(0)).filteredOn(c -> c.depth() == 1).hasSize(5);
        assertThat(d.table().categories(0)).filteredOn(c -> c.depth() == 2).hasSize(25);
        assertThat(d.table().categories(1)).filteredOn(c -> c.depth() == 1).extracting(Category::code)
                .containsExactly("A", "B", "C", "G", "R");
        assertThat(d.table().categories(1)).filteredOn(c -> c.depth() == 2).hasSize(25);
        assertThat(d.table().cell(CellKey.of(Category.TOTAL, Category.TOTAL)).unitCount()).isEqualTo(d.contributions());
    }

    @Test
    void oneOperationProtectsAndAuditsTheTable() {
        DistrictTable d = DistrictTable.standard();
        ProtectedTable p = new SuppressionBenchmark().protectAndAuditOf(d);
        assertThat(p.count(CellStatus.PRIMARY)).isPositive();
        assertThat(p.count(CellStatus.SECONDARY)).isPositive();
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.linearPrograms()).isPositive();
        assertThat(p).usingRecursiveComparison().isEqualTo(SecondarySuppression.protect(d.table(), d.rules()));
    }
}
