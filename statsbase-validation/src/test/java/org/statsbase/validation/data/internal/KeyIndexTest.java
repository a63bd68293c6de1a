package org.statsbase.validation.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The open-addressing key index: first row of each key, duplicates counted, collisions probed. */
class KeyIndexTest {

    private static KeyIndex index(int[] keys, boolean collide) {
        return new KeyIndex(keys.length, new KeyIndex.Keys() {
            @Override
            public int hash(int row) {
                return collide ? 42 : Integer.hashCode(keys[row]);
            }

            @Override
            public boolean sameKey(int row, int other) {
                return keys[row] == keys[other];
            }
        });
    }

    private static int find(KeyIndex index, int[] keys, int key, boolean collide) {
        return index.find(collide ? 42 : Integer.hashCode(key), row -> keys[row] == key);
    }

    @Test
    void findsTheFirstRowOfEachKeyAndCountsRepeats() {
        int[] keys = {5, 9, 5, 1, 9, 9, 7, -3, 1000, 5};
        for (boolean collide : new boolean[] {false, true}) {
            KeyIndex index = index(keys, collide);
            assertThat(index.duplicates()).isEqualTo(4);
            assertThat(find(index, keys, 5, collide)).isZero();
            assertThat(find(index, keys, 9, collide)).isEqualTo(1);
            assertThat(find(index, keys, 1, collide)).isEqualTo(3);
            assertThat(find(index, keys, 7, collide)).isEqualTo(6);
            assertThat(find(index, keys, -3, collide)).isEqualTo(7);
            assertThat(find(index, keys, 1000, collide)).isEqualTo(8);
            assertThat(find(index, keys, 2, collide)).isEqualTo(-1);
        }
    }

    @Test
    void collidingKeysWrapAroundTheTable() {
        // every hash the same: the probe runs from one slot to the end of the table and on from its start
        int[] keys = new int[100];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i * 3;
        }
        KeyIndex index = index(keys, true);
        assertThat(index.duplicates()).isZero();
        for (int i = 0; i < keys.length; i++) {
            assertThat(find(index, keys, i * 3, true)).isEqualTo(i);
        }
        assertThat(find(index, keys, 1, true)).isEqualTo(-1);
    }

    @Test
    void theTableIsAPowerOfTwoAtLeastTwiceTheRows() {
        assertThat(index(new int[0], false).estimatedBytes()).isEqualTo(16 + 4 * 8);
        assertThat(index(new int[0], false).find(0, row -> true)).isEqualTo(-1);
        assertThat(index(new int[4], false).estimatedBytes()).isEqualTo(16 + 4 * 8);
        assertThat(index(new int[5], false).estimatedBytes()).isEqualTo(16 + 4 * 16);
        assertThat(index(new int[8], false).estimatedBytes()).isEqualTo(16 + 4 * 16);
        assertThat(index(new int[9], false).estimatedBytes()).isEqualTo(16 + 4 * 32);
    }
}
