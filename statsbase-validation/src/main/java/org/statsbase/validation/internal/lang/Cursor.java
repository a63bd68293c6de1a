package org.statsbase.validation.internal.lang;

import java.math.BigDecimal;

/**
 * The evaluation state of one thread over one {@link Frame}: when tracing (only for failing
 * records, to keep the common path allocation-light) it keeps the imbalance of the first numeric
 * comparison that came out false.
 *
 * <p>Thread safety: not thread-safe; one per thread.
 */
final class Cursor {

    final Frame frame;
    boolean tracing;
    BigDecimal imbalance;

    Cursor(Frame frame) {
        this.frame = frame;
    }

    void trace(BigDecimal left, BigDecimal right) {
        if (tracing && imbalance == null) {
            imbalance = left.subtract(right);
        }
    }
}
