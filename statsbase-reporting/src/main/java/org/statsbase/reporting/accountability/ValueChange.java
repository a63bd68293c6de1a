package org.statsbase.reporting.accountability;

import java.util.Objects;

/**
 * One change of a figure's value as the trail records it (数据质量责任追究制度): the value before and
 * the value after, as texts ({@code ""} = missing or cleared; numbers as {@code BigDecimal.toPlainString()}).
 * On a refused attempt, {@code after} is what was attempted and the figure kept {@code before}.
 *
 * @param before the value before
 * @param after  the value after (or attempted)
 *
 * <p>Thread safety: immutable.
 */
public record ValueChange(String before, String after) {

    /**
     * Checks the components.
     *
     * @param before the value before
     * @param after  the value after (or attempted)
     */
    public ValueChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * A change from {@code before} to {@code after}.
     *
     * @param before the value before ({@code ""} when there was none)
     * @param after  the value after, or the value attempted
     * @return the change
     */
    public static ValueChange of(String before, String after) {
        return new ValueChange(before, after);
    }

    /**
     * Whether the value differs after.
     *
     * @return true when the value differs after
     */
    public boolean changes() {
        return !before.equals(after);
    }
}
