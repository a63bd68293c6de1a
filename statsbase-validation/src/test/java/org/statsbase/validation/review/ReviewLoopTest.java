package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * The review loop around the expressions: message placeholders and literal braces, the errors a
 * review raises for what it was not given (with the names they show), the join of reference
 * datasets on the key (columnar datasets in the same order, in another order, shorter, with
 * repeated keys), and rule sets that read several code lists, patterns and dataset-level functions.
 */
class ReviewLoopTest {

    /** A columnar dataset: {@code columns} as for {@link Table#with}, the first column the key. */
    static ColumnarDataset columnar(List<String> columns, List<String> key, Object[]... rows) {
        List<Column> cs = new ArrayList<>();
        for (String s : columns) {
            String[] p = s.split(":");
            cs.add(Column.of(p[0], p.length > 1 ? ColumnType.valueOf(p[1]) : ColumnType.NUMBER));
        }
        ColumnarDataset.Builder b = ColumnarDataset.builder(Schema.of(cs, key));
        for (Object[] row : rows) {
            Value[] values = new Value[row.length];
            for (int i = 0; i < row.length; i++) {
                values[i] = Table.value(row[i]);
            }
            b.add(values);
        }
        return b.build();
    }

    private static Object[] r(Object... values) {
        return values;
    }

    private static RuleSetDefinition withMessage(String check, String zh, String en) {
        return RuleSetDefinition.of("test", List.of(RuleDefinition.of("R1", check).withMessage(LocalizedText.of(zh, en))));
    }

    private static final Table ONE = Table.with("id:TEXT", "B01").key("id").row("u1", 5).build();

    // ---- messages --------------------------------------------------------------------------------

    @Test
    void doubledBracesAreLiteralBracesAnywhereInAMessage() {
        Violation v = RuleSet.compile(withMessage("B01 > 10", "合计{{B01}}为{B01}", "{{B01}} is {B01}}}"))
                .review(ONE).violations().get(0);
        assertThat(v.message().zh()).isEqualTo("合计{B01}为5");
        assertThat(v.message().en()).isEqualTo("{B01} is 5}");
    }

    @Test
    void aLoneClosingBraceIsKeptAsItIs() {
        Violation v = RuleSet.compile(withMessage("B01 > 10", "超过上限}", "x}{B01}")).review(ONE).violations().get(0);
        assertThat(v.message().zh()).isEqualTo("超过上限}");
        assertThat(v.message().en()).isEqualTo("x}5");
    }

    @Test
    void anUnterminatedPlaceholderIsReportedWhereItOpens() {
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(withMessage("B01 > 10", "收入{", "revenue {B01")), RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0108", "SB-VAL-0108");
        RuleProblem zh = e.problems().get(0);
        RuleProblem en = e.problems().get(1);
        assertThat(zh.found()).isEqualTo("{");
        assertThat(en.found()).isEqualTo("{B01");
        // the opening brace within the message text: its 3rd and 9th character
        assertThat(zh.location().line()).isEqualTo(1);
        assertThat(zh.location().column()).isEqualTo(3);
        assertThat(en.location().line()).isEqualTo(1);
        assertThat(en.location().column()).isEqualTo(9);
        RuleSetException first = catchThrowableOfType(
                () -> RuleSet.compile(withMessage("B01 > 10", "{", "ok")), RuleSetException.class);
        assertThat(first.problems().get(0).location().column()).isEqualTo(1);
    }

