package org.statsbase.core.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.internal.config.JsonFiles;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/**
 * Reads a GB/T 4754-2017 table (nested JSON or flat CSV) and checks its structure, collecting
 * every problem before failing once, so that whoever fixes the file sees all of them.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class IndustryTableReader {

    private static final CsvMapper CSV = csv(InputLimits.defaults());

    private final String source;
    private final IndustryLevel depth;
    private final List<DataProblem> problems = new ArrayList<>();
    /** Every well-formed code seen, with where it was first seen. */
    private final TreeMap<IndustryCode, Where> seen = new TreeMap<>();
    /** The names of the entries that pass every check of their own. */
    private final TreeMap<IndustryCode, String> names = new TreeMap<>();

    /** A place in the file: a CSV line, or a JSON path. */
    private record Where(long line, String path) {

        String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        String zh() {
            return line > 0 ? "第 " + line + " 行" : " " + path;
        }

        String en() {
            return line > 0 ? "line " + line : path;
        }
    }

    private IndustryTableReader(String source, IndustryLevel depth) {
        this.source = source;
        this.depth = depth;
    }

    /** Reads a nested JSON array {@code [{code,name,children:[...]}]} holding every level down to {@code depth}. */
    static IndustryClassification readJson(InputStream in, String source, IndustryLevel depth, InputLimits limits) {
        return readJson(in, source, depth, "", limits);
    }

    /**
     * Reads a JSON document; when {@code member} is not empty the array is that member of the
     * root object (the shipped resource keeps its provenance beside the entries).
     */
    static IndustryClassification readJson(InputStream in, String source, IndustryLevel depth, String member,
            InputLimits limits) {
        JsonNode root = JsonFiles.read(source, in, limits);
        IndustryTableReader reader = new IndustryTableReader(source, depth);
        String path = "$";
        JsonNode array = root;
        if (!member.isEmpty()) {
            path = "$." + member;
            array = root.get(member);
        }
        if (array == null || !array.isArray()) {
            reader.problem(0, path, CoreError.INDUSTRY_TABLE_BAD_FIELD, path, "array");
        } else {
            reader.walk(array, path, null);
        }
        return reader.finish(true);
    }

    private void walk(JsonNode array, String path, IndustryCode parent) {
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problem(0, at, CoreError.INDUSTRY_TABLE_BAD_FIELD, at, "object");
                continue;
            }
            Where where = new Where(0, at);
            String code = text(node, where, "code");
            String name = text(node, where, "name");
            IndustryCode parsed = code == null ? null : entry(where, code, name, parent != null, parent);
            JsonNode children = node.get("children");
            if (children == null || children.isNull()) {
                continue;
            }
            if (!children.isArray()) {
                problem(0, where.field("children"), CoreError.INDUSTRY_TABLE_BAD_FIELD, where.field("children"),
                        "array");
            } else if (parsed != null) {
                walk(children, where.field("children"), parsed);
            } else if (children.size() > 0) {
                // The children of an unusable node are still checked for their own problems;
                // whether they sit under the right parent cannot be told.
                walkOrphans(children, where.field("children"));
            }
        }
    }

    private void walkOrphans(JsonNode array, String path) {
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problem(0, at, CoreError.INDUSTRY_TABLE_BAD_FIELD, at, "object");
                continue;
            }
            Where where = new Where(0, at);
            String code = text(node, where, "code");
            String name = text(node, where, "name");
            if (code != null) {
                entry(where, code, name, true, null);
            }
            JsonNode children = node.get("children");
            if (children != null && children.isArray()) {
                walkOrphans(children, where.field("children"));
            }
        }
    }

    private String text(JsonNode node, Where where, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            problem(0, where.field(field), CoreError.INDUSTRY_TABLE_BAD_FIELD, where.field(field), "string");
            return null;
        }
        return value.asText();
    }

    /** Reads a flat CSV {@code code,name} with a header line. */
    static IndustryClassification readCsv(InputStream in, String source, IndustryLevel depth, InputLimits limits) {
        IndustryTableReader reader = new IndustryTableReader(source, depth);
        String text = new String(LimitedInput.readAll(in, source, limits), StandardCharsets.UTF_8);
        LimitedInput.checkLineLength(text, source, limits);
        CsvMapper mapper = limits.equals(InputLimits.defaults()) ? CSV : csv(limits);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                long line = rows.getParser().currentLocation().getLineNr();
                List<String> row = rows.nextValue();
                if (header) {
                    header = false;
                    reader.header(line, row);
                } else if (!isBlank(row)) {
                    reader.row(line, row);
                }
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            // A syntax error (an unclosed quote) leaves no trustworthy line structure after it.
            throw LimitedInput.unreadable(source, e, limits);
        }
        return reader.finish(false);
    }

    private static CsvMapper csv(InputLimits limits) {
        CsvMapper mapper = LimitedInput.csvMapper(limits);
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return mapper;
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private void header(long line, List<String> row) {
        List<String> cells = row.stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
        if (cells.size() != 2 || !cells.get(0).equalsIgnoreCase("code") || !cells.get(1).equalsIgnoreCase("name")) {
            problem(line, "", CoreError.INDUSTRY_TABLE_CSV_HEADER, String.join(",", row));
        }
    }

    private void row(long line, List<String> row) {
        if (row.size() != 2) {
            problem(line, "", CoreError.INDUSTRY_TABLE_CSV_COLUMNS, row.size());
            return;
        }
        entry(new Where(line, ""), row.get(0), row.get(1), false, null);
    }

    /**
     * Checks one entry: the code, the name, (JSON) its place under {@code parent}, uniqueness.
     *
     * @param nested whether the entry is inside another (JSON); for CSV parents are checked at the end
     * @return the parsed code, or {@code null} if it is unusable
     */
    private IndustryCode entry(Where where, String rawCode, String rawName, boolean nested, IndustryCode parent) {
        CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(rawCode);
        boolean ok = true;
        if (!check.isValid()) {
            problem(where.line, where.field("code"), CoreError.INDUSTRY_TABLE_BAD_CODE, rawCode.strip(),
                    check.messageZh(), check.messageEn());
        }
        String label = check.value().map(IndustryCode::canonical).orElse(rawCode.strip());
        String name = rawName == null ? null : rawName.strip();
        if (name != null && name.isEmpty()) {
            problem(where.line, where.field("name"), CoreError.INDUSTRY_TABLE_EMPTY_NAME, label);
            ok = false;
        }
        if (!check.isValid()) {
            return null;
        }
        IndustryCode code = check.value().orElseThrow();
        boolean json = where.line == 0;
        if (json) {
            ok &= placed(where, code, nested, parent);
        }
        Where first = seen.get(code);
        if (first != null) {
            problem(where.line, where.field("code"), CoreError.INDUSTRY_TABLE_DUPLICATE, code, first.zh(), first.en());
            return code;
        }
        seen.put(code, where);
        if (ok && name != null) {
            names.put(code, name);
        }
        return code;
    }

    private boolean placed(Where where, IndustryCode code, boolean nested, IndustryCode parent) {
        String field = where.field("code");
        if (!nested) {
            if (code.level() != IndustryLevel.SECTION) {
                problem(0, field, CoreError.INDUSTRY_TABLE_NOT_A_SECTION, code, code.parent().orElseThrow());
                return false;
            }
            return true;
        }
        if (parent == null) {
            return true;
        }
        if (code.level() == IndustryLevel.SECTION) {
            problem(0, field, CoreError.INDUSTRY_TABLE_NESTED_SECTION, code, parent);
            return false;
        }
        IndustryCode expected = code.parent().orElseThrow();
        if (!expected.equals(parent)) {
            problem(0, field, CoreError.INDUSTRY_TABLE_WRONG_PARENT, code, parent, expected);
            return false;
        }
        return true;
    }

    private IndustryClassification finish(boolean json) {
        if (!json) {
            for (Map.Entry<IndustryCode, Where> e : seen.entrySet()) {
                IndustryCode code = e.getKey();
                code.parent().filter(p -> !seen.containsKey(p)).ifPresent(p -> problem(e.getValue().line,
                        e.getValue().field("code"), CoreError.INDUSTRY_TABLE_MISSING_PARENT, code, p));
            }
        }
        for (Map.Entry<IndustryCode, Where> e : seen.entrySet()) {
            IndustryCode code = e.getKey();
            if (code.level().compareTo(depth) < 0 && !hasChild(code)) {
                problem(e.getValue().line, e.getValue().field("code"), CoreError.INDUSTRY_TABLE_NO_CHILDREN, code);
            }
        }
        for (IndustrySection section : IndustrySection.values()) {
            missing(IndustryCode.of(section), "门类", "section");
            for (int d = section.firstDivision(); d <= section.lastDivision(); d++) {
                missing(IndustryCode.parse(String.format("%02d", d)), "大类", "division");
            }
        }
        if (!problems.isEmpty()) {
            List<DataProblem> ordered = new ArrayList<>(problems);
            // File order: CSV problems by line, stable; whole-file problems (line 0) keep theirs.
            ordered.sort(Comparator.comparingLong(p -> p.line() == 0 ? Long.MAX_VALUE : p.line()));
            throw DataFileException.malformed(source, ordered);
        }
        return new IndustryClassification(source, depth, names);
    }

    private boolean hasChild(IndustryCode code) {
        // Children sort directly after their parent in canonical order.
        IndustryCode next = seen.higherKey(code);
        return next != null && next.isWithin(code);
    }

    private void missing(IndustryCode code, String levelZh, String levelEn) {
        if (!seen.containsKey(code)) {
            problem(0, "", CoreError.INDUSTRY_TABLE_MISSING_CODE, code, levelZh, levelEn);
        }
    }

    private void problem(long line, String field, CoreError error, Object... args) {
        problems.add(DataProblem.of(source, line, field, error, args));
    }
}
