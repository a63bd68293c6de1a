package org.statsbase.archive.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * An in-memory event store that fails on demand as a full disk or a dropped connection does: the {@code n}th
 * append from now throws the store's typed error ({@code SB-TRAIL-0002}), either before anything is written or
 * after the events were committed but before the store could say so (commit before acknowledgement).
 */
public final class FaultyEventStore implements EventStore {

    private final InMemoryEventStore store = InMemoryEventStore.create();
    private int countdown;
    private boolean afterCommit;
    private int failures;

    /** The {@code nth} append from now (1 = the next) fails; {@code afterCommit}: its events are kept. */
    public synchronized void failAppend(int nth, boolean keepEvents) {
        this.countdown = nth;
        this.afterCommit = keepEvents;
    }

    /** How many appends failed. */
    public synchronized int failures() {
        return failures;
    }

    @Override
    public synchronized void append(List<StoredEvent> events) {
        if (countdown > 0 && --countdown == 0) {
            failures++;
            if (afterCommit) {
                store.append(events);
            }
            throw new TrailException(TrailError.STORE_FAILED, describe(),
                    afterCommit ? "connection lost after commit (simulated)" : "no space left on device (simulated)");
        }
        store.append(events);
    }

    @Override
    public Optional<StoredEvent> last() {
        return store.last();
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        store.scan(fromSequence, visitor);
    }

    @Override
    public String describe() {
        return "faulty " + store.describe();
    }

    @Override
    public void close() {
        store.close();
    }
}
