package org.statsbase.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;
import org.statsbase.trail.store.InMemoryEventStore;

class TrailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T02:00:00Z"), ZoneOffset.UTC);

    private static EventDraft entered(String value) {
        return EventDraft.of("p-17", "FILLER", "submission.values", "submission/U1/B204-1/2026-10").with("B01", value);
    }

    @Test
    void anEventReadBackIsTheEventAppended() {
        Trail trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, CLOCK);
        TrailEvent first = trail.append(entered("120.5").with("名称", "城关镇"));
        TrailEvent second = trail.append(EventDraft.of("r-2", "REVIEWER", "submission.edit", "submission/U1/B204-1/2026-10")
                .refused("SB-REP-0201"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(Hash.zero(32));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(second.payload("error")).contains("SB-REP-0201");
        assertThat(trail.events()).containsExactly(first, second);
        assertThat(trail.events().get(0).payload()).containsEntry("名称", "城关镇").containsEntry("B01", "120.5");
        assertThat(trail.events().get(0).time()).isEqualTo(CLOCK.instant());
        assertThat(trail.bySubject("submission/U1/B204-1/2026-10")).hasSize(2);
        assertThat(trail.bySubjectPrefix("submission/U2/")).isEmpty();
        assertThat(trail.head()).isEqualTo(new Anchor(2, second.hash()));
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify(trail.head()).eventsChecked()).isEqualTo(2);
    }

    @Test
    void thePayloadOrderDoesNotChangeTheHash() {
        TrailEvent a = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, CLOCK)
                .append(entered("1").with("B02", "2").with("A9", "3"));
        TrailEvent b = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, CLOCK)
                .append(entered("1").with("A9", "3").with("B02", "2"));
        assertThat(a.hash()).isEqualTo(b.hash());
        assertThat(a.payloadDigest()).isEqualTo(b.payloadDigest());
    }

    @Test
    void sm3ChainsWithTheGbT32905Digest() throws Exception {
        // GB/T 32905-2016 Appendix A, example 1: SM3("abc").
        assertThat(Hash.of(HashAlgorithm.SM3.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII))).hex())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        Trail sm3 = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SM3, CLOCK);
        TrailEvent e = sm3.append(entered("1"));
        TrailEvent s = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, CLOCK).append(entered("1"));
        assertThat(e.algorithm()).isEqualTo(HashAlgorithm.SM3);
        assertThat(Trail.algorithmOf(sm3.store())).contains(HashAlgorithm.SM3);
        assertThat(Trail.algorithmOf(InMemoryEventStore.create())).isEmpty();
        assertThat(e.hash()).isNotEqualTo(s.hash());
        assertThat(sm3.verify().intact()).isTrue();
    }

    @Test
    void aStoreChainedWithAnotherAlgorithmIsRefused() {
        InMemoryEventStore store = InMemoryEventStore.create();
        Trail.open(store, HashAlgorithm.SM3, CLOCK).append(entered("1"));
        Trail sha = Trail.open(store, HashAlgorithm.SHA_256, CLOCK);
        assertThat(sha.verify().firstBrokenLink()).map(BrokenLink::reason).contains(BrokenLink.Reason.ALGORITHM_MISMATCH);
        assertThatThrownBy(() -> sha.append(entered("2")))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TrailError.ALGORITHM_MISMATCH));
    }

    @Test
    void aReopenedTrailContinuesTheChain() {
        InMemoryEventStore store = InMemoryEventStore.create();
        TrailEvent first = Trail.open(store, HashAlgorithm.SHA_256, CLOCK).append(entered("1"));
        TrailEvent second = Trail.open(store, HashAlgorithm.SHA_256, CLOCK).append(entered("2"));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    void badDraftsGetTypedErrors() {
        assertThatThrownBy(() -> EventDraft.of(" ", "R", "a", "s")).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_FIELD_BLANK));
        assertThatThrownBy(() -> EventDraft.of("a\nb", "R", "a", "s")).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_FIELD_CONTROL));
        assertThatThrownBy(() -> EventDraft.of("a", "R", "a", "s").with("k", "bad \uD800 text"))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_TEXT_MALFORMED));
        assertThatThrownBy(() -> EventDraft.of("a".repeat(EventDraft.MAX_FIELD_LENGTH + 1), "R", "a", "s"))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_TOO_LARGE));
        Trail trail = Trail.open(InMemoryEventStore.create());
        assertThatThrownBy(() -> trail.append(entered("x".repeat(1 << 20))))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TrailError.EVENT_TOO_LARGE));
        assertThat(trail.size()).isZero();
        assertThatThrownBy(() -> Hash.ofHex("xyz")).isInstanceOf(TrailException.class);
    }

    @Test
    void concurrentAppendersShareStoreAppendsAndLoseNothing() throws Exception {
        CountingStore store = new CountingStore();
        Trail trail = Trail.open(store);
        int threads = 8;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<TrailEvent>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<TrailEvent> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(trail.append(entered(thread + ":" + i)));
                }
                return mine;
            }));
        }
        List<TrailEvent> acknowledged = new ArrayList<>();
        for (Future<List<TrailEvent>> f : futures) {
            acknowledged.addAll(f.get());
        }
        pool.shutdown();

        assertThat(trail.size()).isEqualTo((long) threads * each);
        assertThat(trail.events()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(store.appendCalls.get()).isLessThanOrEqualTo(threads * each);
    }

    @Test
    void aFailedStoreAppendIsNotAcknowledgedAndTheTrailContinues() {
        CountingStore store = new CountingStore();
        Trail trail = Trail.open(store);
        trail.append(entered("1"));
        store.failNext = true;
        assertThatThrownBy(() -> trail.append(entered("2"))).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.errorCode()).isEqualTo(TrailError.STORE_FAILED));
        TrailEvent third = trail.append(entered("3"));
        assertThat(third.sequence()).isEqualTo(2);
        assertThat(trail.events()).extracting(e -> e.payload("B01").orElseThrow()).containsExactly("1", "3");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verifyingAgainstAnAnchorDetectsATruncatedTail() {
        ListStore store = new ListStore();
        Trail trail = Trail.open(store);
        for (int i = 0; i < 5; i++) {
            trail.append(entered(Integer.toString(i)));
        }
        Anchor anchor = trail.head();
        store.events.remove(4);
        assertThat(trail.verify().intact()).isTrue();
        Verification v = trail.verify(anchor);
        assertThat(v.firstBrokenLink()).hasValueSatisfying(l -> {
            assertThat(l.reason()).isEqualTo(BrokenLink.Reason.TAIL_MISSING);
            assertThat(l.sequence()).isEqualTo(5);
        });
        Collections.reverse(store.events);
        assertThat(trail.verify().firstBrokenLink()).map(BrokenLink::reason).contains(BrokenLink.Reason.SEQUENCE_GAP);
    }

    /** Counts appends; can be told to fail the next one. */
    private static final class CountingStore implements EventStore {
        final InMemoryEventStore delegate = InMemoryEventStore.create();
        final AtomicInteger appendCalls = new AtomicInteger();
        volatile boolean failNext;

        @Override
        public void append(List<StoredEvent> events) {
            appendCalls.incrementAndGet();
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("disk on fire");
            }
            delegate.append(events);
        }

        @Override
        public Optional<StoredEvent> last() {
            return delegate.last();
        }

        @Override
        public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
            delegate.scan(fromSequence, visitor);
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public void close() {
        }
    }
}
