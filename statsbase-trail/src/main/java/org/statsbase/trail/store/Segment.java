package org.statsbase.trail.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;
import org.statsbase.trail.internal.EventCodec;
import org.statsbase.trail.spi.StoredEvent;

/**
 * The segment file format of {@link FileEventStore} and a buffered positional reader over it.
 *
 * <pre>
 * file header (16 bytes): "SBTRAIL" 0x00, format (int, 1), reserved (int, 0)
 * record:  body length n (int) | sequence (long) | hash length h (unsigned short)
 *          | body (n bytes) | hash (h bytes) | CRC32C of everything before it in the record (int)
 * </pre>
 *
 * Big-endian. A record costs {@link #OVERHEAD} bytes besides its body and hash. The checksum is
 * there to tell a torn write from a complete record; the hash chain, not the checksum, is what
 * makes tampering evident.
 *
 * <p>Thread safety: the constants and static methods are; a {@link Reader} belongs to one thread.
 */
final class Segment {

    static final byte[] MAGIC = {'S', 'B', 'T', 'R', 'A', 'I', 'L', 0};
    static final int FORMAT = 1;
    static final int HEADER_LENGTH = 16;
    /** Length, sequence and hash length. */
    static final int RECORD_HEADER = 14;
    static final int CRC_LENGTH = 4;
    static final int OVERHEAD = RECORD_HEADER + CRC_LENGTH;
    static final int MAX_HASH = 64;
    static final int MAX_BODY = EventCodec.MAX_BODY;
    static final int MAX_RECORD = MAX_BODY + MAX_HASH + OVERHEAD;

    private Segment() {
    }

    static ByteBuffer header() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_LENGTH);
        b.put(MAGIC).putInt(FORMAT).putInt(0).flip();
        return b;
    }

    static int recordLength(StoredEvent e) {
        return OVERHEAD + e.bodyLength() + e.hashView().remaining();
    }

    /** Writes {@code e} as one record at {@code out}'s position. */
    static void put(ByteBuffer out, StoredEvent e) {
        int start = out.position();
        ByteBuffer hash = e.hashView();
        out.putInt(e.bodyLength()).putLong(e.sequence()).putShort((short) hash.remaining());
        out.put(e.bodyView()).put(hash);
        CRC32C crc = new CRC32C();
        ByteBuffer covered = out.duplicate();
        covered.position(start).limit(out.position());
        crc.update(covered);
        out.putInt((int) crc.getValue());
    }

    /**
     * Reads a segment through one reusable direct buffer with positional reads (one system call per
     * buffer, not per record; a direct buffer spares the copy the JDK makes for a heap buffer),
     * never past {@code end}.
     */
    static final class Reader {
        static final int TRUNCATED = -1;
        static final int BAD = -2;
        private static final int MIN_BUFFER = 64 * 1024;
        private static final int MAX_BUFFER = 1024 * 1024;

        private final FileChannel channel;
        private final long end;
        private ByteBuffer buf;
        private long bufStart;
        private final CRC32C crc = new CRC32C();

        Reader(FileChannel channel, long start, long end) {
            this.channel = channel;
            this.end = end;
            this.buf = ByteBuffer.allocateDirect((int) Math.max(MIN_BUFFER, Math.min(MAX_BUFFER, end - start)));
            this.buf.limit(0);
            this.bufStart = start;
        }

        /** Makes bytes [pos, pos + n) available; their index in {@link #buffer()}, or -1 past the end. */
        int fill(long pos, int n) throws IOException {
            if (pos + n > end) {
                return -1;
            }
            if (pos >= bufStart && pos + n <= bufStart + buf.limit()) {
                return (int) (pos - bufStart);
            }
            if (n > buf.capacity()) {
                buf = ByteBuffer.allocateDirect(Math.max(n, Math.min(MAX_RECORD, 2 * buf.capacity())));
            }
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), end - pos));
            while (buf.hasRemaining()) {
                if (channel.read(buf, pos + buf.position()) < 0) {
                    throw new EOFException("the segment ended before byte " + end);
                }
            }
            buf.flip();
            bufStart = pos;
            return 0;
        }

        ByteBuffer buffer() {
            return buf;
        }

        /**
         * The length of the valid record at {@code pos}, {@link #TRUNCATED} when the record (as its
         * header describes it) passes the end, {@link #BAD} when it is not a record or its checksum
         * fails.
         */
        int check(long pos) throws IOException {
            int o = fill(pos, RECORD_HEADER);
            if (o < 0) {
                return TRUNCATED;
            }
            int n = buf.getInt(o);
            long sequence = buf.getLong(o + 4);
            int h = Short.toUnsignedInt(buf.getShort(o + 12));
            if (n < 0 || n > MAX_BODY || h > MAX_HASH || sequence < 1) {
                return BAD;
            }
            int total = OVERHEAD + n + h;
            o = fill(pos, total);
            if (o < 0) {
                return TRUNCATED;
            }
            return checksumMatches(o, total) ? total : BAD;
        }

        /** The sequence of the record at {@code pos} (after {@link #check} passed). */
        long sequenceAt(long pos) throws IOException {
            return buf.getLong(fill(pos, RECORD_HEADER) + 4);
        }

        /** The first offset in [from, end) where a valid record starts, or -1. */
        long findValid(long from) throws IOException {
            for (long q = from; q + OVERHEAD <= end; q++) {
                if (check(q) > 0) {
                    return q;
                }
            }
            return -1;
        }

        /**
         * The event in the region [start, stop): the record as written when its framing fills the
         * region exactly (even if its checksum fails: the chain then names what changed), else an
         * empty placeholder at {@code expectedSequence} that verification reports as unreadable.
         */
        StoredEvent event(long start, long stop, long expectedSequence) throws IOException {
            long span = stop - start;
            if (span >= OVERHEAD && span <= MAX_RECORD) {
                int o = fill(start, (int) span);
                int n = buf.getInt(o);
                long sequence = buf.getLong(o + 4);
                int h = Short.toUnsignedInt(buf.getShort(o + 12));
                if (n >= 0 && h <= MAX_HASH && sequence >= 1 && (long) OVERHEAD + n + h == span) {
                    return StoredEvent.of(sequence, buf.slice(o + RECORD_HEADER, n),
                            buf.slice(o + RECORD_HEADER + n, h));
                }
            }
            return StoredEvent.of(expectedSequence, new byte[0], new byte[0]);
        }

        /** Whether the record of length {@code total} at buffer index {@code o} has a matching checksum. */
        boolean checksumMatches(int o, int total) {
            crc.reset();
            ByteBuffer covered = buf.duplicate();
            covered.limit(o + total - CRC_LENGTH).position(o);
            crc.update(covered);
            return (int) crc.getValue() == buf.getInt(o + total - CRC_LENGTH);
        }
    }
}
