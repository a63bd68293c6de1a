package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;

/**
 * What a {@link Frame} resolves for the block evaluator (the scaled cells of NUMBER columns and the
 * dictionary of TEXT columns of a columnar dataset, only when the fast paths are on), the
 * {@link Cursor}'s scratch buffers and per-node text caches, and when {@code is_unique} may take
 * every record as unique without computing keys. These decide which path the evaluator takes, which
 * no review result shows (both paths give the same results), so they are checked here directly.
 */
class FrameTest {

    private static final Schema SCHEMA = Schema.of(List.of(Column.of("id", ColumnType.TEXT),
            Column.of("p", ColumnType.TEXT), Column.of("X", ColumnType.NUMBER)), List.of("id", "p"));

    private static ColumnarDataset columnar(Schema schema, Value[]... rows) {
        ColumnarDataset.Builder b = ColumnarDataset.builder(schema);
        for (Value[] r : rows) {
            b.add(r);
        }
        return b.build();
    }

    private static Value[] row(String id, String p, Object x) {
        return new Value[] {Value.of(id), Value.of(p), x == null ? Value.missing() : Value.of(new BigDecimal(x.toString()))};
    }

    private static final ColumnarDataset DATA = columnar(SCHEMA, row("u1", "a", "1.5"), row("u2", "a", null),
            row("u1", "b", 2));

    /** A frame over {@code main} reading its columns {@code columns} (main slots), and {@code refs}' columns. */
    @SuppressWarnings("unchecked")
    private static Frame frame(Dataset main, int[] columns, boolean fast, Dataset ref, int... refColumns) {
        Dataset[] refs = ref == null ? new Dataset[0] : new Dataset[] {ref};
        return new Frame(main, columns, refs, new int[refs.length][], refColumns, new int[refColumns.length],
                new Set[0], 1, 2, fast);
    }

    @Test
    void aColumnarFrameReadsNumbersScaledAndTextsByDictionary() {
        Frame f = frame(DATA, new int[] {2, 0, 1}, true, DATA, 2, 0);
        assertThat(f.columnar).isSameAs(DATA);
        assertThat(f.mainNumeric).containsExactly(true, false, false);
        assertThat(f.mainText).containsExactly(false, true, true);
        // ×10^4, missing as the evaluator's marker
        assertThat(f.mainNumbers[0]).startsWith(15_000L, Node.MISSING, 20_000L);
        assertThat(f.mainNumbers[1]).isNull();
        assertThat(f.mainTexts[0]).isNull();
        assertThat(f.mainTexts[1].text(f.mainTextIds[1][2])).isEqualTo("u1");
        assertThat(f.mainTextIds[1][0]).isEqualTo(f.mainTextIds[1][2]);
        assertThat(f.mainTexts[2].text(f.mainTextIds[2][1])).isEqualTo("a");
        assertThat(f.mainNumbers[2]).isNull();
        assertThat(f.refNumbers[0]).startsWith(15_000L, Node.MISSING, 20_000L);
        assertThat(f.refNumbers[1]).isNull();
        assertThat(f.prepared.length).isEqualTo(1);
        assertThat(f.matchers).isEqualTo(2);
    }

    @Test
    void withoutTheFastPathsOrColumnarDataNothingIsReadAhead() {
        for (Frame f : List.of(frame(DATA, new int[] {2, 0}, false, DATA, 2),
                frame(Blocks.rowByRow(DATA), new int[] {2, 0}, true, Blocks.rowByRow(DATA), 2))) {
            assertThat(f.columnar).isNull();
            assertThat(f.mainNumeric).containsExactly(false, false);
            assertThat(f.mainText).containsExactly(false, false);
            assertThat(java.util.Arrays.asList(f.mainNumbers)).containsOnlyNulls();
            assertThat(f.mainTexts).containsOnlyNulls();
            assertThat(java.util.Arrays.asList(f.refNumbers)).containsOnlyNulls();
        }
        // a row-wise reviewed dataset still has a columnar reference dataset's numbers read ahead
        assertThat(frame(Blocks.rowByRow(DATA), new int[] {2}, true, DATA, 2).refNumbers[0]).startsWith(15_000L);
    }

    @Test
    void aReferenceRowIsTheReviewedRowUnlessJoinedOtherwise() {
        @SuppressWarnings("unchecked")
        Frame f = new Frame(DATA, new int[0], new Dataset[] {DATA, DATA}, new int[][] {null, {2, -1, 0}},
                new int[0], new int[0], new Set[0], 0, 0, true);
        assertThat(f.refRow(0, 1)).isEqualTo(1);
        assertThat(f.refRow(1, 0)).isEqualTo(2);
        assertThat(f.refRow(1, 1)).isEqualTo(-1);
    }

