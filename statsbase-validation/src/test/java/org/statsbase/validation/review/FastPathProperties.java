package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.internal.lang.Engine;
import org.statsbase.validation.internal.lang.Environment;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * The review engine's fast paths (the block evaluator on scaled {@code long}s, the exact sign test
 * for {@code growth}, hash-set {@code in}, the positional join of a reference dataset, uniqueness
 * from the dataset's key index) give exactly the results of the exact record-at-a-time decimal
 * evaluation: same counts, same failures with the same fields, imbalances and messages, same
 * evaluation errors — on random columnar data with missing cells, values with more than four
 * decimals, values near the limits of the scaled form, and random rules over every operator.
 */
class FastPathProperties {

    private static final String[] NUMBERS = {"A", "B", "C", "D"};
    private static final String[] OPS = {"=", "!=", "<", "<=", ">", ">="};

    @Provide
    Arbitrary<List<Value>> numberColumns() {
        return numbers().list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Value>> textColumns() {
        return texts().list().ofMinSize(1).ofMaxSize(12);
    }

    Arbitrary<Value> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.just(Value.missing()),
                Arbitraries.integers().between(-5, 5).map(i -> Value.of(BigDecimal.valueOf(i))),
                Arbitraries.integers().between(-20_000, 20_000).map(i -> Value.of(BigDecimal.valueOf(i, 4))),
                Arbitraries.integers().between(-999, 999).map(i -> Value.of(BigDecimal.valueOf(i, 2))),
                // more than four decimals: the exact fallback
                Arbitraries.integers().between(-99_999, 99_999).map(i -> Value.of(BigDecimal.valueOf(i, 5))),
                // near and beyond the scaled form's limits (10^14) and the long range
                Arbitraries.of("99999999999999.9999", "-99999999999999.9999", "922337203685477.5807",
                        "100000000000000", "-100000000000000", "500000000000000", "1E+20", "0.00000001",
                        // the bounds of growth's single-long sign test (2^40 and 2^49 ×10^-4)
                        "109951162.7775", "-109951162.7776", "109951162.7776", "56294995342.1311",
                        "-56294995342.1312")
                        .map(s -> Value.of(new BigDecimal(s))));
    }

    Arbitrary<Value> texts() {
        return Arbitraries.oneOf(Arbitraries.just(Value.missing()),
                Arbitraries.of("a", "ab", "b1", "", "甲乙", "A-1", "a𝔸").map(Value::of));
    }

    @Provide
    Arbitrary<String> constants() {
        return Arbitraries.of("0", "1", "-1", "0.5", "-0.25", "1.0001", "0.00001", "3", "0.0001",
                "99999999999999.9999", "-500000000000000", "838.8607", "838.8608", "-838.8608");
    }

    @Provide
    Arbitrary<String> rules() {
        Arbitrary<String> x = Arbitraries.of(NUMBERS);
        Arbitrary<String> op = Arbitraries.of(OPS);
        Arbitrary<String> k = constants();
        Arbitrary<String> numeric = Arbitraries.oneOf(x, k,
                Combinators.combine(x, Arbitraries.of("+", "-", "*", "/"), x).as((a, o, b) -> a + " " + o + " " + b),
                Combinators.combine(x, x, x).as((a, b, c) -> "sum(" + a + ", " + b + ", " + c + ")"),
                Combinators.combine(x, x).as((a, b) -> "min(" + a + ", " + b + ")"),
                Combinators.combine(x, x).as((a, b) -> "max(" + a + ", " + b + ")"),
                Combinators.combine(x, x).as((a, b) -> "abs(" + a + " - " + b + ")"),
                x.map(a -> "-" + a),
                Combinators.combine(x, k).as((a, b) -> "coalesce(" + a + ", " + b + ")"),
                Arbitraries.just("len(T)"),
                Combinators.combine(x, x, x).as((a, b, c) -> a + " + " + b + " + " + c + " - " + a + " * 2"),
                Combinators.combine(x, x).as((a, b) -> "growth(" + a + ", prev." + b + ")"),
                Combinators.combine(x, x).as((a, b) -> "abs(growth(" + a + ", prev." + b + "))"),
                x.map(a -> "prev." + a));
        Arbitrary<String> comparison = Combinators.combine(numeric, op, numeric).as((a, o, b) -> a + " " + o + " " + b);
        Arbitrary<String> atom = Arbitraries.oneOf(comparison, comparison, comparison,
                Combinators.combine(x, x, x, x).as((a, b, c, d) -> a + " = " + b + " + " + c + " + " + d),
                Combinators.combine(numeric, k, k).as((a, lo, hi) -> a + " between " + lo + " and " + hi),
                Combinators.combine(x, k, k).as((a, lo, hi) -> a + " not between " + lo + " and " + hi),
                Combinators.combine(x, k, k).as((a, p, q) -> a + " in (" + p + ", " + q + ", 0.5)"),
                x.map(a -> a + " not in (1, -1)"),
                Arbitraries.of("T in ('a', 'ab', '')", "T not in ('b1')", "matches(T, '^a')", "matches(T, '1$')",
                        "is_unique(id)", "is_unique(T)", "is_unique(A, T)", "is_missing(T)", "T = 'a'", "T < 'b'",
                        "in_codelist(T, 'list')"),
                x.map(a -> "is_missing(" + a + ")"),
                // a type error at review time: a text where a number is wanted
                x.map(a -> a + " + T > 0"));
        Arbitrary<String> condition = Arbitraries.oneOf(atom, atom,
                Combinators.combine(atom, atom).as((a, b) -> "(" + a + ") and (" + b + ")"),
                Combinators.combine(atom, atom).as((a, b) -> "(" + a + ") or (" + b + ")"),
                Combinators.combine(atom, atom).as((a, b) -> "if " + a + " then " + b),
                atom.map(a -> "not (" + a + ")"));
        return condition;
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> atom = Arbitraries.of("a", "1", "\\d", "\\w", "[0-9]", "[^a-c]", "[a-z0-9]", "中", "-", " ",
                "b", ".", "(a|b)", "\\s");
        Arbitrary<String> quantifier = Arbitraries.of("", "", "?", "*", "+", "{2}", "{1,3}", "{2,}", "*?", "{0}");
        Arbitrary<String> piece = Combinators.combine(atom, quantifier).as((a, q) -> a + q);
        return Combinators.combine(Arbitraries.of("", "^"), piece.list().ofMinSize(0).ofMaxSize(4),
                Arbitraries.of("", "$")).as((start, pieces, end) -> start + String.join("", pieces) + end);
    }

    @Provide
    Arbitrary<List<Value>> patternTexts() {
        return Arbitraries.of('a', 'b', 'c', '1', '2', '9', '中', '-', ' ', '\n', '\u000B', '_', 'Z', '\uD835')
                .list().ofMaxSize(8)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(ch -> b.append(ch == '\uD835' ? "\uD835\uDD38" : String.valueOf(ch)));
                    return Value.of(b.toString());
                })
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 400)
    void simplePatternsMatchAsRe2Does(@ForAll("patterns") String pattern, @ForAll("patternTexts") List<Value> texts) {
        ColumnarDataset main = dataset(List.of(Value.of(BigDecimal.ONE)), texts, texts.size(), false, false);
        RuleSetDefinition definition = RuleSetDefinition.of("re", List.of(
                RuleDefinition.of("R1", "matches(T, '" + pattern + "')")));
        Engine engine = Engine.compile(definition, Environment.none());
        assertThat(engine.review(main, Map.of(), Map.of(), 7, false, true))
                .isEqualTo(engine.review(main, Map.of(), Map.of(), 7, false, false));
    }

    @Provide
    Arbitrary<List<Value>> latin1PatternTexts() {
        return Arbitraries.of('a', 'b', 'c', '1', '2', '9', '-', ' ', '\n', '_', 'Z', '\u00E9', '\u00FF', '\u0080')
                .list().ofMaxSize(8)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return Value.of(b.toString());
                })
                .list().ofMinSize(1).ofMaxSize(30);
    }

    /** Columns whose texts are all Latin-1 are matched on the dictionary's bytes: the same answers. */
    @Property(tries = 300)
    void simplePatternsMatchLatin1TextsAsRe2Does(@ForAll("patterns") String pattern,
            @ForAll("latin1PatternTexts") List<Value> texts) {
        simplePatternsMatchAsRe2Does(pattern, texts);
    }

    @Provide
    Arbitrary<String> tolerances() {
        return Arbitraries.of("0", "0.5", "0.00001", "3");
    }

    private static ColumnarDataset dataset(List<Value> numbers, List<Value> texts, int rows, boolean shuffle,
            boolean duplicates) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", ColumnType.TEXT));
        for (String n : NUMBERS) {
            columns.add(Column.of(n, ColumnType.NUMBER));
        }
        columns.add(Column.of("T", ColumnType.TEXT));
        ColumnarDataset.Builder b = ColumnarDataset.builder(Schema.of(columns, List.of("id")));
        for (int r = 0; r < rows; r++) {
            int unit = shuffle ? (r * 7 + 3) % (rows + 2) : duplicates ? r / 2 : r;
            Value[] values = new Value[columns.size()];
            values[0] = Value.of("u" + unit);
            for (int i = 0; i < NUMBERS.length; i++) {
                values[1 + i] = numbers.get((r * NUMBERS.length + i) % numbers.size());
            }
            values[columns.size() - 1] = texts.get(r % texts.size());
            b.add(values);
        }
        return b.build();
    }

    @Property(tries = 300)
    void theFastPathsGiveTheExactResults(@ForAll("rules") String check, @ForAll("rules") String other,
            @ForAll boolean withWhen, @ForAll("tolerances") String tolerance,
            @ForAll("numberColumns") List<Value> numbers, @ForAll("numberColumns") List<Value> previous,
            @ForAll("textColumns") List<Value> texts, @ForAll @IntRange(min = 1, max = 1200) int rows,
            @ForAll boolean duplicateKeys, @ForAll @IntRange(min = 1, max = 700) int chunk,
            @ForAll boolean parallel) {
        ColumnarDataset main = dataset(numbers, texts, rows, false, duplicateKeys);
        ColumnarDataset prev = dataset(previous, texts, Math.max(1, rows - 3), rows % 3 == 0, false);
        RuleDefinition first = RuleDefinition.of("R1", check);
        if (withWhen) {
            first = first.withWhen(other);
        }
        RuleSetDefinition definition = RuleSetDefinition.of("fast", List.of(first,
                RuleDefinition.of("R2", other))).withTolerance(new BigDecimal(tolerance));
        Engine engine = Engine.compile(definition, Environment.none());
        Map<String, Set<String>> lists = Map.of("list", Set.of("a", "b1", "甲乙"));
        List<Engine.RuleResult> exact = engine.review(main, Map.of("prev", prev), lists, chunk, false, false);
        List<Engine.RuleResult> fast = engine.review(main, Map.of("prev", prev), lists, chunk, parallel, true);
        assertThat(fast).isEqualTo(exact);
    }

    /** Columns with more distinct texts than the per-id cache holds take the uncached text path. */
    @Example
    void manyDistinctTextsGiveTheExactResults() {
        int rows = 70_000;
        List<Value> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            texts.add(r % 11 == 0 ? Value.missing() : Value.of(r % 5 == 0 ? "a" + r : r % 7 == 0 ? "b1" : "甲" + r));
        }
        ColumnarDataset main = dataset(List.of(Value.of(BigDecimal.ONE)), texts, rows, false, false);
        RuleSetDefinition definition = RuleSetDefinition.of("texts", List.of(
                RuleDefinition.of("R1", "in_codelist(T, 'list')"),
                RuleDefinition.of("R2", "matches(T, '^a[0-9]*5$')"),
                RuleDefinition.of("R3", "len(T) <= 5"),
                RuleDefinition.of("R4", "T not in ('b1', 'a10')"),
                RuleDefinition.of("R5", "T = 'b1'")));
        Engine engine = Engine.compile(definition, Environment.none());
        Map<String, Set<String>> lists = Map.of("list", Set.of("a5", "b1", "甲1"));
        List<Engine.RuleResult> exact = engine.review(main, Map.of(), lists, 4096, false, false);
        List<Engine.RuleResult> fast = engine.review(main, Map.of(), lists, 4096, false, true);
        assertThat(fast).isEqualTo(exact);
    }
}
