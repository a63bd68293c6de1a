package org.statsbase.trail;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.internal.EventCodec;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/**
 * The trail (留痕日志): one append-only log of events, each chained to the one before by its hash,
 * so that anyone holding the log can verify that no event was changed, removed, inserted or
 * reordered — the evidence that 数据质量责任追究制度 asks for ("who entered, reviewed, signed and
 * accepted every figure").
 *
 * <p>{@link #append} returns only when the store has made the event durable. Concurrent appenders
 * share the store's appends (group commit): while one batch is being written, the events that
 * arrive queue up and are written together by the next, so that a file store pays one
 * {@code fsync} per batch, not per event. When the last batch came from several appenders, the
 * appender that writes the next one first waits briefly (at most twice the last store append, and
 * 1 ms) for as many events to queue again, since the appenders the last sync released need a moment
 * to append their next; a lone appender never waits. The order of the trail is the order in which
 * {@code append} calls took their sequence numbers. An {@code append} is not interruptible (its
 * event is chained as soon as it is called); the thread's interrupt status is kept.
 *
 * <p>If the store fails, the events of the failed batch and those queued behind it are not
 * acknowledged (their {@code append} throws); the trail reads the store's last event again and
 * continues from there. Such an event may still be in the store (a store can keep a prefix of a
 * failed batch); it is then part of the chain, only its appender was not told so.
 *
 * <p>Thread safety: safe for concurrent use. Open one trail per store: two trails appending to one
 * store would fork the chain (the store refuses the second's sequence numbers).
 */
public final class Trail implements AutoCloseable {

    /** The longest a leader waits for the appenders of the last batch to queue again. */
    private static final long MAX_FOLLOWER_WAIT_NANOS = 1_000_000;

    private final EventStore store;
    private final HashAlgorithm algorithm;
    private final Clock clock;

    // The head: guarded by "this". Assigning sequence numbers and hashes is quick and serial.
    private long headSequence;
    private byte[] headHash;
    private boolean headKnown;
    private final MessageDigest chainDigest;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean closed;

    // Group commit: one leader at a time writes a batch; every other appender parks until its event
    // is settled, or until it is woken to lead the next batch. Parking per event (not on one shared
    // condition) lets the appenders a sync released return at once, without queueing for a lock.
    private final AtomicBoolean flushing = new AtomicBoolean();
    // The size and duration of the last store append (written and read only by the leader).
    private int lastBatchSize = 1;
    private long lastAppendNanos;
    // How many queued events the waiting leader wants (guarded by "this"; 0 when none waits).
    private int followersAwaited;

    private Trail(EventStore store, HashAlgorithm algorithm, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chainDigest = algorithm.newDigest();
    }

    /**
     * A SHA-256 trail on {@code store}, stamping events with the UTC system clock.
     *
     * @param store where the events are kept; never null
     * @return a trail appending to {@code store}; nothing is read until the first call
     */
    public static Trail open(EventStore store) {
        return open(store, HashAlgorithm.SHA_256, Clock.systemUTC());
    }

    /**
     * A trail on {@code store} chained with {@code algorithm}, stamping events with {@code clock}.
     * Opening reads nothing: a store chained with another algorithm is refused at the first
     * {@link #append} ({@code SB-TRAIL-0105}), and a damaged store can still be {@linkplain #verify() verified}.
     *
     * @param store     where the events are kept; never null
     * @param algorithm the hash that chains the events; must be the one the store was written with
     * @param clock     the clock that stamps {@link TrailEvent#time()}
     * @return a trail appending to {@code store}; nothing is read until the first call
     */
    public static Trail open(EventStore store, HashAlgorithm algorithm, Clock clock) {
        return new Trail(store, algorithm, clock);
    }

