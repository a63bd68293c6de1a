package org.statsbase.trail.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/**
 * The embedded durable event store: one append-only segment file in a directory of its own, so
 * that a {@link org.statsbase.trail.Trail} survives a crash of the process or of the machine
 * without losing an acknowledged event (统计法 2009 第二十一条 and 数据质量责任追究制度: the record of
 * who entered, reviewed, signed and accepted a figure must outlast the program that wrote it).
 *
 * <p><b>Files.</b> {@value #SEGMENT_FILE} holds a 16-byte header and the records, each a length
 * prefix, the sequence, the body and hash kept byte for byte, and a CRC32C checksum;
 * {@value #LOCK_FILE} is locked ({@link FileChannel#tryLock()}) while a store appends to the
 * directory, so two processes never append to one store ({@code SB-TRAIL-0205}).
 *
 * <p><b>Durability.</b> {@link #append} writes the whole batch and then calls
 * {@link FileChannel#force(boolean) force(false)} (fdatasync) once before it returns: the trail's
 * group commit therefore pays one sync per batch. If writing or syncing fails the file is cut back
 * to the last acknowledged event and the append throws {@code SB-TRAIL-0209}; if even that fails the
 * store refuses further appends ({@code SB-TRAIL-0210}) until it is reopened, which recovers it.
 *
 * <p><b>Recovery.</b> Opening reads every record and checks its checksum. A torn tail — an incomplete
 * last record, or damaged bytes after which no valid record follows (a write the crash interrupted,
 * or a file system that extended the file with zeros) — was never acknowledged: it is cut off and
 * logged at WARN. Anything else is not silently dropped: a damaged record that valid records follow
 * fails {@link #open} with {@code SB-TRAIL-0206}, intact records out of sequence with
 * {@code SB-TRAIL-0207}. {@link #openReadOnly} opens such a store anyway and passes the damaged record
 * on as it is (or, when even its framing is lost, as an empty placeholder), so that
 * {@link org.statsbase.trail.Trail#verify()} names the broken link. A machine crash in the middle of
 * a multi-page write can in principle persist later pages of the unacknowledged batch but not
 * earlier ones; such a file also fails {@code open} and needs a person to look at it.
 *
 * <p><b>Reading.</b> The store keeps the offset of every record in memory (8 bytes per event) and
 * the last event, so {@link #last()} costs nothing and {@link #scan} seeks; scans read through large
 * buffers on a channel of their own and see exactly the events acknowledged before they started.
 * Checksums are checked when the store opens; afterwards a byte changed on disk is for the chain to
 * find.
 *
 * <p><b>Limits.</b> A body up to 1 MiB (1,048,576 bytes, the trail's largest encoded event), a hash
 * up to {@value #MAX_HASH_LENGTH} bytes: a record is at most
 * {@value #MAX_RECORD_LENGTH} bytes ({@code SB-TRAIL-0212} beyond). At most
 * {@code Integer.MAX_VALUE - 8} events per store.
 *
 * <p><b>Interrupts.</b> An append clears the calling thread's interrupt status while it writes and
 * restores it afterwards; an interrupt that arrives during the write closes the channel (as any
 * {@link FileChannel}), fails that batch and the store reopens its channel.
 *
 * <p>Thread safety: safe for concurrent use; appends are serialised, scans and {@link #last()} run
 * concurrently with them.
 */
public final class FileEventStore implements EventStore {

    /** The segment file's name inside the store's directory. */
    public static final String SEGMENT_FILE = "trail.events";
    /** The lock file's name inside the store's directory. */
    public static final String LOCK_FILE = "trail.lock";
    /** The largest hash a record holds, in bytes. */
    public static final int MAX_HASH_LENGTH = Segment.MAX_HASH;
    /** The largest record: the largest body and hash plus the record's own 18 bytes. */
    public static final int MAX_RECORD_LENGTH = Segment.MAX_RECORD;

    private static final Logger LOG = LoggerFactory.getLogger(FileEventStore.class);
    private static final String NEW_SUFFIX = ".new";
    private static final int WRITE_BUFFER = 1 << 20;

    private final Path directory;
    private final Path file;
    private final boolean readOnly;
    private final FileChannel lockChannel;
    private final FileLock lock;

    // Guarded by "this": the appender's state.
    private FileChannel channel;
    private ByteBuffer writeBuffer;
    private boolean failed;
    private long syncs;
    private volatile Runnable beforeSync;

