package org.statsbase.testkit.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.Schema;

/**
 * jqwik arbitraries for expressions of the review-rule language (审核公式, statsbase-validation
 * README "The language") over a fixed vocabulary of fields: well-typed conditions, numbers and
 * texts with a nesting-depth bound, and syntactically broken texts.
 *
 * <p>Well-typed means: compiled against {@link #schema()}, the expression has no problem, and a
 * review of any dataset of that schema evaluates it without an evaluation error. To keep that
 * true the generators avoid what needs a review context ({@code prev}, {@code yoy},
 * {@code form("…")}, {@code in_codelist}) and keep intermediate results far below the
 * 1,000-significant-digit limit ({@code *} multiplies by a field or literal only; {@code round}
 * takes −3…4 decimals). Dataset-level functions ({@code is_unique}, {@code sum_by},
 * {@code balance}) appear in {@link #conditions(int)} and {@link #numbers(int)}, never nested
 * in one another; {@link #rowConditions(int)} has none. Every composite is parenthesised, so
 * depth {@code d} means at most {@code d} nested operators or calls.
 *
 * <p>Broken expressions ({@link #broken(int)}) embed a well-typed condition in a syntax or
 * lexical error (SB-VAL-01xx) that no content of the embedded part can repair: a dangling
 * operator, an unbalanced parenthesis, an unterminated text or {@code [code]}, a stray character,
 * a malformed number, a chained comparison, a missing {@code then}/{@code and}, an unknown
 * reference dataset, an empty {@code []}.
 *
 * <p>Thread safety: immutable; the arbitraries are immutable.
 */
public final class RuleExpressions {

