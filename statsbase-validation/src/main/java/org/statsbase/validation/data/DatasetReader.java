package org.statsbase.validation.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.data.internal.Utf8LineReader;
import org.statsbase.validation.error.ValidationError;

/**
 * Reads CSV and JSON Lines files into {@link ColumnarDataset}s, with the record key columns the caller
 * names (for example the unit's 统一社会信用代码 and the report period), as the data side of
 * 数据采集审核 (review of collected data against 审核公式) needs them.
 *
 * <p><b>Files.</b> UTF-8, a leading byte order mark ignored. CSV: RFC 4180 as Jackson's CSV module
 * reads it, the first non-empty line is the header (column names, stripped), then one record per row.
 * JSON Lines: one JSON object per line, field name → value; the columns are every field name the file
 * uses, in the order first met. Empty lines carry no record and are skipped in both formats.
 *
 * <p><b>Cells.</b> Every cell is stripped of surrounding blanks; an empty cell (in JSON Lines also
 * {@code null}, {@code ""} and an absent field) is <em>missing</em>. Numbers are written
 * {@code [+-]digits[.digits]} (no exponent, no thousands separators, at most 60 characters) and kept
 * exactly as decimals. Booleans: {@code true}/{@code false} (any case), {@code 是}/{@code 否},
 * {@code 1}/{@code 0}. Dates: ISO {@code yyyy-MM-dd}.
 *
 * <p><b>Column types</b>, first rule that applies: (1) a type the caller gives ({@link #withType},
 * {@link #withTextColumns}); (2) the type of the indicator of that code in the form definition
 * ({@link #withForm}: NUMBER and INTEGER → NUMBER, TEXT and CODE → TEXT, DATE → DATE, BOOLEAN → BOOLEAN;
 * an INTEGER's cells are not required to be whole, that is a rule's concern); (3) a key column is TEXT
 * (unit ids and periods are codes); (4) inferred — columns the form does not define (remarks, extra
 * columns) are inferred too, not refused; an indicator of the form that the file lacks is simply not
 * a column (whether a rule may read it is the rule checker's concern, not the reader's). CSV
 * inference: a column is NUMBER when every non-empty cell
 * is a number and none has a leading zero ({@code 0123}, {@code -01}: a code, so the column is TEXT and
 * keeps its zeros; {@code 0}, {@code 0.5} are numbers); otherwise TEXT. Booleans and dates are never
 * inferred from CSV text: declare them. JSON Lines inference: only JSON numbers → NUMBER, only JSON
 * booleans → BOOLEAN, only strings → TEXT (a string is never guessed to be a number), a mix → TEXT.
 * A column whose cells are all missing is NUMBER. Rows that cannot be split into cells (the wrong
 * number of cells, bytes that are not UTF-8, a line that is not a JSON object) take no part in inference.
 *
 * <p><b>Bad rows</b> are never dropped silently: each gets a {@link ReadProblem} with its line (the
 * line the row starts on) and the reading goes on, so that every bad row of a file is reported at
 * once. A row is bad when it has a different number of cells than the header, bytes that are not
 * UTF-8, a cell that is not of its column's type (each such cell is reported), an empty key value,
 * or (JSON Lines) is not JSON, not an object, or has an array or object as a value or a field without
 * a name. A CSV syntax error (an unclosed quote) stops the reading: it is reported at its line, the
 * rows before it are kept. The {@link DatasetRead} result holds the dataset of the accepted rows and
 * the problems; {@link DatasetRead#orElseThrow()} gives all or nothing. Problems of the whole file
 * (it cannot be opened, has no header, a header column without a name or twice, a key column absent
 * from the header) throw {@link DatasetReadException} at once.
 *
 * <p>Files are read twice when a column type must be inferred (once to infer, once to store), so
 * that only the compact columns are held, never the text of every cell; an {@link InputStream} is
 * therefore read into memory first — prefer the {@link Path} methods for large files.
 *
 * <p>Thread safety: immutable; the {@code with…} methods return new readers, and one reader may read
 * several files at once from several threads.
 */
public final class DatasetReader {

    /** The mappers of one set of limits: configured once, then only used for reading (thread-safe in that use). */
    private record Mappers(CsvMapper csv, ObjectMapper json) {

