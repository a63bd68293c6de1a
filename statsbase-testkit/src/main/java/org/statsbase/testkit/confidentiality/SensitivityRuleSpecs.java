package org.statsbase.testkit.confidentiality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.confidentiality.suppression.SensitivityRule;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.ContributionLevel;

/**
 * Primary sensitivity rules in the τ-ARGUS definitions (minimum frequency, (n,k)-dominance, p%; issue 7
 * §3) and their specification syntax ({@link SensitivityRules#parse}): rule combinations, the many
 * ways to spell one, and specifications the parser must reject — malformed (SB-CONF-0401), a parameter
 * out of range (SB-CONF-0402), empty (SB-CONF-0403).
 *
 * <p>Parameters are in canonical form (no trailing decimal zeros), so that
 * {@code parse(rules.spec(), level).equals(rules)} holds exactly.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class SensitivityRuleSpecs {

    /** The code of a malformed specification. */
    public static final String MALFORMED = "SB-CONF-0401";
    /** The code of a parameter out of range. */
    public static final String OUT_OF_RANGE = "SB-CONF-0402";
    /** The code of an empty specification. */
    public static final String EMPTY = "SB-CONF-0403";

    private SensitivityRuleSpecs() {
    }

    /**
     * One rule: freq(n 1–5, percent 0–30), nk(n 1–3, k 50–100), p(p 1–30); percentages sometimes x.5.
     *
     * @return single sensitivity rules (freq, nk or p)
     */
    public static Arbitrary<SensitivityRule> rule() {
        Arbitrary<SensitivityRule> freq = Combinators.combine(Arbitraries.integers().between(1, 5), percent(0, 30))
                .as(SensitivityRule.MinimumFrequency::new);
        Arbitrary<SensitivityRule> nk = Combinators.combine(Arbitraries.integers().between(1, 3), percent(50, 100))
                .as(SensitivityRule.Dominance::new);
        Arbitrary<SensitivityRule> p = percent(1, 30).map(SensitivityRule.PPercent::new);
        return Arbitraries.oneOf(freq, nk, p);
    }

    /**
     * One to three rules at {@code level}.
     *
     * @param level the contribution level of the rules
     * @return rule lists at {@code level}
     */
    public static Arbitrary<SensitivityRules> rules(ContributionLevel level) {
        Objects.requireNonNull(level, "level");
        return rule().list().ofMinSize(1).ofMaxSize(3).map(r -> SensitivityRules.of(level, r));
    }

    /**
     * One to three rules at unit or holding level.
     *
     * @return rule lists at either level
     */
    public static Arbitrary<SensitivityRules> rules() {
        return Arbitraries.of(ContributionLevel.class).flatMap(SensitivityRuleSpecs::rules);
    }

    /**
     * Rules of the kind a statistical office publishes with (the issue's examples and their parts), at
     * unit or holding level: cheap to audit, and sensitive often enough on small samples.
     *
     * @return rule lists of the published kind
     */
    public static Arbitrary<SensitivityRules> typical() {
        return Combinators.combine(Arbitraries.of("freq(3)", "nk(2,85)", "p(10)", "freq(3),nk(2,85),p(10)", "nk(1,60),freq(2,20)"),
                Arbitraries.of(ContributionLevel.class)).as(SensitivityRules::parse);
    }

    /**
     * Spellings of {@code rules}'s specification that parse to the same rules: names in any case,
     * blanks between tokens, leading zeros, and {@code freq(n)} for the default percentage.
     *
     * @param rules the rules to spell
     * @return specification texts that parse to {@code rules}
     */
    public static Arbitrary<String> spellings(SensitivityRules rules) {
        Objects.requireNonNull(rules, "rules");
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (SensitivityRule r : rules.rules()) {
            parts.add(spelling(r));
        }
        return Combinators.combine(parts).as(List::copyOf).flatMap(list -> blank().map(b -> String.join(b + "," + b, list)))
                .flatMap(text -> Combinators.combine(blank(), blank()).as((a, b) -> a + text + b));
    }

    /**
     * Valid specifications: the spellings of {@link #rules(ContributionLevel)}.
     *
     * @return valid specification texts
     */
    public static Arbitrary<String> valid() {
        return rules(ContributionLevel.UNIT).flatMap(SensitivityRuleSpecs::spellings);
    }

    /**
     * Specifications the parser rejects with {@link #MALFORMED}, some after a valid prefix.
     *
     * @return malformed specification texts
     */
    public static Arbitrary<String> malformed() {
        Arbitrary<String> bad = Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of(
                "freq", "freq(", "freq(#", "freq(#))", "freq(#,10,5)", "freq(#;1)", "nk(#)", "nk(#,85,1)", "p(#,2)",
                "p()", "p(-#)", "q(#)", "(#)", "p(#.#.#)", "freq(x)", "p#", "p(#) p(#)", "freq(#)nk(2,85)", ","))
                .as((n, t) -> t.replace("#", Integer.toString(n)));
        return Arbitraries.oneOf(bad, Combinators.combine(valid(), bad).as((v, b) -> v + "," + b),
                valid().map(v -> v + ","));
    }

    /**
     * Well-formed specifications with a parameter out of range, rejected with {@link #OUT_OF_RANGE}.
     *
     * @return specification texts with a parameter out of range
     */
    public static Arbitrary<String> outOfRange() {
        Arbitrary<String> bad = Arbitraries.oneOf(
                Arbitraries.just("freq(0)"),
                Arbitraries.integers().between(1, 9).map(d -> "freq(2." + d + ")"),
                Arbitraries.just("nk(0,85)"),
                Arbitraries.integers().between(1, 5).map(n -> "nk(" + n + ",0)"),
                Arbitraries.integers().between(101, 1000).map(k -> "nk(2," + k + ")"),
                Arbitraries.just("nk(2,100.5)"),
                Arbitraries.just("nk(1.5,80)"),
                Arbitraries.just("p(0)"),
                Arbitraries.just("p(0.0)"),
                Arbitraries.just("freq(99999999999)"));
        return Arbitraries.oneOf(bad, Combinators.combine(valid(), bad).as((v, b) -> v + "," + b));
    }

    /**
     * Blank specifications, rejected with {@link #EMPTY}.
     *
     * @return blank specification texts
     */
    public static Arbitrary<String> empty() {
        return blank();
    }

    /**
     * Every kind of invalid specification.
     *
     * @return invalid specification texts of every kind
     */
    public static Arbitrary<String> invalid() {
        return Arbitraries.oneOf(malformed(), outOfRange(), empty());
    }

    private static Arbitrary<BigDecimal> percent(int min, int max) {
        Arbitrary<BigDecimal> whole = Arbitraries.integers().between(min, max).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> half = Arbitraries.integers().between(min, max - 1).map(i -> BigDecimal.valueOf(i * 10L + 5, 1));
        return Arbitraries.frequencyOf(Tuple.of(4, whole), Tuple.of(1, half));
    }

    private static Arbitrary<String> spelling(SensitivityRule rule) {
        if (rule instanceof SensitivityRule.MinimumFrequency f) {
            boolean defaultPercent = f.protectionPercent().compareTo(BigDecimal.valueOf(SensitivityRules.DEFAULT_FREQUENCY_PERCENT)) == 0;
            Arbitrary<List<String>> args = defaultPercent
                    ? Arbitraries.of(List.of(Integer.toString(f.n())), List.of(Integer.toString(f.n()), "10"))
                    : Arbitraries.just(List.of(Integer.toString(f.n()), plain(f.protectionPercent())));
            return args.flatMap(a -> call("freq", a));
        }
        if (rule instanceof SensitivityRule.Dominance d) {
            return call("nk", List.of(Integer.toString(d.n()), plain(d.k())));
        }
        return call("p", List.of(plain(((SensitivityRule.PPercent) rule).p())));
    }

    private static Arbitrary<String> call(String name, List<String> args) {
        Arbitrary<String> spelledName = Arbitraries.of(name, name.toUpperCase());
        Arbitrary<String> zeros = Arbitraries.of("", "", "0");
        List<Arbitrary<String>> spelledArgs = new ArrayList<>();
        for (String a : args) {
            spelledArgs.add(Combinators.combine(blank(), zeros, blank()).as((b, z, c) -> b + z + a + c));
        }
        return Combinators.combine(spelledName, blank(), Combinators.combine(spelledArgs).as(l -> String.join(",", l)))
                .as((n, b, a) -> n + b + "(" + a + ")");
    }

    private static Arbitrary<String> blank() {
        return Arbitraries.of("", "", "", " ", "  ", "\t");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