    /**
     * The algorithm that chained {@code store}'s first event, empty for an empty store or one whose
     * first event cannot be read — for tools that verify a store without knowing how it was written.
     *
     * @param store the store to inspect; it is only read
     * @return the algorithm of the first event, empty for an empty store or an unreadable first event
     */
    public static Optional<HashAlgorithm> algorithmOf(EventStore store) {
        Objects.requireNonNull(store, "store");
        HashAlgorithm[] found = new HashAlgorithm[1];
        store.scan(1, e -> {
            ByteBuffer body = e.bodyView();
            if (body.remaining() > EventCodec.ALGORITHM_OFFSET) {
                found[0] = HashAlgorithm.ofId(body.get(EventCodec.ALGORITHM_OFFSET)).orElse(null);
            }
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The store this trail appends to.
     *
     * @return the store this trail appends to
     */
    public EventStore store() {
        return store;
    }

    /**
     * The algorithm that chains this trail.
     *
     * @return the algorithm that chains this trail
     */
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Chains {@code draft} after the last event and returns when the store has made it durable.
     *
     * @param draft the event to record; its time, sequence and hashes are added here
     * @return the durable event, with its sequence, time and hash
     * @throws TrailException when the event is too large, when the store was chained with another
     *                        algorithm ({@code SB-TRAIL-0105}), or when the store cannot make the event
     *                        durable (then it is not acknowledged; see the class description)
     */
    public TrailEvent append(EventDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Pending pending;
        synchronized (this) {
            if (closed) {
                throw new TrailException(TrailError.CLOSED, store.describe());
            }
            if (!headKnown) {
                readHead();
            }
            EventCodec.Encoded encoded = EventCodec.encode(draft, headSequence + 1, clock.instant(), algorithm,
                    headHash, chainDigest);
            pending = new Pending(encoded);
            queue.add(pending);
            if (followersAwaited > 0 && queue.size() >= followersAwaited) {
                notifyAll();
            }
            headSequence++;
            headHash = encoded.hash();
        }
        awaitDurable(pending);
        return pending.encoded.event();
    }

    private void awaitDurable(Pending pending) {
        // An append is not interruptible (its event is chained already): an interrupt is kept for later,
        // so that parking does not spin.
        boolean interrupted = false;
        while (!pending.settled) {
            interrupted |= Thread.interrupted();
            if (flushing.compareAndSet(false, true)) {
                try {
                    flush();
                } finally {
                    flushing.set(false);
                }
                // Events queued while this batch was written need a leader: wake the oldest one's
                // appender (it may be running still; then its next park returns at once).
                Pending next = oldestQueued();
                if (next != null) {
                    LockSupport.unpark(next.appender);
                }
            } else {
                LockSupport.park(this);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (pending.failure != null) {
            throw pending.failure instanceof TrailException ? (TrailException) pending.failure
                    : new TrailException(TrailError.STORE_FAILED, pending.failure, store.describe(),
                            String.valueOf(pending.failure.getMessage()));
        }
    }

    /** Writes the queued events in one store append and settles them (and, on failure, those chained on them). */
    private void flush() {
        awaitFollowers();
        List<Pending> batch = drainQueue();
        if (batch.isEmpty()) {
            return;
        }
        RuntimeException failure = null;
        long started = System.nanoTime();
        try {
            List<StoredEvent> events = new ArrayList<>(batch.size());
            for (Pending p : batch) {
                events.add(p.stored());
            }
            store.append(events);
        } catch (RuntimeException e) {
            failure = e;
        }
        lastAppendNanos = System.nanoTime() - started;
        lastBatchSize = batch.size();
        if (failure != null) {
            batch.addAll(abandonQueue());
        }
        for (Pending p : batch) {
            p.settle(failure);
        }
    }

    private synchronized Pending oldestQueued() {
        return queue.peekFirst();
    }

    /**
     * When the last batch came from several appenders, waits until as many events are queued again,
     * or for at most as long as the last store append took (and {@value #MAX_FOLLOWER_WAIT_NANOS} ns):
     * the appenders that the last sync released need a moment to append their next event, and a sync
     * that leaves without them costs each of them a whole sync. A lone appender never waits.
     * Called by the leader only.
     */
    private synchronized void awaitFollowers() {
        int target = lastBatchSize;
        if (target <= 1 || queue.size() >= target) {
            return;
        }
        long deadline = System.nanoTime() + Math.min(2 * lastAppendNanos, MAX_FOLLOWER_WAIT_NANOS);
        followersAwaited = target;
        try {
            for (long left = deadline - System.nanoTime(); queue.size() < target && left > 0;
                    left = deadline - System.nanoTime()) {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            followersAwaited = 0;
        }
    }

    private synchronized List<Pending> drainQueue() {
        List<Pending> batch = new ArrayList<>(queue);
        queue.clear();
        return batch;
    }

    // Everything still queued was chained on an event that failed: it fails too, and the head is
    // read again from the store when the next event is appended.
    private synchronized List<Pending> abandonQueue() {
        List<Pending> rest = drainQueue();
        headKnown = false;
        return rest;
    }

    private synchronized void readHead() {
        Optional<StoredEvent> last = store.last();
        if (last.isEmpty()) {
            headSequence = 0;
            headHash = new byte[EventCodec.HASH_LENGTH];
        } else {
            StoredEvent e = last.get();
            ByteBuffer body = e.bodyView();
            if (body.remaining() > EventCodec.ALGORITHM_OFFSET) {
                byte id = body.get(EventCodec.ALGORITHM_OFFSET);
                if (id != algorithm.id()) {
                    throw new TrailException(TrailError.ALGORITHM_MISMATCH,
                            HashAlgorithm.ofId(id).map(HashAlgorithm::standardName).orElse("#" + id),
                            algorithm.standardName());
                }
            }
            headSequence = e.sequence();
            headHash = e.hash();
        }
        headKnown = true;
    }

    /**
     * The number of durable events.
     *
     * @return the number of durable events, 0 for an empty trail
     */
    public long size() {
        return store.lastSequence();
    }

    /**
     * The last durable event's sequence and hash: keep it elsewhere to verify against later.
     *
     * @return the last durable event's sequence and hash ({@code 0} and all zeros for an empty trail)
     */
    public Anchor head() {
        return store.last().map(e -> new Anchor(e.sequence(), Hash.of(e.hash())))
                .orElse(new Anchor(0, Hash.zero(algorithm.length())));
    }

    /**
     * Visits the durable events from {@code fromSequence} on, in order, until {@code visitor} returns
     * false.
     *
     * @param fromSequence the first sequence to visit (1 for the whole trail); a sequence past the end visits nothing
     * @param visitor      called once per event in order; return false to stop
     * @throws TrailException {@code SB-TRAIL-0104} when a stored event cannot be decoded
     */
    public void forEach(long fromSequence, Predicate<TrailEvent> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        store.scan(fromSequence, e -> visitor.test(EventCodec.decode(e.sequence(), e.bodyView(), e.hash())));
    }

    /**
     * Every durable event, in order (for small trails; prefer {@link #forEach} for large ones).
     *
     * @return every durable event in sequence order; empty for an empty trail
     */
    public List<TrailEvent> events() {
        List<TrailEvent> all = new ArrayList<>();
        forEach(1, all::add);
        return all;
    }

    /**
     * The durable events whose subject is {@code subject}, in order.
     *
     * @param subject the exact subject, for example {@code submission/91350100M000100Y43/B204-1/2026-10}
     * @return the matching events in sequence order; empty when none match
     */
    public List<TrailEvent> bySubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        List<TrailEvent> found = new ArrayList<>();
        forEach(1, e -> {
            if (e.subject().equals(subject)) {
                found.add(e);
            }
            return true;
        });
        return found;
    }

    /**
     * The durable events whose subject starts with {@code prefix}, in order.
     *
     * @param prefix the start of the subject, for example {@code submission/91350100M000100Y43/}
     * @return the matching events in sequence order; empty when none match
     */
    public List<TrailEvent> bySubjectPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        List<TrailEvent> found = new ArrayList<>();
        forEach(1, e -> {
            if (e.subject().startsWith(prefix)) {
                found.add(e);
            }
            return true;
        });
        return found;
    }

    /**
     * Walks the whole chain and names the first broken link.
     *
     * @return intact with the head reached, or the first broken link and the last event that still verified
     */
    public Verification verify() {
        return ChainVerifier.verify(store, algorithm, null);
    }

    /**
     * Walks the whole chain and checks that it still reaches {@code expectedHead}: besides what
     * {@link #verify()} finds, this detects events removed from the end and a chain rewritten from
     * some event on.
     *
     * @param expectedHead an anchor taken earlier and kept outside the trail
     * @return as {@link #verify()}, and also broken ({@code TAIL_MISSING}, {@code ANCHOR_MISMATCH}) when the chain no
     *         longer reaches {@code expectedHead}
     */
    public Verification verify(Anchor expectedHead) {
        return ChainVerifier.verify(store, algorithm, Objects.requireNonNull(expectedHead, "expectedHead"));
    }

    /** Closes the trail and its store. Appends already acknowledged are durable. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        store.close();
    }

    private static final class Pending {
        final EventCodec.Encoded encoded;
        final Thread appender = Thread.currentThread();
        volatile boolean settled;
        RuntimeException failure;

        Pending(EventCodec.Encoded encoded) {
            this.encoded = encoded;
        }

        StoredEvent stored() {
            return StoredEvent.of(encoded.event().sequence(), encoded.body(), encoded.hash());
        }

        void settle(RuntimeException failure) {
            this.failure = failure;
            this.settled = true;
            LockSupport.unpark(appender);
        }
    }
}
