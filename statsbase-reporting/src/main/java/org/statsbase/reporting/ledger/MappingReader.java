package org.statsbase.reporting.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;
import org.statsbase.reporting.ledger.internal.Problems;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a {@link LedgerMapping} from JSON or YAML, strictly: unknown keys, keys written twice, missing
 * keys and bad values are each a problem with its JSON path and line; all are reported at once.
 *
 * <p>Thread safety: the factories are immutable and shared; each read has its own parser.
 */
final class MappingReader {

    /** The parsers of one set of limits. */
    private record Factories(JsonFactory json, YAMLFactory yaml) {

        static Factories of(InputLimits limits) {
            // the recursive reader refuses past maxNestingDepth itself; Jackson's check is a backstop
            InputLimits backstop = limits.withMaxNestingDepth(limits.maxNestingDepth() + 4);
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit((int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE));
            options.setNestingDepthLimit(backstop.maxNestingDepth());
            options.setMaxAliasesForCollections(limits.maxYamlAliases());
            options.setAllowRecursiveKeys(false);
            YAMLFactory yaml = LimitedInput.constrain(YAMLFactory.builder(), backstop).loaderOptions(options)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();
            return new Factories(LimitedInput.jsonFactory(backstop), yaml);
        }
    }

    private static final Factories DEFAULT = Factories.of(InputLimits.configuration());

    private static final List<String> TOP = List.of("form", "name", "source_unit", "unit", "decimals", "rounding",
            "figures");
    private static final List<String> FIGURE = List.of("code", "name", "basis", "accounts", "source_unit", "unit",
            "decimals", "rounding");
    private static final List<String> TERM = List.of("account", "prefix", "sign");

    private enum Kind { OBJECT, ARRAY, SCALAR, NULL }

    private static final class Node {
        final Kind kind;
        final String path;
        final long line;
        final String text;
        final boolean quoted;
        final Map<String, Node> fields = new LinkedHashMap<>();
        final List<Node> items = new ArrayList<>();

        Node(Kind kind, String path, long line, String text, boolean quoted) {
            this.kind = kind;
            this.path = path;
            this.line = line;
            this.text = text;
            this.quoted = quoted;
        }
    }

    private final String source;
    private final InputLimits limits;
    private final Problems problems;
    private int aliases;

    private MappingReader(String source, InputLimits limits) {
        this.source = source;
        this.limits = limits;
        this.problems = new Problems(source, limits.maxProblems());
    }

    /** Reads a mapping or throws {@link DataFileException} with every problem, or the limit exceeded. */
    static LedgerMapping read(String text, String source, InputLimits limits) {
        return new MappingReader(source, limits).parse(text);
    }

    private void throwIfOverLimit(Throwable e) {
        Optional<DataFileException> over = LimitedInput.overLimit(source, e, limits);
        if (over.isPresent()) {
            throw over.get();
        }
    }

    private LedgerMapping parse(String text) {
        LimitedInput.checkSize(text, source, limits);
        Factories factories = limits.equals(InputLimits.configuration()) ? DEFAULT : Factories.of(limits);
        boolean json = text.stripLeading().startsWith("{");
        Node root = null;
        try (JsonParser p = json ? factories.json().createParser(text) : factories.yaml().createParser(text)) {
            if (p.nextToken() != null) {
                root = node(p, "$", 0);
                if (root != null && p.nextToken() != null) {
                    problems.add(line(p), "$", ReportingError.MAPPING_SYNTAX, "content after the root value");
                }
            }
        } catch (JsonProcessingException e) {
            throwIfOverLimit(e);
            problems.add(e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()), "$",
                    ReportingError.MAPPING_SYNTAX, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throwIfOverLimit(e);
            problems.add(0, "$", ReportingError.MAPPING_SYNTAX, String.valueOf(e.getMessage()));
        }
        if (root == null) {
            problems.throwIfAny();
        }
        if (root == null || root.kind != Kind.OBJECT) {
            problems.add(root == null ? 0 : root.line, "$", ReportingError.MAPPING_VALUE_INVALID, "$",
                    root == null ? "" : root.text, "an object with form and figures", "含form和figures的对象");
            problems.throwIfAny();
        }
        allow(root, TOP);
        Optional<String> form = text(root, "form", true);
        Defaults defaults = defaults(root, new Defaults(LedgerPosting.YUAN, LedgerPosting.YUAN, 0,
                RoundingMode.HALF_UP));
        List<FigureMapping> figures = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        Optional<Node> list = array(root, "figures", true);
        list.ifPresent(l -> {
            if (l.items.isEmpty()) {
                problems.add(l.line, l.path, ReportingError.MAPPING_VALUE_INVALID, l.path, "[]", "at least one figure",
                        "至少一个指标");
            }
            for (Node item : l.items) {
                Optional<FigureMapping> f = figure(item, defaults);
                if (f.isPresent()) {
                    String first = firstPath.putIfAbsent(f.get().code(), item.path);
                    if (first != null) {
                        problems.add(item.line, item.path + ".code", ReportingError.MAPPING_CODE_DUPLICATE,
                                f.get().code(), first);
                    } else {
                        figures.add(f.get());
                    }
                }
            }
        });
        problems.throwIfAny();
        return LedgerMapping.of(form.orElseThrow(), figures);
    }

