package org.statsbase.confidentiality.suppression;

import java.util.ArrayList;
import java.util.List;
import org.statsbase.confidentiality.table.AdditiveRelation;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.Table;

/**
 * The table as numbers for the algorithms: scaled cell values, which cells are known non-negative,
 * the additive relations as index arrays ({@code [total, part, part, …]}), and per dimension the
 * category tree as indices. Values are divided by the largest magnitude so the linear programs work
 * on numbers in [−1, 1].
 *
 * <p>Thread safety: immutable after construction (arrays are never written after the constructor).
 */
final class TableModel {

    final Table table;
    final int size;
    final int dims;
    final double scale;
    final double[] value;
    final boolean[] nonNegative;
    final int[][] relations;
    final int[][] relationsOfCell;
    final int[] radix;
    final int[][] parent;
    final int[][][] children;

    TableModel(Table table) {
        this.table = table;
        this.size = table.size();
        this.dims = table.dimensions().size();
        double max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, Math.abs(table.cell(i).value().doubleValue()));
        }
        this.scale = max == 0 ? 1 : max;
        this.value = new double[size];
        this.nonNegative = new boolean[size];
        for (int i = 0; i < size; i++) {
            value[i] = table.cell(i).value().doubleValue() / scale;
            nonNegative[i] = !table.cell(i).hasNegative();
        }
        List<AdditiveRelation> rels = table.relations();
        relations = new int[rels.size()][];
        int[] count = new int[size];
        for (int r = 0; r < rels.size(); r++) {
            AdditiveRelation rel = rels.get(r);
            int[] idx = new int[rel.parts().size() + 1];
            idx[0] = table.indexOf(rel.total());
            for (int p = 0; p < rel.parts().size(); p++) {
                idx[p + 1] = table.indexOf(rel.parts().get(p));
            }
            relations[r] = idx;
            for (int c : idx) {
                count[c]++;
            }
        }
        relationsOfCell = new int[size][];
        for (int i = 0; i < size; i++) {
            relationsOfCell[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int r = 0; r < relations.length; r++) {
            for (int c : relations[r]) {
                relationsOfCell[c][count[c]++] = r;
            }
        }
        radix = new int[dims];
        parent = new int[dims][];
        children = new int[dims][][];
        int rdx = 1;
        for (int d = dims - 1; d >= 0; d--) {
            radix[d] = rdx;
            List<Category> cats = table.categories(d);
            rdx *= cats.size();
            parent[d] = new int[cats.size()];
            children[d] = new int[cats.size()][];
            for (int c = 0; c < cats.size(); c++) {
                parent[d][c] = table.parent(d, cats.get(c)).map(cats::indexOf).orElse(-1);
                List<Category> ch = table.children(d, cats.get(c));
                children[d][c] = new int[ch.size()];
                for (int k = 0; k < ch.size(); k++) {
                    children[d][c][k] = cats.indexOf(ch.get(k));
                }
            }
        }
    }

    /** The category index of {@code cell} in dimension {@code d}. */
    int coordinate(int cell, int d) {
        int size = table.categories(d).size();
        return (cell / radix[d]) % size;
    }

    /** All relation indices touching any cell in {@code cells}. */
    List<int[]> relationsTouching(boolean[] cells) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : relations) {
            for (int c : r) {
                if (cells[c]) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }
}
