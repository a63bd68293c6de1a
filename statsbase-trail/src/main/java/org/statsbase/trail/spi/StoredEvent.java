package org.statsbase.trail.spi;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * One chained event as an {@link EventStore} keeps it: its sequence, its canonical bytes (opaque to
 * the store, kept byte for byte) and its hash.
 *
 * <p>Thread safety: immutable.
 */
public final class StoredEvent {

    private final long sequence;
    private final byte[] body;
    private final byte[] hash;

    private StoredEvent(long sequence, byte[] body, byte[] hash) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1: " + sequence);
        }
        this.sequence = sequence;
        this.body = body;
        this.hash = hash;
    }

    /**
     * The stored event with these parts; the arrays are copied.
     *
     * @param sequence the position in the store, from 1
     * @param body     the canonical encoding of the event
     * @param hash     the event's hash
     * @return the stored event
     */
    public static StoredEvent of(long sequence, byte[] body, byte[] hash) {
        return new StoredEvent(sequence, Objects.requireNonNull(body, "body").clone(),
                Objects.requireNonNull(hash, "hash").clone());
    }

    /**
     * The stored event whose body and hash are the remaining bytes of {@code body} and {@code hash}
     * (copied once, straight from the buffers: a store reading a file need not copy twice). The
     * buffers' positions are not changed.
     *
     * @param sequence the position in the store, from 1
     * @param body     the canonical encoding, from its position to its limit
     * @param hash     the event's hash, from its position to its limit
     * @return the stored event
     */
    public static StoredEvent of(long sequence, ByteBuffer body, ByteBuffer hash) {
        byte[] b = new byte[Objects.requireNonNull(body, "body").remaining()];
        body.get(body.position(), b);
        byte[] h = new byte[Objects.requireNonNull(hash, "hash").remaining()];
        hash.get(hash.position(), h);
        return new StoredEvent(sequence, b, h);
    }

    /**
     * Feeds the body to {@code digest}, without a copy.
     *
     * @param digest the digest to update with the body's bytes
     */
    public void digestBody(MessageDigest digest) {
        digest.update(body, 0, body.length);
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
     * The canonical bytes (a copy).
     *
     * @return a copy of the canonical bytes
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The canonical bytes, read-only and without a copy.
     *
     * @return the canonical bytes, read-only and without a copy
     */
    public ByteBuffer bodyView() {
        return ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    /**
     * The number of canonical bytes.
     *
     * @return the number of canonical bytes
     */
    public int bodyLength() {
        return body.length;
    }

    /**
     * The hash (a copy).
     *
     * @return a copy of the hash
     */
    public byte[] hash() {
        return hash.clone();
    }

    /**
     * The hash, read-only and without a copy.
     *
     * @return the hash, read-only and without a copy
     */
    public ByteBuffer hashView() {
        return ByteBuffer.wrap(hash).asReadOnlyBuffer();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoredEvent)) {
            return false;
        }
        StoredEvent e = (StoredEvent) o;
        return sequence == e.sequence && Arrays.equals(body, e.body) && Arrays.equals(hash, e.hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "StoredEvent[" + sequence + ", " + body.length + " bytes]";
    }
}
