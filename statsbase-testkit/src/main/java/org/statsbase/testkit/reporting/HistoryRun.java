package org.statsbase.testkit.reporting;

import java.util.List;
import java.util.Objects;
import org.statsbase.reporting.Submissions;
import org.statsbase.trail.spi.EventStore;

/**
 * A history applied to a fresh {@link Submissions} of a {@link ReportingWorld}: the service, the store
 * its trail is on (open a second service over it with {@link ReportingWorld#submissions(EventStore)} to
 * check recovery), and the outcome of each attempt, in order.
 *
 * @param world    the world
 * @param service  the service the attempts were applied to
 * @param store    the store of its trail
 * @param outcomes one per attempt, in order
 *
 * <p>Thread safety: the record is immutable; the service and store are thread-safe.
 */
public record HistoryRun(ReportingWorld world, Submissions service, EventStore store, List<AttemptOutcome> outcomes) {

    /**
     * Validates and copies the components.
     *
     * @param world the world
     * @param service the service the attempts were applied to
     * @param store the store of its trail
     * @param outcomes one per attempt, in order
     */
    public HistoryRun {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(store, "store");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The outcomes that did not go as their attempt expected (empty for a correct service).
     *
     * @return the unexpected outcomes, in attempt order
     */
    public List<AttemptOutcome> unexpected() {
        return outcomes.stream().filter(o -> !o.asExpected()).toList();
    }
}
