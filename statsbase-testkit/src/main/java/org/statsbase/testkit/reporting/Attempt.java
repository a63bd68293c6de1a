package org.statsbase.testkit.reporting;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionAction;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.SubmissionRefusedException;

/**
 * One attempted step of the reporting cycle (数据采集审核报送制度): who tries which
 * {@link SubmissionAction} on which submission, with the step's arguments, and what a generated history
 * expects of it — success, or refusal with a given {@link ReportingError} (a red line of
 * 国统字〔2012〕12号, a transition the state does not allow, a missing signature under 统计法 2009
 * 第二十一条, a blocking review failure).
 *
 * @param action          the step
 * @param key             the submission
 * @param actor           who attempts it
 * @param values          the values of {@link SubmissionAction#ENTER} (indicator → value); empty otherwise
 * @param reference       the rule id of {@link SubmissionAction#EXPLAIN}, the query id of
 *                        {@link SubmissionAction#ANSWER}, the institution of {@link SubmissionAction#FORWARD};
 *                        {@code ""} otherwise
 * @param text            the explanation, query, answer or reopening reason; {@code ""} for steps without text
 * @param expectedRefusal the code the step must be refused with; empty when it must succeed
 *
 * <p>Thread safety: immutable.
 */
public record Attempt(SubmissionAction action, SubmissionKey key, Actor actor, Map<String, String> values,
        String reference, String text, Optional<ReportingError> expectedRefusal) {

    /**
     * Validates and copies the components.
     *
     * @param action the step
     * @param key the submission
     * @param actor who attempts it
     * @param values the values of {@link SubmissionAction#ENTER} (indicator → value); empty otherwise
     * @param reference the rule id of {@link SubmissionAction#EXPLAIN}, the query id of
     *                  {@link SubmissionAction#ANSWER}, the institution of {@link SubmissionAction#FORWARD}; {@code ""}
     *                  otherwise
     * @param text the explanation, query, answer or reopening reason; {@code ""} for steps without text
     * @param expectedRefusal the code the step must be refused with; empty when it must succeed
     */
    public Attempt {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectedRefusal, "expectedRefusal");
    }

    /**
     * An attempt expected to succeed, of a step without values, reference or text (create, sign, submit, accept, approve reopening).
     *
     * @param action a step without values, reference or text
     * @param actor who attempts it
     * @param key the submission
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt of(SubmissionAction action, Actor actor, SubmissionKey key) {
        return new Attempt(action, key, actor, Map.of(), "", "", Optional.empty());
    }

    /**
     * Entering {@code values} (填报).
     *
     * @param actor who enters
     * @param key the submission
     * @param values indicator code → value as typed
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt enter(Actor actor, SubmissionKey key, Map<String, String> values) {
        return new Attempt(SubmissionAction.ENTER, key, actor, values, "", "", Optional.empty());
    }

    /**
     * Explaining the verify failure of {@code ruleId} (情况说明).
     *
     * @param actor who explains
     * @param key the submission
     * @param ruleId the failing {@code VERIFY} rule
     * @param text the explanation
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt explain(Actor actor, SubmissionKey key, String ruleId, String text) {
        return new Attempt(SubmissionAction.EXPLAIN, key, actor, Map.of(), ruleId, text, Optional.empty());
    }

    /**
     * A query (查询), or with {@code returning} a return with a query (退回).
     *
     * @param actor who queries
     * @param key the submission
     * @param returning {@code true} to return the submission to the unit with the query
     * @param text the query
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt query(Actor actor, SubmissionKey key, boolean returning, String text) {
        return new Attempt(returning ? SubmissionAction.RETURN : SubmissionAction.QUERY, key, actor, Map.of(), "",
                text, Optional.empty());
    }

    /**
     * Answering the query {@code queryId} (答复).
     *
     * @param actor who answers
     * @param key the submission
     * @param queryId the query answered
     * @param text the answer
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt answer(Actor actor, SubmissionKey key, String queryId, String text) {
        return new Attempt(SubmissionAction.ANSWER, key, actor, Map.of(), queryId, text, Optional.empty());
    }

    /**
     * Forwarding to {@code institution} (上报).
     *
     * @param actor who forwards
     * @param key the submission
     * @param institution the institution forwarded to
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt forward(Actor actor, SubmissionKey key, String institution) {
        return new Attempt(SubmissionAction.FORWARD, key, actor, Map.of(), institution, "", Optional.empty());
    }

    /**
     * Asking to reopen for {@code reason} (申请重开).
     *
     * @param actor who asks
     * @param key the submission
     * @param reason why it should be reopened
     * @return the attempt, expected to succeed (see {@link #refusedWith})
     */
    public static Attempt requestReopen(Actor actor, SubmissionKey key, String reason) {
        return new Attempt(SubmissionAction.REOPEN_REQUEST, key, actor, Map.of(), "", reason, Optional.empty());
    }

    /**
     * This attempt, expected to be refused with {@code code}.
     *
     * @param code the refusal code expected
     * @return a new attempt; this one is unchanged
     */
    public Attempt refusedWith(ReportingError code) {
        return new Attempt(action, key, actor, values, reference, text,
                Optional.of(Objects.requireNonNull(code, "code")));
    }

    /**
     * Whether the attempt is expected to succeed.
     *
     * @return {@code true} when no refusal is expected
     */
    public boolean expectedToSucceed() {
        return expectedRefusal.isEmpty();
    }

    /**
     * Takes the step on {@code service}.
     *
     * @param service the service to take the step on
     * @return the submission after the step
     * @throws SubmissionRefusedException when the service refuses it (the refusal is in the trail)
     */
    public Submission perform(Submissions service) {
        Objects.requireNonNull(service, "service");
        return switch (action) {
            case CREATE -> service.create(actor, key);
            case ENTER -> service.enter(actor, key, values);
            case EXPLAIN -> service.explain(actor, key, reference, text);
            case SIGN -> service.sign(actor, key);
            case SUBMIT -> service.submit(actor, key);
            case QUERY -> service.query(actor, key, text);
            case RETURN -> service.returnWithQuery(actor, key, text);
            case ANSWER -> service.answer(actor, key, reference, text);
            case ACCEPT -> service.accept(actor, key);
            case FORWARD -> service.forward(actor, key, reference);
            case REOPEN_REQUEST -> service.requestReopen(actor, key, text);
            case REOPEN_APPROVE -> service.approveReopen(actor, key);
        };
    }

    @Override
    public String toString() {
        return action + " " + key.unitId() + " by " + actor
                + (values.isEmpty() ? "" : " " + values)
                + (reference.isEmpty() ? "" : " ref=" + reference)
                + (text.isEmpty() ? "" : " \"" + text + "\"")
                + expectedRefusal.map(c -> " (expect " + c.code() + ")").orElse("");
    }
}
