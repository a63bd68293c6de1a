package org.statsbase.testkit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.review.EvaluationError;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;

/**
 * Assertions on a review report (statsbase-validation {@link ReviewReport}): violations by rule
 * and record, counts by rule, evaluation errors, and whether a record is acceptable under the
 * 强制性 / 准强制性 / 核实性 / 提示性 levels. Failure messages name the rule, the record key and
 * what was found instead.
 *
 * <p>Thread safety: not thread-safe (AssertJ assertion objects are used by one test thread).
 */
public final class ReviewReportAssert extends AbstractAssert<ReviewReportAssert, ReviewReport> {

    ReviewReportAssert(ReviewReport actual) {
        super(actual, ReviewReportAssert.class);
    }

    private List<String> ruleIds() {
        return actual.summaries().stream().map(RuleSummary::ruleId).toList();
    }

    private RuleSummary knownRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        Optional<RuleSummary> summary = actual.summary(ruleId);
        if (summary.isEmpty()) {
            failWithMessage("%s", "Expected a rule " + ruleId + " in the report of rule set " + actual.ruleSetId()
                    + " but it has only " + ruleIds());
        }
        return summary.get();
    }

    private List<Violation> violationsOf(String ruleId) {
        return actual.violations().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /**
     * Asserts that a rule has at least one violation, and selects its violations.
     *
     * @param ruleId the rule's id
     * @return an assertion on the rule's violations
     */
    public ViolationsAssert hasViolation(String ruleId) {
        RuleSummary summary = knownRule(ruleId);
        List<Violation> found = violationsOf(ruleId);
        if (found.isEmpty()) {
            failWithMessage("%s", "Expected rule " + ruleId + " to have a violation but it has none ("
                    + RuleSummaryAssert.counts(summary) + ")" + errorsOf(ruleId));
        }
        return ViolationsAssert.ofRule(actual, ruleId, found);
    }

    /**
     * Asserts that a rule of the report has no violation at all.
     *
     * @param ruleId the rule's id
     * @return this assertion, for chaining
     */
    public ReviewReportAssert hasNoViolation(String ruleId) {
        knownRule(ruleId);
        List<Violation> found = violationsOf(ruleId);
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expected rule " + ruleId + " to have no violation but it fails on "
                    + found.size() + " record(s): " + ViolationsAssert.describe(found));
        }
        return this;
    }

    /**
     * Asserts that a rule of the report does not fail on a record.
     *
     * @param ruleId the rule's id
     * @param key the record's key
     * @return this assertion, for chaining
     */
    public ReviewReportAssert hasNoViolation(String ruleId, RecordKey key) {
        Objects.requireNonNull(key, "key");
        knownRule(ruleId);
        List<Violation> found = violationsOf(ruleId).stream().filter(v -> v.key().equals(key)).toList();
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expected rule " + ruleId + " to have no violation for record " + key
                    + " but it has: " + ViolationsAssert.describe(found));
        }
        return this;
    }

    /**
     * Asserts that no rule fails on any record.
     *
     * @return this assertion, for chaining
     */
    public ReviewReportAssert hasNoViolations() {
        isNotNull();
        if (!actual.violations().isEmpty()) {
            failWithMessage("%s", "Expected no violation but found " + actual.violations().size() + ": "
                    + actual.violations().stream().limit(10).map(v -> "rule " + v.ruleId() + " for "
                            + ViolationsAssert.describe(v)).collect(Collectors.joining("; ")));
        }
        return this;
    }

    /**
     * Asserts that every rule could be evaluated on every record.
     *
     * @return this assertion, for chaining
     */
    public ReviewReportAssert hasNoErrors() {
        isNotNull();
        if (!actual.errors().isEmpty()) {
            failWithMessage("%s", "Expected no evaluation error but found " + actual.errors().size() + ": "
                    + actual.errors().stream().limit(10).map(e -> "rule " + e.ruleId() + " on "
                            + ViolationsAssert.describeError(e)).collect(Collectors.joining("; ")));
        }
        return this;
    }

    /**
     * Asserts the number of records reviewed.
     *
     * @param records the expected number of records
     * @return this assertion, for chaining
     */
    public ReviewReportAssert hasRecords(int records) {
        isNotNull();
        if (actual.records() != records) {
            failWithMessage("%s", "Expected a report of " + records + " record(s) but it has " + actual.records());
        }
        return this;
    }

    /**
     * Selects the counts of a rule of the report.
     *
     * @param ruleId the rule's id
     * @return an assertion on the rule's counts
     */
    public RuleSummaryAssert summary(String ruleId) {
        return new RuleSummaryAssert(knownRule(ruleId));
    }

    /**
     * Asserts that a record is acceptable under the policy; the message says what blocks it.
     *
     * @param key the record's key
     * @param policy the policy that judges explanations
     * @return this assertion, for chaining
     */
    public ReviewReportAssert isAcceptable(RecordKey key, ExplanationPolicy policy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        isNotNull();
        if (!actual.isAcceptable(key, policy)) {
            List<String> why = blocking(key, policy);
            failWithMessage("%s", "Expected record " + key + " to be acceptable but it is not: "
                    + (why.isEmpty() ? "(no blocking violation found by this assertion)" : String.join("; ", why)));
        }
        return this;
    }

    /**
     * Asserts that a record is not acceptable under the policy; the message lists what it has.
     *
     * @param key the record's key
     * @param policy the policy that judges explanations
     * @return this assertion, for chaining
     */
    public ReviewReportAssert isNotAcceptable(RecordKey key, ExplanationPolicy policy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        isNotNull();
        if (actual.isAcceptable(key, policy)) {
            List<Violation> found = actual.violations(key);
            failWithMessage("%s", "Expected record " + key + " not to be acceptable but it is; its violations: "
                    + (found.isEmpty() ? "none" : found.stream().map(v -> "rule " + v.ruleId() + " ("
                            + v.severity() + (v.explanation().isPresent() ? ", explained" : "") + ")")
                            .collect(Collectors.joining(", "))));
        }
        return this;
    }

    private List<String> blocking(RecordKey key, ExplanationPolicy policy) {
        List<String> why = new ArrayList<>();
        for (Violation v : actual.violations(key)) {
            if (v.severity().blocksAcceptance()) {
                why.add("rule " + v.ruleId() + " (" + v.severity() + ") fails");
            } else if (v.severity() == Severity.VERIFY) {
                if (v.explanation().isEmpty()) {
                    why.add("rule " + v.ruleId() + " (VERIFY) fails without an explanation");
                } else {
                    policy.judge(v.explanation().get()).ifPresent(r -> why.add("rule " + v.ruleId()
                            + " (VERIFY) fails and its explanation \"" + v.explanation().get().text()
                            + "\" is rejected: " + r.code() + " " + r.messageEn()));
                }
            }
        }
        for (EvaluationError e : actual.errors()) {
            if (e.key().equals(key) && actual.summary(e.ruleId()).map(RuleSummary::severity)
                    .orElse(Severity.MANDATORY) != Severity.HINT) {
                why.add("rule " + e.ruleId() + " could not be evaluated: " + e.code() + " " + e.messageEn());
            }
        }
        return why;
    }

    private String errorsOf(String ruleId) {
        String errors = actual.errors().stream().filter(e -> e.ruleId().equals(ruleId)).limit(10)
                .map(ViolationsAssert::describeError).collect(Collectors.joining("; "));
        return errors.isEmpty() ? "" : "; evaluation errors: " + errors;
    }
}