    private volatile boolean closed;
    private volatile Snapshot snapshot;

    /**
     * What readers see: the offsets of the acknowledged records (shared with later snapshots, which
     * only write beyond {@code count}), where they end and the last event.
     */
    private record Snapshot(long[] offsets, int count, long end, Optional<StoredEvent> last, boolean regular) {
        long lastSequence() {
            return last.map(StoredEvent::sequence).orElse(0L);
        }
    }

    private FileEventStore(Path directory, Path file, boolean readOnly, FileChannel lockChannel, FileLock lock,
            FileChannel channel, Snapshot snapshot) {
        this.directory = directory;
        this.file = file;
        this.readOnly = readOnly;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.channel = channel;
        this.snapshot = snapshot;
    }

    /**
     * Opens the store in {@code directory} for appending, creating the directory and an empty store
     * when there is none; recovers from a crash as the class description says.
     *
     * @param directory the store's directory; created when absent
     * @return the open store; close it to release the lock
     * @throws TrailException {@code SB-TRAIL-0201} not a readable directory, {@code 0202} a non-empty
     *                        directory without a store, {@code 0203}/{@code 0204} not a store file of
     *                        this format, {@code 0205} locked, {@code 0206}/{@code 0207} damaged in
     *                        the middle, {@code 0208} an I/O error
     */
    public static FileEventStore open(Path directory) {
        return open(directory, false);
    }

    /**
     * Opens the store in {@code directory} to read it as it is now, for verification: takes no lock
     * (another process may be appending; its later events are not seen), creates and truncates
     * nothing, and opens a store damaged in the middle (see the class description).
     *
     * @param directory the store's directory; it must hold a store
     * @return the store, refusing every append
     * @throws TrailException {@code SB-TRAIL-0201}, {@code 0202} when there is no store,
     *                        {@code 0203}/{@code 0204}, {@code 0208}
     */
    public static FileEventStore openReadOnly(Path directory) {
        return open(directory, true);
    }

    private static FileEventStore open(Path directory, boolean readOnly) {
        Path dir = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        Path file = dir.resolve(SEGMENT_FILE);
        if (!readOnly) {
            try {
                Files.createDirectories(dir);
            } catch (FileAlreadyExistsException e) {
                throw new TrailException(TrailError.FILE_STORE_NOT_A_DIRECTORY, e, dir, new NotDirectoryException(dir.toString()));
            } catch (IOException e) {
                throw new TrailException(TrailError.FILE_STORE_NOT_A_DIRECTORY, e, dir, e);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new TrailException(TrailError.FILE_STORE_NOT_A_DIRECTORY, dir, new NotDirectoryException(dir.toString()));
        }
        if (!Files.exists(file) && (readOnly || !onlyStoreFiles(dir))) {
            throw new TrailException(TrailError.FILE_STORE_NOT_FOUND, dir);
        }
        FileChannel lockChannel = null;
        FileLock lock = null;
        FileChannel channel = null;
        try {
            if (!readOnly) {
                lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    lock = lockChannel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    throw new TrailException(TrailError.FILE_STORE_LOCKED, dir);
                }
                if (!Files.exists(file)) {
                    create(dir, file);
                }
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } else {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            Snapshot snapshot = recover(file, channel, readOnly);
            if (readOnly) {
                channel.close();
                channel = null;
            }
            return new FileEventStore(dir, file, readOnly, lockChannel, lock, channel, snapshot);
        } catch (IOException e) {
            closeQuietly(channel, lockChannel);
            throw new TrailException(TrailError.FILE_STORE_READ_FAILED, e, file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel, lockChannel);
            throw e;
        }
    }

    // A directory with other people's files is not silently made a store.
    private static boolean onlyStoreFiles(Path dir) {
        Set<String> ours = Set.of(LOCK_FILE, SEGMENT_FILE + NEW_SUFFIX);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!ours.contains(p.getFileName().toString())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new TrailException(TrailError.FILE_STORE_NOT_A_DIRECTORY, e, dir, e);
        }
    }

