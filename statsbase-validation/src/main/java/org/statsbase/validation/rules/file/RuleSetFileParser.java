package org.statsbase.validation.rules.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.SourceLocation;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.LocalizedText;

/**
 * Checks one file's {@link TreeNode} tree against the rule-set format and turns it into rule
 * definitions, reporting every problem (unknown, missing and mistyped keys, invalid values) with
 * its line and column rather than stopping at the first.
 *
 * <p>Thread safety: not thread-safe; one per file.
 */
final class RuleSetFileParser {

    /** The largest tolerance accepted, 10^12: the magnitude below which DESIGN.md promises exact arithmetic. */
    static final BigDecimal MAX_TOLERANCE = BigDecimal.TEN.pow(12);
    /** The most decimals a tolerance may have. */
    static final int MAX_TOLERANCE_SCALE = 18;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A rule's id, where it was written (for duplicate-id messages) and the rule, absent when the
     * rule had problems: its id still counts, so that a duplicate is reported with the rest.
     */
    record ParsedRule(String id, SourceLocation idLocation, Optional<RuleDefinition> definition) {
    }

    /** An include path as written and where. */
    record Include(String path, SourceLocation location) {
    }

    /** What one file says; parts that had problems are absent or left out. */
    record ParsedFile(Optional<String> id, Optional<String> version, BigDecimal tolerance, List<Include> includes,
            List<ParsedRule> rules) {
    }

    private final Problems problems;

    private RuleSetFileParser(Problems problems) {
        this.problems = problems;
    }

    static ParsedFile parse(TreeNode root, Problems problems) {
        return new RuleSetFileParser(problems).file(root);
    }

    private ParsedFile file(TreeNode root) {
        if (!isA(root, TreeNode.Kind.OBJECT, "$")) {
            return new ParsedFile(Optional.empty(), Optional.empty(), BigDecimal.ZERO, List.of(), List.of());
        }
        checkKeys(root, "$", RuleSetKeys.RULE_SET, RuleSetKeys.RULE_SET_REQUIRED);
        Optional<String> id = value(root, "id").flatMap(n -> text(n, "$.id"));
        Optional<String> version = value(root, "version").flatMap(this::version);
        BigDecimal tolerance = value(root, "tolerance").flatMap(this::tolerance).orElse(BigDecimal.ZERO);
        List<Include> includes = new ArrayList<>();
        value(root, "includes").filter(n -> isA(n, TreeNode.Kind.ARRAY, "$.includes")).ifPresent(array -> {
            for (int i = 0; i < array.items.size(); i++) {
                TreeNode item = array.items.get(i);
                text(item, "$.includes[" + i + "]").ifPresent(path -> includes.add(new Include(path, item.location)));
            }
        });
        List<ParsedRule> rules = new ArrayList<>();
        value(root, "rules").filter(n -> isA(n, TreeNode.Kind.ARRAY, "$.rules")).ifPresent(array -> {
            for (int i = 0; i < array.items.size(); i++) {
                rule(array.items.get(i), "$.rules[" + i + "]").ifPresent(rules::add);
            }
        });
        return new ParsedFile(id, version, tolerance, includes, rules);
    }

    private Optional<ParsedRule> rule(TreeNode node, String path) {
        if (!isA(node, TreeNode.Kind.OBJECT, path)) {
            return Optional.empty();
        }
        int before = problems.size();
        checkKeys(node, path, RuleSetKeys.RULE, RuleSetKeys.RULE_REQUIRED);
        Optional<TreeNode> idNode = value(node, "id");
        Optional<String> id = idNode.flatMap(n -> text(n, path + ".id"));
        Optional<TreeNode> checkNode = value(node, "check");
        Optional<String> check = checkNode.flatMap(n -> text(n, path + ".check"));
        Optional<TreeNode> whenNode = value(node, "when");
        Optional<String> when = whenNode.flatMap(n -> text(n, path + ".when"));
        Severity severity = value(node, "severity").flatMap(n -> severity(n, path + ".severity"))
                .orElse(Severity.MANDATORY);
        LocalizedText name = value(node, "name").flatMap(n -> localized(n, path + ".name")).orElse(LocalizedText.EMPTY);
        LocalizedText message = value(node, "message").flatMap(n -> localized(n, path + ".message"))
                .orElse(LocalizedText.EMPTY);
        Map<String, String> meta = value(node, "meta").map(n -> meta(n, path + ".meta")).orElse(Map.of());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (problems.size() != before || check.isEmpty()) {
            return Optional.of(new ParsedRule(id.get(), idNode.get().location, Optional.empty()));
        }
        SourceLocation whenLocation = whenNode.map(n -> n.textLocation).orElse(node.location);
        RuleDefinition definition = new RuleDefinition(id.get(), check.get(), checkNode.get().textLocation, when,
                whenLocation, severity, name, message, meta, node.location);
        return Optional.of(new ParsedRule(id.get(), idNode.get().location, Optional.of(definition)));
    }

    private Optional<String> version(TreeNode node) {
        if (node.kind == TreeNode.Kind.NUMBER) {
            return Optional.of(node.text);
        }
        if (node.kind == TreeNode.Kind.REFUSED) {
            return Optional.empty();
        }
        if (!node.textual) {
            wrongType(node, "$.version", "string | number");
            return Optional.empty();
        }
        return text(node, "$.version");
    }

