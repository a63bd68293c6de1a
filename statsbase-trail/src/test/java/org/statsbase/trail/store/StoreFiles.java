package org.statsbase.trail.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.StoredEvent;

/** Chains built in memory, and the bytes of a file store, for tests that damage it as a crash or a disk would. */
final class StoreFiles {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T02:00:00Z"), ZoneOffset.UTC);

    private StoreFiles() {
    }

    static EventDraft draft(int i) {
        return EventDraft.of("p-" + (i % 7), "FILLER", "submission.values", "submission/U" + (i % 5) + "/B204-1/2026-10")
                .with("B01", Integer.toString(i * 37)).with("名称", "城关镇" + i);
    }

    /** {@code n} chained events, as a trail on a store would hold them. */
    static List<StoredEvent> chain(int n) {
        InMemoryEventStore memory = InMemoryEventStore.create();
        Trail trail = Trail.open(memory, org.statsbase.trail.HashAlgorithm.SHA_256, CLOCK);
        for (int i = 0; i < n; i++) {
            trail.append(draft(i));
        }
        List<StoredEvent> events = new ArrayList<>();
        memory.scan(1, events::add);
        return events;
    }

    /** A new store in a new directory under {@code parent} holding {@code events}, closed. */
    static Path storeWith(Path parent, List<StoredEvent> events) {
        try {
            Path dir = Files.createTempDirectory(parent, "store");
            try (FileEventStore store = FileEventStore.open(dir)) {
                store.append(events);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The byte offset of every record in a segment file holding {@code events}, then its end. */
    static long[] offsets(List<StoredEvent> events) {
        long[] at = new long[events.size() + 1];
        long pos = Segment.HEADER_LENGTH;
        for (int i = 0; i < events.size(); i++) {
            at[i] = pos;
            pos += Segment.recordLength(events.get(i));
        }
        at[events.size()] = pos;
        return at;
    }

    static Path segment(Path dir) {
        return dir.resolve(FileEventStore.SEGMENT_FILE);
    }

    static List<StoredEvent> read(FileEventStore store) {
        List<StoredEvent> events = new ArrayList<>();
        store.scan(1, events::add);
        return events;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