    // The header is written and synced under another name and then renamed, so that a crash never
    // leaves a segment file without its header.
    private static void create(Path dir, Path file) throws IOException {
        Path fresh = dir.resolve(SEGMENT_FILE + NEW_SUFFIX);
        try (FileChannel c = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer header = Segment.header();
            while (header.hasRemaining()) {
                c.write(header);
            }
            c.force(true);
        }
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some platforms cannot open or sync a directory; the rename is then as durable as they make it.
            LOG.debug("cannot sync directory {}", dir, e);
        }
    }

    private static Snapshot recover(Path file, FileChannel channel, boolean readOnly) throws IOException {
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(Segment.HEADER_LENGTH);
        while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
            // read until full or end of file
        }
        header.flip();
        byte[] first = new byte[header.remaining()];
        header.get(0, first);
        if (first.length < Segment.HEADER_LENGTH
                || !Arrays.equals(first, 0, Segment.MAGIC.length, Segment.MAGIC, 0, Segment.MAGIC.length)) {
            throw new TrailException(TrailError.FILE_STORE_NOT_A_STORE, file, HexFormat.of().formatHex(first));
        }
        int format = header.getInt(Segment.MAGIC.length);
        if (format != Segment.FORMAT) {
            throw new TrailException(TrailError.FILE_STORE_FORMAT_UNSUPPORTED, file, format, Segment.FORMAT);
        }

        Segment.Reader reader = new Segment.Reader(channel, Segment.HEADER_LENGTH, size);
        long[] offsets = new long[1024];
        int count = 0;
        boolean regular = true;
        long expected = 1;
        long pos = Segment.HEADER_LENGTH;
        long end = size;
        while (pos < size) {
            int length = reader.check(pos);
            if (length > 0) {
                long sequence = reader.sequenceAt(pos);
                if (sequence != expected) {
                    if (!readOnly) {
                        throw new TrailException(TrailError.FILE_STORE_OUT_OF_SEQUENCE, file, pos, expected, sequence);
                    }
                    regular = false;
                }
                offsets = add(offsets, count++, pos);
                expected = sequence + 1;
                pos += length;
                continue;
            }
            long next = reader.findValid(pos + 1);
            if (next < 0) {
                end = pos;
                break;
            }
            if (!readOnly) {
                throw new TrailException(TrailError.FILE_STORE_CORRUPT, file, pos, expected, next);
            }
            LOG.warn("{}: the record at byte {} (event {} expected) is damaged; valid records follow at byte {}",
                    file, pos, expected, next);
            offsets = add(offsets, count++, pos);
            regular = false;
            expected++;
            pos = next;
        }
        if (end < size) {
            if (readOnly) {
                LOG.warn("{}: ignoring a torn tail of {} bytes at byte {} (not acknowledged; opened read-only)",
                        file, size - end, end);
            } else {
                LOG.warn("{}: dropping a torn tail of {} bytes at byte {} (never acknowledged); {} events kept",
                        file, size - end, end, count);
                channel.truncate(end);
                channel.force(true);
            }
        }
        Optional<StoredEvent> last = count == 0 ? Optional.empty()
                : Optional.of(reader.event(offsets[count - 1], end, expected - 1));
        return new Snapshot(offsets, count, end, last, regular);
    }

    private static long[] add(long[] offsets, int index, long offset) {
        long[] a = offsets;
        if (index == a.length) {
            if (index >= Integer.MAX_VALUE - 8) {
                throw new TrailException(TrailError.FILE_STORE_RECORD_TOO_LARGE, index + 1L, "number of events",
                        index + 1L, Integer.MAX_VALUE - 8, "事件数");
            }
            a = Arrays.copyOf(a, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, index * 2L)));
        }
        a[index] = offset;
        return a;
    }

    @Override
    public synchronized void append(List<StoredEvent> events) {
        Objects.requireNonNull(events, "events");
        checkOpen();
        if (readOnly) {
            throw new TrailException(TrailError.FILE_STORE_READ_ONLY, directory);
        }
        if (failed) {
            throw new TrailException(TrailError.FILE_STORE_FAILED, file);
        }
        if (events.isEmpty()) {
            return;
        }
        Snapshot s = snapshot;
        long next = s.lastSequence() + 1;
        long total = 0;
        int largest = 0;
        for (StoredEvent e : events) {
            if (e.sequence() != next) {
                throw new TrailException(TrailError.STORE_SEQUENCE_CONFLICT, describe(), next, e.sequence());
            }
            if (e.bodyLength() > Segment.MAX_BODY) {
                throw new TrailException(TrailError.FILE_STORE_RECORD_TOO_LARGE, e.sequence(), "body in bytes",
                        e.bodyLength(), Segment.MAX_BODY, "正文字节数");
            }
            if (e.hashView().remaining() > Segment.MAX_HASH) {
                throw new TrailException(TrailError.FILE_STORE_RECORD_TOO_LARGE, e.sequence(), "hash in bytes",
                        e.hashView().remaining(), Segment.MAX_HASH, "摘要字节数");
            }
            int length = Segment.recordLength(e);
            largest = Math.max(largest, length);
            total += length;
            next++;
        }
        long[] offsets = s.offsets;
        int count = s.count;
        long start = s.end;
        boolean interrupted = Thread.interrupted();
        try {
            ByteBuffer buffer = writeBuffer((int) Math.max(largest, Math.min(total, WRITE_BUFFER)));
            long pos = start;
            long at = start;
            for (StoredEvent e : events) {
                if (buffer.remaining() < Segment.recordLength(e)) {
                    pos = flush(buffer, pos);
                }
                offsets = add(offsets, count++, at);
                at += Segment.recordLength(e);
                Segment.put(buffer, e);
            }
            flush(buffer, pos);
            Runnable hook = beforeSync;
            if (hook != null) {
                hook.run();
            }
            channel.force(false);
            syncs++;
        } catch (IOException | RuntimeException e) {
            rollBack(start, e);
            throw new TrailException(TrailError.FILE_STORE_WRITE_FAILED, e, file, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        snapshot = new Snapshot(offsets, count, start + total, Optional.of(events.get(events.size() - 1)), true);
    }

    private ByteBuffer writeBuffer(int capacity) {
        if (writeBuffer == null || writeBuffer.capacity() < capacity) {
            writeBuffer = ByteBuffer.allocateDirect(Math.max(capacity, 64 * 1024));
        }
        writeBuffer.clear();
        return writeBuffer;
    }

    private long flush(ByteBuffer buffer, long pos) throws IOException {
        buffer.flip();
        long p = pos;
        while (buffer.hasRemaining()) {
            p += channel.write(buffer, p);
        }
        buffer.clear();
        return p;
    }

    // Cuts the file back to the acknowledged events, so that the file and the snapshot agree again.
    private void rollBack(long end, Exception cause) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            channel.truncate(end);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            failed = true;
            cause.addSuppressed(e);
            LOG.error("{}: a failed append could not be rolled back to byte {}; the store must be reopened", file, end, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Optional<StoredEvent> last() {
        checkOpen();
        return snapshot.last;
    }

    @Override
    public long lastSequence() {
        checkOpen();
        return snapshot.lastSequence();
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        checkOpen();
        Snapshot s = snapshot;
        int first = 0;
        if (s.regular) {
            if (fromSequence > s.count) {
                return;
            }
            first = (int) Math.max(0, fromSequence - 1);
        }
        if (first >= s.count) {
            return;
        }
        try (FileChannel reading = FileChannel.open(file, StandardOpenOption.READ)) {
            Segment.Reader reader = new Segment.Reader(reading, s.offsets[first], s.end);
            long previous = first;
            for (int i = first; i < s.count; i++) {
                long stop = i + 1 < s.count ? s.offsets[i + 1] : s.end;
                StoredEvent e = reader.event(s.offsets[i], stop, previous + 1);
                previous = e.sequence();
                if (e.sequence() >= fromSequence && !visitor.test(e)) {
                    return;
                }
            }
        } catch (IOException e) {
            if (closed) {
                throw new TrailException(TrailError.CLOSED, e, describe());
            }
            throw new TrailException(TrailError.FILE_STORE_READ_FAILED, e, file, e);
        }
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    /**
     * Whether this store was opened with {@link #openReadOnly}.
     *
     * @return true when this store was opened with {@link #openReadOnly}
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The directory of this store.
     *
     * @return the directory of this store
     */
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(channel, lockChannel);
    }

    @Override
    public String toString() {
        return "FileEventStore[" + directory + (readOnly ? ", read-only" : "") + ", " + snapshot.count + " events]";
    }

    /** The number of {@code force} calls so far: one per acknowledged batch. */
    synchronized long syncCount() {
        return syncs;
    }

    /** Runs {@code hook} before each {@code force}, for tests of the group commit. */
    void beforeSync(Runnable hook) {
        this.beforeSync = hook;
    }

    private void checkOpen() {
        if (closed) {
            throw new TrailException(TrailError.CLOSED, describe());
        }
    }

    private static void closeQuietly(FileChannel... channels) {
        for (FileChannel c : channels) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    LOG.debug("closing a channel failed", e);
                }
            }
        }
    }
}
