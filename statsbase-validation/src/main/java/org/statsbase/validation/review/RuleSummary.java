package org.statsbase.validation.review;

import java.util.Objects;
import org.statsbase.core.level.Severity;

/**
 * The counts of one rule over one review, as R validate's {@code summary()} gives them:
 * {@code items = passes + fails + notApplicable + errors}, one item per record.
 *
 * @param ruleId        the rule
 * @param severity      its level
 * @param items         records evaluated
 * @param passes        records where the check came out true
 * @param fails         records where the check came out false
 * @param notApplicable records where the check came out missing or the {@code when} condition was not true
 * @param errors        records on which the rule could not be evaluated
 *
 * <p>Thread safety: immutable.
 */
public record RuleSummary(String ruleId, Severity severity, long items, long passes, long fails, long notApplicable,
        long errors) {

    /**
     * Validates that the counts add up.
     *
     * @param ruleId the rule
     * @param severity its level
     * @param items records evaluated
     * @param passes records where the check came out true
     * @param fails records where the check came out false
     * @param notApplicable records where the check came out missing or the {@code when} condition was not true
     * @param errors records on which the rule could not be evaluated
     */
    public RuleSummary {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        if (passes < 0 || fails < 0 || notApplicable < 0 || errors < 0
                || items != passes + fails + notApplicable + errors) {
            throw new IllegalArgumentException("counts do not add up: " + items + " != " + passes + " + " + fails
                    + " + " + notApplicable + " + " + errors);
        }
    }
}
