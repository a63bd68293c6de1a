package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.error.RuleProblem;

/**
 * The Chinese messages of syntax and type errors name types and tokens in Chinese: a template shared
 * by both languages once received the English names ("a number", "a text").
 */
class ChineseMessagesTest {

    /** English prose that must not appear in a Chinese message (keywords of the rule language may). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(a|an|number|numbers|text|texts|condition|date|any|value|values|expected|argument|operator|"
            + "found|name|field|expression|check|when|end|parenthesis|literal|missing)\\b");

    static void assertChinese(RuleProblem p) {
        assertThat(ENGLISH.matcher(p.messageZh()).find()).as("%s: %s", p.code(), p.messageZh()).isFalse();
        assertThat(p.messageZh()).as(p.code()).containsPattern("[\\u4e00-\\u9fff]");
    }

    private static RuleProblem first(String code, String... checks) {
        List<RuleProblem> problems = StaticCheckTest.problems(StaticCheckTest.FORM, checks);
        RuleProblem p = problems.stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError(code + " not among " + problems));
        assertChinese(p);
        return p;
    }

    @Test
    void typeMismatchesNameTheTypesInChinese() {
        RuleProblem p = first("SB-VAL-0204", "B01 + NAME > 0");
        assertThat(p.messageZh()).isEqualTo("运算 + 不能用于数值和文本");
        assertThat(p.messageEn()).isEqualTo("operator + cannot combine a number and a text");
        first("SB-VAL-0204", "B01 >= 'x'");
        first("SB-VAL-0204", "-NAME > 0");
        first("SB-VAL-0204", "B01 and B02");
        first("SB-VAL-0204", "ACTIVE < ACTIVE");
        first("SB-VAL-0204", "B01 in (1, 'a')");
    }

    @Test
    void argumentTypesAreNamedInChinese() {
        RuleProblem p = first("SB-VAL-0205", "len(B01) > 1");
        assertThat(p.messageZh()).isEqualTo("函数 len 的第 1 个参数应为文本，实为数值");
        assertThat(p.messageEn()).isEqualTo("argument 1 of len must be a text, found a number");
        first("SB-VAL-0205", "abs(NAME) > 1");
    }

    @Test
    void aCheckThatIsNoConditionIsNamedInChinese() {
        RuleProblem p = first("SB-VAL-0206", "B01 + 1");
        assertThat(p.messageZh()).isEqualTo("审核公式应为条件（真/假），实为数值");
        assertThat(p.messageEn()).contains("check").contains("a number");
    }

    @Test
    void literalsRequiredAreNamedInChinese() {
        first("SB-VAL-0208", "matches(NAME, NAME)");
        first("SB-VAL-0208", "B01 in (B02, 1)");
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedInChinese() {
        RuleProblem p = SyntaxErrorTest.only("B01 > 1 # 2");
        assertThat(p.code()).isEqualTo("SB-VAL-0101");
        assertChinese(p);
        assertThat(p.messageZh()).isEqualTo("意外的字符 '#' (U+0023)，应为运算符、数字、名称或括号");
        for (String check : List.of("B01 >", "(B01 > 1", "if B01 > 0 B02 > 0", "B01 not like 1", "B01 in 1",
                "B01 between 1 or 2", "form(B01).B01 > 0", "prev. > 0", "abs(B01 > 0")) {
            RuleProblem q = SyntaxErrorTest.problems(check).get(0);
            assertThat(q.code()).as(check).isEqualTo("SB-VAL-0102");
            assertChinese(q);
        }
        assertThat(SyntaxErrorTest.only("B01 >").messageZh()).isEqualTo("意外的文本结尾，应为数字、文本、指标、函数调用或“(”");
    }
}
