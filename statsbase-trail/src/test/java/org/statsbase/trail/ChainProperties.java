package org.statsbase.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.trail.spi.StoredEvent;

/**
 * 数据质量责任追究制度 needs evidence nobody can alter unseen: any modification, deletion, insertion
 * or reordering of stored events is detected by verification against the head taken before.
 */
class ChainProperties {

    private static ListStore chain(int events, HashAlgorithm algorithm) {
        ListStore store = new ListStore();
        Trail trail = Trail.open(store, algorithm, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < events; i++) {
            trail.append(EventDraft.of("p" + (i % 3), "FILLER", "a" + (i % 4), "s" + (i % 5)).with("v", Integer.toString(i)));
        }
        return store;
    }

    private static Verification verify(ListStore store, HashAlgorithm algorithm, Anchor anchor) {
        return Trail.open(store, algorithm, Clock.systemUTC()).verify(anchor);
    }

    private static Anchor head(ListStore store) {
        StoredEvent last = store.events.get(store.events.size() - 1);
        return new Anchor(last.sequence(), Hash.of(last.hash()));
    }

    @Provide
    Arbitrary<HashAlgorithm> algorithms() {
        return Arbitraries.of(HashAlgorithm.class);
    }

    @Property(tries = 200)
    void anUntouchedChainVerifies(@ForAll @IntRange(min = 0, max = 30) int n, @ForAll("algorithms") HashAlgorithm alg) {
        ListStore store = chain(n, alg);
        Trail trail = Trail.open(store, alg, Clock.systemUTC());
        Verification v = trail.verify(trail.head());
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(n);
    }

    @Property(tries = 300)
    void anyChangedByteIsDetected(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll("algorithms") HashAlgorithm alg,
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll @IntRange(min = 1, max = 255) int flip,
            @ForAll boolean inHash) {
        ListStore store = chain(n, alg);
        Anchor anchor = head(store);
        int index = where % n;
        StoredEvent e = store.events.get(index);
        byte[] body = e.body();
        byte[] hash = e.hash();
        if (inHash) {
            hash[where % hash.length] ^= (byte) flip;
        } else {
            body[where % body.length] ^= (byte) flip;
        }
        store.events.set(index, StoredEvent.of(e.sequence(), body, hash));
        Verification v = verify(store, alg, anchor);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenLink().orElseThrow().sequence()).isEqualTo(index + 1L);
    }

    @Property(tries = 200)
    void anyDeletionIsDetected(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll("algorithms") HashAlgorithm alg,
            @ForAll @IntRange(min = 0, max = 10_000) int where) {
        ListStore store = chain(n, alg);
        Anchor anchor = head(store);
        store.events.remove(where % n);
        assertThat(verify(store, alg, anchor).intact()).isFalse();
    }

    @Property(tries = 200)
    void anyInsertionBeforeTheHeadIsDetected(@ForAll @IntRange(min = 1, max = 20) int n,
            @ForAll("algorithms") HashAlgorithm alg, @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll @IntRange(min = 0, max = 10_000) int which) {
        ListStore store = chain(n, alg);
        Anchor anchor = head(store);
        // A forged event: a genuine event of another trail of the same shape, or a copy of one of this trail.
        StoredEvent forged = chain(n, alg == HashAlgorithm.SM3 ? HashAlgorithm.SM3 : HashAlgorithm.SHA_256)
                .events.get(which % n);
        StoredEvent copy = store.events.get(which % n);
        store.events.add(where % n, which % 2 == 0 ? copy : forged);
        assertThat(verify(store, alg, anchor).intact()).isFalse();
    }

    @Property(tries = 200)
    void anyReorderingIsDetected(@ForAll @IntRange(min = 2, max = 20) int n, @ForAll("algorithms") HashAlgorithm alg,
            @ForAll @IntRange(min = 0, max = 10_000) int a, @ForAll @IntRange(min = 1, max = 10_000) int offset) {
        ListStore store = chain(n, alg);
        Anchor anchor = head(store);
        int i = a % n;
        int j = (i + 1 + offset % (n - 1)) % n;
        StoredEvent x = store.events.get(i);
        store.events.set(i, store.events.get(j));
        store.events.set(j, x);
        assertThat(verify(store, alg, anchor).intact()).isFalse();
    }

    @Property(tries = 100)
    void aChainRewrittenFromSomeEventOnIsDetectedByTheAnchor(@ForAll @IntRange(min = 1, max = 15) int n,
            @ForAll("algorithms") HashAlgorithm alg, @ForAll @IntRange(min = 0, max = 10_000) int from) {
        ListStore store = chain(n, alg);
        Anchor anchor = head(store);
        // The attacker recomputes every hash from event k on, so the chain alone is consistent again.
        int k = from % n;
        ListStore rewritten = new ListStore();
        rewritten.events.addAll(store.events.subList(0, k));
        Trail forger = Trail.open(rewritten, alg, Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC));
        for (int i = k; i < n; i++) {
            forger.append(EventDraft.of("attacker", "FILLER", "a", "s").with("v", Integer.toString(i)));
        }
        assertThat(forger.verify().intact()).isTrue();
        Verification v = verify(rewritten, alg, anchor);
        assertThat(v.firstBrokenLink().orElseThrow().reason()).isEqualTo(BrokenLink.Reason.ANCHOR_MISMATCH);
    }
}
