package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleLimits;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * {@link RuleSet#compile(RuleSetDefinition, RuleLimits)}: each lowered limit turns a rule the defaults accept into the
 * same typed problem as the built-in limit ({@code SB-VAL-03xx}), naming the configured value.
 */
class ConfiguredRuleLimitsTest {

    private static final Table DATA = Table.with("id:TEXT", "B01", "C:TEXT").key("id").row("a", 5, "abc").build();

    private static RuleProblem problem(String check, RuleLimits limits) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(check), limits),
                RuleSetException.class);
        assertThat(e).as("%s under %s", check, limits).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    /** The defaults accept {@code check}, and it passes on the one record. */
    private static void acceptedByDefault(String check) {
        RuleSetDefinition rules = Rules.of(check);
        assertThat(RuleSet.compile(rules).review(DATA).summaries().get(0).passes()).isEqualTo(1);
        assertThat(RuleSet.compile(rules, RuleLimits.defaults()).review(DATA).summaries().get(0).passes())
                .isEqualTo(1);
    }

    @Test
    void textLength() {
        String check = "B01 > 0 and B01 < 100";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxTextLength(10));
        assertThat(p.code()).isEqualTo("SB-VAL-0303");
        assertThat(p.messageEn()).isEqualTo("the rule text has 21 characters, more than the limit of 10");
        assertThat(p.messageZh()).isEqualTo("规则文本有 21 个字符，超过上限 10");
        assertThat(RuleSet.compile(Rules.of(check), RuleLimits.defaults().withMaxTextLength(21))).isNotNull();
    }

    @Test
    void depth() {
        String check = "((((B01)))) > 0";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxDepth(3));
        assertThat(p.code()).isEqualTo("SB-VAL-0301");
        assertThat(p.messageEn()).isEqualTo("the expression nests deeper than 3 levels");
        RuleProblem chain = problem("B01 + 1 + 1 + 1 + 1 > 0", RuleLimits.defaults().withMaxDepth(3));
        assertThat(chain.code()).isEqualTo("SB-VAL-0301");
    }

    @Test
    void theDeepestConfigurableNestingIsEvaluatedWithoutOverflowingTheStack() {
        RuleLimits deepest = RuleLimits.defaults().withMaxDepth(RuleLimits.MAX_DEPTH_CEILING);
        for (IntFunction<String> nested : List.<IntFunction<String>>of(
                n -> "(".repeat(n) + "B01" + ")".repeat(n) + " < 0",
                n -> "abs(".repeat(n) + "B01" + ")".repeat(n) + " < 0",
                n -> "not ".repeat(n) + "B01 > 0",
                n -> "B01" + " + 1".repeat(n) + " < 0")) {
            // the most nesting of this kind the ceiling accepts (the parser counts some constructs as two levels)
            int n = RuleLimits.MAX_DEPTH_CEILING;
            while (n > 0 && compiles(nested.apply(n), deepest) == null) {
                n--;
            }
            assertThat(n).as(nested.apply(1)).isGreaterThanOrEqualTo(RuleLimits.MAX_DEPTH_CEILING / 3);
            assertThat(problem(nested.apply(n), RuleLimits.defaults()).code()).isEqualTo("SB-VAL-0301");
            RuleSummary s = compiles(nested.apply(n), deepest).review(DATA).summaries().get(0);
            assertThat(s.passes() + s.fails()).as(nested.apply(1)).isEqualTo(1);
            assertThat(problem(nested.apply(n + 1), deepest).code()).isEqualTo("SB-VAL-0301");
        }
    }

    private static RuleSet compiles(String check, RuleLimits limits) {
        try {
            return RuleSet.compile(Rules.of(check), limits);
        } catch (RuleSetException e) {
            return null;
        }
    }

    @Test
    void numberDigits() {
        String check = "B01 < 123456";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxNumberDigits(5));
        assertThat(p.code()).isEqualTo("SB-VAL-0302");
        assertThat(p.messageEn()).isEqualTo("a literal is longer than 5 characters");
        assertThat(p.expected()).isEqualTo("at most 5 digits");
    }

    @Test
    void stringAndBracketedCodeLength() {
        String check = "C = 'abc'";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxStringLength(2));
        assertThat(p.code()).isEqualTo("SB-VAL-0302");
        assertThat(p.messageEn()).isEqualTo("a literal is longer than 2 characters");
        acceptedByDefault("[B01] > 0");
        assertThat(problem("[B01] > 0", RuleLimits.defaults().withMaxStringLength(2)).code()).isEqualTo("SB-VAL-0302");
    }

    @Test
    void patternLength() {
        String check = "matches(C, '^a[a-z]+$')";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxPatternLength(4));
        assertThat(p.code()).isEqualTo("SB-VAL-0302");
        assertThat(p.messageEn()).isEqualTo("a literal is longer than 4 characters");
        assertThat(p.found()).isEqualTo("9 characters");
    }

    @Test
    void items() {
        String check = "B01 in (1, 2, 3, 4, 5)";
        acceptedByDefault(check);
        RuleProblem p = problem(check, RuleLimits.defaults().withMaxItems(3));
        assertThat(p.code()).isEqualTo("SB-VAL-0307");
        assertThat(p.messageEn()).isEqualTo("a list or argument list has more than 3 items");
        acceptedByDefault("max(B01, 1, 2, 3) = 5");
        assertThat(problem("max(B01, 1, 2, 3) = 5", RuleLimits.defaults().withMaxItems(3)).code())
                .isEqualTo("SB-VAL-0307");
    }

    @Test
    void formAndSchemaOverloadsApplyTheLimitsToo() {
        Schema schema = DATA.schema();
        RuleSetDefinition rules = Rules.of("B01 > 0 and B01 < 100");
        assertThat(RuleSet.compile(rules, schema, RuleLimits.defaults()).review(DATA).summaries().get(0).passes())
                .isEqualTo(1);
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(rules, schema, RuleLimits.defaults().withMaxTextLength(10)),
                RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0303");
        RuleSetDefinition onForm = Rules.of("B01 >= 0 and B02 >= 0");
        assertThat(RuleSet.compile(onForm, StaticCheckTest.FORM, RuleLimits.defaults()).id()).isEqualTo("test");
        RuleSetException f = catchThrowableOfType(
                () -> RuleSet.compile(onForm, StaticCheckTest.FORM, RuleLimits.defaults().withMaxTextLength(10)),
                RuleSetException.class);
        assertThat(f.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0303");
        assertThatNullPointerException().isThrownBy(() -> RuleSet.compile(rules, (RuleLimits) null));
        assertThatNullPointerException().isThrownBy(() -> RuleSet.compile(rules, schema, null));
    }
}
