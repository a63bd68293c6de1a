package org.statsbase.testkit.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * jqwik arbitraries for review rules (审核公式) and rule sets as statsbase-validation reads
 * them ({@link RuleDefinition}, {@link RuleSetDefinition}): well-typed checks over a schema
 * ({@link RuleExpressions}), every {@link Severity} (the four levels of 统计调查数据审核), an
 * optional {@code when}, optional bilingual names and messages quoting fields ({@code {B01}}),
 * ids unique within a rule set, and a tolerance that is mostly 0.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class RuleDefinitions {

    /** The default nesting depth of checks and conditions. */
    public static final int DEFAULT_DEPTH = 3;
    /** The default largest number of rules of a rule set. */
    public static final int DEFAULT_MAX_RULES = 6;

    private RuleDefinitions() {
    }

    /**
     * Rule ids: {@code R001} to {@code R999}, sometimes with a form prefix ({@code B204_R12}).
     *
     * @return rule ids such as {@code R001} or {@code B204_R12}
     */
    public static Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 999).map(i -> String.format("R%03d", i)),
                Arbitraries.integers().between(1, 99).map(i -> "B204_R" + i));
    }

    /**
     * Rules with a random id, checks and conditions of depth at most {@code maxDepth}, over the schema.
     *
     * @param schema the schema the rules read
     * @param maxDepth the deepest expression
     * @return rules over {@code schema}
     */
    public static Arbitrary<RuleDefinition> rules(Schema schema, int maxDepth) {
        return rules(RuleExpressions.over(schema), maxDepth);
    }

    /**
     * Rules with a random id over the vocabulary of {@code expressions}.
     *
     * @param expressions the expression generator
     * @param maxDepth the deepest expression
     * @return rules over its vocabulary
     */
    public static Arbitrary<RuleDefinition> rules(RuleExpressions expressions, int maxDepth) {
        Objects.requireNonNull(expressions, "expressions");
        return Combinators.combine(ids(), rulesWithoutId(expressions, maxDepth)).as((id, make) -> make.build(id));
    }

    /**
     * Rule sets of 1 to {@code maxRules} rules with unique ids over the schema, tolerance mostly
     * 0; the id is {@code generated}.
     *
     * @param schema the schema the rules read
     * @param maxRules the most rules, at least 1
     * @param maxDepth the deepest expression
     * @return rule sets over {@code schema}
     */
    public static Arbitrary<RuleSetDefinition> ruleSets(Schema schema, int maxRules, int maxDepth) {
        Objects.requireNonNull(schema, "schema");
        if (maxRules < 1) {
            throw new IllegalArgumentException("maxRules must be >= 1: " + maxRules);
        }
        RuleExpressions expressions = RuleExpressions.over(schema);
        Arbitrary<List<RuleFactory>> rules = rulesWithoutId(expressions, maxDepth).list().ofMinSize(1)
                .ofMaxSize(maxRules);
        Arbitrary<BigDecimal> tolerance = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("0.01"), BigDecimal.ONE)));
        return Combinators.combine(rules, ids().list().ofSize(maxRules).uniqueElements(), tolerance)
                .as((factories, ids, tol) -> {
                    List<RuleDefinition> built = new ArrayList<>();
                    for (int i = 0; i < factories.size(); i++) {
                        built.add(factories.get(i).build(ids.get(i)));
                    }
                    return RuleSetDefinition.of("generated", built).withTolerance(tol);
                });
    }

    /**
     * Rule sets with the defaults ({@value #DEFAULT_MAX_RULES} rules, depth {@value #DEFAULT_DEPTH}).
     *
     * @param schema the schema the rules read
     * @return rule sets over {@code schema}
     */
    public static Arbitrary<RuleSetDefinition> ruleSets(Schema schema) {
        return ruleSets(schema, DEFAULT_MAX_RULES, DEFAULT_DEPTH);
    }

    /** A rule still waiting for its id, so that a rule set can give unique ones. */
    private interface RuleFactory {
        RuleDefinition build(String id);
    }

    private static Arbitrary<RuleFactory> rulesWithoutId(RuleExpressions expressions, int maxDepth) {
        Arbitrary<Optional<String>> when = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                expressions.conditions(Math.max(0, maxDepth - 1)).map(Optional::of));
        Arbitrary<Optional<LocalizedText>> message = Arbitraries.oneOf(
                Arbitraries.just(Optional.<LocalizedText>empty()), messages(expressions.schema()).map(Optional::of));
        return Combinators.combine(expressions.conditions(maxDepth), when, Arbitraries.of(Severity.class), message)
                .as((check, condition, severity, text) -> id -> {
                    RuleDefinition rule = RuleDefinition.of(id, check).withSeverity(severity);
                    if (condition.isPresent()) {
                        rule = rule.withWhen(condition.get());
                    }
                    if (text.isPresent()) {
                        rule = rule.withMessage(text.get()).withName(LocalizedText.of("规则" + id, "rule " + id));
                    }
                    return rule;
                });
    }

    /** Messages in Chinese and English quoting up to two columns ({@code {B01}}) and a literal brace. */
    private static Arbitrary<LocalizedText> messages(Schema schema) {
        List<String> fields = schema.columns().stream().map(Column::name).map(RuleExpressions::reference).toList();
        Arbitrary<List<String>> quoted = fields.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(fields).list().ofMaxSize(2);
        return quoted.map(q -> {
            StringBuilder zh = new StringBuilder("数据不符{{审核}}");
            StringBuilder en = new StringBuilder("data do not agree {{review}}");
            for (String f : q) {
                zh.append("，").append(f).append("为{").append(f).append('}');
                en.append(", ").append(f).append(" is {").append(f).append('}');
            }
            return LocalizedText.of(zh.toString(), en.toString());
        });
    }
}
