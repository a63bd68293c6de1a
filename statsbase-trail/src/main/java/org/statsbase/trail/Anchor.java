package org.statsbase.trail;

import java.util.Objects;

/**
 * The head of a trail at one moment: the last event's sequence and hash. Kept somewhere else (sent
 * to the county bureau, printed on a report, stored in another system), it lets
 * {@link Trail#verify(Anchor)} detect what a chain alone cannot: the removal of events from the end,
 * or a chain rewritten from some event on.
 *
 * @param sequence the last event's sequence, 0 for an empty trail
 * @param hash     the last event's hash (all zeros for an empty trail)
 *
 * <p>Thread safety: immutable.
 */
public record Anchor(long sequence, Hash hash) {

    /**
     * Validates the components.
     *
     * @param sequence the last event's sequence, 0 for an empty trail
     * @param hash     the last event's hash (all zeros for an empty trail)
     */
    public Anchor {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0: " + sequence);
        }
    }
}
