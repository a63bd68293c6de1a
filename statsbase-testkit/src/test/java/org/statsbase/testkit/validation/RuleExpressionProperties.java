package org.statsbase.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * The expression generators against the compiler and the engine (statsbase-validation README,
 * "The language"): a well-typed expression compiles against its schema and evaluates on every
 * record without an error; a broken one is a located syntax problem, never another exception.
 * Edge cases are off: combined, they would be half of the tries (mostly empty datasets).
 */
class RuleExpressionProperties {

    record Sample(Schema schema, String expression, ColumnarDataset data) {
        @Override
        public String toString() {
            return expression + "\n" + Datasets.describe(data, 50);
        }
    }

    private static Arbitrary<Sample> samples(java.util.function.Function<RuleExpressions, Arbitrary<String>> kind) {
        return Datasets.schemas().flatMap(schema -> Combinators.combine(kind.apply(RuleExpressions.over(schema)),
                Datasets.datasets(schema, 20, 0.15)).as((e, d) -> new Sample(schema, e, d)));
    }

    @Provide
    Arbitrary<Sample> conditions() {
        return samples(e -> e.conditions(4));
    }

    @Provide
    Arbitrary<Sample> numbers() {
        return samples(e -> e.numbers(4).map(n -> "is_missing(" + n + ") or (" + n + ") >= (" + n + ")"));
    }

    @Provide
    Arbitrary<Sample> texts() {
        return samples(e -> e.texts(3).map(t -> "len(" + t + ") >= 0"));
    }

    @Provide
    Arbitrary<Sample> broken() {
        return samples(e -> e.broken(3));
    }

    private static ReviewReport compileAndReview(Sample s, boolean asWhen) {
        RuleDefinition rule = asWhen ? RuleDefinition.of("R1", "true").withWhen(s.expression())
                : RuleDefinition.of("R1", s.expression());
        RuleSet rules = RuleSet.compile(RuleSetDefinition.of("generated", List.of(rule)), s.schema());
        return rules.review(s.data());
    }

    private static void assertEvaluatedEverywhere(Sample s, ReviewReport report) {
        assertThat(report.errors()).as("evaluation errors of %s", s.expression()).isEmpty();
        assertThat(report.summary("R1")).hasValueSatisfying(r -> assertThat(r.items()).isEqualTo(s.data().size()));
        report.summary("R1").ifPresent(r -> Statistics.label("outcomes").collect(
                (r.passes() > 0 ? "pass " : "") + (r.fails() > 0 ? "fail " : "") + (r.notApplicable() > 0 ? "n/a" : "")));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void wellTypedConditionsCompileAndEvaluateAsChecks(@ForAll("conditions") Sample s) {
        assertEvaluatedEverywhere(s, compileAndReview(s, false));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void wellTypedConditionsCompileAndEvaluateAsWhen(@ForAll("conditions") Sample s) {
        assertEvaluatedEverywhere(s, compileAndReview(s, true));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void wellTypedNumbersCompileAndEvaluate(@ForAll("numbers") Sample s) {
        assertEvaluatedEverywhere(s, compileAndReview(s, false));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void wellTypedTextsCompileAndEvaluate(@ForAll("texts") Sample s) {
        assertEvaluatedEverywhere(s, compileAndReview(s, false));
    }

    /** Indicator names that must be bracketed: keywords, reference-dataset names, Chinese, punctuation. */
    @Provide
    Arbitrary<Sample> oddNames() {
        RuleExpressions expressions = RuleExpressions.over(List.of("B01", "and", "营业收入", "B204-1.01", "x y"),
                List.of("prev", "C-1", "名称"));
        return Combinators.combine(expressions.conditions(3), Datasets.datasets(expressions.schema(), 15, 0.2))
                .as((e, d) -> new Sample(expressions.schema(), e, d));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void anyWritableIndicatorNameCanBeUsed(@ForAll("oddNames") Sample s) {
        assertEvaluatedEverywhere(s, compileAndReview(s, false));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void brokenExpressionsAreLocatedSyntaxProblems(@ForAll("broken") Sample s) {
        RuleSetDefinition definition = RuleSetDefinition.of("broken", List.of(RuleDefinition.of("R1", s.expression())));
        for (Runnable compile : List.<Runnable>of(() -> RuleSet.compile(definition, s.schema()),
                () -> RuleSet.compile(definition))) {
            Throwable thrown = catchThrowable(compile::run);
            assertThat(thrown).as("compiling %s", s.expression()).isInstanceOf(RuleSetException.class);
            List<RuleProblem> problems = ((RuleSetException) thrown).problems();
            assertThat(problems).isNotEmpty().allSatisfy(p -> {
                assertThat(p.location().line()).as("line of %s", p).isPositive();
                assertThat(p.location().column()).as("column of %s", p).isPositive();
                assertThat(p.code()).as("code of %s in %s", p, s.expression()).startsWith("SB-VAL-01");
            });
            Statistics.label("first problem").collect(problems.get(0).code());
        }
    }
}
