package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;

/**
 * Test helpers that run compiled nodes the two ways the engine does: the block evaluator
 * ({@link Node#truths}, {@link Node#scaled}) and the exact record-at-a-time evaluator ({@link Node#truth},
 * {@link Node#eval}). Truths are written one character a record: {@code F}alse, {@code T}rue, {@code N}A
 * (missing), {@code S} (left to the exact path by the block evaluator) and {@code E} (an evaluation error).
 */
final class Blocks {

    private Blocks() {
    }

    /**
     * A columnar dataset keyed by a generated {@code id}: columns {@code "A"} (NUMBER) or {@code "T:TEXT"}
     * ({@code BOOLEAN}, {@code DATE}); cells null (missing), else their text (a decimal, {@code true}, an ISO date).
     */
    static ColumnarDataset data(String columns, Object[]... rows) {
        String[] specs = columns.split(",\\s*");
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("id", ColumnType.TEXT));
        for (String s : specs) {
            String[] p = s.split(":");
            cols.add(Column.of(p[0], p.length > 1 ? ColumnType.valueOf(p[1]) : ColumnType.NUMBER));
        }
        ColumnarDataset.Builder b = ColumnarDataset.builder(Schema.of(cols, List.of("id")));
        for (int r = 0; r < rows.length; r++) {
            Value[] values = new Value[cols.size()];
            values[0] = Value.of("u" + r);
            for (int c = 0; c < specs.length; c++) {
                Object v = rows[r][c];
                ColumnType type = cols.get(c + 1).type();
                values[c + 1] = v == null ? Value.missing() : switch (type) {
                    case NUMBER -> Value.of(new BigDecimal(v.toString()));
                    case BOOLEAN -> Value.of(Boolean.parseBoolean(v.toString()));
                    case DATE -> Value.of(LocalDate.parse(v.toString()));
                    default -> Value.of(v.toString());
                };
            }
            b.add(values);
        }
        return b.build();
    }

    /** One column of values as rows of a one-column dataset. */
    static Object[][] column(Object... values) {
        Object[][] rows = new Object[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new Object[] {values[i]};
        }
        return rows;
    }

    /** A frame over {@code main} whose main field slots 0, 1, … are the named columns. */
    static Frame frame(Dataset main, boolean fast, String... slots) {
        return frame(main, fast, List.of(), 4, slots);
    }

    /** As {@link #frame(Dataset, boolean, String...)} with code lists (by slot) and matcher slots. */
    @SuppressWarnings("unchecked")
    static Frame frame(Dataset main, boolean fast, List<Set<String>> lists, int matchers, String... slots) {
        return new Frame(main, columns(main, slots), new Dataset[0], new int[0][], new int[0], new int[0],
                lists.toArray(new Set[0]), 0, matchers, fast);
    }

    /**
     * A frame with one reference dataset {@code ref}, joined by {@code refRows} (null: by position), whose
     * reference field slots 0, 1, … are the named columns of {@code ref}.
     */
    @SuppressWarnings("unchecked")
    static Frame frame(Dataset main, String[] mainSlots, Dataset ref, int[] refRows, String... refSlots) {
        return new Frame(main, columns(main, mainSlots), new Dataset[] {ref}, new int[][] {refRows},
                columns(ref, refSlots), new int[refSlots.length], new Set[0], 0, 4, true);
    }

    private static int[] columns(Dataset d, String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = d.schema().indexOf(names[i]).getAsInt();
        }
        return out;
    }

    /**
     * The first scratch buffers of a cursor: after a node's block evaluation the cursor must hand out the
     * same ones again, else the node kept buffers it took (a block evaluation gives back all it takes, so
     * that the buffers are reused from node to node instead of allocated per node and block).
     */
    private record Scratch(long[] longs, byte[] bytes) {
        static Scratch of(Cursor c) {
            long[] l = c.longs();
            c.releaseLongs();
            byte[] b = c.bytes();
            c.releaseBytes();
            return new Scratch(l, b);
        }

        void givenBack(Cursor c) {
            long[] l = c.longs();
            c.releaseLongs();
            byte[] b = c.bytes();
            c.releaseBytes();
            if (l != longs || b != bytes) {
                throw new AssertionError("the block evaluation kept scratch buffers it took from the cursor");
            }
        }
    }

    /** The block evaluator's truths of every record of the frame, from record {@code from}. */
    static String truths(Node node, Frame frame, int from) {
        Cursor c = new Cursor(frame);
        int n = frame.main.size() - from;
        byte[] out = new byte[n];
        Scratch s0 = Scratch.of(c);
        node.truths(c, from, n, out);
        s0.givenBack(c);
        StringBuilder s = new StringBuilder();
        for (byte t : out) {
            s.append("FTNS".charAt(t));
        }
        return s.toString();
    }

    /** The block evaluator's truths of every record of the frame. */
    static String truths(Node node, Frame frame) {
        return truths(node, frame, 0);
    }

    /**
     * Asserts the exact evaluator's truths of every record, and the block evaluator's from the first record
     * and from the second (a block need not start at record 0).
     */
    static void assertTruths(Node node, Frame frame, String block, String exact) {
        assertThat(exact(node, frame)).as("exact").isEqualTo(exact);
        assertThat(truths(node, frame)).as("block").isEqualTo(block);
        assertThat(truths(node, frame, 1)).as("block from record 1").isEqualTo(block.substring(1));
    }

    /** The exact evaluator's truths of every record of the frame. */
    static String exact(Node node, Frame frame) {
        Cursor c = new Cursor(frame);
        StringBuilder s = new StringBuilder();
        for (int row = 0; row < frame.main.size(); row++) {
            try {
                s.append("FTN".charAt(node.truth(c, row)));
            } catch (EvalException e) {
                s.append('E');
            }
        }
        return s.toString();
    }

    /** The block evaluator's scaled values of every record of the frame, from record {@code from}. */
    static long[] scaled(Node node, Frame frame, int from) {
        Cursor c = new Cursor(frame);
        long[] out = new long[frame.main.size() - from];
        Scratch s0 = Scratch.of(c);
        node.scaled(c, from, out.length, out);
        s0.givenBack(c);
        return out;
    }

    /** The block evaluator's scaled values of every record of the frame. */
    static long[] scaled(Node node, Frame frame) {
        return scaled(node, frame, 0);
    }

    /** A field of main slot {@code slot}. */
    static Node.MainField field(int slot) {
        return new Node.MainField("F" + slot, slot);
    }

    /** A number constant. */
    static Node.Const num(String decimal) {
        return new Node.Const(new BigDecimal(decimal));
    }

    /** A text constant. */
    static Node.Const text(String text) {
        return new Node.Const(text);
    }

    /** The same records as {@code d}, read one value at a time (a dataset that is not columnar). */
    static Dataset rowByRow(Dataset d) {
        return new RowByRow(d);
    }

    /** A dataset that is not columnar: read one value at a time. */
    private record RowByRow(Dataset d) implements Dataset {
        @Override
        public Schema schema() {
            return d.schema();
        }

        @Override
        public int size() {
            return d.size();
        }

        @Override
        public Value value(int row, int column) {
            return d.value(row, column);
        }

        @Override
        public RecordKey key(int row) {
            return d.key(row);
        }

        @Override
        public OptionalInt find(RecordKey key) {
            return d.find(key);
        }
    }
}
