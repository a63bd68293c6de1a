package org.statsbase.trail.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/**
 * An event store in memory: for tests, examples and short-lived tools. Nothing survives the process.
 *
 * <p>Thread safety: safe for concurrent use (every method is synchronised).
 */
public final class InMemoryEventStore implements EventStore {

    private final List<StoredEvent> events = new ArrayList<>();
    private boolean closed;

    private InMemoryEventStore() {
    }

    /**
     * An empty store.
     *
     * @return a new empty store
     */
    public static InMemoryEventStore create() {
        return new InMemoryEventStore();
    }

    @Override
    public synchronized void append(List<StoredEvent> batch) {
        Objects.requireNonNull(batch, "batch");
        checkOpen();
        long next = events.size() + 1L;
        for (StoredEvent e : batch) {
            if (e.sequence() != next) {
                throw new TrailException(TrailError.STORE_SEQUENCE_CONFLICT, describe(), next, e.sequence());
            }
            next++;
        }
        events.addAll(batch);
    }

    @Override
    public synchronized Optional<StoredEvent> last() {
        checkOpen();
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    @Override
    public synchronized long lastSequence() {
        checkOpen();
        return events.size();
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        List<StoredEvent> snapshot;
        synchronized (this) {
            checkOpen();
            int from = (int) Math.max(0, Math.min(fromSequence - 1, events.size()));
            snapshot = List.copyOf(events.subList(from, events.size()));
        }
        for (StoredEvent e : snapshot) {
            if (!visitor.test(e)) {
                return;
            }
        }
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new TrailException(TrailError.CLOSED, describe());
        }
    }
}
