package org.statsbase.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SignOffPolicy;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionAction;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.TrailEvent;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;

/**
 * The submission workflow of statsbase-reporting under generated histories ({@link SubmissionHistories}):
 * one property per clause of issue 4 §2 and DOMAIN.md's reporting red lines. (These lived in
 * statsbase-reporting's tests with a generator of their own; they use the testkit's now.)
 */
class SubmissionsProperties {

    private static final ReportingWorld WORLD = ReportingWorld.standard();
    private static final EnumSet<Role> REVIEW_ROLES = EnumSet.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER,
            Role.OFFICE);

    @Provide
    Arbitrary<List<Attempt>> valid() {
        return SubmissionHistories.valid();
    }

    @Provide
    Arbitrary<List<Attempt>> withInvalid() {
        return SubmissionHistories.withInvalid();
    }

    /** Allowed transitions by allowed actors always succeed, each recorded as one DONE event. */
    @Property(tries = 100)
    void validHistoriesAlwaysSucceed(@ForAll("valid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        assertThat(run.outcomes()).allMatch(AttemptOutcome::isDone);
        List<TrailEvent> events = run.service().trail().events();
        assertThat(events).hasSize(1 + history.size());
        for (AttemptOutcome o : run.outcomes()) {
            assertTransition(o);
            TrailEvent done = events.get((int) o.sequence() - 1);
            assertThat(done.outcome()).isEqualTo(Outcome.DONE);
            assertThat(done.action()).isEqualTo(o.attempt().action().trailAction());
            assertThat(done.actor()).isEqualTo(o.attempt().actor().person().value());
        }
        for (Submission s : run.service().submissions()) {
            Statistics.label("final states").collect(s.state());
        }
    }

    /**
     * (a) Every attempt is either a transition the state machine allows or a refusal with the expected
     * code, recorded as a REFUSED event carrying the code, the action, the actor and the subject, which
     * changes nothing.
     */
    @Property(tries = 100)
    void invalidStepsAreRefusedAndRecordedWithTheirCodes(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        assertThat(run.unexpected()).isEmpty();
        List<TrailEvent> events = run.service().trail().events();
        assertThat(events).hasSize(1 + history.size());
        for (AttemptOutcome o : run.outcomes()) {
            Attempt a = o.attempt();
            TrailEvent e = events.get((int) o.sequence() - 1);
            assertThat(e.outcome()).isEqualTo(o.outcome());
            assertThat(e.action()).isEqualTo(a.action().trailAction());
            assertThat(e.actor()).isEqualTo(a.actor().person().value());
            assertThat(e.role()).isEqualTo(a.actor().role().name());
            assertThat(e.subject()).isEqualTo(a.key().subject());
            if (o.isDone()) {
                assertTransition(o);
            } else {
                assertThat(e.payload(ReportingEvents.ERROR)).isEqualTo(o.code());
                assertThat(o.after()).isEqualTo(o.before());
                Statistics.label("refused").collect(o.code().orElseThrow());
            }
        }
    }

    private static void assertTransition(AttemptOutcome o) {
        Submission after = o.after().orElseThrow();
        if (o.attempt().action() == SubmissionAction.CREATE) {
            assertThat(o.before()).isEmpty();
            assertThat(after.state()).isEqualTo(SubmissionState.DRAFT);
        } else {
            assertThat(o.attempt().action().next(o.before().orElseThrow().state())).contains(after.state());
        }
        assertThat(after.lastSequence()).isEqualTo(o.sequence());
    }

    /** (b) No attempt by a reviewer or the office changes a value, and every edit is by the unit or its proxy. */
    @Property(tries = 100)
    void reviewersNeverChangeAValue(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        for (AttemptOutcome o : run.outcomes()) {
            if (REVIEW_ROLES.contains(o.attempt().actor().role())) {
                assertThat(o.after().map(Submission::values)).isEqualTo(o.before().map(Submission::values));
            }
        }
        for (TrailEvent e : run.service().trail().events()) {
            if (e.outcome() == Outcome.DONE && SubmissionAction.ofTrailAction(e.action())
                    .filter(SubmissionAction::isEdit).isPresent()) {
                Role role = Role.valueOf(e.role());
                assertThat(role.isRespondent() || role == Role.PROXY_FILLER).as("%s", e).isTrue();
                if (role == Role.PROXY_FILLER) {
                    assertThat(e.payload(ReportingEvents.PROXY_AUTHORISATION)).isPresent();
                }
            }
        }
    }

    /** (c) A unit not in the register for the whole period never gets a submission: every attempt is refused. */
    @Property(tries = 100)
    void aUnitNotInTheRegisterNeverGetsASubmission(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        SubmissionKey late = WORLD.key(WORLD.unregisteredUnit());
        assertThat(run.service().state(late)).isEmpty();
        assertThat(run.service().trail().bySubject(late.subject())).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.payload(ReportingEvents.ERROR)).contains(ReportingError.NOT_IN_REGISTER.code());
        });
    }

    /**
     * (d) Submitting never succeeds past a mandatory or quasi-mandatory failure, an unexplained verify
     * failure or a missing signature — judged from the values by the rules' own arithmetic, not by the
     * service's review.
     */
    @Property(tries = 100)
    void noSubmitPastABlockingFailureOrAMissingSignature(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        ExplanationPolicy policy = run.service().explanationPolicy();
        for (AttemptOutcome o : run.outcomes()) {
            if (o.attempt().action() != SubmissionAction.SUBMIT) {
                continue;
            }
            if (o.isDone()) {
                Submission b = o.before().orElseThrow();
                assertThat(blocking(b, policy)).as("%s", b).isFalse();
                assertThat(b.signatures().keySet()).containsAll(SignOffPolicy.signatories());
                Statistics.label("submit").collect("done");
            } else if (o.code().equals(Optional.of(ReportingError.REVIEW_BLOCKS.code()))) {
                assertThat(blocking(o.before().orElseThrow(), policy)).isTrue();
                Statistics.label("submit").collect("blocked");
            } else if (o.code().equals(Optional.of(ReportingError.SIGNATURES_MISSING.code()))) {
                assertThat(o.before().orElseThrow().signatures().keySet()).hasSizeLessThan(3);
                Statistics.label("submit").collect("unsigned");
            }
        }
    }

    /** The oracle: R001 B01 present; R002 B02 ≤ B01; R003 B01 < 1 000 000 unless explained acceptably. */
    private static boolean blocking(Submission s, ExplanationPolicy policy) {
        Optional<BigDecimal> b01 = s.value("B01").filter(v -> !v.isBlank()).map(BigDecimal::new);
        Optional<BigDecimal> b02 = s.value("B02").filter(v -> !v.isBlank()).map(BigDecimal::new);
        if (b01.isEmpty()) {
            return true;
        }
        if (b02.isPresent() && b02.get().compareTo(b01.get()) > 0) {
            return true;
        }
        if (b01.get().compareTo(new BigDecimal(1_000_000)) >= 0) {
            return s.explanations().stream().noneMatch(x -> x.ruleId().equals("R003")
                    && policy.accepts(Explanation.of(x.text(), x.author().value(), x.at())));
        }
        return false;
    }

    /** (e) Replaying the trail gives the live state, and a new service on the same store recovers it. */
    @Property(tries = 100)
    void replayingTheTrailGivesTheLiveState(@ForAll("withInvalid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        Submissions live = run.service();
        List<SubmissionKey> keys = new ArrayList<>(WORLD.keys());
        keys.add(WORLD.key(WORLD.unregisteredUnit()));
        for (SubmissionKey key : keys) {
            assertThat(Submission.read(live.trail(), key)).isEqualTo(live.state(key));
            assertThat(Submission.replay(key, live.trail().events())).isEqualTo(live.state(key));
        }
        Submissions recovered = WORLD.submissions(run.store());
        assertThat(recovered.submissions()).isEqualTo(live.submissions());
        assertThat(recovered.authorisations("DEF")).isEqualTo(live.authorisations("DEF"));
        assertThat(recovered.trail().size()).isEqualTo(live.trail().size());
    }

    /** Replay equals live for valid histories too (they reach deeper states: accepted, forwarded, reopened). */
    @Property(tries = 100)
    void replayOfValidHistoriesGivesTheLiveState(@ForAll("valid") List<Attempt> history) {
        HistoryRun run = SubmissionHistories.run(WORLD, history);
        Map<SubmissionKey, Optional<Submission>> replayed = new HashMap<>();
        for (SubmissionKey key : WORLD.keys()) {
            replayed.put(key, Submission.replay(key, run.service().trail().events()));
            assertThat(replayed.get(key)).isEqualTo(run.service().state(key));
        }
        assertThat(WORLD.submissions(run.store()).submissions()).isEqualTo(run.service().submissions());
    }
}
