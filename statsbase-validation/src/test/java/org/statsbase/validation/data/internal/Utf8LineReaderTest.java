package org.statsbase.validation.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 decoding that marks undecodable bytes with U+FFFD and remembers their lines, across buffer refills. */
class Utf8LineReaderTest {

    private static String readAll(Reader r) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[1000];
        int n;
        while ((n = r.read(buffer, 0, buffer.length)) >= 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void decodesAndDropsOnlyALeadingByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(concat(bom, utf8("甲,乙\n\uFEFFx"))))) {
            assertThat(readAll(r)).isEqualTo("甲,乙\n\uFEFFx");
            assertThat(r.hadBadBytes(1, Long.MAX_VALUE)).isFalse();
        }
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(new byte[0]))) {
            assertThat(r.read(new char[4], 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void aReadOfNothingReadsNothing() throws IOException {
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(utf8("ab")))) {
            assertThat(r.read(new char[4], 0, 0)).isZero();
            char[] two = new char[4];
            assertThat(r.read(two, 1, 3)).isEqualTo(2);
            assertThat(two[1]).isEqualTo('a');
            assertThat(two[2]).isEqualTo('b');
            assertThat(r.read(two, 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void badBytesBecomeReplacementCharactersAndTheirLinesAreRemembered() throws IOException {
        // bad bytes on lines 2, 2 (twice), 4, 6, 7, 9 and 10: more than the first capacity of the list
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        boolean[] bad = {false, false, true, false, true, false, true, true, false, true, true};
        for (int line = 1; line <= 10; line++) {
            in.writeBytes(utf8("L" + line));
            expected.append("L").append(line);
            if (bad[line]) {
                in.write(0xFF);
                expected.append('\uFFFD');
                if (line == 2) {
                    in.writeBytes(new byte[] {'x', (byte) 0xC3});
                    expected.append("x\uFFFD");
                }
            }
            in.write('\n');
            expected.append('\n');
        }
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(in.toByteArray()))) {
            assertThat(readAll(r)).isEqualTo(expected.toString());
            assertThat(r.hadBadBytes(1, 1)).isFalse();
            assertThat(r.hadBadBytes(1, 2)).isTrue();
            assertThat(r.hadBadBytes(2, 2)).isTrue();
            assertThat(r.hadBadBytes(3, 3)).isFalse();
            assertThat(r.hadBadBytes(4, 4)).isTrue();
            assertThat(r.hadBadBytes(5, 5)).isFalse();
            assertThat(r.hadBadBytes(6, 7)).isTrue();
            assertThat(r.hadBadBytes(8, 8)).isFalse();
            assertThat(r.hadBadBytes(9, 9)).isTrue();
            assertThat(r.hadBadBytes(10, 10)).isTrue();
            assertThat(r.hadBadBytes(11, 20)).isFalse();
        }
    }

    @Test
    void aTruncatedSequenceAtTheEndIsBadToo() throws IOException {
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(concat(utf8("a\nb"), new byte[] {(byte) 0xE7, (byte) 0x94}))) ) {
            assertThat(readAll(r)).isEqualTo("a\nb\uFFFD");
            assertThat(r.hadBadBytes(1, 1)).isFalse();
            assertThat(r.hadBadBytes(2, 2)).isTrue();
        }
    }

    @Test
    void largeInputsAcrossBufferRefillsKeepCharactersAndLineNumbers() throws IOException {
        // 3-byte characters straddle the 64 KiB buffer boundaries; one bad byte on line 5000
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        for (int line = 1; line <= 6000; line++) {
            String s = "统计" + line + "ab";
            text.append(s);
            in.writeBytes(utf8(s));
            if (line == 5000) {
                in.write(0x80);
                text.append('\uFFFD');
            }
            text.append('\n');
            in.write('\n');
        }
        InputStream trickle = new ByteArrayInputStream(in.toByteArray()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 777)); // short reads, as sockets and pipes give
            }
        };
        try (Utf8LineReader r = new Utf8LineReader(trickle)) {
            assertThat(readAll(r)).isEqualTo(text.toString());
            assertThat(r.hadBadBytes(1, 4999)).isFalse();
            assertThat(r.hadBadBytes(5000, 5000)).isTrue();
            assertThat(r.hadBadBytes(5001, 6001)).isFalse();
        }
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(in.toByteArray()))) {
            assertThat(readAll(r)).isEqualTo(text.toString());
            assertThat(r.hadBadBytes(4990, 5010)).isTrue();
        }
    }

    @Test
    void closingClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new Utf8LineReader(in).close();
        assertThat(closed[0]).isTrue();
    }
}
