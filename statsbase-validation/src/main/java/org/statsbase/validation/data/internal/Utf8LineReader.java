package org.statsbase.validation.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes UTF-8 and, instead of failing the whole file on the first undecodable byte, puts U+FFFD in
 * its place and remembers the 1-based line it was on, so that a reader can reject exactly the rows
 * with such bytes and keep the others. A leading byte order mark is dropped.
 *
 * <p>Thread safety: not thread-safe; one reader per file.
 */
public final class Utf8LineReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private long line = 1;
    private long[] badLines = new long[4];
    private int badCount;
    private int badConsumed;

    /** Reads {@code in} (closed with this reader). */
    public Utf8LineReader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        while (true) {
            int before = chars.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            countLines(before);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break;
                }
                bad();
                bytes.position(bytes.position() + result.length());
                chars.put('\uFFFD');
                continue;
            }
            if (result.isUnderflow() && eof) {
                decoder.flush(chars);
                flushed = !bytes.hasRemaining();
            }
            break;
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void countLines(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    private void bad() {
        if (badCount > 0 && badLines[badCount - 1] == line) {
            return;
        }
        if (badCount == badLines.length) {
            badLines = Arrays.copyOf(badLines, badCount * 2);
        }
        badLines[badCount++] = line;
    }

    /**
     * Whether undecodable bytes were found on a line from {@code first} to {@code last}; the lines
     * before {@code first} are forgotten (callers ask in file order).
     */
    public boolean hadBadBytes(long first, long last) {
        while (badConsumed < badCount && badLines[badConsumed] < first) {
            badConsumed++;
        }
        return badConsumed < badCount && badLines[badConsumed] <= last;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
