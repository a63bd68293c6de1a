package org.statsbase.testkit.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.FileContentStore;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.archive.store.JdbcArchiveCatalog;
import org.statsbase.reporting.Submission;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.FileEventStore;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.trail.store.JdbcEventStore;

/**
 * Issue 8 §2: many threads review, submit, append events, keep ledgers, archive and decide access at once
 * against ONE trail — on a {@link FileEventStore} and on H2 through {@link JdbcEventStore}. Afterwards the
 * trail verifies, every acknowledged event is in the store exactly once, and everything (submission states,
 * review reports, refusals, ledgers, archive records, access decisions, and the events of every subject in
 * order) equals a sequential run of the same lanes on an in-memory store.
 *
 * <p>Size: 8 lanes at scale 1 (about 1,000 events, a few seconds); {@code -Dstatsbase.stress.scale=N}
 * multiplies every lane's work by N, {@code -Dstatsbase.stress.threads=T} sets the lanes.
 */
class ConcurrentWorkloadTest {

    private static final int SCALE = Integer.getInteger("statsbase.stress.scale", 1);
    private static final int LANES = Integer.getInteger("statsbase.stress.threads", 8);

    @TempDir
    Path dir;

    @Test
    void onAFileStoreTheConcurrentRunEqualsTheSequentialRun() throws Exception {
        Workload w = new Workload(LANES, SCALE);
        Outcome sequential = sequential(w);
        Outcome concurrent;
        try (FileEventStore store = FileEventStore.open(dir.resolve("trail"))) {
            concurrent = concurrent(w, store, InMemoryArchiveCatalog.create(),
                    FileContentStore.open(dir.resolve("content")));
        }
        assertSame(w, sequential, concurrent);
        // reopened, the file still holds every acknowledged event and verifies against the head
        try (Trail reopened = Trail.open(FileEventStore.open(dir.resolve("trail")))) {
            assertThat(reopened.verify(concurrent.verification.head()).intact()).isTrue();
            assertThat(reopened.size()).isEqualTo(concurrent.events.size());
        }
    }

    @Test
    void onH2TheConcurrentRunEqualsTheSequentialRun() throws Exception {
        Workload w = new Workload(LANES, SCALE);
        Outcome sequential = sequential(w);
        String url = "jdbc:h2:" + dir.resolve("stress").toAbsolutePath();
        Outcome concurrent;
        try (JdbcEventStore store = JdbcEventStore.open(url)) {
            concurrent = concurrent(w, store, JdbcArchiveCatalog.open(url), InMemoryContentStore.create());
        }
        assertSame(w, sequential, concurrent);
    }

    private static Outcome sequential(Workload w) {
        Workload.Services s = w.new Services(InMemoryEventStore.create(), InMemoryArchiveCatalog.create(),
                InMemoryContentStore.create());
        List<Workload.LaneResult> lanes = new ArrayList<>();
        for (int lane = 0; lane < w.lanes; lane++) {
            lanes.add(s.run(lane));
        }
        return Outcome.of(w, s, lanes);
    }