    private record Defaults(String sourceUnit, String unit, int decimals, RoundingMode rounding) {
    }

    private Defaults defaults(Node o, Defaults inherited) {
        String sourceUnit = text(o, "source_unit", false).flatMap(u -> checked(o, "source_unit", () -> EntryFields.unit(u)))
                .orElse(inherited.sourceUnit);
        String unit = text(o, "unit", false).flatMap(u -> checked(o, "unit", () -> EntryFields.unit(u)))
                .orElse(inherited.unit);
        int decimals = integer(o, "decimals").orElse(inherited.decimals);
        RoundingMode rounding = text(o, "rounding", false).flatMap(r -> {
            String s = r.strip().toUpperCase(java.util.Locale.ROOT);
            if (s.equals("HALF_UP") || s.equals("HALF_EVEN")) {
                return Optional.of(RoundingMode.valueOf(s));
            }
            Node n = o.fields.get("rounding");
            problems.add(n.line, n.path, ReportingError.MAPPING_VALUE_INVALID, n.path, r, "HALF_UP or HALF_EVEN",
                    "HALF_UP（四舍五入）或HALF_EVEN（GB/T 8170 四舍六入五成双）");
            return Optional.empty();
        }).orElse(inherited.rounding);
        return new Defaults(sourceUnit, unit, decimals, rounding);
    }

    private Optional<FigureMapping> figure(Node o, Defaults inherited) {
        if (o.kind != Kind.OBJECT) {
            problems.add(o.line, o.path, ReportingError.MAPPING_VALUE_INVALID, o.path, o.text, "an object",
                    "对象");
            return Optional.empty();
        }
        allow(o, FIGURE);
        int before = problemCount();
        Optional<String> code = text(o, "code", true);
        Optional<String> name = text(o, "name", false);
        Optional<FigureBasis> basis = text(o, "basis", true).flatMap(b -> {
            Optional<FigureBasis> found = FigureBasis.lookup(b);
            if (found.isEmpty()) {
                Node n = o.fields.get("basis");
                problems.add(n.line, n.path, ReportingError.MAPPING_VALUE_INVALID, n.path, b,
                        "PERIOD or YEAR_TO_DATE", "PERIOD（本期）或YEAR_TO_DATE（本年累计）");
            }
            return found;
        });
        Defaults d = defaults(o, inherited);
        List<AccountTerm> terms = new ArrayList<>();
        array(o, "accounts", true).ifPresent(a -> {
            if (a.items.isEmpty()) {
                problems.add(a.line, a.path, ReportingError.MAPPING_VALUE_INVALID, a.path, "[]",
                        "at least one account term", "至少一个科目");
            }
            for (Node t : a.items) {
                term(t).ifPresent(terms::add);
            }
        });
        if (problemCount() > before || code.isEmpty() || basis.isEmpty()) {
            return Optional.empty();
        }
        try {
            FigureMapping f = FigureMapping.of(code.get(), basis.get(), terms).withUnits(d.sourceUnit, d.unit)
                    .withDecimals(d.decimals).withRounding(d.rounding);
            return Optional.of(name.isPresent() ? f.withName(name.get()) : f);
        } catch (ReportingException e) {
            problems.add(o.line, o.path, e);
            return Optional.empty();
        }
    }

    private Optional<AccountTerm> term(Node o) {
        if (o.kind != Kind.OBJECT) {
            problems.add(o.line, o.path, ReportingError.MAPPING_VALUE_INVALID, o.path, o.text,
                    "{account: CODE} or {prefix: CODE}, with an optional sign", "{account: 科目} 或 {prefix: 科目前缀}，可带 sign");
            return Optional.empty();
        }
        allow(o, TERM);
        boolean hasAccount = o.fields.containsKey("account");
        boolean hasPrefix = o.fields.containsKey("prefix");
        if (hasAccount == hasPrefix) {
            problems.add(o.line, o.path, ReportingError.MAPPING_VALUE_INVALID, o.path,
                    hasAccount ? "account and prefix" : "neither account nor prefix", "exactly one of account, prefix",
                    "account与prefix二者之一");
            return Optional.empty();
        }
        String key = hasAccount ? "account" : "prefix";
        Optional<String> account = text(o, key, true).flatMap(a -> checked(o, key, () -> EntryFields.account(a)));
        int sign = 1;
        Node s = o.fields.get("sign");
        if (s != null) {
            String t = s.kind == Kind.SCALAR ? s.text.strip() : "";
            switch (t) {
                case "1", "+1", "+" -> sign = 1;
                case "-1", "-", "−1", "−" -> sign = -1;
                default -> {
                    problems.add(s.line, s.path, ReportingError.MAPPING_VALUE_INVALID, s.path, s.text, "1 or -1",
                            "1或-1");
                    return Optional.empty();
                }
            }
        }
        int sg = sign;
        return account.map(a -> hasAccount ? AccountTerm.account(a, sg) : AccountTerm.prefix(a, sg));
    }

