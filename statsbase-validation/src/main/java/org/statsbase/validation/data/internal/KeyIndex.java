package org.statsbase.validation.data.internal;

import java.util.Arrays;

/**
 * An open-addressing hash index from record keys to rows, built once. Rows are given by the hash of
 * their key and an equality test supplied by the dataset, so the index holds only {@code int}s. With
 * repeated keys the lowest row is found (the index keeps the first row of each key).
 *
 * <p>Thread safety: immutable after construction.
 */
public final class KeyIndex {

    /**
     * The key of a row, as the index sees it.
     *
     * <p>Thread safety: implementations must be safe to call from any thread once the rows are built.
     */
    public interface Keys {
        /** The hash of the key of a row. */
        int hash(int row);

        /** Whether two rows have the same key. */
        boolean sameKey(int row, int other);
    }

    private final int[] slots;
    private final int mask;
    private final int duplicates;

    /** Indexes rows {@code 0..size-1}. */
    public KeyIndex(int size, Keys keys) {
        int capacity = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        mask = capacity - 1;
        int repeated = 0;
        for (int row = 0; row < size; row++) {
            int slot = spread(keys.hash(row)) & mask;
            boolean seen = false;
            while (slots[slot] >= 0) {
                if (keys.sameKey(slots[slot], row)) {
                    seen = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (seen) {
                repeated++;
            } else {
                slots[slot] = row;
            }
        }
        duplicates = repeated;
    }

    /**
     * A test against a probe key that is not a row.
     *
     * <p>Thread safety: one probe per lookup; not shared.
     */
    public interface Probe {
        /** Whether the row has the probe's key. */
        boolean matches(int row);
    }

    /** The first row whose key hashes to {@code hash} and matches, or -1. */
    public int find(int hash, Probe probe) {
        int slot = spread(hash) & mask;
        while (slots[slot] >= 0) {
            if (probe.matches(slots[slot])) {
                return slots[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** How many rows repeat the key of an earlier row. */
    public int duplicates() {
        return duplicates;
    }

    /** The heap the index holds. */
    public long estimatedBytes() {
        return 16 + 4L * slots.length;
    }

    private static int spread(int h) {
        // MurmurHash3's finaliser: String hashes of similar codes differ in few bits.
        int x = h ^ (h >>> 16);
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        return x ^ (x >>> 16);
    }
}