    private Optional<BigDecimal> tolerance(TreeNode node) {
        if (!isA(node, TreeNode.Kind.NUMBER, "$.tolerance")) {
            return Optional.empty();
        }
        String allowed = "0 <= tolerance <= 1E+12, at most " + MAX_TOLERANCE_SCALE + " decimals";
        BigDecimal value;
        try {
            value = new BigDecimal(node.text);
        } catch (NumberFormatException e) {
            // YAML spellings BigDecimal does not read: .inf, .nan, 0x1F, 1_000
            problems.add(node.location, ValidationError.RULE_SET_INVALID_VALUE, node.text, allowed, "$.tolerance",
                    node.text, allowed);
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(MAX_TOLERANCE) > 0
                || value.stripTrailingZeros().scale() > MAX_TOLERANCE_SCALE) {
            problems.add(node.location, ValidationError.RULE_SET_INVALID_VALUE, node.text, allowed, "$.tolerance",
                    node.text, allowed);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<Severity> severity(TreeNode node, String path) {
        Optional<String> name = text(node, path);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(name.get())) {
                return Optional.of(severity);
            }
        }
        String allowed = "MANDATORY | QUASI_MANDATORY | VERIFY | HINT";
        problems.add(node.location, ValidationError.RULE_SET_INVALID_VALUE, name.get(), allowed, path, name.get(),
                allowed);
        return Optional.empty();
    }

    /** A plain string is the same text in both languages; an object gives zh, en or both. */
    private Optional<LocalizedText> localized(TreeNode node, String path) {
        if (node.textual) {
            return text(node, path).map(s -> LocalizedText.of(s, s));
        }
        if (!isA(node, TreeNode.Kind.OBJECT, path, "string | object")) {
            return Optional.empty();
        }
        checkKeys(node, path, RuleSetKeys.TEXT, List.of());
        String zh = stringOrEmpty(node, "zh", path);
        String en = stringOrEmpty(node, "en", path);
        if (zh.isBlank() && en.isBlank()) {
            problems.add(node.location, ValidationError.RULE_SET_BLANK, "", "zh | en", path);
            return Optional.empty();
        }
        return Optional.of(LocalizedText.of(zh, en));
    }

    private String stringOrEmpty(TreeNode object, String key, String path) {
        Optional<TreeNode> value = value(object, key);
        if (value.isEmpty() || !value.get().textual && !isA(value.get(), TreeNode.Kind.STRING, path + "." + key)) {
            return "";
        }
        return value.get().text;
    }

    private Map<String, String> meta(TreeNode node, String path) {
        if (!isA(node, TreeNode.Kind.OBJECT, path)) {
            return Map.of();
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (TreeNode.Entry entry : node.entries) {
            TreeNode value = entry.value();
            switch (value.kind) {
                case REFUSED -> { }
                case STRING, NUMBER, BOOLEAN -> meta.put(entry.key(), value.text);
                case NULL -> meta.put(entry.key(), "null");
                default -> meta.put(entry.key(), json(value));
            }
        }
        return meta;
    }

    /** Compact JSON text of a meta value (numbers as exact decimals where they are decimals). */
    private static String json(TreeNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, TreeNode node) throws IOException {
        switch (node.kind) {
            case OBJECT -> {
                generator.writeStartObject();
                for (TreeNode.Entry entry : node.entries) {
                    generator.writeFieldName(entry.key());
                    write(generator, entry.value());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (TreeNode item : node.items) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case NUMBER -> {
                try {
                    generator.writeNumber(new BigDecimal(node.text));
                } catch (NumberFormatException e) {
                    generator.writeString(node.text);
                }
            }
            case BOOLEAN -> generator.writeBoolean(Boolean.parseBoolean(node.text.toLowerCase(Locale.ROOT)));
            case STRING -> generator.writeString(node.text);
            default -> generator.writeNull();
        }
    }

    private Optional<String> text(TreeNode node, String path) {
        if (!node.textual && !isA(node, TreeNode.Kind.STRING, path)) {
            return Optional.empty();
        }
        if (node.text.isBlank()) {
            problems.add(node.location, ValidationError.RULE_SET_BLANK, "", "", path);
            return Optional.empty();
        }
        return Optional.of(node.text);
    }

    private boolean isA(TreeNode node, TreeNode.Kind kind, String path) {
        return isA(node, kind, path, kind.jsonName);
    }

    private boolean isA(TreeNode node, TreeNode.Kind kind, String path, String expected) {
        if (node.kind == kind) {
            return true;
        }
        if (node.kind != TreeNode.Kind.REFUSED) {
            wrongType(node, path, expected);
        }
        return false;
    }

    private void wrongType(TreeNode node, String path, String expected) {
        String found = node.kind.jsonName + (node.text.isEmpty() ? "" : " " + node.text);
        problems.add(node.location, ValidationError.RULE_SET_WRONG_TYPE, node.text, expected, path, expected, found);
    }

    private static Optional<TreeNode> value(TreeNode object, String key) {
        return Optional.ofNullable(object.byKey.get(key)).map(TreeNode.Entry::value);
    }

    private void checkKeys(TreeNode object, String path, List<String> allowed, List<String> required) {
        for (TreeNode.Entry entry : object.entries) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyLocation(), ValidationError.RULE_SET_UNKNOWN_KEY, entry.key(),
                        closest(entry.key(), allowed), entry.key(), path, String.join(", ", allowed));
            }
        }
        for (String key : required) {
            if (!object.byKey.containsKey(key)) {
                problems.add(object.location, ValidationError.RULE_SET_MISSING_KEY, "", key, key, path);
            }
        }
    }

    /** The allowed key a typo most likely meant (edit distance at most 2, case ignored), else all of them. */
    static String closest(String key, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        String lower = key.toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            int distance = lower.length() > 40 ? 99 : distance(lower, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null ? best : String.join(" | ", allowed);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