    private static Outcome concurrent(Workload w, EventStore store, ArchiveCatalog catalog, ContentStore content)
            throws Exception {
        Workload.Services s = w.new Services(store, catalog, content);
        ExecutorService pool = Executors.newFixedThreadPool(w.lanes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Workload.LaneResult>> futures = new ArrayList<>();
            for (int lane = 0; lane < w.lanes; lane++) {
                int l = lane;
                Callable<Workload.LaneResult> task = () -> {
                    start.await();
                    return s.run(l);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Workload.LaneResult> lanes = new ArrayList<>();
            for (Future<Workload.LaneResult> f : futures) {
                lanes.add(f.get(5, TimeUnit.MINUTES));
            }
            return Outcome.of(w, s, lanes);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSame(Workload w, Outcome sequential, Outcome concurrent) {
        assertThat(concurrent.verification.intact()).as("%s", concurrent.verification).isTrue();
        assertThat(concurrent.events).hasSameSizeAs(sequential.events);
        // no acknowledged event lost, none duplicated: each is in the store once, at its sequence, same hash
        Map<Long, TrailEvent> bySequence = new TreeMap<>();
        for (TrailEvent e : concurrent.events) {
            assertThat(bySequence.put(e.sequence(), e)).isNull();
        }
        for (Workload.LaneResult lane : concurrent.lanes) {
            assertThat(lane.acknowledged).hasSize(w.notesPerLane);
            for (TrailEvent ack : lane.acknowledged) {
                assertThat(bySequence.get(ack.sequence())).isNotNull()
                        .extracting(TrailEvent::hash).isEqualTo(ack.hash());
            }
        }
        // per subject, the same events in the same order; per (actor, subject) the same count
        assertThat(concurrent.bySubject).isEqualTo(sequential.bySubject);
        assertThat(concurrent.byActorAndSubject).isEqualTo(sequential.byActorAndSubject);
        assertThat(concurrent.byActorAndSubject.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(concurrent.events.size());
        // the results the lanes were given, and the state the services hold afterwards
        for (int lane = 0; lane < w.lanes; lane++) {
            Workload.LaneResult a = sequential.lanes.get(lane);
            Workload.LaneResult b = concurrent.lanes.get(lane);
            assertThat(b.reviews).isEqualTo(a.reviews);
            assertThat(b.refusals).isEqualTo(a.refusals).isNotEmpty();
            assertThat(b.ledger).isEqualTo(a.ledger).hasSize(w.ledgerEntriesPerLane);
            assertThat(b.decisions).isEqualTo(a.decisions);
        }
        assertThat(concurrent.submissions).isEqualTo(sequential.submissions);
        assertThat(concurrent.submissions.values()).allMatch(s -> s.startsWith("SUBMITTED"));
        assertThat(concurrent.records).isEqualTo(sequential.records).hasSize(w.lanes * w.recordsPerLane);
        assertThat(concurrent.records.values()).filteredOn(r -> r.destruction().isPresent())
                .hasSize(w.lanes * ((w.recordsPerLane + 1) / 2));
    }

    /** A run's results, with everything that depends on the interleaving (global sequence numbers) left out. */
    private record Outcome(List<TrailEvent> events, Verification verification, List<Workload.LaneResult> lanes,
            Map<String, List<String>> bySubject, Map<String, Long> byActorAndSubject,
            Map<String, String> submissions, Map<String, ArchivedRecord> records) {

        static Outcome of(Workload w, Workload.Services s, List<Workload.LaneResult> lanes) {
            List<TrailEvent> events = new ArrayList<>();
            s.trail.forEach(1, events::add);
            Map<String, List<String>> bySubject = new TreeMap<>();
            Map<String, Long> byActorAndSubject = new TreeMap<>();
            for (TrailEvent e : events) {
                bySubject.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(e.actor() + " " + e.role() + " "
                        + e.action() + " " + e.outcome() + " " + e.time() + " " + e.payload());
                byActorAndSubject.merge(e.actor() + " @ " + e.subject(), 1L, Long::sum);
            }
            Map<String, String> submissions = new TreeMap<>();
            for (String unit : w.units()) {
                Optional<Submission> sub = s.submissions.state(Workload.key(unit));
                submissions.put(unit, sub.map(x -> x.state() + " " + x.values() + " " + x.signatures().keySet()
                        + " " + x.submissions() + " " + x.firstSubmitted()).orElse("none"));
            }
            Map<String, ArchivedRecord> records = new TreeMap<>();
            for (ArchivedRecord r : s.archive.catalog().list(RecordQuery.all(), Integer.MAX_VALUE)) {
                records.put(r.id().value(), r);
            }
            return new Outcome(events, s.trail.verify(), lanes, bySubject, byActorAndSubject, submissions, records);
        }
    }
}
