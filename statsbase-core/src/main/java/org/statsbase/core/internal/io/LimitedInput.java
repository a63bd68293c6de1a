package org.statsbase.core.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.FilterReader;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;

/**
 * The one place where statsbase turns an {@link InputLimits} into bounded reading: byte-capped
 * reads of streams and files, a line-length check for line-oriented text, Jackson factories with
 * matching {@link StreamReadConstraints}, and the translation of Jackson's
 * {@link StreamConstraintsException} into the typed {@link DataFileException} of
 * {@code SB-CORE-1202}. Every module reads through it instead of keeping a copy.
 *
 * <p>Thread safety: stateless; the factories it returns are immutable once built.
 */
public final class LimitedInput {

    private static final int CHUNK = 64 * 1024;

    private LimitedInput() {
    }

    /**
     * Jackson's read constraints for {@code limits}; the document length is the input size.
     *
     * @param limits the limits to translate
     * @return constraints bounding the document length by {@link InputLimits#maxInputBytes()} and nesting depth,
     *     number, string and name length by the limits of those names
     */
    public static StreamReadConstraints constraints(InputLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxInputBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .build();
    }

    /**
     * Applies {@link #constraints} to any Jackson factory builder (JSON, CSV, YAML).
     *
     * @param <F> the factory type the builder builds
     * @param <B> the builder type
     * @param builder the builder; its read constraints are replaced
     * @param limits the limits to apply
     * @return {@code builder}, for chaining
     */
    public static <F extends JsonFactory, B extends TSFBuilder<F, B>> B constrain(B builder, InputLimits limits) {
        return builder.streamReadConstraints(constraints(limits));
    }

    /**
     * A JSON factory reading under {@code limits}.
     *
     * @param limits the limits to read under
     * @return a new JSON factory with the {@link #constraints} of {@code limits}
     */
    public static JsonFactory jsonFactory(InputLimits limits) {
        return constrain(new JsonFactoryBuilder(), limits).build();
    }

    /**
     * A CSV mapper reading under {@code limits} (features are the caller's).
     *
     * @param limits the limits to read under
     * @return a new CSV mapper whose factory has the {@link #constraints} of {@code limits}; no feature enabled
     */
    public static CsvMapper csvMapper(InputLimits limits) {
        return new CsvMapper(constrain(CsvFactory.builder(), limits).build());
    }