        static Mappers of(InputLimits limits) {
            CsvMapper csv = LimitedInput.csvMapper(limits);
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            ObjectMapper json = new ObjectMapper(LimitedInput.jsonFactory(limits))
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            return new Mappers(csv, json);
        }
    }

    private static final Mappers DEFAULT_MAPPERS = Mappers.of(InputLimits.defaults());

    private final List<String> keyColumns;
    private final Map<String, ColumnType> types;
    private final Optional<ReportForm> form;
    private final InputLimits limits;
    private final Mappers mappers;

    private DatasetReader(List<String> keyColumns, Map<String, ColumnType> types, Optional<ReportForm> form,
            InputLimits limits) {
        this.keyColumns = keyColumns;
        this.types = types;
        this.form = form;
        this.limits = limits;
        this.mappers = limits.equals(InputLimits.defaults()) ? DEFAULT_MAPPERS : Mappers.of(limits);
    }

    /**
     * A reader of records keyed by these columns (none: records without key, {@link Dataset#find}
     * finds nothing).
     *
     * @param keyColumns the key column names, in key order; empty for records without key
     * @return the reader, inferring types from the cells and reading under {@link InputLimits#defaults()}
     * @throws IllegalArgumentException if a key column is blank or named twice
     */
    public static DatasetReader withKey(List<String> keyColumns) {
        List<String> keys = List.copyOf(keyColumns);
        if (new HashSet<>(keys).size() != keys.size() || keys.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("key columns must be distinct names: " + keys);
        }
        return new DatasetReader(keys, Map.of(), Optional.empty(), InputLimits.defaults());
    }

    /**
     * A reader of records keyed by these columns.
     *
     * @param keyColumns the key column names, in key order; none for records without key
     * @return the reader, inferring types from the cells and reading under {@link InputLimits#defaults()}
     */
    public static DatasetReader withKey(String... keyColumns) {
        return withKey(List.of(keyColumns));
    }

    /**
     * This reader taking the types of the indicators of {@code form} (see the class comment).
     *
     * @param form the form whose indicators give the column types, never null
     * @return a new reader; this one is unchanged
     */
    public DatasetReader withForm(ReportForm form) {
        return new DatasetReader(keyColumns, types, Optional.of(Objects.requireNonNull(form, "form")), limits);
    }

    /**
     * This reader reading these columns as TEXT whatever their cells or the form say (columns that rules
     * use as text); names absent from a file are ignored.
     *
     * @param columns the column names to read as text
     * @return a new reader; this one is unchanged
     */
    public DatasetReader withTextColumns(Set<String> columns) {
        Map<String, ColumnType> all = new HashMap<>(types);
        for (String column : columns) {
            all.put(Objects.requireNonNull(column, "column"), ColumnType.TEXT);
        }
        return new DatasetReader(keyColumns, Map.copyOf(all), form, limits);
    }