    @Test
    void anExpressionThatDoesNotCompileIsARuleSetException() {
        RuleSetException e = catchThrowableOfType(() -> Rules.eval("1 +"), RuleSetException.class);
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).code()).startsWith("SB-VAL-01");
        assertThat(e.problems().get(0).location().source()).isEqualTo("expression");
    }

    @Test
    void aRuleSetNamesItsRuleCount() {
        assertThat(RuleSet.compile(Rules.of("B01 > 0", "B01 < 9"))).hasToString("RuleSet[test, 2 rules]");
    }

    @Test
    void aTypeErrorNamesTheOperatorAndWhatItWasGiven() {
        Table t = Table.with("id:TEXT", "C:TEXT", "M", "N").key("id").row("u1", "a", null, 1).build();
        ReviewReport r = RuleSet.compile(Rules.of("C + M > 0", "N - C > 0")).review(t);
        assertThat(r.errors()).hasSize(2);
        EvaluationError missing = r.errors().get(0);
        assertThat(missing.code()).isEqualTo("SB-VAL-0306");
        assertThat(missing.messageEn()).isEqualTo("operator + cannot be applied to a text, missing");
        assertThat(missing.messageZh()).isEqualTo("运算 + 不能用于文本、缺失值");
        assertThat(r.errors().get(1).messageEn()).isEqualTo("operator - cannot be applied to a number, a text");
        assertThat(r.errors().get(1).messageZh()).isEqualTo("运算 - 不能用于数值、文本");
    }

    // ---- what a review must be given -------------------------------------------------------------

    @Test
    void aMissingFormDatasetIsNamedAsWritten() {
        StatsbaseException e = catchThrowableOfType(
                () -> RuleSet.compile(Rules.of("B01 = form(\"B205\").X")).review(ONE), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0601");
        assertThat(e.messageEn()).contains("form(\"B205\")").doesNotContain("form:");
    }

    @Test
    void aKeyMismatchNamesTheKeyColumns() {
        Table twoKeys = Table.with("unit:TEXT", "period:TEXT", "B01").key("unit", "period").row("u1", "p", 1).build();
        Table prev = Table.with("unit:TEXT", "B01").key("unit").row("u1", 1).build();
        StatsbaseException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B01 >= prev.B01"))
                .review(twoKeys, ReviewContext.empty().withPrevious(prev)), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0604");
        assertThat(e.messageEn()).contains("prev").contains("unit, period");
        Table noKey = Table.with("unit:TEXT", "B01").row("u1", 1).build();
        e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B01 >= yoy.B01"))
                .review(noKey, ReviewContext.empty().withYearAgo(prev)), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0604");
        assertThat(e.messageEn()).contains("yoy").contains("(the reviewed dataset has no key)");
    }

    @Test
    void aMissingFieldOfAReferenceDatasetNamesThatDataset() {
        Table prev = Table.with("id:TEXT", "B02").key("id").row("u1", 1).build();
        StatsbaseException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B01 >= prev.B01"))
                .review(ONE, ReviewContext.empty().withPrevious(prev)), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0603");
        assertThat(e.messageEn()).contains("B01").contains("prev");
    }

    // ---- joins -----------------------------------------------------------------------------------

    private static ReviewReport againstPrevious(Dataset now, Dataset prev) {
        return RuleSet.compile(Rules.of("B01 = prev.B01")).review(now, ReviewContext.empty().withPrevious(prev));
    }

    private static List<String> failedUnits(ReviewReport r) {
        return r.violations().stream().map(v -> v.key().values().get(0)).toList();
    }

    @Test
    void aPreviousPeriodThatStartsInAnotherOrderIsStillJoinedOnTheKey() {
        ColumnarDataset now = columnar(List.of("unit:TEXT", "B01"), List.of("unit"),
                r("u1", 1), r("u2", 2), r("u3", 3), r("u4", 4));
        // u1 has no previous record; u2 to u4 are at their own position, u2's value differs
        ColumnarDataset prev = columnar(List.of("unit:TEXT", "B01"), List.of("unit"),
                r("u0", 1), r("u2", 20), r("u3", 3), r("u4", 4));
        ReviewReport r = againstPrevious(now, prev);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(2L, 1L, 1L);
        assertThat(failedUnits(r)).containsExactly("u2");
        assertThat(r.violations().get(0).imbalance()).contains(new BigDecimal("-18"));
    }

    @Test
    void aShorterPreviousPeriodLeavesTheLaterRecordsUnjoined() {
        ColumnarDataset now = columnar(List.of("unit:TEXT", "B01"), List.of("unit"), r("u1", 1), r("u2", 2), r("u3", 3));
        ColumnarDataset prev = columnar(List.of("unit:TEXT", "B01"), List.of("unit"), r("u1", 1), r("u2", 5));
        ReviewReport r = againstPrevious(now, prev);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(1L, 1L, 1L);
        assertThat(failedUnits(r)).containsExactly("u2");
    }

    @Test
    void numberKeysAreJoinedByValue() {
        ColumnarDataset now = columnar(List.of("unit", "B01"), List.of("unit"), r(1, 10), r(2, 20), r(3, 30));
        ColumnarDataset prev = columnar(List.of("unit", "B01"), List.of("unit"), r(1, 10), r(5, 20), r(3, 31));
        ReviewReport r = againstPrevious(now, prev);
        // 2 has no previous record although the record at its position has the same B01
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(1L, 1L, 1L);
        assertThat(failedUnits(r)).containsExactly("3");
    }

    @Test
    void everyKeyColumnMustMatch() {
        List<String> columns = List.of("unit:TEXT", "period:TEXT", "B01");
        ColumnarDataset now = columnar(columns, List.of("unit", "period"), r("u1", "a", 1), r("u2", "a", 2));
        ColumnarDataset prev = columnar(columns, List.of("unit", "period"), r("u1", "a", 1), r("u2", "b", 2));
        ReviewReport r = againstPrevious(now, prev);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::notApplicable)
                .containsExactly(1L, 1L);
        // the same with number key columns
        List<String> numbers = List.of("unit", "period", "B01");
        ColumnarDataset nowN = columnar(numbers, List.of("unit", "period"), r(1, 7, 1), r(2, 7, 2));
        ColumnarDataset prevN = columnar(numbers, List.of("unit", "period"), r(1, 7, 1), r(2, 8, 2));
        assertThat(againstPrevious(nowN, prevN).summaries().get(0))
                .extracting(RuleSummary::passes, RuleSummary::notApplicable).containsExactly(1L, 1L);
    }

    @Test
    void aRepeatedPreviousKeyJoinsItsFirstRecord() {
        ColumnarDataset now = columnar(List.of("unit:TEXT", "B01"), List.of("unit"), r("u2", 2), r("u1", 7));
        ColumnarDataset prev = columnar(List.of("unit:TEXT", "B01"), List.of("unit"), r("u1", 5), r("u1", 7));
        ReviewReport r = againstPrevious(now, prev);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(0L, 1L, 1L);
        assertThat(r.violations().get(0).imbalance()).contains(new BigDecimal("2"));
    }

    @Test
    void aRowWiseReviewedDatasetIsJoinedToAColumnarPreviousPeriod() {
        Table now = Table.with("unit:TEXT", "B01").key("unit").row("u1", 1).row("u2", 2).row("u3", 3).build();
        ColumnarDataset prev = columnar(List.of("unit:TEXT", "B01"), List.of("unit"), r("u1", 1), r("u9", 2),
                r("u3", 4));
        ReviewReport r = againstPrevious(now, prev);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(1L, 1L, 1L);
        assertThat(failedUnits(r)).containsExactly("u3");
        Table numbers = Table.with("unit", "B01").key("unit").row(1, 1).row(2, 2).build();
        ColumnarDataset prevN = columnar(List.of("unit", "B01"), List.of("unit"), r(1, 1), r(3, 2));
        assertThat(againstPrevious(numbers, prevN).summaries().get(0))
                .extracting(RuleSummary::passes, RuleSummary::notApplicable).containsExactly(1L, 1L);
    }

    // ---- several slots of a kind -----------------------------------------------------------------

    @Test
    void eachCodeListIsReadByItsOwnRules() {
        Table t = Table.with("id:TEXT", "C:TEXT").key("id").row("u1", "x").row("u2", "y").build();
        ReviewReport r = RuleSet.compile(Rules.of("in_codelist(C, 'a')", "in_codelist(C, 'b')")).review(t,
                ReviewContext.empty().withCodeList("a", List.of("x")).withCodeList("b", List.of("x", "y")));
        assertThat(r.summaries()).extracting(RuleSummary::passes, RuleSummary::fails)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 0L));
    }

    @Test
    void eachPatternMatchesWithItsOwnMatcher() {
        Table t = Table.with("id:TEXT", "C:TEXT").key("id").row("u1", "ab").row("u2", "ba").row("u3", "b(").build();
        ReviewReport r = RuleSet.compile(Rules.of("matches(C, '^a')", "matches(C, '^b')",
                "matches(C, '^(b|c)[(]') or matches(C, 'a(b)?$')")).review(t);
        assertThat(r.summaries()).extracting(RuleSummary::passes, RuleSummary::fails).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 1L),
                org.assertj.core.groups.Tuple.tuple(3L, 0L));
    }

    @Test
    void eachDatasetFunctionKeepsItsOwnResults() {
        Table t = Table.with("id:TEXT", "G:TEXT", "X", "T").key("id")
                .row("u1", "a", 1, 3).row("u2", "a", 2, 3).row("u3", "b", 5, 6).build();
        ReviewReport r = RuleSet.compile(Rules.of("is_unique(G)", "sum_by(X, G) = T", "sum_by(T, G) = 2 * T"))
                .review(t);
        assertThat(r.summaries()).extracting(RuleSummary::passes, RuleSummary::fails).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 1L),
                org.assertj.core.groups.Tuple.tuple(2L, 1L));
    }
}
