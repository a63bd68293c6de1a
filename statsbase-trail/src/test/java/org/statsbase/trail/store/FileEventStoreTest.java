package org.statsbase.trail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.trail.store.StoreFiles.chain;
import static org.statsbase.trail.store.StoreFiles.draft;
import static org.statsbase.trail.store.StoreFiles.offsets;
import static org.statsbase.trail.store.StoreFiles.read;
import static org.statsbase.trail.store.StoreFiles.segment;
import static org.statsbase.trail.store.StoreFiles.storeWith;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.trail.BrokenLink;
import org.statsbase.trail.Hash;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.StoredEvent;

/**
 * The embedded durable store: what it acknowledges survives a reopen, recovery drops only a torn
 * unacknowledged tail, damage in the middle is reported, one process appends at a time, and
 * concurrent appenders share one sync per batch (group commit).
 */
class FileEventStoreTest {

    @TempDir
    Path tmp;

    private static TrailError codeOf(Throwable t) {
        return (TrailError) ((TrailException) t).errorCode();
    }

    @Test
    void eventsSurviveAReopenAndTheChainContinues() {
        Path dir = tmp.resolve("trail");
        List<TrailEvent> written = new ArrayList<>();
        try (Trail trail = Trail.open(FileEventStore.open(dir), org.statsbase.trail.HashAlgorithm.SHA_256, StoreFiles.CLOCK)) {
            for (int i = 0; i < 3; i++) {
                written.add(trail.append(draft(i)));
            }
            assertThat(trail.events()).containsExactlyElementsOf(written);
        }
        try (Trail trail = Trail.open(FileEventStore.open(dir))) {
            assertThat(trail.events()).containsExactlyElementsOf(written);
            assertThat(trail.head().hash()).isEqualTo(written.get(2).hash());
            TrailEvent fourth = trail.append(draft(3));
            assertThat(fourth.sequence()).isEqualTo(4);
            assertThat(fourth.previousHash()).isEqualTo(written.get(2).hash());
            assertThat(trail.verify().intact()).isTrue();
            assertThat(trail.verify().eventsChecked()).isEqualTo(4);
        }
        try (FileEventStore store = FileEventStore.open(dir)) {
            assertThat(store.lastSequence()).isEqualTo(4);
            assertThat(store.describe()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void storedBytesComeBackByteForByteAndScanSeeks() {
        List<StoredEvent> events = chain(50);
        try (FileEventStore store = FileEventStore.open(storeWith(tmp, events))) {
            assertThat(read(store)).containsExactlyElementsOf(events);
            assertThat(store.last()).contains(events.get(49));
            List<StoredEvent> fromThirty = new ArrayList<>();
            store.scan(30, e -> fromThirty.add(e) && fromThirty.size() < 5);
            assertThat(fromThirty).containsExactlyElementsOf(events.subList(29, 34));
            List<StoredEvent> none = new ArrayList<>();
            store.scan(51, none::add);
            assertThat(none).isEmpty();
        }
    }

    @Test
    void anEmptyStoreHasNoLastEvent() {
        try (FileEventStore store = FileEventStore.open(tmp.resolve("empty"))) {
            assertThat(store.last()).isEmpty();
            assertThat(store.lastSequence()).isZero();
            assertThat(read(store)).isEmpty();
            store.append(List.of());
            assertThat(store.syncCount()).isZero();
        }
    }

    @Test
    void eventsThatDoNotContinueTheStoreAreRefused() {
        List<StoredEvent> events = chain(3);
        try (FileEventStore store = FileEventStore.open(tmp.resolve("s"))) {
            assertThatThrownBy(() -> store.append(events.subList(1, 3)))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT));
            store.append(events.subList(0, 1));
            assertThatThrownBy(() -> store.append(List.of(events.get(0), events.get(1))))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT));
            assertThatThrownBy(() -> store.append(List.of(events.get(1), events.get(1))))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT));
            assertThat(read(store)).containsExactly(events.get(0));
        }
    }

    @Test
    void recordsBeyondTheLimitsAreRefused() {
        try (FileEventStore store = FileEventStore.open(tmp.resolve("s"))) {
            StoredEvent bigBody = StoredEvent.of(1, new byte[FileEventStore.MAX_RECORD_LENGTH], new byte[32]);
            StoredEvent bigHash = StoredEvent.of(1, new byte[10], new byte[FileEventStore.MAX_HASH_LENGTH + 1]);
            for (StoredEvent e : List.of(bigBody, bigHash)) {
                assertThatThrownBy(() -> store.append(List.of(e)))
                        .satisfies(x -> assertThat(codeOf(x)).isEqualTo(TrailError.FILE_STORE_RECORD_TOO_LARGE));
            }
            StoredEvent largest = StoredEvent.of(1, new byte[org.statsbase.trail.internal.EventCodec.MAX_BODY],
                    new byte[FileEventStore.MAX_HASH_LENGTH]);
            store.append(List.of(largest));
            assertThat(read(store)).containsExactly(largest);
        }
    }

    @Test
    void aTornTailOfEveryLengthIsDroppedAndTheChainVerifies() throws Exception {
        List<StoredEvent> events = chain(3);
        Path dir = storeWith(tmp, events);
        byte[] whole = Files.readAllBytes(segment(dir));
        long[] at = offsets(events);
        assertThat((long) whole.length).isEqualTo(at[3]);
        for (int cut = (int) at[2]; cut < whole.length; cut++) {
            Files.write(segment(dir), Arrays.copyOf(whole, cut));
            try (Trail trail = Trail.open(FileEventStore.open(dir))) {
                assertThat(read((FileEventStore) trail.store())).as("cut at %d", cut).containsExactlyElementsOf(events.subList(0, 2));
                assertThat(trail.verify().intact()).isTrue();
                assertThat(Files.size(segment(dir))).isEqualTo(at[2]);
            }
        }
        Files.write(segment(dir), whole);
        try (FileEventStore store = FileEventStore.open(dir)) {
            assertThat(read(store)).containsExactlyElementsOf(events);
        }
    }

    @Test
    void readOnlyIgnoresATornTailWithoutCuttingIt() throws Exception {
        List<StoredEvent> events = chain(3);
        Path dir = storeWith(tmp, events);
        long cut = offsets(events)[2] + 7;
        Files.write(segment(dir), Arrays.copyOf(Files.readAllBytes(segment(dir)), (int) cut));
        try (Trail trail = Trail.open(FileEventStore.openReadOnly(dir))) {
            assertThat(trail.size()).isEqualTo(2);
            assertThat(trail.verify().intact()).isTrue();
        }
        assertThat(Files.size(segment(dir))).isEqualTo(cut);
    }

    @Test
    void zerosOrGarbageAfterTheLastRecordAreATornTail() throws Exception {
        List<StoredEvent> events = chain(4);
        byte[] garbage = new byte[3000];
        new java.util.Random(7).nextBytes(garbage);
        for (byte[] tail : List.of(new byte[4096], garbage, new byte[] {0, 0, 0, 1})) {
            Path dir = storeWith(tmp, events);
            Files.write(segment(dir), tail, java.nio.file.StandardOpenOption.APPEND);
            try (FileEventStore store = FileEventStore.open(dir)) {
                assertThat(read(store)).containsExactlyElementsOf(events);
            }
            assertThat(Files.size(segment(dir))).isEqualTo(offsets(events)[4]);
        }
    }

    @Test
    void aDamagedLastRecordReachingTheEndIsDroppedAsTorn() throws Exception {
        List<StoredEvent> events = chain(3);
        Path dir = storeWith(tmp, events);
        flip(segment(dir), offsets(events)[2] + 40);
        try (Trail trail = Trail.open(FileEventStore.open(dir))) {
            assertThat(trail.size()).isEqualTo(2);
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    @Test
    void aFlippedByteInTheMiddleFailsOpenAndReadOnlyVerificationNamesTheLink() throws Exception {
        List<StoredEvent> events = chain(5);
        long[] at = offsets(events);
        // in the body of event 3, in its length prefix, in its checksum
        for (long where : new long[] {at[2] + Segment.RECORD_HEADER + 100, at[2] + 1, at[3] - 1}) {
            Path dir = storeWith(tmp, events);
            flip(segment(dir), where);
            long size = Files.size(segment(dir));
            assertThatThrownBy(() -> FileEventStore.open(dir))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_CORRUPT))
                    .hasMessageContaining("byte " + at[2]).hasMessageContaining("byte " + at[3]);
            assertThat(Files.size(segment(dir))).as("nothing truncated").isEqualTo(size);
            try (Trail trail = Trail.open(FileEventStore.openReadOnly(dir))) {
                Verification v = trail.verify();
                if (where == at[3] - 1) {
                    // only the checksum was hit: the event itself is intact, and the chain says so
                    assertThat(v.intact()).isTrue();
                } else {
                    assertThat(v.intact()).isFalse();
                    BrokenLink link = v.firstBrokenLink().orElseThrow();
                    assertThat(link.sequence()).isEqualTo(3);
                    assertThat(link.reason()).isEqualTo(where == at[2] + 1
                            ? BrokenLink.Reason.UNREADABLE : BrokenLink.Reason.HASH_MISMATCH);
                }
                assertThatThrownBy(() -> trail.append(draft(9)))
                        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_READ_ONLY));
            }
        }
    }

    @Test
    void intactRecordsOutOfSequenceFailOpen() throws Exception {
        List<StoredEvent> events = chain(3);
        long[] at = offsets(events);
        Path dir = storeWith(tmp, events);
        byte[] whole = Files.readAllBytes(segment(dir));
        byte[] spliced = new byte[(int) (whole.length - (at[2] - at[1]))];
        System.arraycopy(whole, 0, spliced, 0, (int) at[1]);
        System.arraycopy(whole, (int) at[2], spliced, (int) at[1], (int) (at[3] - at[2]));
        Files.write(segment(dir), spliced);
        assertThatThrownBy(() -> FileEventStore.open(dir))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_OUT_OF_SEQUENCE));
        try (Trail trail = Trail.open(FileEventStore.openReadOnly(dir))) {
            BrokenLink link = trail.verify().firstBrokenLink().orElseThrow();
            assertThat(link.sequence()).isEqualTo(2);
            assertThat(link.reason()).isEqualTo(BrokenLink.Reason.SEQUENCE_GAP);
        }
    }

    @Test
    void oneStoreAppendsToADirectoryAtATime() {
        Path dir = tmp.resolve("locked");
        try (FileEventStore first = FileEventStore.open(dir)) {
            first.append(chain(2));
            assertThatThrownBy(() -> FileEventStore.open(dir))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_LOCKED));
            try (FileEventStore reader = FileEventStore.openReadOnly(dir)) {
                assertThat(reader.isReadOnly()).isTrue();
                assertThat(reader.lastSequence()).isEqualTo(2);
            }
        }
        try (FileEventStore again = FileEventStore.open(dir)) {
            assertThat(again.lastSequence()).isEqualTo(2);
        }
    }

    @Test
    void whatIsNoStoreIsRefusedWithATypedError() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> FileEventStore.open(file))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_NOT_A_DIRECTORY));
        assertThatThrownBy(() -> FileEventStore.openReadOnly(file))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_NOT_A_DIRECTORY));

        Path someonesFiles = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(someonesFiles.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> FileEventStore.open(someonesFiles))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_NOT_FOUND));
        assertThat(someonesFiles.resolve(FileEventStore.LOCK_FILE)).doesNotExist();
        assertThatThrownBy(() -> FileEventStore.openReadOnly(Files.createDirectories(tmp.resolve("empty"))))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_NOT_FOUND));

        Path notAStore = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(notAStore.resolve(FileEventStore.SEGMENT_FILE), "hello, not a trail");
        assertThatThrownBy(() -> FileEventStore.open(notAStore))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_NOT_A_STORE))
                .hasMessageContaining("68656c6c6f");

        Path later = storeWith(tmp, List.of());
        byte[] header = Files.readAllBytes(segment(later));
        ByteBuffer.wrap(header).putInt(Segment.MAGIC.length, 2);
        Files.write(segment(later), header);
        assertThatThrownBy(() -> FileEventStore.open(later))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_FORMAT_UNSUPPORTED));
    }

    @Test
    void aClosedStoreRefusesEverything() {
        FileEventStore store = FileEventStore.open(tmp.resolve("c"));
        store.close();
        store.close();
        for (Runnable r : List.<Runnable>of(store::last, store::lastSequence, () -> store.scan(1, e -> true),
                () -> store.append(chain(1)))) {
            assertThatThrownBy(r::run).satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.CLOSED));
        }
    }

    @Test
    void aFailedSyncIsNotAcknowledgedAndRolledBack() throws Exception {
        Path dir = tmp.resolve("failing");
        FileEventStore store = FileEventStore.open(dir);
        try (Trail trail = Trail.open(store)) {
            TrailEvent first = trail.append(draft(0));
            long size = Files.size(segment(dir));
            store.beforeSync(() -> {
                throw new IllegalStateException("disk on fire");
            });
            assertThatThrownBy(() -> trail.append(draft(1)))
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(TrailError.FILE_STORE_WRITE_FAILED))
                    .hasMessageContaining("disk on fire");
            assertThat(Files.size(segment(dir))).isEqualTo(size);
            assertThat(store.last().map(StoredEvent::sequence)).contains(1L);
            store.beforeSync(null);
            TrailEvent second = trail.append(draft(2));
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.previousHash()).isEqualTo(first.hash());
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    @Test
    void anInterruptedAppenderStillAppendsAndKeepsItsInterrupt() {
        try (Trail trail = Trail.open(FileEventStore.open(tmp.resolve("i")))) {
            Thread.currentThread().interrupt();
            try {
                assertThat(trail.append(draft(0)).sequence()).isEqualTo(1);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
            assertThat(trail.append(draft(1)).sequence()).isEqualTo(2);
        }
    }

    @Test
    void eightConcurrentAppendersLoseNothingAndShareSyncs() throws Exception {
        Path dir = tmp.resolve("concurrent");
        FileEventStore store = FileEventStore.open(dir);
        Map<Long, Hash> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean appending = new AtomicBoolean(true);
        List<Verification> whileAppending = Collections.synchronizedList(new ArrayList<>());
        try (Trail trail = Trail.open(store)) {
            ExecutorService pool = Executors.newFixedThreadPool(9);
            try {
                Future<?> reader = pool.submit(() -> {
                    while (appending.get()) {
                        whileAppending.add(trail.verify());
                    }
                });
                List<Future<?>> appenders = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    appenders.add(pool.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            TrailEvent e = trail.append(draft(thread * 1000 + i));
                            acknowledged.put(e.sequence(), e.hash());
                        }
                    }));
                }
                for (Future<?> f : appenders) {
                    f.get();
                }
                appending.set(false);
                reader.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(acknowledged).hasSize(800);
            assertThat(store.syncCount()).isBetween(1L, 800L);
            assertThat(whileAppending).allSatisfy(v -> assertThat(v.intact()).isTrue());
        }
        try (Trail reopened = Trail.open(FileEventStore.open(dir))) {
            Verification v = reopened.verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.eventsChecked()).isEqualTo(800);
            reopened.forEach(1, e -> {
                assertThat(e.hash()).isEqualTo(acknowledged.get(e.sequence()));
                return true;
            });
        }
    }

    /**
     * Group commit, deterministically: the first batch's sync waits until the seven other appenders
     * are parked behind it, so at most one more sync carries all of them.
     */
    @Test
    void appendersQueuedBehindASyncShareTheNextOne() throws Exception {
        FileEventStore store = FileEventStore.open(tmp.resolve("group"));
        List<Thread> appenders = new ArrayList<>();
        AtomicInteger syncsSeen = new AtomicInteger();
        store.beforeSync(() -> {
            if (syncsSeen.getAndIncrement() == 0) {
                for (Thread t : appenders) {
                    while (t != Thread.currentThread() && t.getState() != Thread.State.WAITING
                            && t.getState() != Thread.State.TERMINATED) {
                        Thread.onSpinWait();
                    }
                }
            }
        });
        try (Trail trail = Trail.open(store)) {
            for (int i = 0; i < 8; i++) {
                int n = i;
                appenders.add(new Thread(() -> trail.append(draft(n))));
            }
            appenders.forEach(Thread::start);
            for (Thread t : appenders) {
                t.join();
            }
            assertThat(trail.size()).isEqualTo(8);
            assertThat(store.syncCount()).isBetween(1L, 2L);
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    static void flip(Path file, long offset) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x5A;
        Files.write(file, bytes);
    }
}
