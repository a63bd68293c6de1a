package org.statsbase.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionAction;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.trail.Outcome;

/** The runner on a hand-written history: outcomes, codes, and expectations that do not hold. */
class SubmissionHistoriesTest {

    private static final ReportingWorld WORLD = ReportingWorld.standard();
    private static final SubmissionKey K = WORLD.key("U1");
    private static final Actor FILLER = Actor.staff(PersonId.of("wang.fang.0101"), Role.FILLER, "U1");
    private static final Actor TOWNSHIP = Actor.official(PersonId.of("zhao.lei.0201"), Role.TOWNSHIP_REVIEWER,
            DivisionCode.parse("500105001000"));

    @Test
    void theRunnerRecordsEachOutcomeWithItsCode() {
        HistoryRun run = SubmissionHistories.run(WORLD, List.of(
                Attempt.of(SubmissionAction.CREATE, FILLER, K),
                Attempt.enter(TOWNSHIP, K, Map.of("B01", "5")).refusedWith(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL),
                Attempt.of(SubmissionAction.SUBMIT, FILLER, K).refusedWith(ReportingError.SIGNATURES_MISSING),
                Attempt.of(SubmissionAction.CREATE, FILLER, WORLD.key("LATE"))
                        .refusedWith(ReportingError.NOT_IN_REGISTER)));
        assertThat(run.unexpected()).isEmpty();
        assertThat(run.outcomes()).extracting(AttemptOutcome::outcome)
                .containsExactly(Outcome.DONE, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(run.outcomes().get(1).code()).contains("SB-REP-0203");
        // the proxy authorisation is event 1, the attempts follow
        assertThat(run.outcomes()).extracting(AttemptOutcome::sequence).containsExactly(2L, 3L, 4L, 5L);
        assertThat(run.outcomes().get(0).after().map(s -> s.state())).contains(SubmissionState.DRAFT);
    }

    @Test
    void anExpectationTheServiceDoesNotMeetIsReported() {
        HistoryRun run = SubmissionHistories.run(WORLD, List.of(
                Attempt.of(SubmissionAction.CREATE, FILLER, K).refusedWith(ReportingError.NOT_OWN_STAFF),
                Attempt.of(SubmissionAction.ACCEPT, TOWNSHIP, K)));
        assertThat(run.unexpected()).hasSize(2);
        assertThat(run.unexpected().get(1).code()).contains(ReportingError.STEP_NOT_ALLOWED_IN_STATE.code());
    }

    @Test
    void theWorldRecoversOverTheSameStoreWithoutASecondAuthorisation() {
        HistoryRun run = SubmissionHistories.run(WORLD, List.of(Attempt.of(SubmissionAction.CREATE, WORLD.proxy(),
                WORLD.key("DEF"))));
        assertThat(run.unexpected()).isEmpty();
        assertThat(WORLD.submissions(run.store()).authorisations("DEF")).hasSize(1);
        assertThat(run.outcomes().get(0).after().orElseThrow().key()).isEqualTo(WORLD.key("DEF"));
        assertThat(run.outcomes().get(0).code()).isEqualTo(Optional.empty());
    }
}
