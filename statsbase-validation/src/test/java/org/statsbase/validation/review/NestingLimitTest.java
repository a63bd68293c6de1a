package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleLimits;

/**
 * How many levels of {@link RuleLimits#maxDepth()} each construct of the rule language takes, exactly: a rule
 * compiles under a limit of its depth and is refused ({@code SB-VAL-0301}) one level below. Siblings do not add
 * up (each parenthesis, call, {@code not} and sign gives its level back), a left-leaning chain
 * ({@code a + b + c}, {@code a and b and c}) counts one level per operator, and the item limit
 * {@link RuleLimits#maxItems()} takes lists and argument lists of exactly that many items.
 */
class NestingLimitTest {

    private static final Table DATA = Table.with("id:TEXT", "B01").key("id").row("a", 5).build();

    private static RuleSetException refused(String check, RuleLimits limits) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(check), limits),
                RuleSetException.class);
        assertThat(e).as("%s under %s", check, limits).isNotNull();
        return e;
    }

    @ParameterizedTest(name = "{1} levels: {0}")
    @CsvSource(delimiter = '|', value = {
        "B01 > 0                                                  | 1",
        "B01 in (1, 2)                                            | 1",
        "(B01) > 0                                                | 3",
        "((B01)) > 0                                              | 5",
        "(B01) + (B01) > 0                                        | 3",
        "not B01 > 0                                              | 2",
        "not not B01 > 0                                          | 3",
        "not B01 > 0 and not B01 > 0                              | 2",
        "-B01 < 0                                                 | 2",
        "- -B01 < 0                                               | 3",
        "-B01 + -B01 < 0                                          | 2",
        "+B01 > 0                                                 | 2",
        "-(B01) < 0                                               | 4",
        "abs(B01) > 0                                             | 3",
        "abs(abs(B01)) > 0                                        | 5",
        "abs(B01) + abs(B01) > 0                                  | 3",
        "max(B01, 1) > 0                                          | 3",
        "if B01 > 0 then B01 > 0                                  | 2",
        "if B01 > 0 then if B01 > 0 then B01 > 0                  | 3",
        "(if B01 > 0 then B01 > 0) and (if B01 > 0 then B01 > 0)  | 4",
        "B01 + 1 > 0                                              | 2",
        "B01 + 1 + 1 > 0                                          | 3",
        "B01 + 1 + 1 + 1 > 0                                      | 4",
        "B01 - 1 - 1 - 1 > 0                                      | 4",
        "B01 * 1 > 0                                              | 2",
        "B01 * 1 * 1 > 0                                          | 3",
        "B01 * 1 * 1 * 1 > 0                                      | 4",
        "B01 / 1 / 1 / 1 > 0                                      | 4",
        "B01 * 1 + 1 > 0                                          | 2",
        "B01 * 1 + 1 * 1 > 0                                      | 3",
        "(B01 + 1 + 1) + 1 > 0                                    | 5",
        "B01 + (1 + 1 + 1) > 0                                    | 5",
        "B01 > 0 and B01 > 0                                      | 2",
        "B01 > 0 and B01 > 0 and B01 > 0                          | 3",
        "B01 > 0 or B01 > 0                                       | 2",
        "B01 > 0 or B01 > 0 or B01 > 0                            | 3",
        "B01 + 1 > 0 or B01 + 1 > 0                               | 3",
        "B01 > 0 and (B01 > 0 or B01 > 0)                         | 4",
    })
    void eachConstructTakesItsLevels(String check, int levels) {
        RuleSet compiled = RuleSet.compile(Rules.of(check), RuleLimits.defaults().withMaxDepth(levels));
        RuleSummary s = compiled.review(DATA).summaries().get(0);
        assertThat(s.passes() + s.fails()).isEqualTo(1);
        if (levels > 1) {
            RuleSetException e = refused(check, RuleLimits.defaults().withMaxDepth(levels - 1));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("SB-VAL-0301");
                assertThat(p.messageEn()).isEqualTo("the expression nests deeper than " + (levels - 1) + " levels");
            });
        }
    }

    @Test
    void theTooDeepProblemPointsAtTheConstructThatCrossedTheLimit() {
        // limit 2: the outer expression is level 1, the '(' level 2, the expression inside it level 3
        RuleProblem paren = refused("B01 > (1)", RuleLimits.defaults().withMaxDepth(2)).problems().get(0);
        assertThat(paren.location().column()).isEqualTo(8);
        // limit 2: the second '+' is the chain's third level
        RuleProblem plus = refused("B01 + 1 + 1 > 0", RuleLimits.defaults().withMaxDepth(2)).problems().get(0);
        assertThat(plus.location().column()).isEqualTo(9);
        assertThat(plus.found()).isEqualTo("deeper nesting");
        assertThat(plus.expected()).isEqualTo("at most 2 levels");
    }

    @Test
    void listsAndArgumentListsTakeExactlyTheItemLimit() {
        RuleLimits three = RuleLimits.defaults().withMaxItems(3);
        assertThat(RuleSet.compile(Rules.of("B01 in (1, 2, 5)"), three).review(DATA).summaries().get(0).passes())
                .isEqualTo(1);
        assertThat(RuleSet.compile(Rules.of("max(B01, 1, 2) = 5"), three).review(DATA).summaries().get(0).passes())
                .isEqualTo(1);
        RuleProblem list = refused("B01 in (1, 2, 3, 5)", three).problems().get(0);
        assertThat(list.code()).isEqualTo("SB-VAL-0307");
        assertThat(list.location().column()).as("at the 'in'").isEqualTo(5);
        assertThat(list.found()).isEqualTo("more items");
        RuleProblem args = refused("max(B01, 1, 2, 3) = 5", three).problems().get(0);
        assertThat(args.code()).isEqualTo("SB-VAL-0307");
        assertThat(args.location().column()).as("at the '('").isEqualTo(4);
        assertThat(args.found()).isEqualTo("more arguments");
        RuleLimits one = RuleLimits.defaults().withMaxItems(1);
        assertThat(RuleSet.compile(Rules.of("B01 in (5)"), one).review(DATA).summaries().get(0).passes()).isEqualTo(1);
        assertThat(RuleSet.compile(Rules.of("abs(B01) = 5"), one).review(DATA).summaries().get(0).passes())
                .isEqualTo(1);
        assertThat(refused("B01 in (4, 5)", one).problems()).extracting(RuleProblem::code)
                .containsExactly("SB-VAL-0307");
        assertThat(refused("max(B01, 5) = 5", one).problems()).extracting(RuleProblem::code)
                .containsExactly("SB-VAL-0307");
    }

    @Test
    void theTextLimitTakesATextOfExactlyThatLength() {
        String check = "B01 > 0";
        assertThat(RuleSet.compile(Rules.of(check), RuleLimits.defaults().withMaxTextLength(check.length()))
                .review(DATA).summaries().get(0).passes()).isEqualTo(1);
        RuleProblem p = refused(check, RuleLimits.defaults().withMaxTextLength(check.length() - 1)).problems().get(0);
        assertThat(p.code()).isEqualTo("SB-VAL-0303");
        assertThat(p.found()).isEqualTo("7 characters");
        assertThat(p.location().line()).isEqualTo(1);
        assertThat(p.location().column()).isEqualTo(1);
        assertThat(List.of(p.expected())).containsExactly("at most 6 characters");
    }
}
