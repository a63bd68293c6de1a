package org.statsbase.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/** The content-store contract on {@link FileContentStore}, and what the file system adds: atomicity, crashes, failures. */
class FileContentStoreTest extends ContentStoreContract {

    @TempDir
    Path temp;

    private int stores;

    @Override
    protected ContentStore newStore() {
        return FileContentStore.open(temp.resolve("contract-" + stores++));
    }

    /** A crash: not an IOException, so the store's failure handling does not run, as when the process dies. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).toList();
        }
    }

    @Test
    void contentLivesInAFileNamedByItsSha256UnderTwoFanOutDirectories() throws IOException {
        Path dir = temp.resolve("layout");
        try (FileContentStore store = FileContentStore.open(dir)) {
            Digests d = store.put(new ByteArrayInputStream("台账".getBytes(StandardCharsets.UTF_8)));
            String hex = d.address();
            Path file = dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
            assertThat(file).isRegularFile().hasBinaryContent("台账".getBytes(StandardCharsets.UTF_8));
            assertThat(filesUnder(dir)).containsExactly(file);
            assertThat(store.temporaryDirectory()).isEmptyDirectory();
        }
    }

    @Test
    void largeContentIsDigestedWhileStreamingAndReadBackIntact() throws IOException {
        byte[] content = bytes(3 * 1024 * 1024 + 17, 1);
        try (FileContentStore store = FileContentStore.open(temp.resolve("large"))) {
            Digests d = store.put(new ByteArrayInputStream(content));
            assertThat(d).isEqualTo(Fixity.of(content));
            try (InputStream in = store.open(d)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void contentSurvivesReopening() throws IOException {
        Path dir = temp.resolve("reopen");
        Digests d;
        try (FileContentStore store = FileContentStore.open(dir)) {
            d = store.put(new ByteArrayInputStream(bytes(1000, 2)));
        }
        try (FileContentStore store = FileContentStore.open(dir); InputStream in = store.open(d)) {
            assertThat(Fixity.of(in)).isEqualTo(d);
        }
    }

    @Test
    void aCrashMidWriteLeavesNothingVisibleAndTheNextOpenRemovesTheTemporaryFile() throws IOException {
        Path dir = temp.resolve("crash");
        byte[] content = bytes(512 * 1024, 3);
        Digests expected = Fixity.of(content);
        AtomicInteger writes = new AtomicInteger();
        FileContentStore crashing = FileContentStore.open(dir, (point, path) -> {
            if (point == FileContentStore.Point.WRITE && writes.incrementAndGet() == 4) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> crashing.put(new ByteArrayInputStream(content))).isInstanceOf(Crash.class);
        // The half-written temporary file is there, but never under the content's address.
        List<Path> left = filesUnder(dir);
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getParent()).isEqualTo(crashing.temporaryDirectory());
        assertThat(Files.size(left.get(0))).isPositive().isLessThan(content.length);
        assertThat(crashing.exists(expected)).isFalse();
        assertThatThrownBy(() -> crashing.open(expected)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0601");
        crashing.close();

        try (FileContentStore store = FileContentStore.open(dir)) {
            assertThat(filesUnder(dir)).isEmpty();
            assertThat(store.exists(expected)).isFalse();
            assertThat(store.put(new ByteArrayInputStream(content))).isEqualTo(expected);
            try (InputStream in = store.open(expected)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void aCrashBeforeTheRenameLeavesTheContentAbsentNotPartial() throws IOException {
        Path dir = temp.resolve("crash-before-move");
        byte[] content = bytes(70_000, 4);
        Digests expected = Fixity.of(content);
        FileContentStore crashing = FileContentStore.open(dir, (point, path) -> {
            if (point == FileContentStore.Point.MOVE) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> crashing.put(new ByteArrayInputStream(content))).isInstanceOf(Crash.class);
        assertThat(crashing.exists(expected)).isFalse();
        assertThat(Files.exists(crashing.fileOf(expected))).isFalse();
        crashing.close();
        try (FileContentStore store = FileContentStore.open(dir)) {
            assertThat(store.temporaryDirectory()).isEmptyDirectory();
            assertThat(store.exists(expected)).isFalse();
        }
    }

    @Test
    void aFullDiskIsSbArc0605AndLeavesNothingBehind() throws IOException {
        Path dir = temp.resolve("full");
        AtomicInteger writes = new AtomicInteger();
        try (FileContentStore store = FileContentStore.open(dir, (point, path) -> {
            if (point == FileContentStore.Point.WRITE && writes.incrementAndGet() == 2) {
                throw new IOException("No space left on device");
            }
        })) {
            byte[] content = bytes(200_000, 5);
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content)))
                    .isInstanceOfSatisfying(ArchiveException.class, e -> {
                        assertThat(e.code()).isEqualTo("SB-ARC-0605");
                        assertThat(e.getMessage()).contains(dir.toString()).contains("No space left");
                    });
            assertThat(filesUnder(dir)).isEmpty();
            assertThat(store.exists(Fixity.of(content))).isFalse();
            // Space freed: the next put succeeds.
            assertThat(store.put(new ByteArrayInputStream(content))).isEqualTo(Fixity.of(content));
        }
    }

    @Test
    void aFullDiskAtTheSyncIsSbArc0605Too() {
        try (FileContentStore store = FileContentStore.open(temp.resolve("full-sync"), (point, path) -> {
            if (point == FileContentStore.Point.FORCE) {
                throw new IOException("No space left on device");
            }
        })) {
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10])))
                    .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0605"));
            assertThat(store.temporaryDirectory()).isEmptyDirectory();
        }
    }

    @Test
    void aReadOnlyFileSystemIsSbArc0604() {
        try (FileContentStore store = FileContentStore.open(temp.resolve("ro"), (point, path) -> {
            if (point == FileContentStore.Point.MOVE || point == FileContentStore.Point.DELETE) {
                throw new FileSystemException(path.toString(), null, "Read-only file system");
            }
        })) {
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10])))
                    .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0604"));
            assertThat(store.temporaryDirectory()).isEmptyDirectory();
            assertThatThrownBy(() -> store.delete(Fixity.of(new byte[10])))
                    .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0604"));
        }
    }

    @Test
    void aDirectoryThatIsAFileOrNotWritableIsATypedError() throws IOException {
        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> FileContentStore.open(file))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).startsWith("SB-ARC-060"));
        // Permission bits do not stop root; the classification of the JDK's exception is checked directly.
        assertThat(FileContentStore.failure("d", new java.nio.file.AccessDeniedException("d/tmp")).code())
                .isEqualTo("SB-ARC-0604");
        assertThat(FileContentStore.failure("d", new IOException("Input/output error")).code()).isEqualTo("SB-ARC-0602");
        assertThat(FileContentStore.failure("d", new FileSystemException("d", null, "Disk quota exceeded")).code())
                .isEqualTo("SB-ARC-0605");
    }

    @Test
    void aDirectoryIsOpenedByOneStoreAtATime() {
        Path dir = temp.resolve("locked");
        try (FileContentStore first = FileContentStore.open(dir)) {
            assertThatThrownBy(() -> FileContentStore.open(dir))
                    .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0606"));
            assertThat(first.exists(Fixity.of(new byte[0]))).isFalse();
        }
        FileContentStore.open(dir).close();
    }

    @Test
    void aClosedStoreRefusesWork() {
        FileContentStore store = FileContentStore.open(temp.resolve("closed"));
        store.close();
        store.close();
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[1])))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0607"));
    }

    @Test
    void concurrentPutsOfTheSameContentStoreItOnceAndReadersNeverSeeAPartialFile() throws Exception {
        Path dir = temp.resolve("concurrent");
        byte[] content = bytes(1024 * 1024, 6);
        Digests expected = Fixity.of(content);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FileContentStore store = FileContentStore.open(dir)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> store.put(new ByteArrayInputStream(content))));
            }
            // A reader racing the writers finds the content absent or complete, never partial.
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    if (store.exists(expected)) {
                        try (InputStream in = store.open(expected)) {
                            assertThat(Fixity.of(in)).isEqualTo(expected);
                        }
                    }
                }
                return null;
            }));
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(filesUnder(dir)).containsExactly(store.fileOf(expected));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTruncatedContentFileIsRepairedByPuttingTheContentAgain() throws IOException {
        Path dir = temp.resolve("repair");
        byte[] content = bytes(5000, 7);
        try (FileContentStore store = FileContentStore.open(dir)) {
            Digests d = store.put(new ByteArrayInputStream(content));
            Files.write(store.fileOf(d), new byte[10]);
            try (InputStream in = store.open(d)) {
                assertThat(Fixity.of(in)).isNotEqualTo(d); // the four-property check's business to find
            }
            store.put(new ByteArrayInputStream(content));
            try (InputStream in = store.open(d)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }
}
