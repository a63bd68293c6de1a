package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;

/** Hostile rules get typed problems or bounded evaluation, never a StackOverflowError or a hang. */
class HostileInputTest {

    static List<String> codes(String check) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(check)), RuleSetException.class);
        assertThat(e).isNotNull();
        return e.problems().stream().map(RuleProblem::code).toList();
    }

    @Test
    void nestingDepthOf100kParentheses() {
        String deep = "(".repeat(100_000) + "B01" + ")".repeat(100_000) + " > 0";
        // 200 001 characters: over the text limit before anything is parsed
        assertThat(codes(deep)).containsExactly("SB-VAL-0303");
        String justUnderText = "(".repeat(49_000) + "B01" + ")".repeat(49_000) + " > 0";
        assertThat(codes(justUnderText)).containsExactly("SB-VAL-0301");
    }

    @Test
    void deepNotsMinusesAndCalls() {
        assertThat(codes("not ".repeat(20_000) + "B01 > 0")).containsExactly("SB-VAL-0301");
        assertThat(codes("-".repeat(50_000) + "B01 > 0")).containsExactly("SB-VAL-0301");
        assertThat(codes("abs(".repeat(10_000) + "B01" + ")".repeat(10_000) + " > 0")).containsExactly("SB-VAL-0301");
        assertThat(codes("if B01 > 0 then ".repeat(5_000) + "B01 > 0")).containsExactly("SB-VAL-0301");
    }

    @Test
    void longFlatChainsAreDeepTreesToo() {
        assertThat(codes("B01" + " + 1".repeat(20_000) + " > 0")).containsExactly("SB-VAL-0301");
        assertThat(codes("B01 > 0" + " and B01 > 0".repeat(5_000))).containsExactly("SB-VAL-0301");
    }

    @Test
    void modestNestingIsFine() {
        String ok = "(".repeat(60) + "B01" + ")".repeat(60) + " > 0" + " and B01 > 0".repeat(50);
        Table t = Table.with("id:TEXT", "B01").key("id").row("a", 1).build();
        assertThat(RuleSet.compile(Rules.of(ok)).review(t).summaries().get(0).passes()).isEqualTo(1);
    }

    @Test
    void millionDigitLiteralIsRefusedByTheTextLimit() {
        assertThat(codes("B01 > " + "9".repeat(1_000_000))).containsExactly("SB-VAL-0303");
    }

    @Test
    void longLiteralsAreBounded() {
        assertThat(codes("B01 > " + "9".repeat(1_000))).containsExactly("SB-VAL-0302");
        assertThat(codes("B01 > 0." + "1".repeat(41))).containsExactly("SB-VAL-0302");
        assertThat(codes("C = '" + "x".repeat(20_000) + "'")).containsExactly("SB-VAL-0302");
        assertThat(codes("matches(C, '" + "a".repeat(2_000) + "')")).containsExactly("SB-VAL-0302");
    }

    @Test
    void growingProductsBecomeEvaluationErrors() {
        String big = "9".repeat(40);
        String product = "B01" + (" * " + big).repeat(30) + " > 0";
        Table t = Table.with("id:TEXT", "B01").key("id").row("a", 1).build();
        ReviewReport r = RuleSet.compile(Rules.of(product)).review(t);
        assertThat(r.summaries().get(0).errors()).isEqualTo(1);
        assertThat(r.errors().get(0).code()).isEqualTo("SB-VAL-0304");
    }

    @Test
    void absurdRoundDigitsAreEvaluationErrors() {
        Table t = Table.with("id:TEXT", "B01").key("id").row("a", 1).build();
        ReviewReport r = RuleSet.compile(Rules.of("round(B01, 1000000000) > 0")).review(t);
        assertThat(r.errors()).extracting(EvaluationError::code).containsExactly("SB-VAL-0305");
    }

    @Test
    void catastrophicBacktrackingPatternRunsInLinearTime() {
        String text = "a".repeat(200_000) + "b";
        Table t = Table.with("id:TEXT", "C:TEXT").key("id").row("x", text).build();
        RuleSet rules = RuleSet.compile(Rules.of("matches(C, '(a+)+$')"));
        long start = System.nanoTime();
        ReviewReport r = rules.review(t);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(r.summaries().get(0).fails()).isEqualTo(1);
        Table all = Table.with("id:TEXT", "C:TEXT").key("id").row("x", "a".repeat(200_000)).build();
        assertThat(rules.review(all).summaries().get(0).passes()).isEqualTo(1);
    }

    @Test
    void unknownUnicodeIsATypedProblem() {
        assertThat(codes("B01 ≥ 0")).containsExactly("SB-VAL-0101");
        assertThat(codes("营业收入 > 0")).containsOnly("SB-VAL-0101");
        assertThat(codes("B01 > 0 \uD83D\uDE00")).containsExactly("SB-VAL-0101");
        // a lone surrogate does not crash the lexer
        assertThat(codes("B01 > 0 \uD800")).containsExactly("SB-VAL-0101");
    }

    @Test
    void unicodeInsideTextsAndBracketCodesIsFine() {
        Table t = Table.with("id:TEXT", "名称:TEXT").key("id").row("a", "北京😀").build();
        ReviewReport r = RuleSet.compile(Rules.of("[名称] = '北京😀' and len([名称]) = 3")).review(t);
        assertThat(r.summaries().get(0).passes()).isEqualTo(1);
    }
}
