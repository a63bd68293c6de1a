package org.statsbase.validation.data.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A column of decimal numbers: each value as a {@code long} scaled by 10^{@value #SCALE} (8 bytes a
 * cell), two reserved {@code long}s marking missing and "look in the exact fallback", and the exact
 * {@link BigDecimal} of every value that does not fit (more than four decimals, or 10^14 and beyond)
 * in a sparse side table. Nothing is ever rounded and no {@code double} is involved.
 *
 * <p>Thread safety: appended to by one thread while building, then never changed; safe to read from
 * several threads once published through a final field.
 */
public final class NumberStore {

    /** The decimals of the scaled {@code long}s. */
    public static final int SCALE = 4;
    /** Marks a missing cell. */
    public static final long MISSING = Long.MIN_VALUE;
    /** Marks a cell whose exact value is in the fallback table. */
    public static final long EXACT = Long.MIN_VALUE + 1;

    private long[] cells = new long[16];
    private int size;
    private int[] exactRows = new int[0];
    private BigDecimal[] exactValues = new BigDecimal[0];
    private int exactSize;

    /** Appends a missing cell. */
    public void addMissing() {
        grow();
        cells[size++] = MISSING;
    }

    /** Appends a number. */
    public void add(BigDecimal value) {
        grow();
        long scaled = scaled(value);
        if (scaled == EXACT) {
            if (exactSize == exactRows.length) {
                int n = Math.max(4, exactSize * 2);
                exactRows = Arrays.copyOf(exactRows, n);
                exactValues = Arrays.copyOf(exactValues, n);
            }
            exactRows[exactSize] = size;
            exactValues[exactSize++] = value;
        }
        cells[size++] = scaled;
    }

    /**
     * The value ×10^4 as a {@code long}, or {@link #EXACT} when it has more than four decimals that are
     * not zeros or does not fit beside the reserved values.
     */
    public static long scaled(BigDecimal value) {
        // Integer digits first: setScale on 1E+999999999 would build a billion-digit number.
        if (value.signum() == 0) {
            return 0L;
        }
        if (value.precision() - value.scale() > 14) {
            return EXACT;
        }
        BigDecimal v = value;
        if (v.scale() > SCALE) {
            v = v.stripTrailingZeros();
            if (v.scale() > SCALE) {
                return EXACT;
            }
        }
        long unscaled = v.setScale(SCALE).unscaledValue().longValueExact();
        return unscaled == MISSING || unscaled == EXACT ? EXACT : unscaled;
    }

    /** Freezes the arrays to their size. */
    public NumberStore trim() {
        cells = Arrays.copyOf(cells, size);
        exactRows = Arrays.copyOf(exactRows, exactSize);
        exactValues = Arrays.copyOf(exactValues, exactSize);
        return this;
    }

    /** The cell: a scaled value, {@link #MISSING} or {@link #EXACT}. */
    public long raw(int row) {
        return cells[row];
    }

    /**
     * All cells, as {@link #raw} gives them, for evaluators that read a block of rows at once. The
     * array is this store's own (not a copy): callers must not change it.
     */
    public long[] cells() {
        return cells;
    }

    /** The number at a row that is not missing, with the fewest decimals that keep its value. */
    public BigDecimal value(int row) {
        long raw = cells[row];
        if (raw == EXACT) {
            return exactValues[Arrays.binarySearch(exactRows, 0, exactSize, row)];
        }
        long unscaled = raw;
        int scale = SCALE;
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The number of cells. */
    public int size() {
        return size;
    }

    /** The heap this column holds: its arrays and the fallback numbers (estimated at 64 bytes each). */
    public long estimatedBytes() {
        return 16 + 8L * cells.length + 2 * 16 + 4L * exactRows.length + 4L * exactValues.length + 64L * exactSize;
    }

    private void grow() {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, cells.length + (cells.length >> 1) + 16);
        }
    }
}
