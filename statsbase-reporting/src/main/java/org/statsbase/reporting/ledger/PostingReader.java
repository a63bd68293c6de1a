package org.statsbase.reporting.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;
import org.statsbase.reporting.ledger.internal.Problems;

/**
 * Reads postings from CSV and JSON Lines, collecting every bad line (1-based line number, field,
 * reason) before failing once: a file with any bad line yields nothing.
 *
 * <p>Thread safety: the mappers are shared read-only; each read has its own parser.
 */
final class PostingReader {

    /** Column names, in the order they are documented. */
    static final List<String> FIELDS = List.of("date", "account", "quantity", "unit", "record_digest",
            "record_description");
    private static final List<String> REQUIRED = List.of("date", "account", "quantity", "record_digest",
            "record_description");

    /** The mappers of one set of limits: built once, then only read with (thread-safe in that use). */
    private record Mappers(CsvMapper csv, ObjectMapper json) {

        static Mappers of(InputLimits limits) {
            CsvMapper csv = LimitedInput.csvMapper(limits);
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            ObjectMapper json = JsonMapper.builder(LimitedInput.jsonFactory(limits))
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                    .build();
            return new Mappers(csv, json);
        }
    }

    private static final Mappers DEFAULT = Mappers.of(InputLimits.defaults());

    private PostingReader() {
    }

    private static Mappers mappers(InputLimits limits) {
        return limits.equals(InputLimits.defaults()) ? DEFAULT : Mappers.of(limits);
    }

    /** The stream read whole under the byte limit, decoded strictly, lines limited. */
    private static Reader reader(InputStream in, String source, InputLimits limits) throws IOException {
        byte[] bytes = LimitedInput.readAll(in, source, limits);
        Reader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return LimitedInput.limitLines(reader, source, limits);
    }

    /** A limit exceeded ends the reading with its own typed error, not a problem of one line. */
    private static void throwIfOverLimit(String source, Throwable e, InputLimits limits) {
        Optional<DataFileException> over = LimitedInput.overLimit(source, e, limits);
        if (over.isPresent()) {
            throw over.get();
        }
    }

    /** Reads CSV with a header row. */
    static List<LedgerPosting> csv(InputStream in, String source, InputLimits limits) {
        Problems problems = new Problems(source, limits.maxProblems());
        List<LedgerPosting> postings = new ArrayList<>();
        try (MappingIterator<List<String>> it = mappers(limits).csv().readerForListOf(String.class)
                .readValues(reader(in, source, limits))) {
            Map<String, Integer> columns = null;
            int width = 0;
            while (it.hasNextValue()) {
                long line = Math.max(1, it.getParser().currentLocation().getLineNr());
                List<String> fields;
                try {
                    fields = it.nextValue();
                } catch (RuntimeException e) {
                    throwIfOverLimit(source, e, limits);
                    problems.add(line, "", ReportingError.LEDGER_LINE_MALFORMED, detail(e));
                    break;
                }
                if (columns == null) {
                    columns = header(fields, line, problems);
                    width = fields.size();
                    if (problems.any()) {
                        break;
                    }
                    continue;
                }
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (fields.size() != width) {
                    problems.add(line, "", ReportingError.LEDGER_LINE_WIDTH, fields.size(), width);
                    continue;
                }
                Map<String, Integer> cols = columns;
                posting(name -> cols.containsKey(name) ? fields.get(cols.get(name)) : null, line, problems)
                        .ifPresent(postings::add);
            }
            if (columns == null && !problems.any()) {
                problems.add(1, "", ReportingError.LEDGER_COLUMN_MISSING, REQUIRED.get(0), String.join(", ", REQUIRED));
            }
        } catch (JsonProcessingException e) {
            throwIfOverLimit(source, e, limits);
            problems.add(e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()), "",
                    ReportingError.LEDGER_LINE_MALFORMED, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw LimitedInput.unreadable(source, e, limits);
        }
        problems.throwIfAny();
        return List.copyOf(postings);
    }

