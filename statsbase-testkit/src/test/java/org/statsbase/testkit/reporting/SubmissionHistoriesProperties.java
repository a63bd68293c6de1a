package org.statsbase.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;

/**
 * The history generators themselves: they reach every state and every kind of refusal they promise,
 * and their explanation texts are judged as they say.
 */
class SubmissionHistoriesProperties {

    private static final ReportingWorld WORLD = ReportingWorld.standard();

    @Provide
    Arbitrary<List<Attempt>> valid() {
        return SubmissionHistories.valid();
    }

    @Provide
    Arbitrary<List<Attempt>> withInvalid() {
        return SubmissionHistories.withInvalid();
    }

    // A fixed seed: the coverage check is statistical, and a build must not fail by chance.
    @Property(tries = 150, seed = "20261127")
    void validHistoriesReachEveryState(@ForAll("valid") List<Attempt> history) {
        assertThat(history).allMatch(Attempt::expectedToSucceed);
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        for (AttemptOutcome o : run.outcomes()) {
            Statistics.label("states").collect(o.after().map(Submission::state).orElseThrow());
        }
        Statistics.label("states").coverage(c -> {
            for (SubmissionState s : SubmissionState.values()) {
                c.check(s).count(n -> n > 0);
            }
        });
    }

    // A fixed seed: the coverage check is statistical, and a build must not fail by chance.
    @Property(tries = 150, seed = "20261127")
    void invalidHistoriesRefuseForEveryReason(@ForAll("withInvalid") List<Attempt> history) {
        for (Attempt a : history) {
            a.expectedRefusal().ifPresent(code -> Statistics.label("expected").collect(code));
        }
        Statistics.label("expected").coverage(c -> {
            for (ReportingError e : List.of(ReportingError.NOT_IN_REGISTER, ReportingError.NOT_OWN_STAFF,
                    ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, ReportingError.ROLE_MAY_NOT,
                    ReportingError.OUTSIDE_JURISDICTION, ReportingError.NOT_DEFENCE_INDUSTRY,
                    ReportingError.PROXY_NOT_AUTHORISED, ReportingError.STEP_NOT_ALLOWED_IN_STATE,
                    ReportingError.NO_SUBMISSION, ReportingError.ALREADY_CREATED, ReportingError.SIGNATURES_MISSING,
                    ReportingError.REVIEW_BLOCKS, ReportingError.OPEN_QUERIES, ReportingError.EXPLANATION_REJECTED,
                    ReportingError.NOT_A_VERIFY_FAILURE, ReportingError.UNKNOWN_QUERY)) {
                c.check(e).count(n -> n > 0);
            }
        });
    }

    /** The example of {@link SubmissionHistories}' Javadoc, kept honest. */
    @Property(tries = 50)
    void forwardedOnlyAfterAcceptance(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(ReportingWorld.standard(), history);
        assertThat(run.unexpected()).isEmpty();
        for (Submission s : run.service().submissions()) {
            if (s.state() == SubmissionState.FORWARDED) {
                assertThat(s.accepted()).isPresent();
            }
        }
    }

    @Property(tries = 20)
    void acceptedExplanationsAreAcceptedAndBoilerplateIsNot(
            @ForAll("accepted") String good, @ForAll("boilerplate") String bad) {
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        Instant at = WORLD.clock().instant();
        assertThat(policy.accepts(Explanation.of(good, "wang.fang.0001", at))).isTrue();
        assertThat(policy.accepts(Explanation.of(bad, "wang.fang.0001", at))).isFalse();
    }

    @Provide
    Arbitrary<String> accepted() {
        return SubmissionHistories.acceptedExplanations();
    }

    @Provide
    Arbitrary<String> boilerplate() {
        return SubmissionHistories.boilerplateExplanations();
    }
}
