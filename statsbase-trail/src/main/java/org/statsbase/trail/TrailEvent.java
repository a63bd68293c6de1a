package org.statsbase.trail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One event of the trail as chained and read back: the {@link EventDraft}'s fields plus the
 * sequence (1, 2, … without gaps), the time it was appended, the digest of its payload, the hash
 * of the event before it and its own hash, computed over its canonical encoding.
 *
 * <p>Thread safety: immutable.
 */
public final class TrailEvent {

    private final long sequence;
    private final Instant time;
    private final EventDraft draft;
    private final HashAlgorithm algorithm;
    private final Hash payloadDigest;
    private final Hash previousHash;
    private final Hash hash;

    private TrailEvent(long sequence, Instant time, EventDraft draft, HashAlgorithm algorithm, Hash payloadDigest,
            Hash previousHash, Hash hash) {
        this.sequence = sequence;
        this.time = Objects.requireNonNull(time, "time");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.payloadDigest = Objects.requireNonNull(payloadDigest, "payloadDigest");
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1: " + sequence);
        }
    }

    /**
     * The event with these parts (for stores and codecs; {@link Trail#append} builds events).
     *
     * @param sequence      the position in the trail, from 1
     * @param time          when the event was appended
     * @param draft         what was drafted: actor, role, action, subject, outcome and payload
     * @param algorithm     the algorithm that chained the event
     * @param payloadDigest the digest of the payload's canonical encoding
     * @param previousHash  the hash of the event before (all zeros for the first)
     * @param hash          this event's hash
     * @return the event; nothing is checked against the chain here ({@link Trail#verify()} does)
     */
    public static TrailEvent of(long sequence, Instant time, EventDraft draft, HashAlgorithm algorithm,
            Hash payloadDigest, Hash previousHash, Hash hash) {
        return new TrailEvent(sequence, time, draft, algorithm, payloadDigest, previousHash, hash);
    }

    /**
     * The position in the trail, from 1.
     *
     * @return the position in the trail, from 1
     */
    public long sequence() {
        return sequence;
    }

    /**
     * When the event was appended.
     *
     * @return when the event was appended, by the trail's clock
     */
    public Instant time() {
        return time;
    }

    /**
     * Who acted.
     *
     * @return who acted, a person or system id
     */
    public String actor() {
        return draft.actor();
    }

    /**
     * The role the actor acted in.
     *
     * @return the role the actor acted in
     */
    public String role() {
        return draft.role();
    }

    /**
     * What was done.
     *
     * @return what was done, for example {@code submission.submit}
     */
    public String action() {
        return draft.action();
    }

    /**
     * What it was done to.
     *
     * @return what it was done to
     */
    public String subject() {
        return draft.subject();
    }

    /**
     * Done or refused.
     *
     * @return {@link Outcome#DONE} or {@link Outcome#REFUSED}
     */
    public Outcome outcome() {
        return draft.outcome();
    }

    /**
     * The payload, sorted by key; unmodifiable.
     *
     * @return the payload sorted by key, unmodifiable; empty when there is none
     */
    public SortedMap<String, String> payload() {
        return draft.payload();
    }

    /**
     * The payload value of {@code key}, if present.
     *
     * @param key the payload key
     * @return the value, empty when the payload has no such key
     */
    public Optional<String> payload(String key) {
        return Optional.ofNullable(draft.payload().get(Objects.requireNonNull(key, "key")));
    }

    /**
     * The event as it was drafted.
     *
     * @return the event as it was drafted, without sequence, time or hashes
     */
    public EventDraft draft() {
        return draft;
    }

    /**
     * The algorithm that chained this event.
     *
     * @return the algorithm that chained this event
     */
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The digest of the canonical encoding of the payload.
     *
     * @return the digest of the canonical encoding of the payload
     */
    public Hash payloadDigest() {
        return payloadDigest;
    }

    /**
     * The hash of the event before this one (all zeros for the first).
     *
     * @return the hash of the event before this one (all zeros for the first)
     */
    public Hash previousHash() {
        return previousHash;
    }

    /**
     * This event's hash.
     *
     * @return this event's hash
     */
    public Hash hash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TrailEvent)) {
            return false;
        }
        TrailEvent e = (TrailEvent) o;
        return sequence == e.sequence && hash.equals(e.hash) && time.equals(e.time) && draft.equals(e.draft);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + hash.hashCode();
    }

    @Override
    public String toString() {
        return "TrailEvent[" + sequence + " " + time + " " + actor() + " (" + role() + ") " + action() + " "
                + subject() + (outcome() == Outcome.REFUSED ? " REFUSED" : "") + " " + payload() + " " + hash + "]";
    }
}
