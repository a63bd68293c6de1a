package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Report accessors, acceptance with evaluation errors, value semantics of reports, policies and contexts. */
class ReviewReportAccessTest {

    private static final RecordKey U1 = RecordKey.of("unit", "u1");
    private static final RecordKey U2 = RecordKey.of("unit", "u2");
    private static final Explanation GOOD = Explanation.of("四舍五入的差异，原始数据为0.1003", "李四",
            Instant.parse("2026-11-05T08:00:00Z"));

    private static Table table() {
        return Table.with("unit:TEXT", "B01", "B02", "C:TEXT").key("unit")
                .row("u1", new BigDecimal("0.10"), new BigDecimal("0.4"), "x")
                .row("u2", 5, null, null).build();
    }

    /** R1 fails for u1 (VERIFY); R2 cannot be evaluated for u1 (a number plus a text). */
    private static RuleSetDefinition rules(Severity r2) {
        return new RuleSetDefinition("demo", Optional.of("2026.1"), BigDecimal.ZERO, List.of(
                RuleDefinition.of("R1", "B01 + 0.2 = B02 or C = 'y'").withSeverity(Severity.VERIFY),
                RuleDefinition.of("R2", "B01 + C > 0").withSeverity(r2)), "demo.yaml");
    }

    @Test
    void accessorsDescribeTheReview() {
        RuleSetDefinition def = rules(Severity.MANDATORY);
        RuleSet set = RuleSet.compile(def);
        assertThat(set.definition()).isEqualTo(def);
        assertThat(set.toString()).contains("demo");
        ReviewReport r = set.review(table());
        assertThat(r.ruleSetId()).isEqualTo("demo");
        assertThat(r.version()).hasValue("2026.1");
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("R1"));
        assertThat(r.violations(U1)).singleElement().satisfies(v -> assertThat(v.key()).isEqualTo(U1));
        assertThat(r.violations(U2)).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo(U1));
        assertThat(r.toString()).contains("demo", "2 records", "1 violations", "1 errors");
        assertThat(r.explainer().toString()).contains("demo", "1 violations");
    }

    @Test
    void anEvaluationErrorBlocksTheRecordUnlessItsRuleIsAHint() {
        ReviewReport mandatory = RuleSet.compile(rules(Severity.MANDATORY)).review(table()).explain("R1", U1, GOOD);
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        assertThat(mandatory.isAcceptable(U1, policy)).isFalse();
        assertThat(mandatory.isAcceptable(U2, policy)).isTrue();
        assertThat(mandatory.unacceptableRecords(policy)).containsExactly(U1);

        ReviewReport hint = RuleSet.compile(rules(Severity.HINT)).review(table()).explain("R1", U1, GOOD);
        assertThat(hint.isAcceptable(U1, policy)).isTrue();
        assertThat(hint.unacceptableRecords(policy)).isEmpty();

        ReviewReport unexplained = RuleSet.compile(rules(Severity.HINT)).review(table());
        assertThat(unexplained.isAcceptable(U1, policy)).isFalse();
        assertThat(unexplained.isAcceptable(U2, policy)).isTrue();
    }

    @Test
    void reportsAreEqualWhenTheirContentIs() {
        ReviewReport a = RuleSet.compile(rules(Severity.MANDATORY)).review(table());
        ReviewReport b = RuleSet.compile(rules(Severity.MANDATORY)).review(table());
        ReviewReport explained = a.explain("R1", U1, GOOD);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(explained).isNotEqualTo("demo");
        assertThat(a.hashCode()).isNotEqualTo(explained.hashCode());
    }

    @Test
    void policiesAreValues() {
        ExplanationPolicy defaults = ExplanationPolicy.defaults();
        ExplanationPolicy longer = defaults.withMinimumLength(20);
        assertThat(defaults).isEqualTo(ExplanationPolicy.defaults()).hasSameHashCodeAs(ExplanationPolicy.defaults())
                .isNotEqualTo(longer).isNotEqualTo(defaults.withRejectedPhrases(List.of("无误")));
        assertThat(defaults.hashCode()).isNotEqualTo(longer.hashCode());
        assertThat(longer.toString()).contains("20");
    }

    @Test
    void contextsKeepChunkSizeAndParallelism() {
        ReviewContext context = ReviewContext.empty();
        assertThat(context.withParallel(true).parallel()).isTrue();
        assertThat(context.withParallel(false).parallel()).isFalse();
        assertThat(context.withChunkSize(1).chunkSize()).isEqualTo(1);
        assertThatThrownBy(() -> context.withChunkSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.withChunkSize(7).withParallel(true).toString()).contains("chunkSize=7", "parallel=true");
    }
}
