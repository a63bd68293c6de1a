package org.statsbase.core.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.statsbase.core.error.CoreError;

/**
 * A JSON object being read at a known path. Every accessor records a problem (missing, wrong
 * type, blank) and returns empty instead of throwing, so that reading continues and every
 * problem of the file is reported.
 *
 * <p>Thread safety: not thread-safe (it records into a shared {@link JsonProblems}); one load
 * uses it on one thread.
 */
public final class JsonObject {

    private final ObjectNode node;
    private final String path;
    private final JsonProblems problems;

    private JsonObject(ObjectNode node, String path, JsonProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The node as an object, or empty with a problem recorded. */
    public static Optional<JsonObject> of(JsonNode node, String path, JsonProblems problems) {
        if (node instanceof ObjectNode object) {
            return Optional.of(new JsonObject(object, path, problems));
        }
        problems.add(path, CoreError.CONFIG_WRONG_TYPE, "object", describe(node));
        return Optional.empty();
    }

    /** The path of this object. */
    public String path() {
        return path;
    }

    /** The path of one of its members. */
    public String path(String key) {
        return JsonProblems.member(path, key);
    }

    /** The problems of the file. */
    public JsonProblems problems() {
        return problems;
    }

    /** Records a problem for every member not among {@code allowed} (typing errors in keys). */
    public JsonObject allow(String... allowed) {
        Set<String> keys = new TreeSet<>(Arrays.asList(allowed));
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            if (!keys.contains(name)) {
                problems.add(path(name), CoreError.CONFIG_UNKNOWN_FIELD, String.join(", ", keys));
            }
        }
        return this;
    }

    /** Whether the member is present (and not JSON {@code null}). */
    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** A member of any type. */
    public Optional<JsonNode> node(String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path(key), CoreError.CONFIG_FIELD_MISSING);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A non-blank string member, stripped. */
    public Optional<String> text(String key, boolean required) {
        return node(key, required).flatMap(value -> text(value, path(key), problems));
    }

    /** A non-blank string at {@code path}, stripped; records a problem otherwise. */
    public static Optional<String> text(JsonNode value, String path, JsonProblems problems) {
        if (!value.isTextual()) {
            problems.add(path, CoreError.CONFIG_WRONG_TYPE, "string", describe(value));
            return Optional.empty();
        }
        String text = value.textValue().strip();
        if (text.isEmpty()) {
            problems.add(path, CoreError.CONFIG_EMPTY_TEXT, path);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An integer member (a JSON number without fraction that fits an {@code int}). */
    public Optional<Integer> integer(String key, boolean required) {
        return node(key, required).flatMap(value -> integer(value, path(key), problems));
    }

    /** An integer at {@code path}; records a problem otherwise. */
    public static Optional<Integer> integer(JsonNode value, String path, JsonProblems problems) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(path, CoreError.CONFIG_WRONG_TYPE, "integer", describe(value));
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** An array member, as its elements. */
    public Optional<List<JsonNode>> array(String key, boolean required) {
        return node(key, required).flatMap(value -> {
            if (!value.isArray()) {
                problems.add(path(key), CoreError.CONFIG_WRONG_TYPE, "array", describe(value));
                return Optional.empty();
            }
            List<JsonNode> elements = new ArrayList<>(value.size());
            value.forEach(elements::add);
            return Optional.of(elements);
        });
    }

    /** An object member. */
    public Optional<JsonObject> object(String key, boolean required) {
        return node(key, required).flatMap(value -> of(value, path(key), problems));
    }

    /** The members of this object, in file order. */
    public List<Map.Entry<String, JsonNode>> members() {
        return new ArrayList<>(node.properties());
    }

    /** A short description of a node's type, for "expected X, found Y" messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        JsonNodeType type = node.getNodeType();
        switch (type) {
            case STRING:
                return "string \"" + node.textValue() + "\"";
            case NUMBER:
                return "number " + node.asText();
            case BOOLEAN:
                return "boolean " + node.asText();
            case NULL:
                return "null";
            case ARRAY:
                return "array";
            case OBJECT:
                return "object";
            default:
                return type.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
