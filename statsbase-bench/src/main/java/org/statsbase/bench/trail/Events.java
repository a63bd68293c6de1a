package org.statsbase.bench.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.statsbase.trail.EventDraft;

/** The events the trail benchmarks append: the size of a reporting step (about 300 bytes encoded). */
final class Events {

    private Events() {
    }

    /** The {@code i}-th event: a filler entering five figures of a form for one of 500 units. */
    static EventDraft draft(int i) {
        int unit = i % 500;
        return EventDraft.of("p-" + (unit * 7 % 97), "FILLER", "submission.values",
                        "submission/91350100M0001" + String.format("%05d", unit) + "/B204-1/2026-10")
                .with("B01", Integer.toString(1000 + i % 9000) + ".50").with("B02", Integer.toString(i % 777))
                .with("B03", "12.00").with("B04", Integer.toString(i % 31)).with("B05", "0");
    }

    /** A fresh directory for a store: under {@code -Dstatsbase.bench.dir}, else the temporary directory. */
    static Path freshDirectory() {
        try {
            Path base = Path.of(System.getProperty("statsbase.bench.dir", System.getProperty("java.io.tmpdir")));
            return Files.createTempDirectory(Files.createDirectories(base), "statsbase-trail-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
