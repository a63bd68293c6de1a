package org.statsbase.reporting;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.org.PersonId;

/**
 * A reviewer's query on a submission (审核查询), asked alone or with a return (退回), and the
 * respondent's answer once given (数据采集审核报送制度: reviewers query and return, the unit answers
 * and corrects its own data, 国统字〔2012〕12号).
 *
 * @param id       the query id, unique within its submission ({@code Q1}, {@code Q2} …)
 * @param text     the question
 * @param by       the reviewer who asked
 * @param role     the reviewer's role
 * @param returned whether it came with a return ({@link ReportingEvents#RETURN})
 * @param at       when it was asked
 * @param sequence the sequence of the event that asked it
 * @param answer   the answer, once given
 *
 * <p>Thread safety: immutable.
 */
public record ReviewQuery(String id, String text, PersonId by, Role role, boolean returned, Instant at, long sequence,
        Optional<String> answer) {

    /**
     * Validates the components.
     *
     * @param id       the query id, unique within its submission ({@code Q1}, {@code Q2} …)
     * @param text     the question
     * @param by       the reviewer who asked
     * @param role     the reviewer's role
     * @param returned whether it came with a return ({@link ReportingEvents#RETURN})
     * @param at       when it was asked
     * @param sequence the sequence of the event that asked it
     * @param answer   the answer, once given
     */
    public ReviewQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(answer, "answer");
    }

    /**
     * Whether the respondent has answered.
     *
     * @return true when the respondent has answered
     */
    public boolean answered() {
        return answer.isPresent();
    }

    /**
     * This query answered with {@code text}.
     *
     * @param text the answer, not blank
     * @return a new query; this one is unchanged
     */
    public ReviewQuery withAnswer(String text) {
        return new ReviewQuery(id, this.text, by, role, returned, at, sequence, Optional.of(text));
    }
}
