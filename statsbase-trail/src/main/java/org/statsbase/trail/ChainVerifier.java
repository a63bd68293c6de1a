package org.statsbase.trail;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import org.statsbase.trail.internal.EventCodec;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/**
 * Walks a store's chain: for every event, that its sequence continues, that it names the hash of
 * the event before it, that it was chained with the trail's algorithm and that its bytes hash to its
 * recorded hash. Reads only the fixed header of each body besides hashing it.
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static Verification verify(EventStore store, HashAlgorithm algorithm, Anchor expected) {
        State s = new State(algorithm);
        store.scan(1, e -> s.check(e, expected));
        if (s.broken != null) {
            return Verification.broken(s.checked, s.head(), s.broken);
        }
        if (expected != null) {
            if (s.sequence < expected.sequence()) {
                return Verification.broken(s.checked, s.head(), new BrokenLink(s.sequence + 1,
                        BrokenLink.Reason.TAIL_MISSING, Long.toString(expected.sequence()), Long.toString(s.sequence)));
            }
            if (expected.sequence() == 0 && !expected.hash().matches(new byte[expected.hash().length()])) {
                return Verification.broken(s.checked, s.head(), new BrokenLink(0, BrokenLink.Reason.ANCHOR_MISMATCH,
                        expected.hash().hex(), Hash.zero(expected.hash().length()).hex()));
            }
        }
        return Verification.intact(s.checked, s.head());
    }

    private static final class State {
        final HashAlgorithm algorithm;
        final MessageDigest digest;
        long sequence;
        byte[] previous;
        byte[] actual = new byte[EventCodec.HASH_LENGTH];
        ByteBuffer previousView;
        ByteBuffer actualView = ByteBuffer.wrap(actual);
        long checked;
        BrokenLink broken;

        State(HashAlgorithm algorithm) {
            this.algorithm = algorithm;
            this.digest = algorithm.newDigest();
            this.previous = new byte[EventCodec.HASH_LENGTH];
            this.previousView = ByteBuffer.wrap(previous);
        }

        Anchor head() {
            return new Anchor(sequence, Hash.of(previous));
        }

        boolean check(StoredEvent e, Anchor expected) {
            checked++;
            long want = sequence + 1;
            ByteBuffer body = e.bodyView();
            if (body.remaining() < EventCodec.HEADER_LENGTH) {
                return fail(want, BrokenLink.Reason.UNREADABLE, "at least " + EventCodec.HEADER_LENGTH + " bytes",
                        body.remaining() + " bytes");
            }
            if (e.sequence() != want || body.getLong(EventCodec.SEQUENCE_OFFSET) != want) {
                return fail(want, BrokenLink.Reason.SEQUENCE_GAP, Long.toString(want),
                        e.sequence() + (body.getLong(EventCodec.SEQUENCE_OFFSET) != e.sequence()
                                ? " (encoded " + body.getLong(EventCodec.SEQUENCE_OFFSET) + ")" : ""));
            }
            byte id = body.get(EventCodec.ALGORITHM_OFFSET);
            if (id != algorithm.id()) {
                return fail(want, BrokenLink.Reason.ALGORITHM_MISMATCH, algorithm.standardName(),
                        HashAlgorithm.ofId(id).map(HashAlgorithm::standardName).orElse("#" + id));
            }
            if (!sameBytes(body, EventCodec.PREVIOUS_OFFSET, previousView)) {
                byte[] found = new byte[EventCodec.HASH_LENGTH];
                body.get(EventCodec.PREVIOUS_OFFSET, found);
                return fail(want, BrokenLink.Reason.PREVIOUS_HASH_MISMATCH, Hash.of(previous).hex(), Hash.of(found).hex());
            }
            // A read-only view has no accessible array: MessageDigest would copy it through a buffer.
            e.digestBody(digest);
            try {
                digest.digest(actual, 0, EventCodec.HASH_LENGTH);
            } catch (DigestException x) {
                throw new IllegalStateException(algorithm + " does not give " + EventCodec.HASH_LENGTH + " bytes", x);
            }
            ByteBuffer recorded = e.hashView();
            if (recorded.remaining() != EventCodec.HASH_LENGTH || !sameBytes(recorded, recorded.position(), actualView)) {
                return fail(want, BrokenLink.Reason.HASH_MISMATCH, Hash.of(actual).hex(), Hash.of(e.hash()).hex());
            }
            if (expected != null && want == expected.sequence() && !expected.hash().matches(actual)) {
                return fail(want, BrokenLink.Reason.ANCHOR_MISMATCH, expected.hash().hex(), Hash.of(actual).hex());
            }
            sequence = want;
            // Two arrays take turns, so that a million events allocate no digests.
            byte[] spare = previous;
            previous = actual;
            actual = spare;
            ByteBuffer spareView = previousView;
            previousView = actualView;
            actualView = spareView;
            return true;
        }

        // Compared eight bytes at a time: a million events, 64 bytes each.
        private static boolean sameBytes(ByteBuffer a, int at, ByteBuffer b) {
            for (int i = 0; i < EventCodec.HASH_LENGTH; i += Long.BYTES) {
                if (a.getLong(at + i) != b.getLong(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean fail(long at, BrokenLink.Reason reason, String expected, String found) {
            broken = new BrokenLink(at, reason, expected, found);
            return false;
        }
    }

}
