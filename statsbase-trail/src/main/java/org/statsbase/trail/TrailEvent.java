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

    /** The event with these parts (for stores and codecs; {@link Trail#append} builds events). */
    public static TrailEvent of(long sequence, Instant time, EventDraft draft, HashAlgorithm algorithm,
            Hash payloadDigest, Hash previousHash, Hash hash) {
        return new TrailEvent(sequence, time, draft, algorithm, payloadDigest, previousHash, hash);
    }

    /** The position in the trail, from 1. */
    public long sequence() {
        return sequence;
    }

    /** When the event was appended. */
    public Instant time() {
        return time;
    }

    /** Who acted. */
    public String actor() {
        return draft.actor();
    }

    /** The role the actor acted in. */
    public String role() {
        return draft.role();
    }

    /** What was done. */
    public String action() {
        return draft.action();
    }

    /** What it was done to. */
    public String subject() {
        return draft.subject();
    }

    /** Done or refused. */
    public Outcome outcome() {
        return draft.outcome();
    }

    /** The payload, sorted by key; unmodifiable. */
    public SortedMap<String, String> payload() {
        return draft.payload();
    }

    /** The payload value of {@code key}, if present. */
    public Optional<String> payload(String key) {
        return Optional.ofNullable(draft.payload().get(Objects.requireNonNull(key, "key")));
    }

    /** The event as it was drafted. */
    public EventDraft draft() {
        return draft;
    }

    /** The algorithm that chained this event. */
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** The digest of the canonical encoding of the payload. */
    public Hash payloadDigest() {
        return payloadDigest;
    }

    /** The hash of the event before this one (all zeros for the first). */
    public Hash previousHash() {
        return previousHash;
    }

    /** This event's hash. */
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
