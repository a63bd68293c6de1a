package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** One property per semantic clause of DESIGN.md "Review rules". */
class SemanticsProperties {

    @Provide
    Arbitrary<Boolean> truths() {
        return Arbitraries.of(true, false).injectNull(0.34);
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2)
                .injectNull(0.2);
    }

    private static Value truth(Boolean b) {
        return b == null ? Value.missing() : Value.of(b);
    }

    private static Table bools(Boolean x, Boolean y) {
        return Table.with("id:TEXT", "X:BOOLEAN", "Y:BOOLEAN").key("id").row("u", x, y).build();
    }

    // ---- three-valued logic: reference Kleene tables, written independently ----------------

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    private static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    @Property
    void andOrNotFollowSqlAndR(@ForAll("truths") Boolean x, @ForAll("truths") Boolean y) {
        Table t = bools(x, y);
        assertThat(Rules.eval("X and Y", t, 0)).isEqualTo(truth(and(x, y)));
        assertThat(Rules.eval("X or Y", t, 0)).isEqualTo(truth(or(x, y)));
        assertThat(Rules.eval("not X", t, 0)).isEqualTo(truth(not(x)));
    }

    @Property
    void implicationIsNotAOrB(@ForAll("truths") Boolean x, @ForAll("truths") Boolean y) {
        // if false then missing = true; if missing then true = true; if true then missing = missing
        assertThat(Rules.eval("if X then Y", bools(x, y), 0)).isEqualTo(truth(or(not(x), y)));
    }

    @Property
    void falseAndMissingIsFalseTrueOrMissingIsTrue(@ForAll("truths") Boolean x) {
        Table t = bools(x, null);
        if (Boolean.FALSE.equals(x)) {
            assertThat(Rules.eval("X and Y", t, 0)).isEqualTo(Value.of(false));
            assertThat(Rules.eval("if X then Y", t, 0)).isEqualTo(Value.of(true));
        }
        if (Boolean.TRUE.equals(x)) {
            assertThat(Rules.eval("X or Y", t, 0)).isEqualTo(Value.of(true));
        }
    }

    // ---- missing propagation ------------------------------------------------------------------

    @Property
    void arithmeticComparisonAndFunctionsOfMissingAreMissing(@ForAll("numbers") BigDecimal a) {
        Table t = Table.with("id:TEXT", "A", "M", "T:TEXT").key("id").row("u", a, null, null).build();
        for (String e : List.of("A + M", "M - A", "A * M", "M / A", "-M", "A = M", "M != A", "A < M", "M >= A",
                "abs(M)", "round(M)", "round(A, M)", "len(T)", "matches(T, 'x')", "T in ('a', 'b')",
                "M in (1, 2)", "M between 0 and A", "growth(M, A)", "growth(A, M)", "sum(A, M)", "min(M, A)",
                "max(A, M)", "valid_uscc(T)", "valid_division(T)", "T = 'x'", "coalesce(M, M)")) {
            assertThat(Rules.eval(e, t, 0)).as(e).isEqualTo(Value.missing());
        }
        assertThat(Rules.eval("is_missing(M)", t, 0)).isEqualTo(Value.of(true));
        assertThat(Rules.eval("coalesce(M, 7)", t, 0)).isEqualTo(Value.of(7));
    }

    @Property
    void aCheckThatIsMissingIsNotApplicable(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b) {
        Table t = Table.with("id:TEXT", "A", "B").key("id").row("u", a, b).build();
        RuleSummary s = Rules.summary(Rules.of("A >= B"), t);
        if (a == null || b == null) {
            assertThat(s.notApplicable()).isEqualTo(1);
        } else {
            assertThat(s.passes()).isEqualTo(a.compareTo(b) >= 0 ? 1 : 0);
            assertThat(s.fails()).isEqualTo(a.compareTo(b) >= 0 ? 0 : 1);
        }
        assertThat(s.items()).isEqualTo(1);
    }

    @Property
    void whenNotTrueMeansNotApplicable(@ForAll("truths") Boolean w, @ForAll("truths") Boolean check) {
        Table t = bools(w, check);
        RuleSetDefinition rules = RuleSetDefinition.of("t", List.of(RuleDefinition.of("R1", "Y").withWhen("X")));
        RuleSummary s = Rules.summary(rules, t);
        if (!Boolean.TRUE.equals(w) || check == null) {
            assertThat(s.notApplicable()).isEqualTo(1);
        } else {
            assertThat(s.passes()).isEqualTo(check ? 1 : 0);
            assertThat(s.fails()).isEqualTo(check ? 0 : 1);
        }
    }

    @Property
    void divisionByZeroIsMissing(@ForAll("numbers") BigDecimal a) {
        Table t = Table.with("id:TEXT", "A", "Z").key("id").row("u", a, new BigDecimal("0.00")).build();
        assertThat(Rules.eval("A / Z", t, 0)).isEqualTo(Value.missing());
        assertThat(Rules.eval("A / 0", t, 0)).isEqualTo(Value.missing());
        assertThat(Rules.summary(Rules.of("A / Z > 1"), t).notApplicable()).isEqualTo(1);
    }

    // ---- tolerance and imbalance ----------------------------------------------------------------

    @Property
    void equalityAndBalanceHonourTheTolerance(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b,
            @ForAll @IntRange(min = 0, max = 500) int hundredths) {
        if (a == null || b == null) {
            return;
        }
        BigDecimal tolerance = BigDecimal.valueOf(hundredths, 2);
        Table t = Table.with("id:TEXT", "A", "B").key("id").row("u", a, b).build();
        boolean within = a.subtract(b).abs().compareTo(tolerance) <= 0;
        RuleSet rules = RuleSet.compile(Rules.of("A = B", "A != B", "A <= B").withTolerance(tolerance));
        ReviewReport r = rules.review(t);
        assertThat(r.summary("R1").orElseThrow().passes()).isEqualTo(within ? 1 : 0);
        assertThat(r.summary("R2").orElseThrow().passes()).isEqualTo(within ? 0 : 1);
        // order comparisons are exact: the tolerance is for equality and balance only
        assertThat(r.summary("R3").orElseThrow().passes()).isEqualTo(a.compareTo(b) <= 0 ? 1 : 0);
        for (Violation v : r.violations()) {
            if (!v.ruleId().equals("R2")) {
                assertThat(v.imbalance()).contains(a.subtract(b));
            }
        }
    }

    // ---- is_unique, sum_by -----------------------------------------------------------------------

    @Property
    void isUniqueFailsEveryCopyOfADuplicate(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 8) Integer> keys) {
        Table.Builder b = Table.with("row:TEXT", "K:TEXT").key("row");
        for (int i = 0; i < keys.size(); i++) {
            b.row("r" + i, keys.get(i) == 8 ? null : "k" + keys.get(i));
        }
        Table t = b.build();
        ReviewReport r = RuleSet.compile(Rules.of("is_unique(K)")).review(t);
        Map<Integer, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        long unique = keys.stream().filter(k -> counts.get(k) == 1).count();
        assertThat(r.summaries().get(0).passes()).isEqualTo(unique);
        assertThat(r.summaries().get(0).fails()).isEqualTo(keys.size() - unique);
        assertThat(r.violations()).extracting(Violation::row).allSatisfy(row -> assertThat(counts.get(keys.get(row)))
                .isGreaterThan(1));
    }

    @Property
    void sumByBroadcastsTheGroupTotal(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 3) Integer> groups,
            @ForAll @Size(min = 20, max = 20) List<@IntRange(min = -50, max = 50) Integer> values) {
        Table.Builder b = Table.with("row:TEXT", "G:TEXT", "X").key("row");
        Map<Integer, BigDecimal> totals = new HashMap<>();
        Map<Integer, Boolean> missing = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Integer v = values.get(i) == 50 ? null : values.get(i);
            b.row("r" + i, "g" + groups.get(i), v);
            totals.merge(groups.get(i), v == null ? BigDecimal.ZERO : BigDecimal.valueOf(v), BigDecimal::add);
            if (v == null) {
                missing.put(groups.get(i), true);
            }
        }
        Table t = b.build();
        for (int i = 0; i < groups.size(); i++) {
            Value expected = missing.containsKey(groups.get(i)) ? Value.missing() : Value.of(totals.get(groups.get(i)));
            assertThat(Rules.eval("sum_by(X, G)", t, i)).isEqualTo(expected);
        }
    }

    // ---- in and between ------------------------------------------------------------------------

    @Property
    void inAndBetween(@ForAll("numbers") BigDecimal a) {
        if (a == null) {
            return;
        }
        Table t = Table.with("id:TEXT", "A").key("id").row("u", a).build();
        boolean inList = a.compareTo(BigDecimal.ONE) == 0 || a.compareTo(new BigDecimal("2.5")) == 0;
        assertThat(Rules.eval("A in (1, 2.50)", t, 0)).isEqualTo(Value.of(inList));
        assertThat(Rules.eval("A not in (1, 2.50)", t, 0)).isEqualTo(Value.of(!inList));
        boolean between = a.compareTo(new BigDecimal("-10")) >= 0 && a.compareTo(new BigDecimal("10")) <= 0;
        assertThat(Rules.eval("A between -10 and 10", t, 0)).isEqualTo(Value.of(between));
        assertThat(Rules.eval("A not between -10 and 10", t, 0)).isEqualTo(Value.of(!between));
    }

    // ---- chunks -----------------------------------------------------------------------------------

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Object[]> row = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(-20, 20).injectNull(0.15),
                Arbitraries.integers().between(-20, 20).injectNull(0.15),
                Arbitraries.of("a", "b", "c").injectNull(0.1)).as((k, x, y, g) -> new Object[] {k, x, y, g});
        return row.list().ofMaxSize(60).map(rows -> {
            Table.Builder b = Table.with("row:TEXT", "K:TEXT", "X", "Y", "G:TEXT").key("row");
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                b.row("r" + i, "k" + r[0], r[1], r[2], r[3]);
            }
            return b.build();
        });
    }

    @Property(tries = 200)
    void parallelChunksGiveTheSequentialReport(@ForAll("tables") Table t,
            @ForAll @IntRange(min = 1, max = 9) int chunk) {
        RuleSetDefinition def = RuleSetDefinition.of("t", List.of(
                RuleDefinition.of("R1", "X >= Y"),
                RuleDefinition.of("R2", "is_unique(K)"),
                RuleDefinition.of("R3", "sum_by(X, G) >= 0").withWhen("G != 'c'"),
                RuleDefinition.of("R4", "if X > 0 then Y / X < 2"),
                RuleDefinition.of("R5", "G + 1 > 0"),
                RuleDefinition.of("R6", "X = Y").withSeverity(org.statsbase.core.level.Severity.VERIFY)));
        RuleSet rules = RuleSet.compile(def.withTolerance(BigDecimal.ONE));
        ReviewReport sequential = rules.review(t);
        ReviewReport parallel = rules.review(t, ReviewContext.empty().withChunkSize(chunk).withParallel(true));
        ReviewReport chunked = rules.review(t, ReviewContext.empty().withChunkSize(chunk));
        assertThat(parallel).isEqualTo(sequential);
        assertThat(chunked).isEqualTo(sequential);
        assertThat(parallel.toJson()).isEqualTo(sequential.toJson());
        List<Long> items = new ArrayList<>();
        sequential.summaries().forEach(s -> items.add(s.items()));
        assertThat(items).allMatch(n -> n == t.size());
    }
}