    private static Map<String, Integer> header(List<String> fields, long line, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = EntryFields.normalize(fields.get(i)).toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(name)) {
                problems.add(line, name, ReportingError.LEDGER_FIELD_UNKNOWN, name, String.join(", ", FIELDS));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(line, name, ReportingError.LEDGER_LINE_MALFORMED, "column " + name + " twice / 列" + name
                        + "重复");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(line, required, ReportingError.LEDGER_COLUMN_MISSING, required, String.join(", ", REQUIRED));
            }
        }
        return columns;
    }

    /** Reads JSON Lines: one object per non-blank line. */
    static List<LedgerPosting> jsonLines(InputStream in, String source, InputLimits limits) {
        Problems problems = new Problems(source, limits.maxProblems());
        List<LedgerPosting> postings = new ArrayList<>();
        ObjectMapper json = mappers(limits).json();
        try (BufferedReader reader = new BufferedReader(reader(in, source, limits))) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(text);
                } catch (JsonProcessingException e) {
                    throwIfOverLimit(source, e, limits);
                    problems.add(line, "", ReportingError.LEDGER_LINE_MALFORMED, e.getOriginalMessage());
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.add(line, "", ReportingError.LEDGER_LINE_MALFORMED, "not a JSON object / 不是JSON对象");
                    continue;
                }
                boolean ok = true;
                for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!FIELDS.contains(name)) {
                        problems.add(line, name, ReportingError.LEDGER_FIELD_UNKNOWN, name, String.join(", ", FIELDS));
                        ok = false;
                    }
                }
                long at = line;
                Map<String, String> values = new HashMap<>();
                for (String name : FIELDS) {
                    JsonNode v = node.get(name);
                    if (v == null || v.isNull()) {
                        continue;
                    }
                    if (v.isTextual()) {
                        values.put(name, v.textValue());
                    } else if (name.equals("quantity") && v.isNumber()) {
                        values.put(name, v.decimalValue().toPlainString());
                    } else {
                        problems.add(at, name, ReportingError.LEDGER_FIELD_INVALID, name, v.toString(),
                                name.equals("quantity") ? "a JSON number or string" : "a JSON string",
                                name.equals("quantity") ? "JSON数字或字符串" : "JSON字符串");
                        ok = false;
                    }
                }
                if (ok) {
                    posting(values::get, line, problems).ifPresent(postings::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw LimitedInput.unreadable(source, e, limits);
        }
        problems.throwIfAny();
        return List.copyOf(postings);
    }

    private static java.util.Optional<LedgerPosting> posting(Function<String, String> field, long line,
            Problems problems) {
        int before = problems.size();
        var date = check(line, "date", problems, () -> EntryFields.date(field.apply("date")));
        var account = check(line, "account", problems, () -> EntryFields.account(field.apply("account")));
        var quantity = check(line, "quantity", problems, () -> EntryFields.quantity(field.apply("quantity")));
        String unitText = field.apply("unit");
        var unit = unitText == null || unitText.isBlank() ? LedgerPosting.YUAN
                : check(line, "unit", problems, () -> EntryFields.unit(unitText));
        var digest = check(line, "record_digest", problems, () -> EntryFields.digest(field.apply("record_digest")));
        var description = check(line, "record_description", problems,
                () -> EntryFields.text("record_description", field.apply("record_description")));
        // a failed check gives null: once the problem list is full, its size no longer tells
        if (problems.size() > before || date == null || account == null || quantity == null || unit == null
                || digest == null || description == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LedgerPosting.of(date, account, quantity, unit,
                OriginalRecord.of(digest, description)));
    }

    private static <T> T check(long line, String name, Problems problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ReportingException e) {
            problems.add(line, name, e);
            return null;
        }
    }

    private static String detail(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    }
}
