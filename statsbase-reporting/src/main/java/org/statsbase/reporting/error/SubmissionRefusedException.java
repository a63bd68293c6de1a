package org.statsbase.reporting.error;

import java.util.List;
import java.util.Objects;
import org.statsbase.core.error.ErrorCode;

/**
 * A reporting step that was refused: the code names the rule (a red line of 国统字〔2012〕12号, a
 * transition the state does not allow, a missing signature under 统计法 2009 第二十一条, a blocking
 * review failure), and the refused attempt is already in the trail as a {@code REFUSED} event — its
 * sequence is {@link #refusalSequence()}.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class SubmissionRefusedException extends ReportingException {

    private static final long serialVersionUID = 1L;

    /** The trail action attempted, for example {@code submission.enter}. */
    private final String action;
    /** The trail subject it was attempted on. */
    private final String subject;
    /** The sequence of the REFUSED trail event that records the attempt. */
    private final long refusalSequence;
    /** The ids of the rules that blocked a submission, in rule order; empty for other refusals. */
    private final List<String> blockingRules;

    /**
     * @param code            the rule that refused
     * @param action          the trail action attempted
     * @param subject         the trail subject it was attempted on
     * @param refusalSequence the sequence of the REFUSED event recording the attempt
     * @param blockingRules   for a submission blocked by review, the rules that blocked (else empty)
     * @param args            the code's message arguments
     */
    public SubmissionRefusedException(ErrorCode code, String action, String subject, long refusalSequence,
            List<String> blockingRules, Object... args) {
        super(code, args);
        this.action = Objects.requireNonNull(action, "action");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.refusalSequence = refusalSequence;
        this.blockingRules = List.copyOf(blockingRules);
    }

    /**
     * The trail action attempted, for example {@code submission.enter}.
     *
     * @return the trail action attempted, for example {@code submission.enter}
     */
    public String action() {
        return action;
    }

    /**
     * The trail subject it was attempted on.
     *
     * @return the trail subject it was attempted on
     */
    public String subject() {
        return subject;
    }

    /**
     * The sequence of the REFUSED trail event that records the attempt.
     *
     * @return the sequence of the REFUSED trail event that records the attempt
     */
    public long refusalSequence() {
        return refusalSequence;
    }

    /**
     * The ids of the rules that blocked a submission, in rule order; empty for other refusals.
     *
     * @return the ids of the rules that blocked a submission, in rule order; empty for other refusals
     */
    public List<String> blockingRules() {
        return blockingRules;
    }
}