    /**
     * This reader reading the named column as {@code type} whatever its cells or the form say.
     *
     * @param column the column name
     * @param type the type to read it as
     * @return a new reader; this one is unchanged
     */
    public DatasetReader withType(String column, ColumnType type) {
        Map<String, ColumnType> all = new HashMap<>(types);
        all.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(type, "type"));
        return new DatasetReader(keyColumns, Map.copyOf(all), form, limits);
    }

    /**
     * This reader reading under {@code limits} instead of {@link InputLimits#defaults()}: file size,
     * line length (CSV and JSON Lines), CSV field and JSON string length, JSON nesting depth, number
     * and name length. A limit exceeded stops the reading with a {@link DatasetReadException} whose
     * problem is {@link ValidationError#INPUT_LIMIT_EXCEEDED} ({@code SB-VAL-0801}).
     *
     * @param limits the limits every file and stream is read under, never null
     * @return a new reader; this one is unchanged
     */
    public DatasetReader withLimits(InputLimits limits) {
        return new DatasetReader(keyColumns, types, form, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * The key columns.
     *
     * @return the key column names, in key order; empty for records without key
     */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The limits this reader reads under ({@link InputLimits#defaults()} unless {@link #withLimits} changed them).
     *
     * @return the limits files and streams are read under; never null
     */
    public InputLimits limits() {
        return limits;
    }

    /**
     * Reads a CSV file.
     *
     * @param file a UTF-8 CSV file with a header row (a BOM is dropped)
     * @return the accepted rows and a problem for every other row
     * @throws DatasetReadException if the file cannot be read, exceeds a limit of {@link #limits()}
     *                              ({@code SB-VAL-0801}) or its header is unusable
     */
    public DatasetRead readCsv(Path file) {
        Objects.requireNonNull(file, "file");
        checkSize(file);
        return readCsv(() -> Files.newInputStream(file), file.toString());
    }

    /**
     * Reads CSV from a stream (read whole, not closed here).
     *
     * @param in the CSV bytes, UTF-8 with a header row
     * @param source a name for problems, for example the upload's file name
     * @return the accepted rows and a problem for every other row
     * @throws DatasetReadException if the stream cannot be read, exceeds a limit ({@code SB-VAL-0801}) or its
     *                              header is unusable
     */
    public DatasetRead readCsv(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes = readAll(Objects.requireNonNull(in, "in"), source, limits);
        return readCsv(() -> new ByteArrayInputStream(bytes), source);
    }

    /**
     * Reads a JSON Lines file.
     *
     * @param file a UTF-8 file of one JSON object per line
     * @return the accepted rows and a problem for every other line
     * @throws DatasetReadException if the file cannot be read or exceeds a limit ({@code SB-VAL-0801})
     */
    public DatasetRead readJsonLines(Path file) {
        Objects.requireNonNull(file, "file");
        checkSize(file);
        return readJsonLines(() -> Files.newInputStream(file), file.toString());
    }

    /**
     * Reads JSON Lines from a stream (read whole, not closed here).
     *
     * @param in the JSON Lines bytes, UTF-8
     * @param source a name for problems
     * @return the accepted rows and a problem for every other line
     * @throws DatasetReadException if the stream cannot be read or exceeds a limit ({@code SB-VAL-0801})
     */
    public DatasetRead readJsonLines(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes = readAll(Objects.requireNonNull(in, "in"), source, limits);
        return readJsonLines(() -> new ByteArrayInputStream(bytes), source);
    }

    // ---- types ----------------------------------------------------------------------------------

    /** The type given for a column (caller, form, key), or empty when it is to be inferred. */
    private Optional<ColumnType> declared(String column) {
        ColumnType given = types.get(column);
        if (given != null) {
            return Optional.of(given);
        }
        if (form.isPresent()) {
            Optional<ColumnType> fromForm = form.get().indicator(column).map(i -> of(i.type()));
            if (fromForm.isPresent()) {
                return fromForm;
            }
        }
        return keyColumns.contains(column) ? Optional.of(ColumnType.TEXT) : Optional.empty();
    }

    private static ColumnType of(IndicatorType type) {
        return switch (type) {
            case NUMBER, INTEGER -> ColumnType.NUMBER;
            case TEXT, CODE -> ColumnType.TEXT;
            case DATE -> ColumnType.DATE;
            case BOOLEAN -> ColumnType.BOOLEAN;
        };
    }

    // ---- CSV ------------------------------------------------------------------------------------

    private interface Opener {
        InputStream open() throws IOException;
    }

    /** One CSV row as the scanner sees it; {@code false} stops the scan. */
    private interface RowHandler {
        boolean row(long line, List<String> cells, boolean badBytes);
    }

    private DatasetRead readCsv(Opener opener, String source) {
        // Pass 1: the header, and the facts inference needs.
        List<String> header = new ArrayList<>();
        long[] headerLine = {0};
        boolean[] headerBad = {false};
        Map<Integer, Boolean> infer = new LinkedHashMap<>(); // column -> still a number candidate
        scanCsv(opener, source, (line, cells, badBytes) -> {
            if (headerLine[0] == 0) {
                headerLine[0] = line;
                headerBad[0] = badBytes;
                cells.forEach(cell -> header.add(cell.strip()));
                for (int c = 0; c < header.size(); c++) {
                    if (!header.get(c).isEmpty() && declared(header.get(c)).isEmpty()) {
                        infer.put(c, Boolean.TRUE);
                    }
                }
                return !infer.isEmpty() && !badBytes;
            }
            if (badBytes || cells.size() != header.size()) {
                return true;
            }
            for (Map.Entry<Integer, Boolean> e : infer.entrySet()) {
                String cell = cells.get(e.getKey()).strip();
                if (e.getValue() && !cell.isEmpty() && (!Cells.isNumber(cell) || Cells.hasLeadingZero(cell))) {
                    e.setValue(Boolean.FALSE);
                }
            }
            return true;
        });
        if (headerLine[0] == 0) {
            throw new DatasetReadException(source, List.of(ReadProblem.of(source, 0, "",
                    ValidationError.DATA_NO_HEADER, source)));
        }
        Schema schema = csvSchema(source, header, headerLine[0], headerBad[0], infer);
        int width = header.size();
        ColumnType[] columnTypes = schema.columns().stream().map(Column::type).toArray(ColumnType[]::new);
        boolean[] isKey = new boolean[width];
        for (int c = 0; c < width; c++) {
            isKey[c] = keyColumns.contains(header.get(c));
        }

        // Pass 2: store the rows, report the bad ones.
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        List<ReadProblem> problems = new ArrayList<>();
        Value[] values = new Value[width];
        boolean[] inHeader = {true};
        ReadProblem syntax = scanCsv(opener, source, (line, cells, badBytes) -> {
            if (inHeader[0]) {
                inHeader[0] = false;
                return true;
            }
            if (badBytes) {
                problems.add(ReadProblem.of(source, line, "", ValidationError.DATA_NOT_UTF8));
                return true;
            }
            if (cells.size() != width) {
                problems.add(ReadProblem.of(source, line, "", ValidationError.DATA_ROW_WIDTH, cells.size(), width));
                return true;
            }
            int before = problems.size();
            for (int c = 0; c < width; c++) {
                values[c] = cell(source, line, header.get(c), cells.get(c).strip(), columnTypes[c], isKey[c],
                        problems);
            }
            if (problems.size() == before) {
                builder.add(values);
            }
            return true;
        });
        if (syntax != null) {
            problems.add(syntax);
        }
        return new DatasetRead(source, builder.build(), problems);
    }

    private Schema csvSchema(String source, List<String> header, long line, boolean badBytes,
            Map<Integer, Boolean> infer) {
        List<ReadProblem> problems = new ArrayList<>();
        if (badBytes) {
            problems.add(ReadProblem.of(source, line, "", ValidationError.DATA_NOT_UTF8));
        }
        Set<String> names = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                problems.add(ReadProblem.of(source, line, "", ValidationError.DATA_BLANK_COLUMN_NAME, c + 1));
            } else if (!names.add(name)) {
                problems.add(ReadProblem.of(source, line, name, ValidationError.DATA_REPEATED_COLUMN, name));
            }
        }
        for (String key : keyColumns) {
            if (!names.contains(key)) {
                problems.add(ReadProblem.of(source, line, key, ValidationError.DATA_NO_KEY_COLUMN, key));
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetReadException(source, problems);
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            // A candidate that never met a non-empty cell stays a number: an all-missing column is NUMBER.
            Boolean number = infer.get(c);
            ColumnType type = number == null ? declared(header.get(c)).orElseThrow()
                    : number ? ColumnType.NUMBER : ColumnType.TEXT;
            columns.add(Column.of(header.get(c), type));
        }
        return Schema.of(columns, keyColumns);
    }

    /** The value of a stripped cell, or {@code null} after adding its problem. */
    private static Value cell(String source, long line, String column, String text, ColumnType type, boolean key,
            List<ReadProblem> problems) {
        if (text.isEmpty()) {
            if (key) {
                problems.add(ReadProblem.of(source, line, column, ValidationError.DATA_KEY_MISSING, column));
            }
            return Value.missing();
        }
        Optional<Value> value = Cells.parse(text, type);
        if (value.isEmpty()) {
            problems.add(ReadProblem.of(source, line, column, ValidationError.DATA_BAD_CELL, column,
                    Cells.shown(text), Cells.nameZh(type), Cells.nameEn(type)));
            return null;
        }
        return value.get();
    }

    /** Runs the handler over the non-empty rows; returns the syntax error that stopped it, if any. */
    private ReadProblem scanCsv(Opener opener, String source, RowHandler handler) {
        long line = 1;
        try (Utf8LineReader reader = new Utf8LineReader(open(opener, source));
                MappingIterator<List<String>> it = mappers.csv().readerForListOf(String.class)
                        .readValues(LimitedInput.limitLines(reader, source, limits))) {
            while (true) {
                line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    return null;
                }
                List<String> cells = it.nextValue();
                long end = Math.max(line, it.getParser().currentLocation().getLineNr() - 1);
                boolean bad = reader.hadBadBytes(line, end);
                if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isBlank() && !bad) {
                    continue;
                }
                if (!handler.row(line, cells, bad)) {
                    return null;
                }
            }
        } catch (JsonProcessingException e) {
            throwIfOverLimit(source, e);
            long at = e.getLocation() == null ? line : Math.max(line, e.getLocation().getLineNr());
            return ReadProblem.of(source, at, "", ValidationError.DATA_CSV_SYNTAX, Cells.shown(e.getOriginalMessage()));
        } catch (IOException | UncheckedIOException e) {
            throwIfOverLimit(source, e);
            throw unreadable(source, e);
        } catch (RuntimeException e) {
            throwIfOverLimit(source, e);
            if (e.getCause() instanceof JsonProcessingException j) {
                return ReadProblem.of(source, line, "", ValidationError.DATA_CSV_SYNTAX,
                        Cells.shown(j.getOriginalMessage()));
            }
            throw e;
        }
    }

    // ---- JSON Lines -----------------------------------------------------------------------------

    private interface LineHandler {
        void line(long number, String text, boolean badBytes);
    }

    private DatasetRead readJsonLines(Opener opener, String source) {
        // Pass 1: the columns, in the order first met, and what kinds of JSON values they hold.
        Map<String, Integer> kinds = new LinkedHashMap<>();
        scanLines(opener, source, (number, text, badBytes) -> {
            if (badBytes) {
                return;
            }
            JsonNode node = parse(source, text);
            if (node == null || !node.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isBlank()) {
                    continue;
                }
                JsonNode v = e.getValue();
                int kind = v.isNumber() ? 1 : v.isTextual() && !v.asText().isBlank() ? 2 : v.isBoolean() ? 4 : 0;
                kinds.merge(e.getKey(), kind, (a, b) -> a | b);
            }
        });
        for (String key : keyColumns) {
            kinds.putIfAbsent(key, 0);
        }
        List<Column> columns = new ArrayList<>();
        kinds.forEach((name, kind) -> columns.add(Column.of(name, declared(name).orElseGet(() -> switch (kind) {
            case 0, 1 -> ColumnType.NUMBER;
            case 4 -> ColumnType.BOOLEAN;
            default -> ColumnType.TEXT;
        }))));
        Schema schema = Schema.of(columns, keyColumns);

        // Pass 2: store the rows, report the bad ones.
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        List<ReadProblem> problems = new ArrayList<>();
        Value[] values = new Value[columns.size()];
        boolean[] isKey = new boolean[columns.size()];
        for (int c = 0; c < isKey.length; c++) {
            isKey[c] = keyColumns.contains(columns.get(c).name());
        }
        scanLines(opener, source, (number, text, badBytes) -> {
            if (badBytes) {
                problems.add(ReadProblem.of(source, number, "", ValidationError.DATA_NOT_UTF8));
                return;
            }
            JsonNode node;
            try {
                node = mappers.json().readTree(text);
            } catch (JsonProcessingException e) {
                throwIfOverLimit(source, e);
                problems.add(ReadProblem.of(source, number, "", ValidationError.DATA_BROKEN_JSON,
                        Cells.shown(e.getOriginalMessage())));
                return;
            } catch (NumberFormatException e) {
                // found by fuzzing (issue 8): a number such as 1e309999… that no BigDecimal holds
                problems.add(ReadProblem.of(source, number, "", ValidationError.DATA_BROKEN_JSON,
                        Cells.shown(String.valueOf(e.getMessage()))));
                return;
            }
            if (node == null || !node.isObject()) {
                problems.add(ReadProblem.of(source, number, "", ValidationError.DATA_NOT_JSON_OBJECT,
                        node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
                return;
            }
            int before = problems.size();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isBlank()) {
                    problems.add(ReadProblem.of(source, number, "", ValidationError.DATA_BLANK_FIELD_NAME));
                } else if (e.getValue().isContainerNode()) {
                    problems.add(ReadProblem.of(source, number, e.getKey(), ValidationError.DATA_NOT_SCALAR,
                            e.getKey()));
                }
            }
            for (int c = 0; c < values.length; c++) {
                Column column = columns.get(c);
                JsonNode v = node.get(column.name());
                boolean key = isKey[c];
                if (v == null || v.isNull()) {
                    values[c] = cell(source, number, column.name(), "", column.type(), key, problems);
                } else if (v.isContainerNode()) {
                    values[c] = null; // reported above
                } else if (v.isNumber() && column.type() == ColumnType.NUMBER) {
                    values[c] = Value.of(v.decimalValue());
                } else {
                    String s = v.isNumber() ? Value.of(v.decimalValue()).render() : v.asText();
                    values[c] = cell(source, number, column.name(), s.strip(), column.type(), key, problems);
                }
            }
            if (problems.size() == before) {
                builder.add(values);
            }
        });
        return new DatasetRead(source, builder.build(), problems);
    }

    private JsonNode parse(String source, String text) {
        try {
            return mappers.json().readTree(text);
        } catch (JsonProcessingException | NumberFormatException e) {
            throwIfOverLimit(source, e);
            // NumberFormatException (found by fuzzing, issue 8): a number such as 1e309999… that no BigDecimal holds
            return null;
        }
    }

    /** Runs the handler over the non-blank lines (1-based numbers; a trailing CR is dropped). */
    private void scanLines(Opener opener, String source, LineHandler handler) {
        try (Utf8LineReader reader = new Utf8LineReader(open(opener, source))) {
            char[] buffer = new char[8192];
            StringBuilder line = new StringBuilder();
            long number = 1;
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        emit(reader, handler, number++, line);
                    } else if (line.length() >= limits.maxLineLength() && buffer[i] != '\r') {
                        throw overLimit(source, DataFileException.limitExceeded(source, number, "max_line_length",
                                limits.maxLineLength(), "more than " + limits.maxLineLength() + " characters"));
                    } else {
                        line.append(buffer[i]);
                    }
                }
            }
            emit(reader, handler, number, line);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(source, e);
        }
    }

    private static void emit(Utf8LineReader reader, LineHandler handler, long number, StringBuilder line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        String text = line.substring(0, end);
        line.setLength(0);
        boolean bad = reader.hadBadBytes(number, number);
        if (!text.isBlank() || bad) {
            handler.line(number, text, bad);
        }
    }

    // ---- sources --------------------------------------------------------------------------------

    private static InputStream open(Opener opener, String source) {
        try {
            return opener.open();
        } catch (NoSuchFileException e) {
            throw new DatasetReadException(source, List.of(ReadProblem.of(source, 0, "",
                    ValidationError.DATA_UNREADABLE, source, "文件不存在", "no such file")));
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static byte[] readAll(InputStream in, String source, InputLimits limits) {
        try {
            return LimitedInput.readAll(in, source, limits);
        } catch (DataFileException e) {
            throw e.code().startsWith("SB-CORE-12") ? overLimit(source, e) : unreadable(source, e);
        }
    }

    private void checkSize(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxInputBytes()) {
                throw overLimit(file.toString(), DataFileException.tooLarge(file.toString(), limits.maxInputBytes()));
            }
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    private void throwIfOverLimit(String source, Throwable e) {
        Optional<DataFileException> over = LimitedInput.overLimit(source, e, limits);
        if (over.isPresent()) {
            throw overLimit(source, over.get());
        }
    }

    private static DatasetReadException overLimit(String source, DataFileException e) {
        return new DatasetReadException(source, List.of(ReadProblem.of(source, e.problems().get(0).line(), "",
                ValidationError.INPUT_LIMIT_EXCEEDED, source, e.code() + " " + e.messageZh(),
                e.code() + " " + e.messageEn())), e);
    }

    private static DatasetReadException unreadable(String source, Exception e) {
        return new DatasetReadException(source, List.of(ReadProblem.of(source, 0, "",
                ValidationError.DATA_UNREADABLE, source, Cells.shown(String.valueOf(e.getMessage())),
                Cells.shown(String.valueOf(e.getMessage())))), e);
    }
}
