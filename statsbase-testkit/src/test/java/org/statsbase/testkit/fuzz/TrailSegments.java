package org.statsbase.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.FileEventStore;

/**
 * Randomly corrupted segment files of a {@link FileEventStore}: a valid segment of a few events is written once;
 * each input is a copy with bytes flipped, cut, inserted or appended, which is then opened (read-write and read-only),
 * verified and read to its end. Not thread-safe: one directory is reused by every try.
 */
final class TrailSegments {

    private static byte[] valid;
    private static Path dir;

    private TrailSegments() {
    }

    static synchronized byte[] corrupted(Random r) {
        byte[] base = valid();
        byte[] out = base.clone();
        int times = 1 + r.nextInt(4);
        for (int i = 0; i < times; i++) {
            int at = r.nextInt(out.length);
            switch (r.nextInt(6)) {
                case 0 -> out[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> out[at] = (byte) r.nextInt(256);
                case 2 -> out = Arrays.copyOf(out, at);
                case 3 -> {
                    byte[] junk = new byte[1 + r.nextInt(64)];
                    r.nextBytes(junk);
                    out = Hostile.concat(Arrays.copyOf(out, at), Hostile.concat(junk,
                            Arrays.copyOfRange(out, at, out.length)));
                }
                case 4 -> out = Hostile.concat(out, new byte[r.nextInt(4096)]);
                default -> {
                    // a length field set huge, or one record repeated
                    int end = Math.min(out.length, at + 4);
                    for (int k = at; k < end; k++) {
                        out[k] = (byte) 0x7f;
                    }
                }
            }
            if (out.length == 0) {
                break;
            }
        }
        return out;
    }

    /** Opens a store on {@code segment} both ways, verifies its chain and reads every event. */
    static synchronized Object open(byte[] segment) throws IOException {
        Path d = dir();
        Files.deleteIfExists(d.resolve(FileEventStore.SEGMENT_FILE + ".new"));
        Files.write(d.resolve(FileEventStore.SEGMENT_FILE), segment);
        long events = read(FileEventStore.openReadOnly(d));
        Files.write(d.resolve(FileEventStore.SEGMENT_FILE), segment);
        return events + read(FileEventStore.open(d));
    }

    private static long read(EventStore store) {
        try (Trail trail = Trail.open(store)) {
            trail.verify();
            long[] n = {0};
            trail.forEach(1, e -> ++n[0] > 0);
            return n[0];
        }
    }

    private static byte[] valid() {
        if (valid == null) {
            try {
                Path d = Files.createTempDirectory("statsbase-fuzz-trail-seed");
                try (Trail trail = Trail.open(FileEventStore.open(d))) {
                    for (int i = 0; i < 6; i++) {
                        trail.append(EventDraft.of("张三", "填报员", "submit", "B204-1/2026-10/U" + i)
                                .with("figure", "B01=" + i * 1000).with("说明", "统计台账第" + i + "页"));
                    }
                }
                valid = Files.readAllBytes(d.resolve(FileEventStore.SEGMENT_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return valid;
    }

    private static Path dir() throws IOException {
        if (dir == null) {
            // memory-backed where there is one: each try writes the segment twice and the store syncs it
            Path shm = Path.of("/dev/shm");
            dir = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "statsbase-fuzz-trail")
                    : Files.createTempDirectory("statsbase-fuzz-trail");
            dir.toFile().deleteOnExit();
        }
        return dir;
    }
}
