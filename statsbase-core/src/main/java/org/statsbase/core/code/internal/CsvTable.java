package org.statsbase.core.code.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/**
 * A user-supplied CSV file read as rows of text with their 1-based line numbers: UTF-8 (a byte
 * order mark is dropped, undecodable bytes make the file unreadable), first row the header.
 * Rows whose fields are all blank carry no data and are left out; every other row is returned,
 * so that the caller can report each bad one.
 *
 * <p>Thread safety: immutable once read (the shared CSV mapper is only used for reading, which
 * is thread-safe); {@link #read} may be called from any thread.
 */
public final class CsvTable {

    private static final CsvMapper DEFAULT_MAPPER = mapper(InputLimits.defaults());

    /**
     * One data row.
     *
     * <p>Thread safety: immutable.
     */
    public record Row(long line, List<String> fields) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** The header fields, stripped; empty if the file is empty. */
    public List<String> header() {
        return header;
    }

    /** The data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    private static CsvMapper mapper(InputLimits limits) {
        CsvMapper mapper = LimitedInput.csvMapper(limits);
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return mapper;
    }

    /** Reads the whole stream (not closed here) under {@link InputLimits#defaults()}. */
    public static CsvTable read(InputStream in, String source) {
        return read(in, source, InputLimits.defaults());
    }

    /**
     * Reads the whole stream (not closed here) under {@code limits}: at most
     * {@link InputLimits#maxInputBytes()} bytes, lines of {@link InputLimits#maxLineLength()} and
     * fields of {@link InputLimits#maxStringLength()} characters.
     */
    public static CsvTable read(InputStream in, String source, InputLimits limits) {
        String text = decode(LimitedInput.readAll(in, source, limits), source);
        LimitedInput.checkLineLength(text, source, limits);
        CsvMapper mapper = limits.equals(InputLimits.defaults()) ? DEFAULT_MAPPER : mapper(limits);
        try {
            List<String> header = List.of();
            List<Row> rows = new ArrayList<>();
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
                boolean first = true;
                while (true) {
                    long line = it.getParser().currentLocation().getLineNr();
                    if (!it.hasNextValue()) {
                        break;
                    }
                    List<String> fields = it.nextValue();
                    if (first) {
                        header = fields.stream().map(String::strip).toList();
                        first = false;
                    } else if (!fields.stream().allMatch(String::isBlank)) {
                        rows.add(new Row(line, List.copyOf(fields)));
                    }
                }
            }
            return new CsvTable(header, List.copyOf(rows));
        } catch (IOException | RuntimeException e) {
            throw LimitedInput.unreadable(source, e, limits);
        }
    }

    /** Strict UTF-8, a leading byte order mark dropped. */
    private static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DataFileException.unreadable(source, e);
        }
    }
}