    private int problemCount() {
        return problems.size();
    }

    private <T> Optional<T> checked(Node o, String key, java.util.function.Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (ReportingException e) {
            Node n = o.fields.get(key);
            problems.add(n.line, n.path, e);
            return Optional.empty();
        }
    }

    private void allow(Node o, List<String> allowed) {
        Set<String> set = Set.copyOf(allowed);
        for (Map.Entry<String, Node> e : o.fields.entrySet()) {
            if (!set.contains(e.getKey())) {
                problems.add(e.getValue().line, e.getValue().path, ReportingError.MAPPING_KEY_UNKNOWN,
                        e.getValue().path, String.join(", ", allowed));
            }
        }
    }

    private Optional<String> text(Node o, String key, boolean required) {
        Node n = o.fields.get(key);
        if (n == null || n.kind == Kind.NULL) {
            if (required) {
                problems.add(o.line, o.path + "." + key, ReportingError.MAPPING_KEY_MISSING, o.path + "." + key);
            }
            return Optional.empty();
        }
        if (n.kind != Kind.SCALAR || n.text.isBlank()) {
            problems.add(n.line, n.path, ReportingError.MAPPING_VALUE_INVALID, n.path, n.kind == Kind.SCALAR ? n.text
                    : n.kind.name().toLowerCase(java.util.Locale.ROOT), "a non-blank text", "非空文字");
            return Optional.empty();
        }
        return Optional.of(n.text);
    }

    private Optional<Integer> integer(Node o, String key) {
        Node n = o.fields.get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (n.kind == Kind.SCALAR && !n.quoted && n.text.matches("\\d{1,2}")) {
            int v = Integer.parseInt(n.text);
            if (v <= FigureMapping.MAX_DECIMALS) {
                return Optional.of(v);
            }
        }
        problems.add(n.line, n.path, ReportingError.MAPPING_VALUE_INVALID, n.path, n.text,
                "an integer 0 to " + FigureMapping.MAX_DECIMALS, "0至" + FigureMapping.MAX_DECIMALS + "的整数");
        return Optional.empty();
    }

    private Optional<Node> array(Node o, String key, boolean required) {
        Node n = o.fields.get(key);
        if (n == null) {
            if (required) {
                problems.add(o.line, o.path + "." + key, ReportingError.MAPPING_KEY_MISSING, o.path + "." + key);
            }
            return Optional.empty();
        }
        if (n.kind != Kind.ARRAY) {
            problems.add(n.line, n.path, ReportingError.MAPPING_VALUE_INVALID, n.path, n.text, "a list", "列表");
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private Node node(JsonParser p, String path, int depth) throws IOException {
        JsonToken token = p.currentToken();
        long line = line(p);
        if (depth >= limits.maxNestingDepth() && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            // depth counts the containers around this one: refusing here keeps at most maxNestingDepth of them
            throw DataFileException.limitExceeded(source, line, "max_nesting_depth", limits.maxNestingDepth(),
                    "nested deeper at " + path);
        }
        // Jackson does not expand aliases (an alias is read as its anchor's name), so they cost no memory;
        // the limit bounds how many a mapping may use at all.
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias() && ++aliases > limits.maxYamlAliases()) {
            throw DataFileException.limitExceeded(source, line, "max_yaml_aliases", limits.maxYamlAliases(),
                    "alias *" + p.getText() + " at " + path);
        }
        switch (token) {
            case START_OBJECT -> {
                Node o = new Node(Kind.OBJECT, path, line, "object", false);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    long keyLine = line(p);
                    String childPath = path + "." + key;
                    p.nextToken();
                    Node child = node(p, childPath, depth + 1);
                    if (o.fields.containsKey(key)) {
                        problems.add(keyLine, childPath, ReportingError.MAPPING_KEY_DUPLICATE, childPath);
                    } else {
                        o.fields.put(key, child);
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                Node a = new Node(Kind.ARRAY, path, line, "list", false);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.items.add(node(p, path + "[" + i++ + "]", depth + 1));
                }
                return a;
            }
            case VALUE_NULL -> {
                return new Node(Kind.NULL, path, line, "null", false);
            }
            case VALUE_STRING -> {
                return new Node(Kind.SCALAR, path, line, p.getText(), true);
            }
            default -> {
                return new Node(Kind.SCALAR, path, line, p.getText(), false);
            }
        }
    }

    private static long line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }
}
