package org.statsbase.trail.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a {@link org.statsbase.trail.Trail} keeps its events: an append-only sequence of
 * {@link StoredEvent}s. Chaining, hashing and verification belong to the trail; a store keeps bytes
 * in order and durably.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #append} receives events whose sequences continue the store without gap (the first is
 *     {@link #lastSequence()} + 1) and returns only when they would survive a crash of the process or
 *     of the machine (a file store after {@code fsync}, a database after commit). Otherwise it throws
 *     {@link org.statsbase.trail.error.TrailException} ({@code SB-TRAIL-0107} for a sequence that
 *     does not continue) and may have kept a prefix of the events: the trail reads {@link #last()}
 *     again before it appends more.</li>
 * <li>Nothing once appended is changed or removed by the store, except that recovery after a
 *     crash may drop a torn tail that was never acknowledged.</li>
 * <li>The trail calls {@link #append} from one thread at a time; reads may run concurrently with
 *     an append and see the events acknowledged before they started.</li>
 * </ul>
 *
 * <p>Thread safety: implementations must be safe for the use above (one appender, concurrent readers).
 */
public interface EventStore extends AutoCloseable {

    /**
     * Appends {@code events} durably.
     *
     * @param events the events to append, continuing the store's sequence from {@link #lastSequence()} + 1
     * @throws org.statsbase.trail.error.TrailException when the events do not continue the store or
     *                                                  cannot be made durable
     */
    void append(List<StoredEvent> events);

    /**
     * The last stored event, empty when the store is empty.
     *
     * @return the last stored event, empty when the store is empty
     */
    Optional<StoredEvent> last();

    /**
     * The last stored sequence, 0 when the store is empty.
     *
     * @return the last stored sequence, 0 when the store is empty
     */
    default long lastSequence() {
        return last().map(StoredEvent::sequence).orElse(0L);
    }

    /**
     * Visits the stored events with a sequence of at least {@code fromSequence}, in order, until
     * {@code visitor} returns false.
     *
     * @param fromSequence the first sequence to visit, 1 for the whole store
     * @param visitor      called once per event in order; return false to stop
     */
    void scan(long fromSequence, Predicate<StoredEvent> visitor);

    /**
     * What the store is, for messages: a path, or a JDBC URL without credentials.
     *
     * @return a one-line description without credentials
     */
    String describe();

    /** Releases the store's resources; appends and reads after close fail. */
    @Override
    void close();
}
