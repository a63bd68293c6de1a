package org.statsbase.validation.internal.lang;

import java.util.Set;
import org.statsbase.validation.data.Dataset;

/**
 * What one review reads, resolved once before evaluation: the reviewed dataset and the column
 * index of every field slot, each reference dataset with the row joined to every reviewed row,
 * the code lists, and the per-record results of dataset-level functions. Read-only once built,
 * so chunks evaluated in parallel share it.
 *
 * <p>Thread safety: effectively immutable after {@link Engine} has built it.
 */
final class Frame {

    final Dataset main;
    final int[] mainColumns;
    final Dataset[] refs;
    final int[][] refRows;
    final int[] refColumns;
    final Set<String>[] codeLists;
    final Object[][] prepared;

    Frame(Dataset main, int[] mainColumns, Dataset[] refs, int[][] refRows, int[] refColumns,
            Set<String>[] codeLists, int datasetFunctions) {
        this.main = main;
        this.mainColumns = mainColumns;
        this.refs = refs;
        this.refRows = refRows;
        this.refColumns = refColumns;
        this.codeLists = codeLists;
        this.prepared = new Object[datasetFunctions][];
    }
}
