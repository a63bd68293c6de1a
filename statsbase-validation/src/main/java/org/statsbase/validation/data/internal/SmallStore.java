package org.statsbase.validation.data.internal;

import java.util.Arrays;

/**
 * A column of booleans or dates as {@code long}s (0/1, or the epoch day), {@link Long#MIN_VALUE} for
 * missing.
 *
 * <p>Thread safety: appended to by one thread while building, then never changed; safe to read from
 * several threads once published through a final field.
 */
public final class SmallStore {

    /** Marks a missing cell. */
    public static final long MISSING = Long.MIN_VALUE;

    private long[] cells = new long[16];
    private int size;

    /** Appends a cell ({@link #MISSING} for missing). */
    public void add(long value) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, cells.length + (cells.length >> 1) + 16);
        }
        cells[size++] = value;
    }

    /** Freezes the array to its size. */
    public SmallStore trim() {
        cells = Arrays.copyOf(cells, size);
        return this;
    }

    /** The cell. */
    public long value(int row) {
        return cells[row];
    }

    /** The number of cells. */
    public int size() {
        return size;
    }

    /** The heap this column holds. */
    public long estimatedBytes() {
        return 16 + 8L * cells.length;
    }
}
