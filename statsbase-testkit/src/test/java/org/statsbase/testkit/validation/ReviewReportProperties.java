package org.statsbase.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * The counts of a review report (R validate's {@code summary()}, statsbase-validation README
 * "Parity with R validate"): every rule sees every record once; the order of
 * the records does not matter; a rule counts the same alone as in its rule set.
 */
class ReviewReportProperties {

    private static ReviewReport review(ReviewCase c) {
        return RuleSet.compile(c.ruleSet(), c.schema()).review(c.data());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void everyRuleCountsEveryRecordOnce(@ForAll ReviewCase c) {
        ReviewReport report = review(c);
        assertThat(report.records()).isEqualTo(c.data().size());
        assertThat(report.summaries()).extracting(RuleSummary::ruleId)
                .containsExactlyElementsOf(c.ruleSet().rules().stream().map(RuleDefinition::id).toList());
        for (RuleSummary s : report.summaries()) {
            assertThat(s.items()).as("items of %s", s.ruleId()).isEqualTo(c.data().size());
            assertThat(s.passes() + s.fails() + s.notApplicable() + s.errors()).as("counts of %s", s)
                    .isEqualTo(s.items());
            assertThat(report.violations().stream().filter(v -> v.ruleId().equals(s.ruleId())).count())
                    .as("violations of %s", s.ruleId()).isEqualTo(s.fails());
            assertThat(report.errors().stream().filter(e -> e.ruleId().equals(s.ruleId())).count())
                    .as("errors of %s", s.ruleId()).isEqualTo(s.errors());
        }
    }

    @Provide
    Arbitrary<Tuple2<ReviewCase, ColumnarDataset>> shuffledCases() {
        return ReviewCases.cases().flatMap(c -> Datasets.shuffled(c.data()).map(d -> Tuple.of(c, d)));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void theOrderOfRecordsDoesNotChangeTheCounts(@ForAll("shuffledCases") Tuple2<ReviewCase, ColumnarDataset> t) {
        ReviewCase c = t.get1();
        ReviewReport original = review(c);
        ReviewReport shuffled = RuleSet.compile(c.ruleSet(), c.schema()).review(t.get2());
        assertThat(shuffled.summaries()).isEqualTo(original.summaries());
        assertThat(keysOf(shuffled.violations())).containsExactlyInAnyOrderElementsOf(keysOf(original.violations()));
    }

    private static List<String> keysOf(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.key()).toList();
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void aRuleSetCountsAsItsRulesReviewedOneByOne(@ForAll ReviewCase c) {
        ReviewReport whole = review(c);
        List<RuleSummary> merged = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (RuleDefinition rule : c.ruleSet().rules()) {
            RuleSetDefinition alone = RuleSetDefinition.of(c.ruleSet().id(), List.of(rule))
                    .withTolerance(c.ruleSet().tolerance());
            ReviewReport one = RuleSet.compile(alone, c.schema()).review(c.data());
            merged.addAll(one.summaries());
            violations.addAll(one.violations());
        }
        assertThat(whole.summaries()).isEqualTo(merged);
        assertThat(keysOf(whole.violations())).isEqualTo(keysOf(violations));
    }
}
