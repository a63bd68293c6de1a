package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.validation.error.RuleProblem;

/**
 * The details of the static checks against a form ({@link StaticCheckTest#FORM}): one problem per mistake (a part
 * already reported does not make what contains it wrong a second time), the arities messages state, the
 * dataset-level functions that cannot nest, and how messages name the operator.
 */
class StaticCheckDetailTest {

    private static List<String> codes(String check) {
        return StaticCheckTest.codes(check);
    }

    private static boolean compiles(String check) {
        return RuleSet.compile(Rules.of(check), StaticCheckTest.FORM).id().equals("test");
    }

    private static RuleProblem only(String check) {
        List<RuleProblem> p = StaticCheckTest.problems(StaticCheckTest.FORM, check);
        assertThat(p).as(check).hasSize(1);
        return p.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an unknown indicator is reported, not the type of what it is combined with
        "B09 + NAME > 0                    | SB-VAL-0201",
        "NAME + B09 > 0                    | SB-VAL-0201",
        "B09 < ACTIVE                      | SB-VAL-0201",
        "ACTIVE < B09                      | SB-VAL-0201",
        "B01 between B09 and NAME          | SB-VAL-0201",
        "B01 between NAME and B09          | SB-VAL-0201",
        "matches(B09, '(')                 | SB-VAL-0201",
        // a type mismatch is reported once, not again for the operator that cannot take it
        "ACTIVE < NAME                     | SB-VAL-0204",
        "NAME in (1, 2)                    | SB-VAL-0204",
        "NAME in (1, 'a')                  | SB-VAL-0204",
        "(NAME in (1, 2)) = 1              | SB-VAL-0204",
        "NAME in (B01, 2)                  | SB-VAL-0208",
        "matches(B01, '(')                 | SB-VAL-0205",
        "in_codelist(B01, 'areas')         | SB-VAL-0205",
        "balance(B01, AREA, AREA, NAME)    | SB-VAL-0208",
        "round(B09, 1) > 0                 | SB-VAL-0201",
        // a bad part makes what contains it bad, so that the enclosing '+' or '=' adds no problem
        "(B09 and ACTIVE) + 1 > 0          | SB-VAL-0201",
        "(ACTIVE or B09 > 0) + 1 > 0       | SB-VAL-0201",
        "(if B09 > 0 then ACTIVE) + 1 > 0  | SB-VAL-0201",
        "(if ACTIVE then B09 > 0) + 1 > 0  | SB-VAL-0201",
        "(not B09 > 0) + 1 > 0             | SB-VAL-0201",
        "(B09 in (1, 2)) + 1 > 0           | SB-VAL-0201",
        "-B09 = ACTIVE                     | SB-VAL-0201",
        "abs(B09) = ACTIVE                 | SB-VAL-0201",
        "coalesce(B09, B01) = ACTIVE       | SB-VAL-0201",
        "foo(B01) + 1 > 0                  | SB-VAL-0202",
        "abs(B01, 2) = ACTIVE              | SB-VAL-0203",
        "(B01 < NAME) + 1 > 0              | SB-VAL-0204",
        "(B01 + NAME) = ACTIVE             | SB-VAL-0204",
        "(-NAME) = ACTIVE                  | SB-VAL-0204",
        "in_codelist(B01, 'areas') = 1     | SB-VAL-0205",
        "matches(B01, 'x') = 1             | SB-VAL-0205",
        "balance(NAME, AREA, 'division') = 1 | SB-VAL-0205",
        "valid_uscc(B01) = 1               | SB-VAL-0205",
        "len(B01) = ACTIVE                 | SB-VAL-0205",
    })
    void oneProblemPerMistake(String check, String code) {
        assertThat(codes(check)).containsExactly(code);
    }

    @Test
    void theComparisonOfConditionsTellsWhichOperatorCannotTakeThem() {
        // one side's type is unknown (another form's field): the other side's decides
        RuleProblem p = only("form(\"B205\").X < ACTIVE");
        assertThat(p.code()).isEqualTo("SB-VAL-0204");
        assertThat(p.found()).isEqualTo("conditions");
        assertThat(p.expected()).isEqualTo("numbers, texts or dates");
        assertThat(only("ACTIVE >= form(\"B205\").X").found()).isEqualTo("conditions");
        assertThat(compiles("B01 < form(\"B205\").X and form(\"B205\").X != ACTIVE")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "abs() > 0                | 1          | 0",
        "round() > 0              | 1 to 2     | 0",
        "round(B01, 1, 2) > 0     | 1 to 2     | 3",
        "min() > 0                | at least 1 | 0",
        "balance(B01, AREA)       | at least 3 | 2",
        "matches(NAME)            | 2          | 1",
    })
    void arityMessagesStateWhatTheFunctionTakes(String check, String expected, int given) {
        RuleProblem p = only(check);
        assertThat(p.code()).isEqualTo("SB-VAL-0203");
        assertThat(p.expected()).isEqualTo(expected);
        assertThat(p.found()).isEqualTo(given + " argument(s)");
    }

    @Test
    void noDatasetLevelFunctionNestsInAnother() {
        assertThat(only("is_unique(sum_by(B01, AREA))").messageEn())
                .isEqualTo("the dataset-level function sum_by cannot be nested in is_unique");
        assertThat(only("sum_by(B01, is_unique(AREA)) > 0").messageEn())
                .isEqualTo("the dataset-level function is_unique cannot be nested in sum_by");
        assertThat(only("is_unique(balance(B01, AREA, 'division'))").messageEn())
                .isEqualTo("the dataset-level function balance cannot be nested in is_unique");
        // one after the other is fine
        assertThat(compiles("is_unique(AREA) and sum_by(B01, AREA) > 0 and balance(B01, AREA, 'division')")).isTrue();
    }

    @Test
    void anEmptyListHoldsNoValueOfAnyType() {
        Table t = Table.with("id:TEXT", "B01", "NAME:TEXT").key("id").row("u", 5, "x").build();
        RuleSet rules = RuleSet.compile(Rules.of("B01 in ()", "NAME not in ()"), t.schema());
        assertThat(rules.review(t).summaries()).extracting(RuleSummary::passes, RuleSummary::fails)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(1L, 0L));
    }

    @Test
    void logicalOperatorsAreNamedForEitherOperand() {
        assertThat(only("ACTIVE and B01").messageEn())
                .isEqualTo("operator and cannot combine a number and a condition");
        assertThat(only("B01 or ACTIVE").messageEn()).isEqualTo("operator or cannot combine a number and a condition");
        assertThat(only("ACTIVE or NAME").messageZh()).isEqualTo("运算 or 不能用于文本和条件");
    }
}
