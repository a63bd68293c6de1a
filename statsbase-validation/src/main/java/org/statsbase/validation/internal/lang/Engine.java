package org.statsbase.validation.internal.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.data.internal.ColumnStores;
import org.statsbase.validation.data.internal.TextStore;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleLimits;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.SourceLocation;

/**
 * A compiled rule set and its review loop. Compilation reports every problem of every rule at
 * once; a review resolves the {@link Slots} against the datasets once, computes dataset-level
 * functions, then evaluates rules over chunks of records (in parallel or not: the result is the
 * same, merged in record order).
 *
 * <p>Thread safety: immutable after {@link #compile}; {@link #review} may run concurrently.
 */
public final class Engine {

    /** Per-rule results of a review, in rule order. Thread safety: immutable. */
    public record RuleResult(RuleDefinition rule, long passes, long fails, long notApplicable, long errors,
            List<Failure> failures, List<Error> errorItems) {
    }

    /** A failing record: what the rule read, its imbalance and the rendered messages. Thread safety: immutable. */
    public record Failure(int row, RecordKey key, List<FieldValue> fields, Optional<BigDecimal> imbalance,
            String messageZh, String messageEn) {
    }

    /** A record on which the rule could not be evaluated. Thread safety: immutable. */
    public record Error(int row, RecordKey key, String code, String messageZh, String messageEn) {
    }

    private record Message(List<Object> parts) {
    }

    /** A compiled rule; {@code traced}: whether a failing record's check is evaluated again for its imbalance. */
    private record Rule(RuleDefinition definition, Node check, Node when, List<Node.Field> fields, Message zh,
            Message en, boolean traced) {
    }

    private final RuleSetDefinition definition;
    private final List<Rule> rules;
    private final Slots slots;

    private Engine(RuleSetDefinition definition, List<Rule> rules, Slots slots) {
        this.definition = definition;
        this.rules = List.copyOf(rules);
        this.slots = slots;
    }

    /** The definition compiled. */
    public RuleSetDefinition definition() {
        return definition;
    }

    /**
     * Compiles every rule under {@link RuleLimits#defaults()}; throws once with every problem found.
     *
     * @throws RuleSetException listing every problem of every rule, in rule order
     */
    public static Engine compile(RuleSetDefinition definition, Environment environment) {
        return compile(definition, environment, RuleLimits.defaults());
    }