    // ---- cursor ----------------------------------------------------------------------------------

    private static int identities(List<?> arrays) {
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.addAll(arrays);
        return seen.size();
    }

    @Test
    void scratchBuffersInUseAreDistinctAndReusedAfterAReset() {
        Cursor c = new Cursor(frame(DATA, new int[0], true, null));
        List<long[]> longs = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            longs.add(c.longs());
            bytes.add(c.bytes());
        }
        // distinct arrays (by identity: they are all zeros), each of a block's size
        assertThat(identities(longs)).isEqualTo(20);
        assertThat(identities(bytes)).isEqualTo(20);
        assertThat(longs).allSatisfy(b -> assertThat(b.length).isEqualTo(Cursor.BLOCK));
        assertThat(bytes).allSatisfy(b -> assertThat(b.length).isEqualTo(Cursor.BLOCK));
        c.releaseLongs();
        c.releaseBytes();
        assertThat(c.longs()).isSameAs(longs.get(19));
        assertThat(c.bytes()).isSameAs(bytes.get(19));
        c.resetScratch();
        assertThat(c.longs()).isSameAs(longs.get(0));
        assertThat(c.bytes()).isSameAs(bytes.get(0));
    }

    @Test
    void aTextCacheIsKeptPerNodeForColumnsWithFewTexts() {
        Cursor c = new Cursor(frame(DATA, new int[0], true, null));
        Node a = new Node.Const("a");
        Node b = new Node.Const("b");
        byte[] cache = c.textCache(a, 3);
        assertThat(cache).hasSize(3).containsOnly(0);
        cache[1] = 2;
        assertThat(c.textCache(a, 3)).isSameAs(cache);
        assertThat(c.textCache(b, 3)).isNotSameAs(cache);
        assertThat(c.textCache(b, Cursor.MAX_CACHED_TEXTS)).isNotNull();
        assertThat(c.textCache(new Node.Const("c"), Cursor.MAX_CACHED_TEXTS)).hasSize(Cursor.MAX_CACHED_TEXTS);
        assertThat(c.textCache(new Node.Const("d"), Cursor.MAX_CACHED_TEXTS + 1)).isNull();
        // another thread's cursor has its own
        assertThat(new Cursor(c.frame).textCache(a, 3)).isNotSameAs(cache);
    }

    @Test
    void tracingKeepsTheFirstImbalanceOnly() {
        Cursor c = new Cursor(frame(DATA, new int[0], true, null));
        c.trace(BigDecimal.ONE, BigDecimal.TEN);
        assertThat(c.imbalance).isNull();
        c.tracing = true;
        c.trace(BigDecimal.ONE, BigDecimal.TEN);
        c.trace(BigDecimal.TEN, BigDecimal.ONE);
        assertThat(c.imbalance).isEqualByComparingTo("-9");
    }

    // ---- is_unique's shortcut --------------------------------------------------------------------

    private static boolean allUnique(Dataset main, int[] columns, Node... keys) {
        return new DatasetNode.IsUnique(0, keys).areUniqueKeysOf(keys, frame(main, columns, true, null));
    }

    private static Node field(int slot) {
        return new Node.MainField("f" + slot, slot);
    }

    @Test
    void everyRecordIsUniqueOnExactlyTheKeyColumnsOfAColumnarDatasetWithoutRepeatedKeys() {
        int[] columns = {0, 1, 2};
        assertThat(allUnique(DATA, columns, field(0), field(1))).isTrue();
        assertThat(allUnique(DATA, columns, field(1), field(0))).isTrue();
        assertThat(allUnique(DATA, columns, field(0))).isFalse();
        assertThat(allUnique(DATA, columns, field(0), field(1), field(2))).isFalse();
        assertThat(allUnique(DATA, columns, field(0), new Node.Const("a"))).isFalse();
        assertThat(allUnique(DATA, columns)).isFalse();
        assertThat(allUnique(Blocks.rowByRow(DATA), columns, field(0), field(1))).isFalse();
        ColumnarDataset repeated = columnar(SCHEMA, row("u1", "a", 1), row("u1", "a", 2));
        assertThat(allUnique(repeated, columns, field(0), field(1))).isFalse();
        Schema noKey = Schema.of(SCHEMA.columns(), List.of());
        ColumnarDataset unkeyed = columnar(noKey, row("u1", "a", 1));
        assertThat(allUnique(unkeyed, columns, field(0))).isFalse();
        assertThat(allUnique(unkeyed, columns)).isFalse();
    }
}
