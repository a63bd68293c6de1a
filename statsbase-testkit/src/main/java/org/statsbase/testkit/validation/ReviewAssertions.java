package org.statsbase.testkit.validation;

import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;

/**
 * AssertJ entry points for review results (statsbase-validation {@code review}): reports, their
 * violations and rule summaries. Failure messages name the rule, the record key and what was
 * found instead.
 *
 * <pre>{@code
 * assertThat(report).hasViolation("R001").forRecord(key).withSeverity(Severity.VERIFY).withImbalance("3");
 * assertThat(report).hasNoViolation("R002");
 * assertThat(report).summary("R001").hasCounts(10, 7, 1, 2, 0);
 * assertThat(report).isAcceptable(key, ExplanationPolicy.defaults());
 * }</pre>
 *
 * <p>Thread safety: stateless; the assertion objects are not shared between threads.
 */
public final class ReviewAssertions {

    private ReviewAssertions() {
    }

    /**
     * Assertions on a report.
     *
     * @param report the report under test
     * @return an assertion to chain checks on
     */
    public static ReviewReportAssert assertThat(ReviewReport report) {
        return new ReviewReportAssert(report);
    }

    /**
     * Assertions on one violation.
     *
     * @param violation the violation under test
     * @return an assertion to chain checks on
     */
    public static ViolationsAssert assertThat(Violation violation) {
        return ViolationsAssert.of(violation);
    }

    /**
     * Assertions on one rule's counts.
     *
     * @param summary the counts under test
     * @return an assertion to chain checks on
     */
    public static RuleSummaryAssert assertThat(RuleSummary summary) {
        return new RuleSummaryAssert(summary);
    }
}