    /**
     * Reads {@code in} to its end (not closed), at most {@link InputLimits#maxInputBytes()} bytes.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name the error gives, for example the file name
     * @param limits the limits, of which {@link InputLimits#maxInputBytes()} applies
     * @return every byte of the stream, at most {@link InputLimits#maxInputBytes()}
     * @throws DataFileException {@code SB-CORE-1201} naming {@code source} if the stream is longer,
     *                           {@code unreadable} on an I/O error
     */
    public static byte[] readAll(InputStream in, String source, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        long max = limits.maxInputBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - total))) > 0) {
                total += n;
                if (total > max) {
                    throw DataFileException.tooLarge(source, max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | OutOfMemoryError e) {
            // OutOfMemoryError: a limit above what the heap holds; still a typed error for the caller
            throw DataFileException.unreadable(source, e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a file, checking its size first so that an over-long file is refused without reading it.
     *
     * @param file the file to read; errors name it as their source
     * @param limits the limits, of which {@link InputLimits#maxInputBytes()} applies
     * @return every byte of the file, at most {@link InputLimits#maxInputBytes()}
     * @throws DataFileException {@code SB-CORE-1201} if it is larger than the limit, {@code unreadable}
     *                           if it cannot be read
     */
    public static byte[] readAll(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxInputBytes()) {
                throw DataFileException.tooLarge(source, limits.maxInputBytes());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readAll(in, source, limits);
            }
        } catch (IOException e) {
            throw DataFileException.unreadable(source, e);
        }
    }

    /**
     * Reads a file as strict UTF-8 text (a leading byte order mark dropped) under the size limit.
     *
     * @param file the file to read; errors name it as their source
     * @param limits the limits, of which {@link InputLimits#maxInputBytes()} applies
     * @return the file's text, without a leading byte order mark
     * @throws DataFileException {@code SB-CORE-1201} if larger than the limit, {@code unreadable} if it
     *                           cannot be read or is not UTF-8
     */
    public static String readUtf8(Path file, InputLimits limits) {
        byte[] bytes = readAll(file, limits);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Checks the size of a text already in memory (the {@code parse(String, …)} readers) as its UTF-8
     * encoding would have been checked by {@link #readAll(InputStream, String, InputLimits)}.
     *
     * @param text the text about to be parsed
     * @param source the name the error gives, for example the file name
     * @param limits the limits, of which {@link InputLimits#maxInputBytes()} applies
     * @throws DataFileException {@code SB-CORE-1201} if its UTF-8 form is larger than the limit
     */
    public static void checkSize(CharSequence text, String source, InputLimits limits) {
        long max = limits.maxInputBytes();
        if (text.length() <= max / 3) {
            return; // at most three bytes per char
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (bytes > max) {
                throw DataFileException.tooLarge(source, max);
            }
        }
    }

    /**
     * Checks that no physical line of {@code text} is longer than {@link InputLimits#maxLineLength()}
     * characters ({@code \n}, {@code \r\n} and {@code \r} end a line).
     *
     * @param text the text about to be parsed
     * @param source the name the error gives, for example the file name
     * @param limits the limits, of which {@link InputLimits#maxLineLength()} applies
     * @throws DataFileException {@code SB-CORE-1202} naming the first line that is too long
     */
    public static void checkLineLength(CharSequence text, String source, InputLimits limits) {
        int max = limits.maxLineLength();
        int start = 0;
        long line = 1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > max) {
                    throw DataFileException.limitExceeded(source, line, "max_line_length", max,
                            (i - start) + " characters");
                }
                if (i < length && text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                line++;
            }
        }
    }

    /**
     * An I/O error that carries a typed limit error through a parser that only lets
     * {@link IOException}s pass (Jackson reading from a {@link #limitLines} reader).
     */
    public static final class OverLimitException extends IOException {

        private static final long serialVersionUID = 1L;

        /** The typed limit error carried ({@code SB-CORE-1201} or {@code 1202}). */
        private final DataFileException error;

        OverLimitException(DataFileException error) {
            super(error.getMessage());
            this.error = error;
        }

        /**
         * The typed error.
         *
         * @return the typed limit error ({@code SB-CORE-1201} or {@code 1202}); never null
         */
        public DataFileException error() {
            return error;
        }
    }

    /**
     * {@code in} refusing, with an {@link OverLimitException} naming the line, a physical line longer
     * than {@link InputLimits#maxLineLength()} characters; for parsers reading a stream.
     *
     * @param in the reader to wrap; closing the result closes it
     * @param source the name the error gives, for example the file name
     * @param limits the limits, of which {@link InputLimits#maxLineLength()} applies ({@code \n} and {@code \r} end a
     *     line)
     * @return a reader of the same characters that throws an {@link OverLimitException} carrying {@code SB-CORE-1202}
     *     ({@code max_line_length}, with the 1-based line) at the first character past the limit
     */
    public static Reader limitLines(Reader in, String source, InputLimits limits) {
        int max = limits.maxLineLength();
        return new FilterReader(in) {
            private long line = 1;
            private long length;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    count((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int count) throws IOException {
                int n = super.read(buffer, offset, count);
                for (int i = 0; i < n; i++) {
                    count(buffer[offset + i]);
                }
                return n;
            }

            private void count(char c) throws OverLimitException {
                if (c == '\n' || c == '\r') {
                    if (c == '\n') {
                        line++;
                    }
                    length = 0;
                } else if (++length > max) {
                    throw new OverLimitException(DataFileException.limitExceeded(source, line, "max_line_length", max,
                            "more than " + max + " characters"));
                }
            }
        };
    }

    /**
     * The typed error for a Jackson read that stopped at a limit, if {@code e} or one of its causes is
     * a {@link StreamConstraintsException}.
     *
     * @param source the name the error gives, for example the file name
     * @param e what the read threw
     * @param limits the limits the read was under, whose value the error names
     * @return for a {@link StreamConstraintsException} among {@code e} and its causes, {@code SB-CORE-1201} (document
     *     length) or {@code 1202} naming the limit; a {@link DataFileException} or {@link OverLimitException} met
     *     first is returned as it is; empty when the chain holds none of these
     */
    public static Optional<DataFileException> overLimit(String source, Throwable e, InputLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException sce) {
                String message = String.valueOf(sce.getOriginalMessage());
                JsonLocation where = sce.getLocation();
                long line = where == null ? 0 : Math.max(0, where.getLineNr());
                return Optional.of(limitOf(source, line, message, limits));
            }
            if (t instanceof DataFileException typed) {
                return Optional.of(typed);
            }
            if (t instanceof OverLimitException over) {
                return Optional.of(over.error());
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #overLimit} if it applies, else {@link DataFileException#unreadable}.
     *
     * @param source the name the error gives, for example the file name
     * @param e what the read threw
     * @param limits the limits the read was under
     * @return the error of {@link #overLimit} if there is one, else {@link DataFileException#unreadable} with {@code e}
     *     as its cause
     */
    public static DataFileException unreadable(String source, Throwable e, InputLimits limits) {
        return overLimit(source, e, limits).orElseGet(() -> DataFileException.unreadable(source, e));
    }

    private static DataFileException limitOf(String source, long line, String message, InputLimits limits) {
        if (message.contains("NestingDepth")) {
            return DataFileException.limitExceeded(source, line, "max_nesting_depth", limits.maxNestingDepth(),
                    message);
        }
        if (message.contains("NumberLength")) {
            return DataFileException.limitExceeded(source, line, "max_number_length", limits.maxNumberLength(),
                    message);
        }
        if (message.contains("NameLength")) {
            return DataFileException.limitExceeded(source, line, "max_name_length", limits.maxNameLength(), message);
        }
        if (message.contains("DocumentLength")) {
            return DataFileException.tooLarge(source, limits.maxInputBytes());
        }
        return DataFileException.limitExceeded(source, line, "max_string_length", limits.maxStringLength(), message);
    }
}
