package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;

/**
 * Corners of the grammar (README "Operators, loosest first"): signs, literals, {@code not in} and
 * {@code not between}, and how syntax errors name what they found.
 */
class SyntaxDetailTest {

    private static final Table DATA = Table.with("id:TEXT", "B01").key("id").row("u", 5).build();

    private static Value eval(String expression) {
        return Rules.eval(expression, DATA, 0);
    }

    @Test
    void aPlusSignLeavesItsOperandAsItIs() {
        assertThat(eval("+B01")).isEqualTo(Value.of(5));
        assertThat(eval("+5 - -5")).isEqualTo(Value.of(10));
        assertThat(eval("+-B01")).isEqualTo(Value.of(-5));
        assertThat(eval("-+B01")).isEqualTo(Value.of(-5));
        assertThat(eval("- -2.5")).isEqualTo(Value.of(new BigDecimal("2.5")));
    }

    @Test
    void truthLiterals() {
        assertThat(eval("true")).isEqualTo(Value.of(true));
        assertThat(eval("false")).isEqualTo(Value.of(false));
        assertThat(eval("TRUE != False")).isEqualTo(Value.of(true));
    }

    @Test
    void negatedMembershipAndRange() {
        assertThat(eval("B01 not in (1, 2)")).isEqualTo(Value.of(true));
        assertThat(eval("B01 not in (5)")).isEqualTo(Value.of(false));
        assertThat(eval("B01 not between 1 and 4")).isEqualTo(Value.of(true));
        assertThat(eval("B01 not between 5 and 5")).isEqualTo(Value.of(false));
        assertThat(eval("not B01 in (5)")).isEqualTo(Value.of(false));
    }

    @Test
    void anExpressionThatDoesNotCompileIsNotEvaluated() {
        RuleSetException e = catchThrowableOfType(() -> eval("B01 + 'x' > 0"), RuleSetException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0204");
    }

    @Test
    void notAtTheEndOfTheTextWantsInOrBetween() {
        RuleProblem p = SyntaxErrorTest.only("B01 not");
        assertThat(p.code()).isEqualTo("SB-VAL-0102");
        assertThat(p.found()).isEqualTo("the end of the text");
        assertThat(p.expected()).isEqualTo("'in' or 'between' after 'not'");
        assertThat(p.location().column()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "B01 > 1 2      | unexpected a number 2; expected an operator or the end of the text | 意外的数字 2，应为运算符或文本结尾",
        "B01 > 1 B02    | unexpected a name B02; expected an operator or the end of the text | 意外的名称 B02，应为运算符或文本结尾",
        "B01 > 1 [B 02] | unexpected [B 02]; expected an operator or the end of the text     | 意外的[B 02]，应为运算符或文本结尾",
        "B01 > 1 'x'    | unexpected 'x'; expected an operator or the end of the text        | 意外的'x'，应为运算符或文本结尾",
        "B01 > 1 )      | unexpected ')'; expected an operator or the end of the text        | 意外的')'，应为运算符或文本结尾",
        "B01 >          | unexpected the end of the text; expected a number, a text, a field, a function call or '('"
                + " | 意外的文本结尾，应为数字、文本、指标、函数调用或“(”",
        "(B01 > 1       | unexpected the end of the text; expected ')'                       | 意外的文本结尾，应为“)”",
    })
    void unexpectedTokensAreNamedInBothLanguages(String check, String en, String zh) {
        RuleProblem p = SyntaxErrorTest.only(check.strip());
        assertThat(p.code()).isEqualTo("SB-VAL-0102");
        assertThat(p.messageEn()).isEqualTo(en.strip());
        assertThat(p.messageZh()).isEqualTo(zh.strip());
    }
}
