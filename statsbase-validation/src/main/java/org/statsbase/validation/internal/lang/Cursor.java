package org.statsbase.validation.internal.lang;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The evaluation state of one thread over one {@link Frame}: when tracing (only for failing
 * records, to keep the common path allocation-light) it keeps the imbalance of the first numeric
 * comparison that came out false. It also holds the scratch of the block evaluator (stacks of
 * {@link #BLOCK}-sized buffers, reused from block to block) and one RE2 matcher per
 * {@code matches} call (RE2/J patterns are thread-safe, matchers are not).
 *
 * <p>Thread safety: not thread-safe; one per thread.
 */
final class Cursor {

    /** Records per block of the block evaluator. */
    static final int BLOCK = 512;

    final Frame frame;
    boolean tracing;
    BigDecimal imbalance;

    private long[][] longs = new long[8][];
    private int longTop;
    private byte[][] bytes = new byte[8][];
    private int byteTop;
    private final Matcher[] matchers;
    /** Results of text tests per dictionary id, for columns with at most this many distinct texts. */
    static final int MAX_CACHED_TEXTS = 1 << 16;
    private final java.util.Map<Node, byte[]> textCaches = new java.util.IdentityHashMap<>();
    private final java.util.regex.Matcher[] simpleMatchers;

    Cursor(Frame frame) {
        this.frame = frame;
        this.matchers = new Matcher[frame.matchers];
        this.simpleMatchers = new java.util.regex.Matcher[frame.matchers];
    }

    void trace(BigDecimal left, BigDecimal right) {
        if (tracing && imbalance == null) {
            imbalance = left.subtract(right);
        }
    }

    /** A scratch buffer of {@link #BLOCK} longs, until {@link #releaseLongs}. */
    long[] longs() {
        if (longTop == longs.length) {
            longs = Arrays.copyOf(longs, longs.length * 2);
        }
        long[] b = longs[longTop];
        if (b == null) {
            b = new long[BLOCK];
            longs[longTop] = b;
        }
        longTop++;
        return b;
    }

    void releaseLongs() {
        longTop--;
    }

    /** A scratch buffer of {@link #BLOCK} truths, until {@link #releaseBytes}. */
    byte[] bytes() {
        if (byteTop == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        byte[] b = bytes[byteTop];
        if (b == null) {
            b = new byte[BLOCK];
            bytes[byteTop] = b;
        }
        byteTop++;
        return b;
    }

    void releaseBytes() {
        byteTop--;
    }

    /**
     * This thread's per-dictionary-id results of a text test ({@code 0} unknown, else truth + 1), or
     * null when the column has too many distinct texts for a cache to pay.
     */
    byte[] textCache(Node owner, int distinct) {
        if (distinct > MAX_CACHED_TEXTS) {
            return null;
        }
        byte[] cache = textCaches.get(owner);
        if (cache == null) {
            cache = new byte[distinct];
            textCaches.put(owner, cache);
        }
        return cache;
    }

    /** Forgets every scratch buffer in use (after a block, whatever happened in it). */
    void resetScratch() {
        longTop = 0;
        byteTop = 0;
    }

    /** This thread's JDK matcher of a {@code matches} call with a {@link SimplePattern}, reset to {@code text}. */
    java.util.regex.Matcher simpleMatcher(int slot, java.util.regex.Pattern pattern, CharSequence text) {
        java.util.regex.Matcher m = simpleMatchers[slot];
        if (m == null) {
            m = pattern.matcher(text);
            simpleMatchers[slot] = m;
            return m;
        }
        return m.reset(text);
    }

    /** This thread's matcher of a {@code matches} call, reset to {@code text}. */
    Matcher matcher(int slot, Pattern pattern, CharSequence text) {
        Matcher m = matchers[slot];
        if (m == null) {
            m = pattern.matcher(text);
            matchers[slot] = m;
            return m;
        }
        return m.reset(text);
    }
}
