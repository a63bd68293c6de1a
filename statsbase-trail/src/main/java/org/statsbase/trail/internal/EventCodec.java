package org.statsbase.trail.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Hash;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/**
 * The canonical encoding of an event: the bytes its hash covers and a store keeps. Big-endian:
 *
 * <pre>
 * offset  size  field
 *  0       1    format version (1)
 *  1       1    hash algorithm id ({@link HashAlgorithm#id()})
 *  2       8    sequence
 * 10       8    time, seconds since 1970-01-01T00:00Z
 * 18       4    time, nanoseconds
 * 22      32    previous event's hash (zeros for the first)
 * 54      32    payload digest
 * 86       1    outcome (0 done, 1 refused)
 * 87       …    actor, role, action, subject: each a 4-byte length and UTF-8
 *          4    number of payload entries, then each key and value as above, keys ascending
 * </pre>
 *
 * The payload digest is the hash of the payload part alone (the entry count and the entries).
 * Verification reads only the fixed header (algorithm, sequence, previous hash) and hashes the whole
 * body, so it costs little more than one pass of the hash over the bytes.
 */
public final class EventCodec {

    /** The format version written by this codec. */
    public static final byte VERSION = 1;
    /** Offset of the algorithm id. */
    public static final int ALGORITHM_OFFSET = 1;
    /** Offset of the sequence. */
    public static final int SEQUENCE_OFFSET = 2;
    /** Offset of the previous hash. */
    public static final int PREVIOUS_OFFSET = 22;
    /** Hash length of every supported algorithm. */
    public static final int HASH_LENGTH = 32;
    /** Length of the fixed header. */
    public static final int HEADER_LENGTH = 87;
    /** The largest body: 1 MiB. */
    public static final int MAX_BODY = 1 << 20;

    private EventCodec() {
    }

    /** An encoded event and its hash. */
    public record Encoded(TrailEvent event, byte[] body, byte[] hash) {
    }

    /** Encodes and hashes the event that follows {@code previous} at {@code sequence}. */
    public static Encoded encode(EventDraft draft, long sequence, Instant time, HashAlgorithm algorithm,
            byte[] previous, MessageDigest digest) {
        byte[] payload = payloadBytes(draft.payload());
        byte[] payloadDigest = digest.digest(payload);
        byte[][] fields = {utf8(draft.actor()), utf8(draft.role()), utf8(draft.action()), utf8(draft.subject())};
        long length = HEADER_LENGTH + payload.length;
        for (byte[] f : fields) {
            length += 4 + f.length;
        }
        if (length > MAX_BODY) {
            throw new TrailException(TrailError.EVENT_TOO_LARGE, "encoded size in bytes", length, MAX_BODY, "编码字节数");
        }
        ByteBuffer b = ByteBuffer.allocate((int) length);
        b.put(VERSION).put(algorithm.id()).putLong(sequence).putLong(time.getEpochSecond()).putInt(time.getNano());
        b.put(previous).put(payloadDigest).put((byte) (draft.outcome() == Outcome.REFUSED ? 1 : 0));
        for (byte[] f : fields) {
            b.putInt(f.length).put(f);
        }
        b.put(payload);
        byte[] body = b.array();
        byte[] hash = digest.digest(body);
        TrailEvent event = TrailEvent.of(sequence, time, draft, algorithm, Hash.of(payloadDigest), Hash.of(previous),
                Hash.of(hash));
        return new Encoded(event, body, hash);
    }

    /**
     * Decodes a body read back from a store.
     *
     * @throws TrailException {@code SB-TRAIL-0104} when the bytes are not an event
     */
    public static TrailEvent decode(long sequence, ByteBuffer body, byte[] hash) {
        ByteBuffer b = body.duplicate();
        try {
            byte version = b.get();
            if (version != VERSION) {
                throw unreadable(sequence, "format version " + version);
            }
            HashAlgorithm algorithm = HashAlgorithm.ofId(b.get())
                    .orElseThrow(() -> unreadable(sequence, "unknown hash algorithm"));
            long seq = b.getLong();
            long seconds = b.getLong();
            int nanos = b.getInt();
            if (nanos < 0 || nanos > 999_999_999) {
                throw unreadable(sequence, "nanoseconds " + nanos);
            }
            if (seq < 1) {
                // found by fuzzing (issue 8): TrailEvent refused it with a raw IllegalArgumentException
                throw unreadable(sequence, "sequence " + seq);
            }
            if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                // found by fuzzing (issue 8): a damaged time field made Instant throw a raw DateTimeException
                throw unreadable(sequence, "time in seconds " + seconds);
            }
            byte[] previous = new byte[HASH_LENGTH];
            b.get(previous);
            byte[] payloadDigest = new byte[HASH_LENGTH];
            b.get(payloadDigest);
            byte outcome = b.get();
            if (outcome != 0 && outcome != 1) {
                throw unreadable(sequence, "outcome " + outcome);
            }
            String actor = string(b, sequence);
            String role = string(b, sequence);
            String action = string(b, sequence);
            String subject = string(b, sequence);
            int entries = b.getInt();
            if (entries < 0 || entries > EventDraft.MAX_PAYLOAD_ENTRIES) {
                throw unreadable(sequence, "payload entries " + entries);
            }
            EventDraft draft = EventDraft.of(actor, role, action, subject);
            java.util.TreeMap<String, String> payload = new java.util.TreeMap<>();
            for (int i = 0; i < entries; i++) {
                payload.put(string(b, sequence), string(b, sequence));
            }
            if (b.hasRemaining()) {
                throw unreadable(sequence, b.remaining() + " bytes after the payload");
            }
            draft = draft.withPayload(payload);
            if (outcome == 1) {
                draft = draft.refused(payload.getOrDefault("error", "?"));
            }
            return TrailEvent.of(seq, Instant.ofEpochSecond(seconds, nanos), draft, algorithm, Hash.of(payloadDigest),
                    Hash.of(previous), Hash.of(hash));
        } catch (java.nio.BufferUnderflowException e) {
            throw unreadable(sequence, "truncated");
        } catch (TrailException e) {
            if (e.errorCode() == TrailError.EVENT_UNREADABLE) {
                throw e;
            }
            throw new TrailException(TrailError.EVENT_UNREADABLE, e, sequence, e.messageEn());
        }
    }

    private static TrailException unreadable(long sequence, String why) {
        return new TrailException(TrailError.EVENT_UNREADABLE, sequence, why);
    }

    private static String string(ByteBuffer b, long sequence) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw unreadable(sequence, "text length " + n);
        }
        ByteBuffer slice = b.slice();
        slice.limit(n);
        b.position(b.position() + n);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw unreadable(sequence, "text is not UTF-8");
        }
    }

    private static byte[] payloadBytes(SortedMap<String, String> payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        writeInt(out, payload.size());
        for (Map.Entry<String, String> e : payload.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] bytes = utf8(s);
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
