package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleLimits;

/**
 * The words of the rule language (README "The language"): blanks, numbers, names, texts, bracketed codes and
 * operators, where each ends, and the limits on literals taken at exactly their length.
 */
class LexicalTest {

    private static final Table DATA = Table.with("id:TEXT", "B01", "C:TEXT").key("id").row("u", 5, "abc").build();

    private static Value eval(String expression) {
        return Rules.eval(expression, DATA, 0);
    }

    private static List<RuleProblem> problems(String check, RuleLimits limits) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(check), limits),
                RuleSetException.class);
        assertThat(e).as("compiling %s should fail", check).isNotNull();
        return e.problems();
    }

    private static List<RuleProblem> problems(String check) {
        return problems(check, RuleLimits.defaults());
    }

    private static boolean passes(String check, RuleLimits limits) {
        return RuleSet.compile(Rules.of(check), limits).review(DATA).summaries().get(0).passes() == 1;
    }

    @Test
    void everyKindOfBlankSeparatesWords() {
        // tab, line feed, carriage return, ideographic space (U+3000) and no-break space (U+00A0)
        assertThat(eval("B01\t>\r\n4\u3000and\u00a0B01 < 6")).isEqualTo(Value.of(true));
        List<RuleProblem> p = problems("B01 >\t\u3000#");
        assertThat(p).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("SB-VAL-0101");
            assertThat(q.location().column()).as("a blank is one column").isEqualTo(8);
        });
    }

    @Test
    void aNumberMayStartWithItsDecimalPoint() {
        assertThat(eval(".5 < B01 and B01 - 4.5 = .5")).isEqualTo(Value.of(true));
        assertThat(eval("-.5 + 1")).isEqualTo(Value.of(new java.math.BigDecimal("0.5")));
        // a point followed by no digit is the '.' of prev.B01, here out of place
        List<RuleProblem> end = problems("B01 > .");
        assertThat(end).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("SB-VAL-0102");
            assertThat(q.location().column()).isEqualTo(7);
            assertThat(q.found()).isEqualTo("'.'");
        });
        assertThat(problems("B01 > .x")).extracting(RuleProblem::code).containsExactly("SB-VAL-0102");
    }

    @Test
    void namesAreAsciiLettersDigitsAndUnderscoresNotStartingWithADigit() {
        Table t = Table.with("id:TEXT", "a", "z", "A", "Z", "_", "a0z9Z_A").key("id")
                .row("u", 1, 2, 3, 4, 5, 6).build();
        assertThat(Rules.eval("a + z + A + Z + _ + a0z9Z_A", t, 0)).isEqualTo(Value.of(21));
        // the characters next to the letter ranges are no part of a name
        for (String c : List.of("`", "{", "@")) {
            assertThat(problems("B01" + c + " > 0")).as(c).extracting(RuleProblem::code)
                    .containsExactly("SB-VAL-0101");
        }
    }

    @Test
    void aTextEndsAtItsQuoteAndNeverCrossesALineBreak() {
        assertThat(eval("C = 'abc' and C = \"abc\" and 'a''b' = \"a'b\"")).isEqualTo(Value.of(true));
        List<RuleProblem> p = problems("C = 'ab\ncd' = C");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0103", "SB-VAL-0103");
        assertThat(p.get(0).found()).isEqualTo("'ab");
        assertThat(p.get(0).location().line()).isEqualTo(1);
        assertThat(p.get(0).location().column()).isEqualTo(5);
        assertThat(p.get(1).found()).isEqualTo("' = C");
        assertThat(p.get(1).location().line()).isEqualTo(2);
        assertThat(p.get(1).location().column()).isEqualTo(3);
    }

    @Test
    void aBracketedCodeNeverCrossesALineBreak() {
        Table t = Table.with("id:TEXT", "B 01").key("id").row("u", 5).build();
        assertThat(Rules.eval("[ B 01 ] = 5", t, 0)).isEqualTo(Value.of(true));
        List<RuleProblem> p = problems("[B01\n] > 0");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0104", "SB-VAL-0101");
        assertThat(p.get(0).found()).isEqualTo("[B01");
        assertThat(p.get(1).location().line()).isEqualTo(2);
        assertThat(p.get(1).location().column()).isEqualTo(1);
    }

    @Test
    void longFoundTextsAreShortenedAfterFortyCharacters() {
        String forty = "x".repeat(40);
        assertThat(problems("C = '" + forty).get(0).found()).isEqualTo("'" + forty);
        assertThat(problems("C = '" + forty + "y").get(0).found()).isEqualTo("'" + "x".repeat(37) + "...");
        assertThat(problems("[" + forty).get(0).found()).isEqualTo("[" + forty);
        assertThat(problems("[" + forty + "y").get(0).found()).isEqualTo("[" + "x".repeat(37) + "...");
    }

    @Test
    void literalLimitsTakeLiteralsOfExactlyTheirLength() {
        RuleLimits five = RuleLimits.defaults().withMaxNumberDigits(5);
        assertThat(passes("B01 < 12345", five)).isTrue();
        assertThat(passes("B01 > 0.1234", five)).as("integer and fraction digits count").isTrue();
        assertThat(problems("B01 > 0.12345", five)).extracting(RuleProblem::code).containsExactly("SB-VAL-0302");
        RuleLimits three = RuleLimits.defaults().withMaxStringLength(3);
        assertThat(passes("C = 'abc'", three)).isTrue();
        assertThat(passes("C != 'a''b'", three)).as("a doubled quote is one character").isTrue();
        List<RuleProblem> text = problems("C != 'abcd'", three);
        assertThat(text).extracting(RuleProblem::code).containsExactly("SB-VAL-0302");
        assertThat(text.get(0).found()).isEqualTo("abcd");
        assertThat(text.get(0).expected()).isEqualTo("at most 3 characters");
        Table t = Table.with("id:TEXT", "abc", "abcd").key("id").row("u", 1, 2).build();
        assertThat(RuleSet.compile(Rules.of("[abc] = 1"), three).review(t).summaries().get(0).passes())
                .isEqualTo(1);
        List<RuleProblem> code = problems("[abcd] = 2", three);
        assertThat(code).extracting(RuleProblem::code).containsExactly("SB-VAL-0302");
        assertThat(code.get(0).found()).isEqualTo("abcd");
    }

    @Test
    void comparisonOperatorsAndHowMessagesNameThem() {
        assertThat(eval("B01 <> 4 and B01 != 4 and B01 == 5 and B01 = 5 and B01 <= 5 and B01 >= 5"))
                .isEqualTo(Value.of(true));
        assertThat(eval("B01 < 5 or B01 > 5 or B01 <> 5")).isEqualTo(Value.of(false));
        // comparisons do not chain: the second operator is what was found
        assertThat(problems("B01 > 1 >= 2").get(0).found()).isEqualTo("'>='");
        assertThat(problems("B01 > 1 > 2").get(0).found()).isEqualTo("'>'");
        assertThat(problems("B01 > 1 <= 2").get(0).found()).isEqualTo("'<='");
        assertThat(problems("B01 > 1 < 2").get(0).found()).isEqualTo("'<'");
        assertThat(problems("B01 > 1 == 2").get(0).found()).isEqualTo("'='");
    }

    @Test
    void unexpectedCharactersSayWhatWouldHaveFitInChineseToo() {
        RuleProblem bang = problems("!B01").get(0);
        assertThat(bang.messageZh()).contains("'!=' 或 'not'");
        assertThat(bang.messageEn()).contains("'!=' or 'not'");
        RuleProblem hash = problems("B01 > # 1").get(0);
        assertThat(hash.messageZh()).contains("运算符、数字、名称或括号");
        assertThat(hash.messageEn()).contains("an operator, a number, a name or a parenthesis");
    }
}
