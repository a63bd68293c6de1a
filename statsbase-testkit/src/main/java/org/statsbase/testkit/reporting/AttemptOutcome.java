package org.statsbase.testkit.reporting;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.reporting.Submission;
import org.statsbase.trail.Outcome;

/**
 * What became of one {@link Attempt}: carried out ({@link Outcome#DONE}) or refused with a code
 * ({@link Outcome#REFUSED}, recorded in the trail as 数据采集审核报送制度 and 国统字〔2012〕12号 require of
 * a refused attempt), the trail sequence of the event recording it, and the submission before and after.
 *
 * @param attempt  the attempt
 * @param outcome  DONE or REFUSED
 * @param code     the refusal's code ({@code SB-REP-NNNN}); empty when done
 * @param sequence the sequence of the trail event recording the attempt
 * @param before   the submission before the attempt (empty when not yet created)
 * @param after    the submission after it
 *
 * <p>Thread safety: immutable.
 */
public record AttemptOutcome(Attempt attempt, Outcome outcome, Optional<String> code, long sequence,
        Optional<Submission> before, Optional<Submission> after) {

    /**
     * Validates the components.
     *
     * @param attempt the attempt
     * @param outcome DONE or REFUSED
     * @param code the refusal's code ({@code SB-REP-NNNN}); empty when done
     * @param sequence the sequence of the trail event recording the attempt
     * @param before the submission before the attempt (empty when not yet created)
     * @param after the submission after it
     */
    public AttemptOutcome {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if ((outcome == Outcome.REFUSED) != code.isPresent()) {
            throw new IllegalArgumentException("a refusal has a code, a done step none");
        }
    }

    /**
     * Whether the step was carried out.
     *
     * @return {@code true} when the step was done, {@code false} when it was refused
     */
    public boolean isDone() {
        return outcome == Outcome.DONE;
    }

    /**
     * Whether it went as the attempt expected: done when expected to succeed, else refused with the expected code.
     *
     * @return {@code true} when the outcome matches the attempt's expectation
     */
    public boolean asExpected() {
        return attempt.expectedRefusal().map(c -> code.equals(Optional.of(c.code()))).orElse(isDone());
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + attempt + " -> " + outcome + code.map(c -> " " + c).orElse("");
    }
}
