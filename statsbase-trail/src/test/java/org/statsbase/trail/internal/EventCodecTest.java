package org.statsbase.trail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/** Decoding damaged event bodies gives SB-TRAIL-0104, never a raw exception (regressions found by fuzzing). */
class EventCodecTest {

    /** Offset of the sequence: version, algorithm. */
    private static final int SEQUENCE_AT = 1 + 1;
    /** Offset of the time in seconds: version, algorithm, sequence. */
    private static final int SECONDS_AT = 1 + 1 + 8;

    @Test
    void aTimeOutsideWhatAnInstantHoldsIsUnreadable() {
        HashAlgorithm sha = HashAlgorithm.SHA_256;
        EventCodec.Encoded encoded = EventCodec.encode(EventDraft.of("张三", "填报员", "submit", "B204-1"), 1,
                Instant.parse("2026-10-08T02:00:00Z"), sha, new byte[sha.length()], sha.newDigest());
        assertThat(EventCodec.decode(1, ByteBuffer.wrap(encoded.body()), encoded.hash()).time())
                .isEqualTo(Instant.parse("2026-10-08T02:00:00Z"));
        for (long seconds : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Instant.MAX.getEpochSecond() + 1}) {
            byte[] body = encoded.body();
            ByteBuffer.wrap(body).putLong(SECONDS_AT, seconds);
            assertThatThrownBy(() -> EventCodec.decode(1, ByteBuffer.wrap(body), encoded.hash()))
                    .isInstanceOfSatisfying(TrailException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_UNREADABLE))
                    .hasMessageContaining("time in seconds " + seconds);
        }
    }

    @Test
    void aSequenceBelowOneIsUnreadable() {
        HashAlgorithm sha = HashAlgorithm.SHA_256;
        EventCodec.Encoded encoded = EventCodec.encode(EventDraft.of("张三", "填报员", "submit", "B204-1"), 1,
                Instant.parse("2026-10-08T02:00:00Z"), sha, new byte[sha.length()], sha.newDigest());
        for (long seq : new long[] {0, -1, Long.MIN_VALUE}) {
            byte[] body = encoded.body();
            ByteBuffer.wrap(body).putLong(SEQUENCE_AT, seq);
            assertThatThrownBy(() -> EventCodec.decode(1, ByteBuffer.wrap(body), encoded.hash()))
                    .isInstanceOfSatisfying(TrailException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_UNREADABLE))
                    .hasMessageContaining("sequence " + seq);
        }
    }
}
