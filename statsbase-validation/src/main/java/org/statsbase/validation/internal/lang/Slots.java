package org.statsbase.validation.internal.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbering of what a compiled rule set reads: fields of the reviewed dataset, reference
 * datasets and their fields, code lists, dataset-level functions. Filled while compiling, read
 * only afterwards; a review resolves each slot once.
 *
 * <p>Thread safety: not thread-safe while compiling; immutable in use afterwards.
 */
final class Slots {

    /** A named slot and the first rule that uses it (for messages). */
    record Entry(String name, String rule, int dataset) {
    }

    final List<Entry> mainColumns = new ArrayList<>();
    final List<Entry> refDatasets = new ArrayList<>();
    final List<Entry> refColumns = new ArrayList<>();
    final List<Entry> codeLists = new ArrayList<>();
    final List<DatasetNode> datasetNodes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    private int slot(List<Entry> list, String kind, String name, String rule, int dataset) {
        return index.computeIfAbsent(kind + "\u0000" + dataset + "\u0000" + name, k -> {
            list.add(new Entry(name, rule, dataset));
            return list.size() - 1;
        });
    }

    int mainColumn(String name, String rule) {
        return slot(mainColumns, "m", name, rule, -1);
    }

    int refDataset(String name, String rule) {
        return slot(refDatasets, "d", name, rule, -1);
    }

    int refColumn(int dataset, String name, String rule) {
        return slot(refColumns, "r", name, rule, dataset);
    }

    int codeList(String name, String rule) {
        return slot(codeLists, "c", name, rule, -1);
    }

    /** The number of {@code matches} calls, each with its own per-thread matcher. */
    int matchers;

    int nextMatcher() {
        return matchers++;
    }

    int nextDatasetNode() {
        return datasetNodes.size();
    }
}
