package org.statsbase.confidentiality.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/**
 * Reads a JSON configuration file with the tree model and collects every problem before failing once
 * ({@link #finish}), each problem placed by its JSON path ({@code items[2].level}).
 *
 * <p>Thread safety: not thread-safe; one reader per file.
 */
public final class ConfigReader {

    private static final ObjectMapper CONFIGURATION = new ObjectMapper(
            LimitedInput.jsonFactory(InputLimits.configuration()));

    private final String source;
    private final InputLimits limits;
    private final List<DataProblem> problems = new ArrayList<>();

    /** A reader for the file named {@code source}, under {@link InputLimits#configuration()}. */
    public ConfigReader(String source) {
        this(source, InputLimits.configuration());
    }

    /** A reader for the file named {@code source}, under {@code limits}. */
    public ConfigReader(String source, InputLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * The parsed tree of {@code json}.
     *
     * @throws DataFileException SB-CORE-1201/1202 when it exceeds a limit
     * @throws ConfidentialityException SB-CONF-0113 when the text is not JSON
     */
    public JsonNode parse(String json) {
        LimitedInput.checkSize(json, source, limits);
        ObjectMapper mapper = limits.equals(InputLimits.configuration()) ? CONFIGURATION
                : new ObjectMapper(LimitedInput.jsonFactory(limits));
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            Optional<DataFileException> over = LimitedInput.overLimit(source, e, limits);
            if (over.isPresent()) {
                throw over.get();
            }
            throw new ConfidentialityException(ConfidentialityError.CONFIG_NOT_JSON, e, source,
                    e.getOriginalMessage());
        }
    }

    /** Records a problem at {@code path}. */
    public void problem(String path, ErrorCode code, Object... args) {
        problems.add(DataProblem.of(source, 0, path, code, args));
    }

    /** Records a problem for every field of {@code object} not in {@code allowed}. */
    public void onlyFields(ObjectNode object, String path, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, ConfidentialityError.CONFIG_UNKNOWN_FIELD, path + "." + name,
                        String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** The non-blank text at {@code object.field}; empty (with a problem if {@code required}) otherwise. */
    public Optional<String> text(ObjectNode object, String path, String field, boolean required) {
        JsonNode node = object.get(field);
        String at = path + "." + field;
        if (node == null || node.isNull()) {
            if (required) {
                problem(at, ConfidentialityError.CONFIG_FIELD_MISSING, at);
            }
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(at, ConfidentialityError.CONFIG_WRONG_TYPE, at, "a non-blank text", "非空文本");
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }

    /** The value named at {@code object.field}, read by {@code byName}; a problem lists {@code allowed} when unknown. */
    public <T> Optional<T> named(ObjectNode object, String path, String field, boolean required,
            Function<String, Optional<T>> byName, String allowed) {
        Optional<String> text = text(object, path, field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = byName.apply(text.get());
        if (value.isEmpty()) {
            problem(path + "." + field, ConfidentialityError.CONFIG_BAD_VALUE, path + "." + field, text.get(), allowed);
        }
        return value;
    }

    /** The boolean at {@code object.field}; empty when absent (or wrong, with a problem). */
    public Optional<Boolean> bool(ObjectNode object, String path, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            problem(path + "." + field, ConfidentialityError.CONFIG_WRONG_TYPE, path + "." + field, "true or false",
                    "true 或 false");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** The object {@code node} at {@code path}, or empty with a problem. */
    public Optional<ObjectNode> object(JsonNode node, String path) {
        if (node instanceof ObjectNode o) {
            return Optional.of(o);
        }
        problem(path, ConfidentialityError.CONFIG_WRONG_TYPE, path, "a JSON object", "JSON 对象");
        return Optional.empty();
    }

    /** Whether a problem was recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Throws when problems were recorded.
     *
     * @throws DataFileException listing every problem
     */
    public void finish() {
        if (!problems.isEmpty()) {
            throw DataFileException.malformed(source, problems);
        }
    }
}
