package org.statsbase.testkit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.review.RuleSummary;

/**
 * Assertions on the counts of one rule in a review report (R validate's {@code summary()}:
 * items, passes, fails, not applicable, errors).
 *
 * <p>Thread safety: not thread-safe (AssertJ assertion objects are used by one test thread).
 */
public final class RuleSummaryAssert extends AbstractAssert<RuleSummaryAssert, RuleSummary> {

    RuleSummaryAssert(RuleSummary actual) {
        super(actual, RuleSummaryAssert.class);
    }

    /** Describes the counts as reports and these messages show them. */
    static String counts(RuleSummary s) {
        return "items=" + s.items() + ", passes=" + s.passes() + ", fails=" + s.fails() + ", not_applicable="
                + s.notApplicable() + ", errors=" + s.errors();
    }

    /**
     * Asserts all five counts at once.
     *
     * @param items the expected records evaluated
     * @param passes the expected passes
     * @param fails the expected failures
     * @param notApplicable the expected not applicable records
     * @param errors the expected records not evaluable
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasCounts(long items, long passes, long fails, long notApplicable, long errors) {
        isNotNull();
        List<String> differ = new ArrayList<>();
        compare(differ, "items", items, actual.items());
        compare(differ, "passes", passes, actual.passes());
        compare(differ, "fails", fails, actual.fails());
        compare(differ, "not_applicable", notApplicable, actual.notApplicable());
        compare(differ, "errors", errors, actual.errors());
        if (!differ.isEmpty()) {
            failWithMessage("%s", "Expected rule " + actual.ruleId() + " to have items=" + items + ", passes="
                    + passes + ", fails=" + fails + ", not_applicable=" + notApplicable + ", errors=" + errors
                    + " but it had " + counts(actual) + " (differing: " + String.join(", ", differ) + ")");
        }
        return this;
    }

    private static void compare(List<String> differ, String name, long expected, long found) {
        if (expected != found) {
            differ.add(name + " " + found + " instead of " + expected);
        }
    }

    /**
     * Asserts the number of passes.
     *
     * @param passes the expected number
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasPasses(long passes) {
        return count("passes", passes, actual == null ? 0 : actual.passes());
    }

    /**
     * Asserts the number of failures.
     *
     * @param fails the expected number
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasFails(long fails) {
        return count("fails", fails, actual == null ? 0 : actual.fails());
    }

    /**
     * Asserts the number of records the rule did not apply to.
     *
     * @param notApplicable the expected number
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasNotApplicable(long notApplicable) {
        return count("not_applicable", notApplicable, actual == null ? 0 : actual.notApplicable());
    }

    /**
     * Asserts the number of records the rule could not be evaluated on.
     *
     * @param errors the expected number
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasErrors(long errors) {
        return count("errors", errors, actual == null ? 0 : actual.errors());
    }

    private RuleSummaryAssert count(String name, long expected, long found) {
        isNotNull();
        if (expected != found) {
            failWithMessage("%s", "Expected rule " + actual.ruleId() + " to have " + name + "=" + expected
                    + " but it had " + name + "=" + found + " (" + counts(actual) + ")");
        }
        return this;
    }

    /**
     * Asserts the rule's level.
     *
     * @param severity the expected level
     * @return this assertion, for chaining
     */
    public RuleSummaryAssert hasSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        isNotNull();
        if (actual.severity() != severity) {
            failWithMessage("%s", "Expected rule " + actual.ruleId() + " to be " + severity + " but it is "
                    + actual.severity());
        }
        return this;
    }
}
