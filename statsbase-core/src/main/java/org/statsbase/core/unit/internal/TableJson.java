package org.statsbase.core.unit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.internal.config.JsonFiles;

/**
 * Reads the fields of a rule table's JSON tree and collects every problem (with its JSON path)
 * instead of stopping at the first, so that {@link #finish()} can report all of them at once.
 *
 * <p>Thread safety: not thread-safe; one instance per file read.
 */
public final class TableJson {

    private final String source;
    private final List<DataProblem> problems = new ArrayList<>();

    public TableJson(String source) {
        this.source = source;
    }

    /**
     * Parses the whole stream as one JSON tree.
     *
     * @throws DataFileException when it cannot be read or is not JSON
     */
    public JsonNode parse(InputStream in) {
        try (InputStream stream = in) {
            JsonNode root = JsonFiles.read(source, stream);
            if (!root.isObject()) {
                throw DataFileException.unreadable(source, new IOException("expected a JSON object"));
            }
            return root;
        } catch (IOException e) {
            throw DataFileException.unreadable(source, e);
        }
    }

    /** Records a problem at {@code path}. */
    public void problem(String path, ErrorCode code, Object... args) {
        problems.add(DataProblem.of(source, 0, path, code, args));
    }

    /** A non-blank text field, or a recorded problem. */
    public Optional<String> text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path(path, field), CoreError.UNIT_TABLE_FIELD_MISSING, path(path, field));
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            invalid(path(path, field), value, "非空文本", "non-blank text");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** An optional text field; {@code ""} when absent. */
    public String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            invalid(path(path, field), value, "文本", "text");
            return "";
        }
        return value.asText().strip();
    }

    /** An optional boolean field; {@code false} when absent. */
    public boolean flag(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            invalid(path(path, field), value, "true 或 false", "true or false");
            return false;
        }
        return value.booleanValue();
    }

    /** A date field in ISO form ({@code 2017-12-28}), or a recorded problem. */
    public Optional<LocalDate> date(JsonNode node, String field, String path) {
        Optional<String> text = text(node, field, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            invalid(path(path, field), node.get(field), "日期 yyyy-MM-dd", "a date yyyy-MM-dd");
            return Optional.empty();
        }
    }

    /**
     * A non-negative decimal field (JSON number or numeric text) within the sane range of
     * {@link Amounts} (at most 10^12, at most six decimals), or a recorded problem.
     */
    public Optional<BigDecimal> decimal(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path(path, field), CoreError.UNIT_TABLE_FIELD_MISSING, path(path, field));
            return Optional.empty();
        }
        BigDecimal number = null;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null || Amounts.outOfRange(number)) {
            invalid(path(path, field), value, "不大于 10^12、最多 6 位小数的非负数",
                    "a non-negative number of at most 10^12 with at most 6 decimals");
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A non-empty array field; empty list (and a recorded problem) otherwise. */
    public List<JsonNode> array(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path(path, field), CoreError.UNIT_TABLE_FIELD_MISSING, path(path, field));
            }
            return List.of();
        }
        if (!value.isArray() || (required && value.isEmpty())) {
            invalid(path(path, field), value, "非空数组", "a non-empty array");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    /** An array of industry codes; invalid codes are recorded and left out. */
    public List<IndustryCode> codes(JsonNode node, String field, String path, boolean required) {
        List<IndustryCode> out = new ArrayList<>();
        List<JsonNode> items = array(node, field, path, required);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = path(path, field) + "[" + i + "]";
            CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(item.isTextual() ? item.asText() : "");
            if (check.isValid()) {
                out.add(check.value().orElseThrow());
            } else {
                invalid(at, item, "GB/T 4754-2017 行业代码（" + check.messageZh() + "）",
                        "a GB/T 4754-2017 industry code (" + check.messageEn() + ")");
            }
        }
        return out;
    }

    /** Records an invalid value. */
    public void invalid(String path, JsonNode value, String expectedZh, String expectedEn) {
        problem(path, CoreError.UNIT_TABLE_FIELD_INVALID, path, value == null ? "null" : value.toString(),
                expectedZh, expectedEn);
    }

    /** The number of problems recorded so far. */
    public int problemCount() {
        return problems.size();
    }

    /** Whether any problem was recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Throws if any problem was recorded.
     *
     * @throws DataFileException with every problem
     */
    public void finish() {
        if (!problems.isEmpty()) {
            throw DataFileException.malformed(source, problems);
        }
    }

    /** {@code path.field}, or {@code field} at the root. */
    public static String path(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
