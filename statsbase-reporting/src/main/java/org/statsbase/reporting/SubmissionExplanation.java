package org.statsbase.reporting;

import java.time.Instant;
import java.util.Objects;
import org.statsbase.core.org.PersonId;
import org.statsbase.validation.review.Explanation;

/**
 * A written explanation (情况说明) the respondent gave for a VERIFY (核实性) review failure of its
 * submission: a verify failure may stand only with a real written explanation (DOMAIN.md, "Review";
 * “核实无误” alone is not one).
 *
 * @param ruleId   the rule explained
 * @param record   the record key text the explanation is for ({@code RecordKey#toString()})
 * @param text     the explanation
 * @param author   who wrote it
 * @param at       when
 * @param sequence the sequence of the {@link ReportingEvents#EXPLAIN} event
 *
 * <p>Thread safety: immutable.
 */
public record SubmissionExplanation(String ruleId, String record, String text, PersonId author, Instant at,
        long sequence) {

    /**
     * Validates the components.
     *
     * @param ruleId   the rule explained
     * @param record   the record key text the explanation is for ({@code RecordKey#toString()})
     * @param text     the explanation
     * @param author   who wrote it
     * @param at       when
     * @param sequence the sequence of the {@link ReportingEvents#EXPLAIN} event
     */
    public SubmissionExplanation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /**
     * As statsbase-validation's {@link Explanation}, to apply to a review report.
     *
     * @return the explanation: its text, author and time, for {@code ReviewReport.explain}
     */
    public Explanation toExplanation() {
        return Explanation.of(text, author.value(), at);
    }
}
