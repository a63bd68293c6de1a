package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;

/** Small tables for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A rows × cols table of flat codes R1.., C1.., one unit per cell with the given value. */
    static Table grid(long[][] values) {
        List<Contribution> data = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                data.add(Contribution.of("u" + (r + 1) + (c + 1), Map.of("row", "R" + (r + 1), "col", "C" + (c + 1)),
                        BigDecimal.valueOf(values[r][c])));
            }
        }
        return Table.tabulate(List.of(Dimension.of("row", Hierarchy.flat()), Dimension.of("col", Hierarchy.flat())), data);
    }

    /** The key of interior cell (r, c), 1-based. */
    static CellKey at(int r, int c) {
        return CellKey.of(Category.of(1, "R" + r), Category.of(1, "C" + c));
    }

    /** Contributions of one cell of a one-dimensional flat table. */
    static Table oneCell(long... contributions) {
        List<Contribution> data = new ArrayList<>();
        for (int i = 0; i < contributions.length; i++) {
            data.add(Contribution.of("u" + i, Map.of("x", "A"), BigDecimal.valueOf(contributions[i])));
        }
        return Table.tabulate(List.of(Dimension.of("x", Hierarchy.flat())), data);
    }

    static CellKey cellA() {
        return CellKey.of(Category.of(1, "A"));
    }
}
