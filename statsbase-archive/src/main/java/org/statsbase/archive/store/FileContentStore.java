package org.statsbase.archive.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/**
 * A {@link ContentStore} in a directory of the file system: each content once, in a file named by its SHA-256
 * digest (lower-case hex) under two levels of fan-out directories ({@code ab/cd/abcd…}), so that no directory
 * grows beyond a few thousand entries for millions of contents. It keeps the record content that
 * 统计资料管理制度 and DA/T 70-2018 (authenticity, integrity) require to be intact for its whole retention period.
 *
 * <p>Writes are atomic: {@link #put} streams the content into a temporary file under {@code tmp/} of the same
 * directory (so on the same file system) while computing SHA-256 and SM3 ({@link Fixity#copy}), forces it to
 * the disk, renames it into place with {@link java.nio.file.StandardCopyOption#ATOMIC_MOVE} and forces the
 * fan-out directory; only then does it return. A content file is therefore either absent or complete — a
 * reader never sees half-written content, and a crash leaves at most a temporary file, which the next
 * {@link #open} deletes. Content already present is not written again. {@link #delete} removes the file and
 * forces the directory (the file system frees the blocks; it does not overwrite them — destroying the medium
 * is the office's procedure).
 *
 * <p>One store per directory: {@link #open} takes an exclusive lock on {@code .lock} for the store's lifetime
 * ({@code SB-ARC-0606} otherwise), because clearing {@code tmp/} would destroy another writer's unfinished
 * file. Failures are typed: {@code SB-ARC-0604} a read-only directory or file system, {@code SB-ARC-0605} a
 * full disk (nothing is stored; the temporary file is removed), {@code SB-ARC-0602} any other I/O failure,
 * {@code SB-ARC-0601} absent content, {@code SB-ARC-0607} a closed store.
 *
 * <p>Thread safety: safe for concurrent use; concurrent puts of the same content store it once.
 */
