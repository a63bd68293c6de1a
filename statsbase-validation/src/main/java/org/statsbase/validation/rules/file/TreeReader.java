package org.statsbase.validation.rules.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.error.ValidationError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.statsbase.validation.rules.SourceLocation;

/**
 * Reads a JSON or YAML text into {@link TreeNode}s that remember where every value and key was
 * written, with Jackson's streaming parsers ({@link JsonParser#currentTokenLocation()}).
 *
 * <p>Hostile input is bounded: the text is at most {@link RuleSetLimits#maxFileBytes()} (checked
 * before parsing), nesting is limited to {@link RuleSetLimits#maxDepth()} by an explicit stack (no
 * recursion, so no {@link StackOverflowError}), and YAML anchors, aliases and tags are refused:
 * Jackson's YAML parser does not expand aliases, so a "billion laughs" file costs no more than its
 * size, and refusing them keeps a rule set readable as written. SnakeYAML's own limits (code
 * points, nesting, aliases) are set as a second line of defence.
 *
 * <p>Thread safety: the factories are immutable and shared; each read uses its own parser.
 */
final class TreeReader {

    /** The parsers of one set of limits. */
    private record Factories(JsonFactory json, YAMLFactory yaml) {

        static Factories of(RuleSetLimits limits) {
            // the explicit stack refuses past maxDepth with a precise problem; Jackson's own check is a backstop
            InputLimits input = limits.input().withMaxNestingDepth(limits.maxDepth() + 8)
                    .withMaxStringLength(limits.maxFileBytes())
                    .withMaxInputBytes(limits.maxFileBytes() * 2L);
            YAMLFactory yaml = LimitedInput.constrain(YAMLFactory.builder(), input)
                    .loaderOptions(loaderOptions(limits))
                    // yes/no/on/off stay text: `en: no` is an English message, not false (YAML 1.1's surprise)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .build();
            return new Factories(LimitedInput.jsonFactory(input), yaml);
        }
    }

    private static final Factories DEFAULT = Factories.of(RuleSetLimits.DEFAULT);

    private final String text;
    private final String source;
    private final RuleSetFormat format;
    private final Problems problems;
    private final RuleSetLimits limits;
    private final int[] lineStarts;

    private TreeReader(String text, String source, RuleSetFormat format, Problems problems, RuleSetLimits limits) {
        this.text = text;
        this.source = source;
        this.format = format;
        this.problems = problems;
        this.limits = limits;
        this.lineStarts = lineStarts(text);
    }

    private static LoaderOptions loaderOptions(RuleSetLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxFileBytes());
        options.setNestingDepthLimit(limits.maxDepth() + 8);
        options.setMaxAliasesForCollections(limits.input().maxYamlAliases());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * The root value of {@code text}, or empty when the text is not well-formed or exceeds a limit
     * (the reason is added to {@code problems}). Problems that do not prevent reading (duplicate
     * keys, YAML anchors) are added and reading goes on.
     */
    static Optional<TreeNode> read(String text, String source, RuleSetFormat format, Problems problems,
            RuleSetLimits limits) {
        return new TreeReader(text, source, format, problems, limits).read();
    }