    /** The largest depth accepted: expressions grow exponentially with it. */
    public static final int MAX_DEPTH = 10;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "if", "then", "in", "between", "true",
            "false", "prev", "yoy", "form");
    /** Valid RE2 patterns (the rule text keeps backslashes as they are). */
    private static final List<String> PATTERNS = List.of("^[0-9]+$", "^0", "[A-Z]", "中", "^\\d{6}$", "a|b",
            "^$", "(?i)ok");

    private final Schema schema;
    private final List<String> numbers;
    private final List<String> texts;
    private final List<String> booleans;
    private final List<String> dates;

    private RuleExpressions(Schema schema) {
        this.schema = schema;
        this.numbers = names(schema, ColumnType.NUMBER);
        this.texts = names(schema, ColumnType.TEXT);
        this.booleans = names(schema, ColumnType.BOOLEAN);
        this.dates = names(schema, ColumnType.DATE);
    }

    private static List<String> names(Schema schema, ColumnType type) {
        return schema.columns().stream().filter(c -> c.type() == type).map(c -> reference(c.name())).toList();
    }

    /**
     * Expressions over the columns of a schema (key columns included): NUMBER columns as
     * numbers, TEXT as texts, BOOLEAN as conditions, DATE in comparisons of two dates.
     *
     * @param schema the schema whose columns the expressions read
     * @return the expression generator
     * @throws IllegalArgumentException if a column name cannot be written in a rule (it
     *         contains {@code ]}, a line break, or leading or trailing blanks)
     */
    public static RuleExpressions over(Schema schema) {
        return new RuleExpressions(Objects.requireNonNull(schema, "schema"));
    }

    /**
     * Expressions over numeric and text indicators; {@link #schema()} has these columns and no
     * key.
     *
     * @param numericIndicators the NUMBER indicators
     * @param textIndicators the TEXT indicators
     * @return the expression generator
     * @throws IllegalArgumentException if a name repeats or cannot be written in a rule
     */
    public static RuleExpressions over(List<String> numericIndicators, List<String> textIndicators) {
        List<Column> columns = new ArrayList<>();
        numericIndicators.forEach(n -> columns.add(Column.of(n, ColumnType.NUMBER)));
        textIndicators.forEach(n -> columns.add(Column.of(n, ColumnType.TEXT)));
        return new RuleExpressions(Schema.of(columns, List.of()));
    }

    /**
     * The schema the expressions are well-typed against.
     *
     * @return the schema
     */
    public Schema schema() {
        return schema;
    }

    /**
     * How a field is written in a rule: as is when it is a plain name that is no keyword,
     * otherwise in brackets ({@code [B204-1.01]}).
     *
     * @param name a field name
     * @return the field as a rule writes it
     * @throws IllegalArgumentException if the name cannot be written
     */
    public static String reference(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.contains("]") || name.contains("\n") || name.contains("\r")
                || !name.strip().equals(name)) {
            throw new IllegalArgumentException("a field name a rule cannot write: '" + name + "'");
        }
        if (PLAIN_NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return "[" + name + "]";
    }

    /**
     * A text literal of the language: single quotes, a quote inside doubled.
     *
     * @param text the text
     * @return the literal, quotes included
     */
    public static String textLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A number literal of the language; a negative number as {@code (-x)}.
     *
     * @param number the number
     * @return the literal
     */
    public static String numberLiteral(BigDecimal number) {
        String plain = number.abs().toPlainString();
        return number.signum() < 0 ? "(-" + plain + ")" : plain;
    }

    /**
     * Well-typed conditions (checks or {@code when}s), dataset-level functions included.
     *
     * @param maxDepth the deepest expression, at least 0
     * @return condition texts
     */
    public Arbitrary<String> conditions(int maxDepth) {
        return new Grammar(depth(maxDepth)).conditionF[maxDepth];
    }

    /**
     * Well-typed conditions without dataset-level functions.
     *
     * @param maxDepth the deepest expression, at least 0
     * @return condition texts
     */
    public Arbitrary<String> rowConditions(int maxDepth) {
        return new Grammar(depth(maxDepth)).conditionR[maxDepth];
    }

    /**
     * Well-typed number expressions, {@code sum_by} included.
     *
     * @param maxDepth the deepest expression, at least 0
     * @return number expression texts
     */
    public Arbitrary<String> numbers(int maxDepth) {
        return new Grammar(depth(maxDepth)).numberF[maxDepth];
    }

    /**
     * Well-typed text expressions.
     *
     * @param maxDepth the deepest expression, at least 0
     * @return text expression texts
     */
    public Arbitrary<String> texts(int maxDepth) {
        return new Grammar(depth(maxDepth)).textR[maxDepth];
    }

    /**
     * Syntactically broken texts, each containing a well-typed condition of at most {@code maxDepth}.
     *
     * @param maxDepth the deepest expression in them, at least 0
     * @return rule texts that do not compile
     */
    public Arbitrary<String> broken(int maxDepth) {
        Grammar g = new Grammar(depth(maxDepth));
        Arbitrary<String> c = g.conditionF[maxDepth];
        Arbitrary<String> n = g.numberR[maxDepth];
        Arbitrary<String> junk = Arbitraries.of("@", "$", "#", "&", "|", ";", "?", "~", "^", "%", "!", "{", "}",
                "`", "\\", "\uFF08", "\uFF1D", "\u2264", "\u00D7");
        Arbitrary<String> dangling = Arbitraries.of("and", "or", "not", "+", "-", "*", "/", "=", "<", ">=", "!=",
                "in", "between", "then", ",", "(");
        Arbitrary<String> malformed = Arbitraries.of("1.2.3", "12abc", "1.", "0x1F", "3..4", "7e5");
        return Arbitraries.oneOf(
                Combinators.combine(c, dangling).as((x, op) -> x + " " + op),
                Combinators.combine(dangling.filter(op -> !op.equals("not") && !op.equals("-")
                        && !op.equals("+") && !op.equals("(")), c).as((op, x) -> op + " " + x),
                c.map(x -> "(" + x),
                c.map(x -> x + ")"),
                Combinators.combine(c, c).as((x, y) -> "(" + x + ") (" + y + ")"),
                Combinators.combine(c, junk, c).as((x, j, y) -> x + " " + j + " " + y),
                Combinators.combine(c, Arbitraries.strings().alpha().ofMaxLength(5))
                        .as((x, s) -> x + " and C = '" + s),
                c.map(x -> x + " and [" + "B01"),
                Combinators.combine(c, malformed).as((x, m) -> "(" + x + ") and " + m + " > 0"),
                Combinators.combine(n, n, n).as((x, y, z) -> "(" + x + ") < (" + y + ") < (" + z + ")"),
                Combinators.combine(c, c).as((x, y) -> "if (" + x + ") (" + y + ")"),
                Combinators.combine(n, n, n).as((x, y, z) -> "(" + x + ") between (" + y + ") (" + z + ")"),
                n.map(x -> "(" + x + ") in 1, 2"),
                n.map(x -> "abs((" + x + ")"),
                c.map(x -> "(" + x + ") and () "),
                c.map(x -> "(" + x + ") or [] = 1"),
                c.map(x -> "(" + x + ") and last.B01 > 0"),
                Combinators.combine(c, c).as((x, y) -> "(" + x + ") = = (" + y + ")"),
                Arbitraries.of("", "   ", "()", "not", "if", "'", "\"abc", "[B01", "(((", ")"));
    }

    private static int depth(int maxDepth) {
        if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be 0 to " + MAX_DEPTH + ": " + maxDepth);
        }
        return maxDepth;
    }

    private static String call(String function, List<String> args) {
        return function + "(" + String.join(", ", args) + ")";
    }

    private static String paren(String x) {
        return "(" + x + ")";
    }

    /** Literal numbers small enough to keep arithmetic short: at most 4 decimals, below 10^6. */
    private static Arbitrary<BigDecimal> smallNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("100"),
                        new BigDecimal("0.5")),
                Arbitraries.bigDecimals().between(new BigDecimal("-999999"), new BigDecimal("999999")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("-9999.9999"), new BigDecimal("9999.9999"))
                        .ofScale(4));
    }

    private static Arbitrary<String> textLiterals() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars("abAB0 '\"中文-").ofMaxLength(6),
                Arbitraries.of("", "0012", "110101", "C1311", "it's"))
                .map(RuleExpressions::textLiteral);
    }

    /** The expressions by depth, built once per call: each level combines the one below (no exponential build). */
    private final class Grammar {
        final Arbitrary<String>[] numberR;
        final Arbitrary<String>[] textR;
        final Arbitrary<String>[] conditionR;
        final Arbitrary<String>[] numberF;
        final Arbitrary<String>[] conditionF;
        private final Arbitrary<String> numberLeaf;
        private final Arbitrary<String> textLeaf;
        private final Arbitrary<String> groupLeaf;

        @SuppressWarnings("unchecked")
        Grammar(int max) {
            numberR = new Arbitrary[max + 1];
            textR = new Arbitrary[max + 1];
            conditionR = new Arbitrary[max + 1];
            numberF = new Arbitrary[max + 1];
            conditionF = new Arbitrary[max + 1];
            Arbitrary<String> numberLiterals = smallNumbers().map(RuleExpressions::numberLiteral);
            numberLeaf = numbers.isEmpty() ? numberLiterals
                    : Arbitraries.frequencyOf(weighted(3, Arbitraries.of(numbers)), weighted(1, numberLiterals));
            textLeaf = texts.isEmpty() ? textLiterals()
                    : Arbitraries.frequencyOf(weighted(3, Arbitraries.of(texts)), weighted(1, textLiterals()));
            List<String> fields = new ArrayList<>(texts);
            fields.addAll(numbers);
            groupLeaf = fields.isEmpty() ? textLiterals() : Arbitraries.of(fields);
            List<Arbitrary<String>> conditionLeaves = new ArrayList<>(List.of(Arbitraries.of("true", "false",
                    "TRUE", "False")));
            if (!booleans.isEmpty()) {
                conditionLeaves.add(Arbitraries.of(booleans));
                conditionLeaves.add(Arbitraries.of(booleans));
            }
            numberR[0] = numberLeaf;
            textR[0] = textLeaf;
            conditionR[0] = Arbitraries.oneOf(conditionLeaves);
            numberF[0] = numberLeaf;
            conditionF[0] = conditionR[0];
            for (int d = 1; d <= max; d++) {
                numberR[d] = numberLevel(d);
                textR[d] = textLevel(d);
                conditionR[d] = conditionLevel(d);
                numberF[d] = fullNumberLevel(d);
                conditionF[d] = fullConditionLevel(d);
            }
        }

        private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<T> a) {
            return net.jqwik.api.Tuple.of(weight, a);
        }

        private Arbitrary<String> binary(Arbitrary<String> x, Arbitrary<String> op, Arbitrary<String> y) {
            return Combinators.combine(x, op, y).as((a, o, b) -> paren(a) + " " + o + " " + paren(b));
        }

        private Arbitrary<String> calls(String function, Arbitrary<String> arg, int min, int max) {
            return arg.list().ofMinSize(min).ofMaxSize(max).map(args -> call(function,
                    args.stream().map(RuleExpressions::paren).toList()));
        }

        private Arbitrary<String> numberLevel(int d) {
            Arbitrary<String> n = numberR[d - 1];
            return Arbitraries.oneOf(
                    n,
                    binary(n, Arbitraries.of("+", "-"), n),
                    binary(n, Arbitraries.just("*"), numberLeaf),
                    binary(n, Arbitraries.just("/"), n),
                    n.map(x -> "(-" + paren(x) + ")"),
                    calls("abs", n, 1, 1),
                    calls("round", n, 1, 1),
                    Combinators.combine(n, Arbitraries.integers().between(-3, 4))
                            .as((x, k) -> "round(" + paren(x) + ", " + (k < 0 ? "-" + (-k) : k) + ")"),
                    Combinators.combine(Arbitraries.of("min", "max", "sum"), n.list().ofMinSize(1).ofMaxSize(3))
                            .as((f, args) -> call(f, args.stream().map(RuleExpressions::paren).toList())),
                    calls("coalesce", n, 1, 3),
                    calls("len", textR[d - 1], 1, 1),
                    calls("growth", n, 2, 2));
        }

        private Arbitrary<String> textLevel(int d) {
            Arbitrary<String> t = textR[d - 1];
            return Arbitraries.oneOf(t, calls("coalesce", t, 1, 3));
        }

        private Arbitrary<String> conditionLevel(int d) {
            Arbitrary<String> c = conditionR[d - 1];
            Arbitrary<String> n = numberR[d - 1];
            Arbitrary<String> t = textR[d - 1];
            List<Arbitrary<String>> choices = new ArrayList<>(List.of(
                    c,
                    binary(n, Arbitraries.of("=", "==", "!=", "<>", "<", "<=", ">", ">="), n),
                    binary(t, Arbitraries.of("=", "!=", "<", ">="), t),
                    binary(c, Arbitraries.of("=", "!="), c),
                    binary(c, Arbitraries.of("and", "or", "AND", "Or"), c),
                    Combinators.combine(c, c).as((x, y) -> "if " + paren(x) + " then " + paren(y)),
                    c.map(x -> "not " + paren(x)),
                    Combinators.combine(n, Arbitraries.of("in", "not in"),
                                    smallNumbers().map(RuleExpressions::numberLiteral).list().ofMinSize(1).ofMaxSize(4))
                            .as((x, op, items) -> paren(x) + " " + op + " (" + String.join(", ", items) + ")"),
                    Combinators.combine(t, Arbitraries.of("in", "not in"), textLiterals().list().ofMinSize(1)
                                    .ofMaxSize(4))
                            .as((x, op, items) -> paren(x) + " " + op + " (" + String.join(", ", items) + ")"),
                    Combinators.combine(n, Arbitraries.of("between", "not between"), n, n)
                            .as((x, op, lo, hi) -> paren(x) + " " + op + " " + paren(lo) + " and " + paren(hi)),
                    calls("is_missing", Arbitraries.oneOf(n, t, c), 1, 1),
                    Combinators.combine(t, Arbitraries.of(PATTERNS))
                            .as((x, p) -> "matches(" + paren(x) + ", " + textLiteral(p) + ")"),
                    calls("valid_uscc", t, 1, 1),
                    calls("valid_division", t, 1, 1)));
            if (!dates.isEmpty()) {
                choices.add(binary(Arbitraries.of(dates), Arbitraries.of("=", "!=", "<", "<=", ">", ">="),
                        Arbitraries.of(dates)));
                choices.add(calls("is_missing", Arbitraries.of(dates), 1, 1));
            }
            return Arbitraries.oneOf(choices);
        }

        private Arbitrary<String> fullNumberLevel(int d) {
            return Arbitraries.oneOf(
                    numberR[d],
                    Combinators.combine(numberR[d - 1], groupLeaf.list().ofMinSize(1).ofMaxSize(2))
                            .as((x, g) -> "sum_by(" + paren(x) + ", " + String.join(", ", g) + ")"),
                    binary(numberF[d - 1], Arbitraries.of("+", "-"), numberR[d - 1]));
        }

        private Arbitrary<String> fullConditionLevel(int d) {
            Arbitrary<String> c = conditionF[d - 1];
            Function<List<String>, String> unique = keys -> call("is_unique", keys);
            Arbitrary<String> hierarchyCode = texts.isEmpty() ? textLiterals() : Arbitraries.of(texts);
            return Arbitraries.oneOf(
                    conditionR[d],
                    binary(c, Arbitraries.of("and", "or"), c),
                    c.map(x -> "not " + paren(x)),
                    binary(numberF[d - 1], Arbitraries.of("=", "<", ">="), numberR[d - 1]),
                    groupLeaf.list().ofMinSize(1).ofMaxSize(2).map(unique),
                    Combinators.combine(numberR[d - 1], hierarchyCode, Arbitraries.of("division", "industry"),
                                    groupLeaf.list().ofMaxSize(1))
                            .as((x, code, h, g) -> {
                                List<String> args = new ArrayList<>(List.of(paren(x), code, textLiteral(h)));
                                args.addAll(g);
                                return call("balance", args);
                            }));
        }
    }

    @Override
    public String toString() {
        return "RuleExpressions over " + schema.columns().stream().map(Column::name)
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