public final class FileContentStore implements ContentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileContentStore.class);
    private static final String LOCK_FILE = ".lock";
    private static final String TMP_DIR = "tmp";
    private static final String TMP_SUFFIX = ".part";

    /** Where a test may inject a failure (a full disk, a read-only file system) or a crash. */
    enum Point { WRITE, FORCE, MOVE, SYNC_DIRECTORY, DELETE }

    /** A test hook run at each {@link Point}; it may throw to simulate the failure there. */
    @FunctionalInterface
    interface Hook {
        void at(Point point, Path path) throws IOException;
    }

    private static final Hook NO_HOOK = (point, path) -> { };

    private final Path dir;
    private final Path tmp;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Hook hook;
    private final String description;
    private volatile boolean closed;

    private FileContentStore(Path dir, Path tmp, FileChannel lockChannel, FileLock lock, Hook hook) {
        this.dir = dir;
        this.tmp = tmp;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.hook = hook;
        this.description = dir.toString();
    }

    /**
     * The store in {@code dir}, created when absent; temporary files a crash left behind are deleted.
     *
     * @param dir the store's directory
     * @return the open store; close it to release the directory
     * @throws ArchiveException {@code SB-ARC-0604} if the directory cannot be written, {@code SB-ARC-0606} if
     *                          another store has it open, {@code SB-ARC-0602} for other I/O failures
     */
    public static FileContentStore open(Path dir) {
        return open(dir, NO_HOOK);
    }

    static FileContentStore open(Path dir, Hook hook) {
        Objects.requireNonNull(dir, "dir");
        Path root = dir.toAbsolutePath().normalize();
        String where = root.toString();
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve(TMP_DIR);
            Files.createDirectories(tmp);
            channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ArchiveException(ArchiveError.CONTENT_STORE_LOCKED, where);
            }
            FileContentStore store = new FileContentStore(root, tmp, channel, lock, hook);
            store.removeLeftovers();
            return store;
        } catch (IOException e) {
            closeQuietly(channel);
            throw failure(where, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    // Temporary files exist only while a put runs; with the lock held, any found now were left by a crash.
    private void removeLeftovers() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        if (removed > 0) {
            syncDirectory(tmp);
            LOG.warn("content store {}: removed {} unfinished temporary file(s) left by an interrupted write", description, removed);
        }
    }

    /**
     * The directory.
     *
     * @return the store's directory
     */
    public Path directory() {
        return dir;
    }

    /** The file that holds (or would hold) the content with these digests. */
    Path fileOf(Digests digests) {
        String hex = digests.address();
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    /** The directory of temporary files. */
    Path temporaryDirectory() {
        return tmp;
    }

    @Override
    public Digests put(InputStream in) {
        Objects.requireNonNull(in, "in");
        checkOpen();
        Path part = null;
        try {
            part = Files.createTempFile(tmp, "put-", TMP_SUFFIX);
            Digests digests;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                digests = Fixity.copy(in, new ChannelOutput(channel, part));
                hook.at(Point.FORCE, part);
                channel.force(true);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Path target = fileOf(digests);
            if (Files.isRegularFile(target) && Files.size(target) == digests.size()) {
                Files.delete(part);
                return digests;
            }
            Path fan = target.getParent();
            boolean created = !Files.isDirectory(fan);
            Files.createDirectories(fan);
            hook.at(Point.MOVE, target);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            part = null;
            hook.at(Point.SYNC_DIRECTORY, fan);
            syncDirectory(fan);
            if (created) {
                syncDirectory(fan.getParent());
                syncDirectory(dir);
            }
            return digests;
        } catch (IOException e) {
            // A failed write (full disk, read-only, I/O error) leaves nothing behind; a crash leaves the
            // temporary file, which the next open removes.
            deleteQuietly(part);
            throw failure(description, e);
        }
    }

    @Override
    public InputStream open(Digests digests) {
        Objects.requireNonNull(digests, "digests");
        checkOpen();
        Path file = fileOf(digests);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ArchiveException(ArchiveError.CONTENT_NOT_FOUND, e, digests.address());
        } catch (IOException e) {
            throw failure(description, e);
        }
    }

    @Override
    public boolean exists(Digests digests) {
        Objects.requireNonNull(digests, "digests");
        checkOpen();
        return Files.isRegularFile(fileOf(digests));
    }

    @Override
    public boolean delete(Digests digests) {
        Objects.requireNonNull(digests, "digests");
        checkOpen();
        Path file = fileOf(digests);
        try {
            hook.at(Point.DELETE, file);
            boolean deleted = Files.deleteIfExists(file);
            if (deleted) {
                syncDirectory(file.getParent());
            }
            return deleted;
        } catch (IOException e) {
            throw failure(description, e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** Releases the directory's lock; later calls fail with {@code SB-ARC-0607}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("releasing the lock of {} failed", description, e);
        }
        closeQuietly(lockChannel);
    }

    @Override
    public String toString() {
        return "FileContentStore[" + description + "]";
    }

    private void checkOpen() {
        if (closed) {
            throw new ArchiveException(ArchiveError.CONTENT_STORE_CLOSED, description);
        }
    }

    private void syncDirectory(Path d) throws IOException {
        try (FileChannel c = FileChannel.open(d, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // Some file systems cannot open or force a directory; the rename itself is still atomic there.
            if (!(e instanceof AccessDeniedException) && isUnsupported(e)) {
                LOG.debug("cannot force the directory {}", d, e);
                return;
            }
            throw e;
        }
    }

    private static boolean isUnsupported(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("is a directory") || m.contains("invalid argument") || m.contains("not supported");
    }

    /** The typed error for an I/O failure of the store {@code where}. */
    static ArchiveException failure(String where, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
        String r = String.valueOf(reason).toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota exceeded") || r.contains("not enough space")) {
            return new ArchiveException(ArchiveError.CONTENT_STORE_FULL, e, where, cause);
        }
        if (e instanceof AccessDeniedException || r.contains("read-only file system")) {
            return new ArchiveException(ArchiveError.CONTENT_STORE_READ_ONLY, e, where, cause);
        }
        return new ArchiveException(ArchiveError.CONTENT_STORE_FAILED, e, where, cause);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("removing the temporary file {} failed; the next open removes it", p, e);
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("closing {} failed", c, e);
        }
    }

    /** Writes to the temporary file's channel, giving the hook its chance before each write. */
    private final class ChannelOutput extends OutputStream {
        private final FileChannel channel;
        private final Path path;

        ChannelOutput(FileChannel channel, Path path) {
            this.channel = channel;
            this.path = path;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            hook.at(Point.WRITE, path);
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
