package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.period.Frequency;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Static checks against a form or a schema: every error of every rule reported at once. */
class StaticCheckTest {

    static final ReportForm FORM = ReportForm.of("B204-1", "测试表", Frequency.MONTHLY, List.of(
            Indicator.of("B01", "营业收入", IndicatorType.NUMBER),
            Indicator.of("B02", "主营业务收入", IndicatorType.NUMBER),
            Indicator.of("B03", "从业人员", IndicatorType.INTEGER),
            Indicator.of("NAME", "单位名称", IndicatorType.TEXT),
            Indicator.of("AREA", "区划代码", IndicatorType.CODE),
            Indicator.of("OPEN", "开业日期", IndicatorType.DATE),
            Indicator.of("ACTIVE", "是否营业", IndicatorType.BOOLEAN)));

    static List<RuleProblem> problems(ReportForm form, String... checks) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(checks), form),
                RuleSetException.class);
        assertThat(e).as("compiling %s should fail", List.of(checks)).isNotNull();
        return e.problems();
    }

    static List<String> codes(String... checks) {
        return problems(FORM, checks).stream().map(RuleProblem::code).toList();
    }

    @Test
    void everyErrorOfEveryRuleIsReported() {
        List<RuleProblem> p = problems(FORM,
                "B09 > 0 and B01 + NAME > 0 and foo(B01) > 1",
                "abs(B01, B02) > 0 and B01 >= 'x'",
                "B01 >= B02");
        assertThat(p).extracting(RuleProblem::code).containsExactly(
                "SB-VAL-0201", "SB-VAL-0204", "SB-VAL-0202",
                "SB-VAL-0203", "SB-VAL-0204");
        assertThat(p).extracting(q -> q.location().source()).containsExactly("R1", "R1", "R1", "R2", "R2");
        assertThat(p.get(0).found()).isEqualTo("B09");
        assertThat(p.get(0).location().column()).isEqualTo(1);
        assertThat(p.get(1).location().column()).isEqualTo(17);
        assertThat(p.get(2).found()).isEqualTo("foo");
        assertThat(p.get(2).expected()).contains("abs").contains("growth").contains("balance");
        assertThat(p.get(3).found()).isEqualTo("2 argument(s)");
        assertThat(p.get(3).expected()).isEqualTo("1");
    }

    @Test
    void unknownIndicatorsInReferencesAndMessagesToo() {
        RuleDefinition r = RuleDefinition.of("R1", "prev.B77 > 0")
                .withMessage(LocalizedText.of("{B88} 为负", "{B88} negative"));
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(RuleSetDefinition.of("t", List.of(r)), FORM), RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::found).containsExactly("prev.B77", "B88", "B88");
    }

    @Test
    void otherFormsAreNotCheckedAgainstThisForm() {
        RuleSet.compile(Rules.of("form(\"B205\").X99 >= B01"), FORM);
    }

    @Test
    void typeErrors() {
        assertThat(codes("NAME * 2 > 1")).containsExactly("SB-VAL-0204");
        assertThat(codes("-NAME > 1")).containsExactly("SB-VAL-0204");
        assertThat(codes("B01 = NAME")).containsExactly("SB-VAL-0204");
        assertThat(codes("OPEN > 3")).containsExactly("SB-VAL-0204");
        assertThat(codes("ACTIVE < true")).containsExactly("SB-VAL-0204");
        assertThat(codes("B01 and ACTIVE")).containsExactly("SB-VAL-0204");
        assertThat(codes("not B01")).containsExactly("SB-VAL-0204");
        assertThat(codes("if B01 then ACTIVE")).containsExactly("SB-VAL-0204");
        assertThat(codes("B01 between 'a' and 3")).containsExactly("SB-VAL-0204");
        assertThat(codes("AREA in (1, 2)")).containsExactly("SB-VAL-0204");
        assertThat(codes("B01 in (1, 'a')")).containsExactly("SB-VAL-0204");
    }

    @Test
    void argumentTypes() {
        assertThat(codes("len(B01) > 1")).containsExactly("SB-VAL-0205");
        assertThat(codes("abs(NAME) > 1")).containsExactly("SB-VAL-0205");
        assertThat(codes("sum(B01, NAME, AREA) > 1")).containsExactly("SB-VAL-0205", "SB-VAL-0205");
        assertThat(codes("valid_uscc(B01)")).containsExactly("SB-VAL-0205");
        assertThat(codes("coalesce(B01, NAME) > 0")).containsExactly("SB-VAL-0205");
        assertThat(codes("matches(B03, 'x')")).containsExactly("SB-VAL-0205");
        assertThat(codes("sum_by(NAME, AREA) > 0")).containsExactly("SB-VAL-0205");
        assertThat(codes("balance(NAME, B01, 'division')")).containsExactly("SB-VAL-0205", "SB-VAL-0205");
    }

    @Test
    void checksMustBeConditions() {
        List<RuleProblem> p = problems(FORM, "B01 + 1");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0206");
        assertThat(p.get(0).found()).isEqualTo("a number");
        RuleDefinition r = RuleDefinition.of("R1", "B01 > 0").withWhen("NAME");
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(RuleSetDefinition.of("t", List.of(r)), FORM), RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0206");
    }

    @Test
    void literalsWhereTheyAreRequired() {
        assertThat(codes("matches(NAME, AREA)")).containsExactly("SB-VAL-0208");
        assertThat(codes("in_codelist(AREA, NAME)")).containsExactly("SB-VAL-0208");
        assertThat(codes("balance(B01, AREA, NAME)")).containsExactly("SB-VAL-0208");
        assertThat(codes("B01 in (B02, 3)")).containsExactly("SB-VAL-0208");
    }

    @Test
    void badPatternAndHierarchy() {
        List<RuleProblem> p = problems(FORM, "matches(NAME, '(ab')", "balance(B01, AREA, 'province')");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0207", "SB-VAL-0209");
        assertThat(p.get(0).found()).isEqualTo("(ab");
        assertThat(p.get(1).found()).isEqualTo("province");
    }

    @Test
    void datasetFunctionsDoNotNest() {
        assertThat(codes("sum_by(sum_by(B01, AREA), AREA) > 0")).containsExactly("SB-VAL-0210");
    }

    @Test
    void duplicateRuleIds() {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(RuleSetDefinition.of("t",
                List.of(RuleDefinition.of("R1", "B01 > 0"), RuleDefinition.of("R1", "B02 > 0"))), FORM),
                RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0211");
    }

    @Test
    void aSchemaWorksLikeAForm() {
        Schema schema = Schema.of(List.of(Column.of("id", ColumnType.TEXT), Column.of("B01", ColumnType.NUMBER),
                Column.of("C", ColumnType.TEXT)), List.of("id"));
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(Rules.of("B01 > C", "B02 > 0", "len(id) = 18"), schema),
                RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0204", "SB-VAL-0201");
    }

    @Test
    void withoutFormOrSchemaTypeErrorsAreFoundAtReviewAndCounted() {
        Table t = Table.with("id:TEXT", "B01", "C:TEXT").key("id").row("a", 1, "x").row("b", 2, null).build();
        ReviewReport r = RuleSet.compile(Rules.of("B01 + C > 0")).review(t);
        assertThat(r.summaries().get(0)).isEqualTo(
                new RuleSummary("R1", org.statsbase.core.level.Severity.MANDATORY, 2, 0, 0, 1, 1));
        // record a: 1 + 'x' cannot be evaluated; record b: 2 + missing is missing, so not applicable
        assertThat(r.errors()).extracting(EvaluationError::code).containsExactly("SB-VAL-0306");
        assertThat(r.errors().get(0).row()).isZero();
    }
    @Test
    void messagesNameTheOperatorAndTheArgument() {
        assertThat(problems(FORM, "B01 and ACTIVE").get(0).messageEn()).startsWith("operator and ");
        assertThat(problems(FORM, "ACTIVE or B01").get(0).messageEn()).startsWith("operator or ");
        assertThat(problems(FORM, "B01 in (1, B02)").get(0).messageEn()).isEqualTo(
                "argument 2 of in must be a literal (number or text)");
        assertThat(problems(FORM, "matches(NAME, AREA)").get(0).messageEn()).isEqualTo(
                "argument 2 of matches must be a literal (text)");
        assertThat(problems(FORM, "coalesce(B01, B02, NAME) > 0").get(0).messageEn()).isEqualTo(
                "argument 3 of coalesce must be a number, found a text");
    }

    @Test
    void aBadPartIsReportedOnceNotAgainByWhatContainsIt() {
        // the between (or its part) is bad: no second problem for adding 1 to it
        assertThat(codes("(B01 between 'a' and 3) + 1 > 0")).containsExactly("SB-VAL-0204");
        assertThat(codes("(B01 between 1 and OPEN) + 1 > 0")).containsExactly("SB-VAL-0204");
        assertThat(codes("(B09 between 1 and 2) + 1 > 0")).containsExactly("SB-VAL-0201");
    }

    @Test
    void patternsUpToTheLimit() {
        String longest = "a".repeat(1000);
        RuleSet.compile(Rules.of("matches(NAME, '" + longest + "')"), FORM);
        List<RuleProblem> p = problems(FORM, "matches(NAME, '" + longest + "a')");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0302");
        assertThat(p.get(0).found()).isEqualTo("1001 characters");
    }
}
