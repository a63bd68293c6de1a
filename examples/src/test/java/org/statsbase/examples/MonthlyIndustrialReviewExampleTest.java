package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.level.Severity;
import org.statsbase.examples.MonthlyIndustrialReviewExample.Explained;
import org.statsbase.examples.MonthlyIndustrialReviewExample.Mistake;
import org.statsbase.examples.MonthlyIndustrialReviewExample.Outcome;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewContext;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;
import org.statsbase.validation.rules.RuleDefinition;

/**
 * The review-rules example runs through, and what it prints is what the library computed: the
 * counts of every rule, the violations, the explanations and the acceptable records; the planted
 * mistakes (known from the generator, not from the review) are each found, and no clean record fails.
 */
class MonthlyIndustrialReviewExampleTest {

    private static Outcome outcome;
    private static String output;

    @BeforeAll
    static void runTheExample() {
        outcome = MonthlyIndustrialReviewExample.review();
        output = print(outcome);
    }

    private static String print(Outcome o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MonthlyIndustrialReviewExample.print(o, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String mainOutput() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MonthlyIndustrialReviewExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void saysEverythingIsSyntheticAndMarksEveryInventedName() {
        assertThat(output).contains("SYNTHETIC", "虚构");
        assertThat(outcome.system().nameZh()).contains("【示例】");
        for (ReportForm form : outcome.system().forms()) {
            assertThat(form.nameZh()).as(form.id()).contains("【示例】");
        }
        ColumnarDataset current = outcome.data().current();
        int name = current.schema().indexOf("A02").orElseThrow();
        for (int row = 0; row < current.size(); row++) {
            assertThat(current.value(row, name).render()).as("row %d", row).startsWith("【示例】");
        }
    }

    @Test
    void theFormHasAboutFifteenIndicatorsAndTheRuleSetTwentyRulesOfEveryLevel() {
        ReportForm form = outcome.system().form(MonthlyIndustrialReviewExample.REVIEWED_FORM).orElseThrow();
        assertThat(form.indicators()).hasSizeBetween(14, 18);
        List<RuleDefinition> rules = outcome.rules().definition().rules();
        assertThat(rules).hasSize(20);
        assertThat(rules.stream().map(RuleDefinition::severity).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Severity.values());
        assertThat(rules.stream().filter(r -> r.severity() == Severity.VERIFY)).hasSizeGreaterThanOrEqualTo(2);
        String checks = rules.stream().map(r -> r.check() + " " + r.when().orElse("")).collect(Collectors.joining("\n"));
        assertThat(checks).contains("prev.", "form(\"", "is_unique(", "in_codelist(", "len(", "matches(", "between",
                "if ", "B05 = B06 + B07 + B08 + B09");
    }

    @Test
    void printsEveryRuleWithTheCountsTheLibraryComputed() {
        ReviewReport report = outcome.explained();
        assertThat(report.records()).isEqualTo(MonthlyIndustrialReviewExample.ENTERPRISES);
        assertThat(report.summaries()).extracting(RuleSummary::ruleId).containsExactlyElementsOf(
                outcome.rules().definition().rules().stream().map(RuleDefinition::id).toList());
        for (RuleSummary s : report.summaries()) {
            assertThat(s.items()).as(s.ruleId()).isEqualTo(MonthlyIndustrialReviewExample.ENTERPRISES);
            assertThat(s.passes() + s.fails() + s.notApplicable() + s.errors()).as(s.ruleId()).isEqualTo(s.items());
            Pattern line = Pattern.compile("(?m)^" + s.ruleId() + "\\s+" + s.severity().nameZh() + " " + s.severity().name()
                    + "\\s+" + s.items() + "\\s+" + s.passes() + "\\s+" + s.fails() + "\\s+" + s.notApplicable()
                    + "\\s+" + s.errors() + "\\s+\\S");
            assertThat(line.matcher(output).find()).as("line of %s in%n%s", s.ruleId(), output).isTrue();
        }
        assertThat(output).contains("(" + report.violations().size() + " violations in all)");
        assertThat(output).contains("Evaluation errors 无法计算: " + report.errors().size());
    }

    @Test
    void findsEveryPlantedMistakeWithTheRuleMeantForItAndFailsNoCleanRecord() {
        ReviewReport report = outcome.reviewed();
        Set<Integer> planted = new HashSet<>();
        for (Mistake mistake : Mistake.values()) {
            Set<Integer> rows = outcome.data().mistakes().get(mistake);
            assertThat(rows).as(mistake.name()).isNotEmpty();
            Set<Integer> failing = rowsFailing(report, mistake.ruleId());
            assertThat(failing).as("%s: rows failing %s", mistake, mistake.ruleId()).containsAll(rows);
            planted.addAll(rows);
        }
        Set<Integer> failingAnything = report.violations().stream().map(Violation::row).collect(Collectors.toSet());
        assertThat(planted).containsAll(failingAnything);
        assertThat(report.errors()).isEmpty();
        // every rule of the set is exercised by some planted mistake
        assertThat(report.summaries()).allSatisfy(s -> assertThat(s.fails()).as(s.ruleId()).isPositive());
    }

    private static Set<Integer> rowsFailing(ReviewReport report, String ruleId) {
        return report.violations().stream().filter(v -> v.ruleId().equals(ruleId)).map(Violation::row)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void printsTheFirstViolationOfEachRuleWithKeyFieldsImbalanceAndMessage() {
        Set<String> seen = new HashSet<>();
        for (Violation v : outcome.explained().violations()) {
            if (seen.add(v.ruleId())) {
                String expected = MonthlyIndustrialReviewExample.violationLine(v) + System.lineSeparator()
                        + "    fields 读取: " + v.fields().stream().map(f -> f.field() + "=" + f.value().render())
                                .collect(Collectors.joining(", ")) + System.lineSeparator()
                        + "    imbalance 差额: " + v.imbalance().map(MonthlyIndustrialReviewExample::shown).orElse("—")
                        + System.lineSeparator()
                        + "    " + v.message().zh();
                assertThat(output).contains(expected);
                assertThat(v.key().toString()).startsWith(MonthlyIndustrialReviewExample.KEY + "=");
            }
        }
        assertThat(seen).hasSize(20);
    }

    @Test
    void theGoodExplanationClearsItsRecordAndTheSetPhraseDoesNot() {
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        List<Explained> given = outcome.explanations();
        assertThat(given).hasSize(2);
        Explained good = given.get(0);
        Explained boilerplate = given.get(1);
        assertThat(good.violation().explanation()).contains(MonthlyIndustrialReviewExample.GOOD_EXPLANATION);
        assertThat(boilerplate.violation().explanation()).contains(MonthlyIndustrialReviewExample.BOILERPLATE_EXPLANATION);
        assertThat(good.rejection()).isEmpty();
        assertThat(boilerplate.rejection()).isEqualTo(policy.judge(MonthlyIndustrialReviewExample.BOILERPLATE_EXPLANATION))
                .isPresent();
        for (Explained e : given) {
            assertThat(e.violation().severity()).isEqualTo(Severity.VERIFY);
            assertThat(outcome.reviewed().isAcceptable(e.violation().key(), policy)).isFalse();
        }
        assertThat(outcome.explained().isAcceptable(good.violation().key(), policy)).isTrue();
        assertThat(outcome.explained().isAcceptable(boilerplate.violation().key(), policy)).isFalse();
        assertThat(outcome.explained().violations(good.violation().key()))
                .singleElement().satisfies(v -> assertThat(v.explanation()).isPresent());

        assertThat(output).contains("accepted 接受", "rejected 不予接受: " + boilerplate.rejection().orElseThrow().code(),
                "“核实无误” — 李统计");
    }

    @Test
    void printsHowManyRecordsAreAcceptableBeforeAndAfterTheExplanations() {
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        int before = acceptable(outcome.reviewed(), policy);
        int after = acceptable(outcome.explained(), policy);
        assertThat(after).isEqualTo(before + 1);
        assertThat(output).contains("Acceptable records 审核通过的记录: " + after + " of "
                + MonthlyIndustrialReviewExample.ENTERPRISES + " (before the explanations 说明前: " + before + ")");
        // every record with a planted mandatory or quasi-mandatory mistake is unacceptable
        for (Mistake mistake : Mistake.values()) {
            Severity level = outcome.explained().summary(mistake.ruleId()).orElseThrow().severity();
            if (level.blocksAcceptance()) {
                for (int row : outcome.data().mistakes().get(mistake)) {
                    assertThat(outcome.explained().isAcceptable(outcome.data().current().key(row), policy))
                            .as("%s row %d", mistake, row).isFalse();
                }
            }
        }
    }

    /** Counted here row by row from the report, not by the example's own helper. */
    private static int acceptable(ReviewReport report, ExplanationPolicy policy) {
        Set<Integer> unacceptable = new HashSet<>();
        for (Violation v : report.violations()) {
            boolean blocks = v.severity().blocksAcceptance() || v.severity() == Severity.VERIFY
                    && v.explanation().map(x -> !policy.accepts(x)).orElse(true);
            if (blocks) {
                unacceptable.add(v.row());
            }
        }
        // a duplicated key is one key: acceptability is asked per key, so both copies share it
        ColumnarDataset current = outcome.data().current();
        Set<Object> badKeys = unacceptable.stream().map(current::key).collect(Collectors.toSet());
        int count = 0;
        for (int row = 0; row < current.size(); row++) {
            if (!badKeys.contains(current.key(row))) {
                count++;
            }
        }
        return count;
    }

    @Test
    void isDeterministicAndAParallelReviewGivesTheSameReport() {
        Outcome again = MonthlyIndustrialReviewExample.review();
        assertThat(again.data().mistakes()).isEqualTo(outcome.data().mistakes());
        assertThat(again.explained().toJson()).isEqualTo(outcome.explained().toJson());
        assertThat(mainOutput()).isEqualTo(output);

        ReviewReport parallel = outcome.rules().review(outcome.data().current(), ReviewContext.empty()
                .withPrevious(outcome.data().previous())
                .withForm(MonthlyIndustrialReviewExample.LABOUR_FORM, outcome.data().labour())
                .withCodeList("towns", outcome.data().townships())
                .withChunkSize(64)
                .withParallel(true));
        assertThat(parallel.toJson()).isEqualTo(outcome.reviewed().toJson());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        var system = MonthlyIndustrialReviewExample.surveySystem();
        var one = MonthlyIndustrialReviewExample.generate(system, MonthlyIndustrialReviewExample.SEED);
        var two = MonthlyIndustrialReviewExample.generate(system, MonthlyIndustrialReviewExample.SEED);
        var other = MonthlyIndustrialReviewExample.generate(system, MonthlyIndustrialReviewExample.SEED + 1);
        assertThat(one.mistakes()).isEqualTo(two.mistakes()).isNotEqualTo(other.mistakes());
        assertThat(one.current().size()).isEqualTo(MonthlyIndustrialReviewExample.ENTERPRISES);
        assertThat(one.previous().size()).isLessThan(one.current().size());
    }
}