    /**
     * Compiles every rule under {@code limits}; throws once with every problem found.
     *
     * @throws RuleSetException listing every problem of every rule, in rule order
     */
    public static Engine compile(RuleSetDefinition definition, Environment environment, RuleLimits limits) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(limits, "limits");
        Slots slots = new Slots();
        Compiler compiler = new Compiler(environment, slots, definition.tolerance(), limits);
        List<RuleProblem> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : definition.rules()) {
            if (!ids.add(r.id())) {
                problems.add(RuleProblem.of(r.location(), ValidationError.CHECK_DUPLICATE_RULE, r.id(),
                        "a unique rule id", r.id()));
            }
            List<Problem> found = new ArrayList<>();
            var check = compiler.compile(r.check(), r.id(), "check", true, found);
            place(found, r.checkLocation(), problems);
            found.clear();
            Optional<Compiler.Compiled> when = Optional.empty();
            if (r.when().isPresent()) {
                when = compiler.compile(r.when().get(), r.id(), "when", true, found);
                place(found, r.whenLocation(), problems);
                found.clear();
            }
            List<Node.Field> fields = new ArrayList<>();
            String checkText = r.check().replace("{", "{{").replace("}", "}}");
            Message zh = message(compiler, r, r.message().isEmpty() ? "违反规则 " + r.id() + "：" + checkText
                    : r.message().zhOrEn(), found);
            Message en = message(compiler, r, r.message().isEmpty() ? "rule " + r.id() + " failed: " + checkText
                    : r.message().enOrZh(), found);
            place(found, r.location(), problems);
            if (check.isPresent() && (r.when().isEmpty() || when.isPresent()) && zh != null && en != null) {
                LinkedHashMap<String, Node.Field> byName = new LinkedHashMap<>();
                when.ifPresent(w -> w.fields().forEach(f -> byName.putIfAbsent(f.display, f)));
                check.get().fields().forEach(f -> byName.putIfAbsent(f.display, f));
                fields.addAll(byName.values());
                rules.add(new Rule(r, check.get().node(), when.map(Compiler.Compiled::node).orElse(null), fields, zh,
                        en, mayTrace(check.get().node())));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(definition.source(), problems);
        }
        return new Engine(definition, rules, slots);
    }

    /**
     * Whether evaluating {@code check} may find an imbalance (a numeric comparison or balance somewhere in
     * it). False only for the simple checks of one column that compare no numbers: text tests and
     * uniqueness (computed before, untraced), which a failing record need not evaluate again.
     */
    private static boolean mayTrace(Node check) {
        return !(check instanceof Node.Matches m && m.x instanceof Node.Field
                || check instanceof Node.InCodeList l && l.x instanceof Node.Field
                || check instanceof Node.ValidCode v && v.x instanceof Node.Field
                || check instanceof Node.In i && i.value instanceof Node.Field
                || check instanceof DatasetNode.IsUnique);
    }

    private static void place(List<Problem> found, SourceLocation at, List<RuleProblem> out) {
        for (Problem p : found) {
            out.add(RuleProblem.of(at.within(p.line(), p.column()), p.error(), p.found(), p.expected(), p.args()));
        }
    }

    /** Parses {@code {expr}} placeholders ({@code {{} and {@code }}} stand for braces); null on problems. */
    private static Message message(Compiler compiler, RuleDefinition r, String text, List<Problem> found) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int before = found.size();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (ch == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (ch == '{') {
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    found.add(Problem.of(1, i + 1, ValidationError.SYNTAX_MESSAGE_PLACEHOLDER,
                            Lexer.shorten(text.substring(i)), "'}'", Lexer.shorten(text.substring(i))));
                    break;
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                String expression = text.substring(i + 1, end);
                compiler.compile(expression, r.id(), "message", false, found).ifPresent(c -> parts.add(c.node()));
                i = end + 1;
            } else {
                literal.append(ch);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return found.size() > before ? null : new Message(List.copyOf(parts));
    }

    /** The ids of the rules, in order. */
    public List<RuleDefinition> rules() {
        return rules.stream().map(Rule::definition).toList();
    }

    /**
     * Reviews {@code main}.
     *
     * @param references reference datasets by name: {@code prev}, {@code yoy}, {@code form:ID}
     * @param codeLists  code lists by name
     * @param chunkSize  records per chunk, at least 1
     * @param parallel   whether chunks run on the common fork-join pool
     * @throws StatsbaseException (06xx) when a field, reference dataset or code list a rule needs is not there
     */
    public List<RuleResult> review(Dataset main, Map<String, Dataset> references,
            Map<String, Set<String>> codeLists, int chunkSize, boolean parallel) {
        return review(main, references, codeLists, chunkSize, parallel, true);
    }

    /**
     * Reviews {@code main}, with the fast paths or without: {@code fast} = false evaluates every record
     * with the exact record-at-a-time evaluator (decimal numbers throughout) and takes no shortcut in
     * joins and dataset-level functions. The results are the same (a property checks it); the switch
     * exists for that property and for measuring.
     */
    public List<RuleResult> review(Dataset main, Map<String, Dataset> references,
            Map<String, Set<String>> codeLists, int chunkSize, boolean parallel, boolean fast) {
        Frame frame = frame(main, references, codeLists, fast);
        int n = main.size();
        Cursor prep = new Cursor(frame);
        for (DatasetNode d : slots.datasetNodes) {
            frame.prepared[d.slot] = d.prepare(prep, n);
        }
        int chunks = n == 0 ? 0 : (n - 1) / chunkSize + 1;
        IntStream ids = IntStream.range(0, chunks);
        // One thread evaluates every chunk with the cursor that prepared: its scratch buffers and text
        // caches are built once per review; parallel chunks each need their own (a cursor is one thread's).
        List<Chunk> done = (parallel ? ids.parallel() : ids)
                .mapToObj(i -> evaluate(parallel ? new Cursor(frame) : prep, (int) ((long) i * chunkSize),
                        (int) Math.min(n, (long) (i + 1) * chunkSize))).toList();
        List<RuleResult> out = new ArrayList<>(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            long[] counts = new long[4];
            List<Failure> failures = new ArrayList<>();
            List<Error> errors = new ArrayList<>();
            for (Chunk c : done) {
                for (int k = 0; k < 4; k++) {
                    counts[k] += c.counts[r][k];
                }
                failures.addAll(c.failures.get(r));
                errors.addAll(c.errors.get(r));
            }
            out.add(new RuleResult(rules.get(r).definition, counts[0], counts[1], counts[2], counts[3],
                    List.copyOf(failures), List.copyOf(errors)));
        }
        return out;
    }

    private record Chunk(long[][] counts, List<List<Failure>> failures, List<List<Error>> errors) {
    }

    private Chunk evaluate(Cursor c, int from, int to) {
        Frame frame = c.frame;
        boolean fast = frame.fast;
        long[][] counts = new long[rules.size()][4];
        List<List<Failure>> failures = new ArrayList<>();
        List<List<Error>> errors = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            List<Failure> f = new ArrayList<>();
            List<Error> e = new ArrayList<>();
            long[] k = counts[r];
            for (int block = from; block < to; block += Cursor.BLOCK) {
                int n = Math.min(Cursor.BLOCK, to - block);
                c.resetScratch();
                byte[] truths = c.bytes();
                if (!fast) {
                    java.util.Arrays.fill(truths, 0, n, Node.SLOW_TRUTH);
                } else {
                    rule.check.truths(c, block, n, truths);
                    if (rule.when != null) {
                        byte[] when = c.bytes();
                        rule.when.truths(c, block, n, when);
                        for (int i = 0; i < n; i++) {
                            byte w = when[i];
                            truths[i] = w == Node.TRUE ? truths[i] : w == Node.SLOW_TRUTH ? Node.SLOW_TRUTH : Node.NA;
                        }
                    }
                }
                // Most records pass: count them as the block's size less the others, found in one scan.
                int others = 0;
                for (int i = 0; i < n; i++) {
                    int t = truths[i];
                    if (t == Node.TRUE) {
                        continue;
                    }
                    int row = block + i;
                    if (t == Node.SLOW_TRUTH) {
                        // The exact path decides, and reports an evaluation error as it always has.
                        try {
                            t = rule.when == null ? Node.TRUE : rule.when.truth(c, row);
                            t = t == Node.TRUE ? rule.check.truth(c, row) : Node.NA;
                        } catch (EvalException x) {
                            others++;
                            k[3]++;
                            e.add(new Error(row, frame.main.key(row), x.error().code(), x.messageZh(),
                                    x.messageEn()));
                            continue;
                        }
                        if (t == Node.TRUE) {
                            continue;
                        }
                    }
                    others++;
                    if (t == Node.NA) {
                        k[2]++;
                    } else {
                        k[1]++;
                        f.add(details(c, rule, row));
                    }
                }
                k[0] += n - others;
            }
            c.resetScratch();
            failures.add(f);
            errors.add(e);
        }
        return new Chunk(counts, failures, errors);
    }

    /** Only for failing records: the fields read, the imbalance and the messages. */
    private Failure details(Cursor c, Rule rule, int row) {
        BigDecimal imbalance = null;
        if (rule.traced) {
            c.tracing = true;
            c.imbalance = null;
            try {
                rule.check.truth(c, row);
            } finally {
                c.tracing = false;
            }
            imbalance = c.imbalance;
            c.imbalance = null;
        }
        FieldValue[] fields = new FieldValue[rule.fields.size()];
        for (int i = 0; i < fields.length; i++) {
            Node.Field f = rule.fields.get(i);
            fields[i] = new FieldValue(f.display, f.value(c, row));
        }
        return new Failure(row, c.frame.main.key(row), List.of(fields), Optional.ofNullable(imbalance),
                render(c, rule.zh, row), render(c, rule.en, row));
    }

    private static String render(Cursor c, Message m, int row) {
        if (m.parts.size() == 1 && m.parts.get(0) instanceof String s) {
            return s; // a message without placeholders (the default ones among them)
        }
        StringBuilder out = new StringBuilder();
        for (Object part : m.parts) {
            if (part instanceof String s) {
                out.append(s);
            } else {
                try {
                    out.append(Node.external(((Node) part).eval(c, row)).render());
                } catch (EvalException e) {
                    out.append("#ERROR");
                }
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private Frame frame(Dataset main, Map<String, Dataset> references, Map<String, Set<String>> codeLists,
            boolean fast) {
        int[] mainColumns = new int[slots.mainColumns.size()];
        for (int i = 0; i < mainColumns.length; i++) {
            Slots.Entry e = slots.mainColumns.get(i);
            mainColumns[i] = column(main, e.name(), e.rule(), "reviewed");
        }
        Dataset[] refs = new Dataset[slots.refDatasets.size()];
        int[][] refRows = new int[refs.length][];
        List<String> keyColumns = main.schema().keyColumns();
        for (int d = 0; d < refs.length; d++) {
            Slots.Entry e = slots.refDatasets.get(d);
            String shown = e.name().startsWith("form:") ? "form(\"" + e.name().substring(5) + "\")" : e.name();
            refs[d] = references.get(e.name());
            if (refs[d] == null) {
                throw new StatsbaseException(ValidationError.REVIEW_REFERENCE_NOT_SUPPLIED, e.rule(), shown);
            }
            if (keyColumns.isEmpty() || !refs[d].schema().keyColumns().containsAll(keyColumns)) {
                throw new StatsbaseException(ValidationError.REVIEW_KEY_MISMATCH, shown,
                        keyColumns.isEmpty() ? "(the reviewed dataset has no key)" : String.join(", ", keyColumns));
            }
            refRows[d] = join(main, refs[d], fast);
        }
        int[] refColumns = new int[slots.refColumns.size()];
        int[] refSlotDatasets = new int[refColumns.length];
        for (int i = 0; i < refColumns.length; i++) {
            Slots.Entry e = slots.refColumns.get(i);
            refColumns[i] = column(refs[e.dataset()], e.name(), e.rule(), slots.refDatasets.get(e.dataset()).name());
            refSlotDatasets[i] = e.dataset();
        }
        Set<String>[] lists = new Set[slots.codeLists.size()];
        for (int i = 0; i < lists.length; i++) {
            Slots.Entry e = slots.codeLists.get(i);
            lists[i] = codeLists.get(e.name());
            if (lists[i] == null) {
                throw new StatsbaseException(ValidationError.REVIEW_CODE_LIST_NOT_SUPPLIED, e.rule(), e.name());
            }
        }
        return new Frame(main, mainColumns, refs, refRows, refColumns, refSlotDatasets, lists,
                slots.datasetNodes.size(), slots.matchers, fast);
    }

    /**
     * For every reviewed record, the record of {@code ref} with its key ({@link Dataset#find}), or −1.
     * When the reference dataset is columnar with unique keys and has the same key columns, a record
     * at the same position with equal key values is that record (a previous period is usually in the
     * same order), which spares building a key per record; any other record is looked up. Null when
     * every reviewed record is joined to the record at its own position (no array to build and read).
     */
    private static int[] join(Dataset main, Dataset ref, boolean fast) {
        int n = main.size();
        int[] rows = null;
        List<String> keys = main.schema().keyColumns();
        boolean aligned = fast && ref instanceof ColumnarDataset c && c.repeatedKeys() == 0
                && ref.schema().keyColumns().size() == keys.size();
        int[] mainKeys = new int[keys.size()];
        int[] refKeys = new int[keys.size()];
        // key columns that are TEXT in both columnar datasets: their stores, compared by dictionary text
        TextStore[] mainTexts = new TextStore[keys.size()];
        TextStore[] refTexts = new TextStore[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            mainKeys[k] = main.schema().indexOf(keys.get(k)).getAsInt();
            refKeys[k] = ref.schema().indexOf(keys.get(k)).getAsInt();
            if (main instanceof ColumnarDataset && ref instanceof ColumnarDataset
                    && main.schema().columns().get(mainKeys[k]).type() == ColumnType.TEXT
                    && ref.schema().columns().get(refKeys[k]).type() == ColumnType.TEXT) {
                mainTexts[k] = ColumnStores.text(main, mainKeys[k]);
                refTexts[k] = ColumnStores.text(ref, refKeys[k]);
            }
        }
        for (int row = 0; row < n; row++) {
            if (aligned && row < ref.size() && sameKey(main, mainKeys, mainTexts, ref, refKeys, refTexts, row)) {
                if (rows != null) {
                    rows[row] = row;
                }
                continue;
            }
            if (rows == null) {
                // the first record not at its own position: the array, with every record before it aligned
                rows = new int[n];
                for (int i = 0; i < row; i++) {
                    rows[i] = i;
                }
            }
            rows[row] = ref.find(main.key(row)).orElse(-1);
        }
        return rows;
    }

    /** Whether record {@code row} has equal key values in both (equal values are one key to {@code find}). */
    private static boolean sameKey(Dataset main, int[] mainKeys, TextStore[] mainTexts, Dataset ref, int[] refKeys,
            TextStore[] refTexts, int row) {
        for (int k = 0; k < mainKeys.length; k++) {
            if (mainTexts[k] != null) {
                // texts by dictionary id: no Value per cell (a text Value is equal exactly when its string is);
                // a key value of a columnar dataset is never missing, so both ids are dictionary ids
                String x = mainTexts[k].text(mainTexts[k].id(row));
                String y = refTexts[k].text(refTexts[k].id(row));
                // identity first: the JIT's String.equals reads both strings even when they are one
                // (datasets built from the same texts share them), a cache miss per record
                if (x != y && !x.equals(y)) {
                    return false;
                }
                continue;
            }
            // b, a key value of the columnar reference dataset, is never missing: a missing a differs from it
            Value a = main.value(row, mainKeys[k]);
            Value b = ref.value(row, refKeys[k]);
            if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static int column(Dataset d, String name, String rule, String dataset) {
        OptionalInt i = d.schema().indexOf(name);
        if (i.isEmpty()) {
            throw new StatsbaseException(ValidationError.REVIEW_COLUMN_ABSENT, rule, name, dataset);
        }
        return i.getAsInt();
    }

    /** Evaluates one expression on one record of {@code main} (for tests and tools): value or missing. */
    public static Value evaluate(String expression, Dataset main, int row, BigDecimal tolerance) {
        Slots slots = new Slots();
        List<Problem> problems = new ArrayList<>();
        Optional<Compiler.Compiled> c = new Compiler(Environment.none(), slots, tolerance, RuleLimits.defaults())
                .compile(expression, "expression", "expression", false, problems);
        if (c.isEmpty()) {
            List<RuleProblem> out = new ArrayList<>();
            place(problems, SourceLocation.of("expression"), out);
            throw new RuleSetException("expression", out);
        }
        Engine e = new Engine(RuleSetDefinition.of("expression", List.of()), List.of(), slots);
        Frame frame = e.frame(main, Map.of(), Map.of(), true);
        Cursor cursor = new Cursor(frame);
        for (DatasetNode d : slots.datasetNodes) {
            frame.prepared[d.slot] = d.prepare(cursor, main.size());
        }
        return Node.external(c.get().node().eval(cursor, row));
    }
}
