package org.statsbase.validation.internal.lang;

import java.util.Set;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.internal.ColumnStores;
import org.statsbase.validation.data.internal.NumberStore;
import org.statsbase.validation.data.internal.TextStore;

/**
 * What one review reads, resolved once before evaluation: the reviewed dataset and the column
 * index of every field slot, each reference dataset with the row joined to every reviewed row,
 * the code lists, and the per-record results of dataset-level functions. Read-only once built,
 * so chunks evaluated in parallel share it. For a {@link ColumnarDataset} it also keeps which
 * field slots are NUMBER columns, which the block evaluator reads as scaled {@code long}s.
 *
 * <p>Thread safety: effectively immutable after {@link Engine} has built it.
 */
final class Frame {

    final Dataset main;
    final int[] mainColumns;
    final Dataset[] refs;
    /**
     * Per reference dataset: the row joined to each reviewed row, or −1; null when every reviewed row
     * is joined to the row at its own position (see {@link #refRow}).
     */
    final int[][] refRows;
    final int[] refColumns;
    final Set<String>[] codeLists;
    final Object[][] prepared;
    final int matchers;
    /** Whether the block evaluator and the shortcuts are used (else only the exact evaluator). */
    final boolean fast;
    /** The reviewed dataset when columnar, else null. */
    final ColumnarDataset columnar;
    /** Per main slot: a NUMBER column of {@link #columnar}. */
    final boolean[] mainNumeric;
    /** Per main slot: a TEXT column of {@link #columnar}, read by dictionary id. */
    final boolean[] mainText;
    /**
     * Per main slot of {@link #mainNumeric}: the column's cells ×10^4 ({@link NumberStore#cells}), else
     * null. Its markers are the block evaluator's: {@link NumberStore#MISSING} is {@link Node#MISSING}
     * and {@link NumberStore#EXACT} (a value without a scaled form) is {@link Node#SLOW}, so the cells
     * are the scaled values as they are.
     */
    final long[][] mainNumbers;
    /** Per main slot of {@link #mainText}: the column's text store, else null. */
    final TextStore[] mainTexts;
    /** Per main slot of {@link #mainText}: each cell's dictionary id ({@link TextStore#ids}), else null. */
    final int[][] mainTextIds;
    /** Per main slot of {@link #mainText}: its dictionary's texts as Latin-1 bytes, else null. */
    final byte[][] mainLatin1;
    /** Per main slot: where each dictionary text starts in {@link #mainLatin1} (and the last ends). */
    final int[][] mainLatin1Offsets;
    /** Per reference slot: its column's cells (as {@link #mainNumbers}) when NUMBER and columnar, else null. */
    final long[][] refNumbers;

    /** The row of reference dataset {@code dataset} joined to reviewed row {@code row}, or −1. */
    int refRow(int dataset, int row) {
        int[] rows = refRows[dataset];
        return rows == null ? row : rows[row];
    }

    Frame(Dataset main, int[] mainColumns, Dataset[] refs, int[][] refRows, int[] refColumns, int[] refSlotDatasets,
            Set<String>[] codeLists, int datasetFunctions, int matchers, boolean fast) {
        this.fast = fast;
        this.main = main;
        this.mainColumns = mainColumns;
        this.refs = refs;
        this.refRows = refRows;
        this.refColumns = refColumns;
        this.codeLists = codeLists;
        this.prepared = new Object[datasetFunctions][];
        this.matchers = matchers;
        this.columnar = fast && main instanceof ColumnarDataset c ? c : null;
        this.mainNumeric = new boolean[mainColumns.length];
        this.mainText = new boolean[mainColumns.length];
        for (int i = 0; i < mainColumns.length; i++) {
            ColumnType type = main.schema().columns().get(mainColumns[i]).type();
            mainNumeric[i] = columnar != null && type == ColumnType.NUMBER;
            mainText[i] = columnar != null && type == ColumnType.TEXT;
        }
        this.mainNumbers = new long[mainColumns.length][];
        this.mainTexts = new TextStore[mainColumns.length];
        this.mainTextIds = new int[mainColumns.length][];
        this.mainLatin1 = new byte[mainColumns.length][];
        this.mainLatin1Offsets = new int[mainColumns.length][];
        for (int i = 0; i < mainColumns.length; i++) {
            if (mainNumeric[i]) {
                mainNumbers[i] = ColumnStores.numbers(columnar, mainColumns[i]).cells();
            }
            if (mainText[i]) {
                TextStore store = ColumnStores.text(columnar, mainColumns[i]);
                mainTexts[i] = store;
                mainTextIds[i] = store.ids();
                mainLatin1[i] = store.latin1();
                mainLatin1Offsets[i] = store.latin1Offsets();
            }
        }
        this.refNumbers = new long[refColumns.length][];
        for (int i = 0; i < refColumns.length; i++) {
            Dataset d = refs[refSlotDatasets[i]];
            if (fast && d instanceof ColumnarDataset c
                    && d.schema().columns().get(refColumns[i]).type() == ColumnType.NUMBER) {
                refNumbers[i] = ColumnStores.numbers(c, refColumns[i]).cells();
            }
        }
    }
}