    private Optional<TreeNode> read() {
        Factories factories = limits == RuleSetLimits.DEFAULT ? DEFAULT : Factories.of(limits);
        try (JsonParser parser = format == RuleSetFormat.JSON ? factories.json().createParser(text)
                : factories.yaml().createParser(text)) {
            TreeNode root = readRoot(parser);
            if (root == null && problems.isEmpty()) {
                problems.add(SourceLocation.of(source), ValidationError.RULE_SET_WRONG_TYPE, "", "object", "$",
                        "object", "nothing (an empty file)");
            }
            return Optional.ofNullable(root);
        } catch (StreamConstraintsException e) {
            problems.add(at(e.getLocation()), ValidationError.RULE_SET_LIMIT, "", "", "stream_read_constraints",
                    e.getOriginalMessage(), "");
        } catch (JsonProcessingException e) {
            problems.add(at(e.getLocation()), ValidationError.RULE_SET_SYNTAX, "", "", format.displayName(),
                    e.getOriginalMessage());
        } catch (IOException | YAMLException e) {
            // SnakeYAML reports some limits (code points, nesting) as its own unchecked exceptions
            problems.add(SourceLocation.of(source), ValidationError.RULE_SET_SYNTAX, "", "", format.displayName(),
                    String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }

    private TreeNode readRoot(JsonParser parser) throws IOException {
        Deque<TreeNode> open = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        Deque<SourceLocation> keyLocations = new ArrayDeque<>();
        TreeNode root = null;
        JsonToken token;
        while (root == null && (token = parser.nextToken()) != null) {
            SourceLocation here = at(parser.currentTokenLocation());
            refuseYamlFeatures(parser, here);
            if (token == JsonToken.FIELD_NAME) {
                keys.push(parser.currentName());
                keyLocations.push(here);
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                TreeNode closed = open.pop();
                if (open.isEmpty()) {
                    root = closed;
                }
            } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (open.size() >= limits.maxDepth()) {
                    problems.add(here, ValidationError.RULE_SET_LIMIT, "", "", "max_nesting_depth",
                            "> " + limits.maxDepth(), limits.maxDepth());
                    return null;
                }
                TreeNode node = TreeNode.container(token == JsonToken.START_OBJECT ? TreeNode.Kind.OBJECT
                        : TreeNode.Kind.ARRAY, here);
                if (!open.isEmpty()) {
                    attach(open.peek(), node, keys, keyLocations);
                }
                open.push(node);
            } else {
                TreeNode node = scalar(parser, token, here);
                if (open.isEmpty()) {
                    root = node;
                } else {
                    attach(open.peek(), node, keys, keyLocations);
                }
            }
        }
        if (root == null) {
            return null;
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            SourceLocation there = at(parser.currentTokenLocation());
            if (format == RuleSetFormat.YAML) {
                problems.add(there, ValidationError.RULE_SET_YAML_FEATURE, "", "", "document",
                        "a second document");
            } else {
                problems.add(there, ValidationError.RULE_SET_SYNTAX, "", "", format.displayName(),
                        "content after the end of the root value");
            }
        }
        return root;
    }

    private void attach(TreeNode parent, TreeNode node, Deque<String> keys, Deque<SourceLocation> keyLocations) {
        if (parent.kind == TreeNode.Kind.ARRAY) {
            parent.items.add(node);
            return;
        }
        String key = keys.pop();
        SourceLocation keyLocation = keyLocations.pop();
        TreeNode.Entry first = parent.byKey.get(key);
        if (first != null) {
            problems.add(keyLocation, ValidationError.RULE_SET_DUPLICATE_KEY, key, "", key, first.keyLocation());
            return;
        }
        TreeNode.Entry entry = new TreeNode.Entry(key, keyLocation, node);
        parent.byKey.put(key, entry);
        parent.entries.add(entry);
    }

    private TreeNode scalar(JsonParser parser, JsonToken token, SourceLocation here) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            return new TreeNode(TreeNode.Kind.REFUSED, here, "", here);
        }
        return switch (token) {
            case VALUE_STRING -> new TreeNode(TreeNode.Kind.STRING, here, parser.getText(), contentStart(here));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new TreeNode(TreeNode.Kind.NUMBER, here, parser.getText(),
                    here, format == RuleSetFormat.YAML);
            case VALUE_TRUE, VALUE_FALSE -> new TreeNode(TreeNode.Kind.BOOLEAN, here,
                    format == RuleSetFormat.YAML ? parser.getText() : token == JsonToken.VALUE_TRUE ? "true" : "false",
                    here, format == RuleSetFormat.YAML);
            case VALUE_NULL -> new TreeNode(TreeNode.Kind.NULL, here, "null", here);
            // embedded objects (YAML binary) and anything else Jackson may add: refuse as a type
            default -> new TreeNode(TreeNode.Kind.NULL, here, parser.getText() == null ? "" : parser.getText(), here);
        };
    }

    private void refuseYamlFeatures(JsonParser parser, SourceLocation here) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        if (yaml.isCurrentAlias()) {
            problems.add(here, ValidationError.RULE_SET_YAML_FEATURE, "*" + yaml.getText(), "", "alias",
                    "*" + yaml.getText());
            return;
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            // Jackson keeps the anchor and tag of the value that opened a collection until the next value
            return;
        }
        String anchor = yaml.getObjectId();
        if (anchor == null && token.isScalarValue()) {
            anchor = scalarAnchor(here);
        }
        if (anchor != null) {
            problems.add(here, ValidationError.RULE_SET_YAML_FEATURE, "&" + anchor, "", "anchor", "&" + anchor);
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
            problems.add(here, ValidationError.RULE_SET_YAML_FEATURE, tag, "", "tag", tag);
        }
    }

    /**
     * The anchor written before a scalar ({@code id: &v x}), or null. Jackson drops the anchors of
     * scalars (it reports only those of collections), but a scalar's token starts at its anchor, or at
     * its tag when the tag comes first ({@code !!str &v x}); a plain scalar cannot start with
     * {@code &} or {@code !}, so such a character there is the property itself.
     */
    private String scalarAnchor(SourceLocation token) {
        int i = offsetOf(token.line(), token.column());
        if (i < 0 || i >= text.length()) {
            return null;
        }
        if (text.charAt(i) == '!') {
            i = afterBlanks(afterWord(i));
        }
        if (i >= text.length() || text.charAt(i) != '&') {
            return null;
        }
        return text.substring(i + 1, afterWord(i + 1));
    }

    /** The offset after the blanks from {@code i}. */
    private int afterBlanks(int i) {
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset after the word (a tag or an anchor name: up to a blank or a flow indicator) from {@code i}. */
    private int afterWord(int i) {
        while (i < text.length() && !isBlank(text.charAt(i)) && ",[]{}".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Where a string's content starts: after the opening quote of a quoted scalar, at the first
     * character of the first content line of a YAML block scalar ({@code |} or {@code >}), else
     * where the token starts.
     */
    private SourceLocation contentStart(SourceLocation token) {
        int offset = offsetOf(token.line(), token.column());
        if (offset < 0 || offset >= text.length()) {
            return token;
        }
        char first = text.charAt(offset);
        if (first == '"' || first == '\'') {
            return new SourceLocation(source, token.line(), token.column() + 1);
        }
        if (format == RuleSetFormat.YAML && (first == '|' || first == '>')) {
            for (int line = token.line() + 1; line <= lineStarts.length; line++) {
                int start = lineStarts[line - 1];
                int end = line < lineStarts.length ? lineStarts[line] : text.length();
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c != ' ' && c != '\t') {
                        return new SourceLocation(source, line, text.codePointCount(start, i) + 1);
                    }
                }
            }
        }
        return token;
    }

    /** The char offset of a 1-based line and column (columns count code points in YAML, chars in JSON). */
    private int offsetOf(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int start = lineStarts[line - 1];
        if (format == RuleSetFormat.JSON) {
            return start + column - 1;
        }
        try {
            return text.offsetByCodePoints(start, column - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private SourceLocation at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.of(source);
        }
        return new SourceLocation(source, location.getLineNr(), Math.max(0, location.getColumnNr()));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
