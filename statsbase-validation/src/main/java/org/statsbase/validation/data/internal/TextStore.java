package org.statsbase.validation.data.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of texts, dictionary-encoded: each cell an {@code int} index into the distinct texts of
 * the column ({@code -1} for missing), so that a code repeated a million times is held once.
 *
 * <p>Thread safety: appended to by one thread while building, then never changed; safe to read from
 * several threads once published through a final field.
 */
public final class TextStore {

    private int[] cells = new int[16];
    private int size;
    private String[] dictionary = new String[16];
    /** Per dictionary id: the text's length in code points, so {@code len} need not touch the string. */
    private int[] lengths = new int[16];
    private int distinct;
    private Map<String, Integer> codes = new HashMap<>();
    /**
     * After {@link #trim}, when every text is Latin-1: all texts' characters, one byte each, text
     * {@code id} at {@code latin1[offsets[id]] … latin1[offsets[id + 1] − 1]}; else null. Kept beside
     * the strings so that a pattern check over many distinct texts reads one contiguous array instead
     * of a scattered {@code String} and its array per text.
     */
    private byte[] latin1;
    private int[] offsets;

    /** Appends a missing cell. */
    public void addMissing() {
        append(-1);
    }

    /** Appends a text. */
    public void add(String text) {
        Integer code = codes.get(text);
        if (code == null) {
            code = distinct;
            if (distinct == dictionary.length) {
                dictionary = Arrays.copyOf(dictionary, distinct * 2);
                lengths = Arrays.copyOf(lengths, distinct * 2);
            }
            lengths[distinct] = text.codePointCount(0, text.length());
            dictionary[distinct++] = text;
            codes.put(text, code);
        }
        append(code);
    }

    private void append(int code) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, cells.length + (cells.length >> 1) + 16);
        }
        cells[size++] = code;
    }

    /** Freezes the arrays to their size and drops the building map. */
    public TextStore trim() {
        cells = Arrays.copyOf(cells, size);
        dictionary = Arrays.copyOf(dictionary, distinct);
        lengths = Arrays.copyOf(lengths, distinct);
        codes = Map.of();
        packLatin1();
        return this;
    }

    private void packLatin1() {
        long total = 0;
        for (int i = 0; i < distinct; i++) {
            String t = dictionary[i];
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) > 0xFF) {
                    return;
                }
            }
            total += t.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            return;
        }
        byte[] bytes = new byte[(int) total];
        int[] starts = new int[distinct + 1];
        int at = 0;
        for (int i = 0; i < distinct; i++) {
            String t = dictionary[i];
            starts[i] = at;
            for (int k = 0; k < t.length(); k++) {
                bytes[at++] = (byte) t.charAt(k);
            }
        }
        starts[distinct] = at;
        latin1 = bytes;
        offsets = starts;
    }

    /**
     * All texts' characters as Latin-1 bytes (see {@link #latin1Offsets}), or null when a text has a
     * character beyond Latin-1 or the store is still being built. Callers must not change the array.
     */
    public byte[] latin1() {
        return latin1;
    }

    /** Where each text starts in {@link #latin1}, plus its end at index {@link #distinct}; null with it. */
    public int[] latin1Offsets() {
        return offsets;
    }

    /** Whether the cell is missing. */
    public boolean isMissing(int row) {
        return cells[row] < 0;
    }

    /** The text at a row that is not missing. */
    public String value(int row) {
        return dictionary[cells[row]];
    }

    /** The dictionary id of a cell, {@code -1} when missing. */
    public int id(int row) {
        return cells[row];
    }

    /**
     * All cells' dictionary ids, as {@link #id} gives them, for evaluators that read a block of rows at
     * once. The array is this store's own (not a copy): callers must not change it.
     */
    public int[] ids() {
        return cells;
    }

    /** The text of a dictionary id. */
    public String text(int id) {
        return dictionary[id];
    }

    /** The length in code points of the text of a dictionary id. */
    public int length(int id) {
        return lengths[id];
    }

    /** The number of distinct texts (dictionary ids are {@code 0 … distinct − 1}). */
    public int distinct() {
        return distinct;
    }

    /** The number of cells. */
    public int size() {
        return size;
    }

    /** The heap this column holds: the codes, the dictionary, its lengths and its strings (estimated at 40 + 2 bytes a char) and the Latin-1 copy. */
    public long estimatedBytes() {
        long bytes = 16 + 4L * cells.length + 16 + 4L * dictionary.length + 16 + 4L * lengths.length;
        for (int i = 0; i < distinct; i++) {
            bytes += 40 + 2L * dictionary[i].length();
        }
        if (latin1 != null) {
            bytes += 16 + latin1.length + 16 + 4L * offsets.length;
        }
        return bytes;
    }
}
