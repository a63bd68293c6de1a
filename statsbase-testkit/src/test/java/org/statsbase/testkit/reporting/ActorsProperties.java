package org.statsbase.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionAction;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.testkit.code.DivisionCodes;
import org.statsbase.trail.Outcome;

/** The actor generators give what they promise, and the service treats them as the red lines say. */
class ActorsProperties {

    private static final ReportingWorld WORLD = ReportingWorld.standard();

    @Provide
    Arbitrary<DivisionCode> locations() {
        return Arbitraries.oneOf(DivisionCodes.atLevel(DivisionLevel.VILLAGE),
                DivisionCodes.atLevel(DivisionLevel.TOWNSHIP), Arbitraries.of(WORLD.location("U1"),
                        WORLD.location("U2"), WORLD.location("DEF")));
    }

    @Property(tries = 100)
    void staffActForTheirUnitInARespondentRole(@ForAll("units") String unit) {
        Actor a = Actors.staffOf(unit).sample();
        assertThat(a.isStaffOf(unit)).isTrue();
        assertThat(a.role().isRespondent()).isTrue();
        assertThat(Actors.staffOf(unit, Role.UNIT_HEAD).sample().role()).isEqualTo(Role.UNIT_HEAD);
        assertThat(Actors.staffOfOtherUnits(unit).sample().isStaffOf(unit)).isFalse();
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.oneOf(Arbitraries.of(WORLD.registeredUnits()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(18));
    }

    @Property(tries = 100)
    void coveringReviewersCoverTheLocation(@ForAll("locations") DivisionCode location) {
        Actor reviewer = Actors.reviewersCovering(location).sample();
        assertThat(reviewer.role()).isIn(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER);
        assertThat(location.isWithin(reviewer.jurisdiction().orElseThrow())).isTrue();
    }

    @Property(tries = 100)
    void otherReviewersDoNotCoverTheLocation(@ForAll("locations") DivisionCode location) {
        Actor reviewer = Actors.reviewersNotCovering(location).sample();
        assertThat(reviewer.role()).isIn(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER);
        assertThat(location.isWithin(reviewer.jurisdiction().orElseThrow())).isFalse();
    }

    /** {@code @ForAll Actor} works through the provider and never gives the system, which takes no steps. */
    @Property(tries = 200)
    void anyActorIsAPersonInAReportingRole(@ForAll Actor actor) {
        assertThat(actor.role()).isNotEqualTo(Role.SYSTEM);
        assertThat(actor.unitId().isPresent()).isEqualTo(actor.role().isRespondent());
        assertThat(actor.person().value()).matches("[a-z]+\\.[a-z]+\\.\\d{4}");
    }

    @Property(tries = 200)
    void submissionKeysSurviveTheirSubject(@ForAll SubmissionKey key) {
        assertThat(SubmissionKey.parseSubject(key.subject())).isEqualTo(key);
    }

    @Property(tries = 100)
    void officialsCoverTheirJurisdiction(@ForAll("locations") DivisionCode jurisdiction) {
        assertThat(Actors.officials(jurisdiction).sample().jurisdiction()).contains(jurisdiction);
        assertThat(Actors.offices(jurisdiction).sample().role()).isEqualTo(Role.OFFICE);
        assertThat(Actors.proxyFillers(jurisdiction).sample().role()).isEqualTo(Role.PROXY_FILLER);
    }

    /** Reviewers accept only within their area (国统字〔2012〕12号): inside, done; outside, SB-REP-0204. */
    @Property(tries = 50)
    void acceptingIsForReviewersCoveringTheUnit(@ForAll("outsiders") Actor outsider, @ForAll("insiders") Actor insider) {
        SubmissionKey k = WORLD.key("U1");
        HistoryRun run = SubmissionHistories.run(WORLD, List.of(
                Attempt.of(SubmissionAction.CREATE, Actors.staffOf("U1").sample(), k),
                Attempt.enter(Actors.staffOf("U1").sample(), k, java.util.Map.of("B01", "1200", "B02", "1100")),
                Attempt.of(SubmissionAction.SIGN, Actors.staffOf("U1", Role.FILLER).sample(), k),
                Attempt.of(SubmissionAction.SIGN, Actors.staffOf("U1", Role.STATISTICS_LEAD).sample(), k),
                Attempt.of(SubmissionAction.SIGN, Actors.staffOf("U1", Role.UNIT_HEAD).sample(), k),
                Attempt.of(SubmissionAction.SUBMIT, Actors.staffOf("U1").sample(), k),
                Attempt.of(SubmissionAction.ACCEPT, outsider, k).refusedWith(ReportingError.OUTSIDE_JURISDICTION),
                Attempt.of(SubmissionAction.ACCEPT, insider, k)));
        assertThat(run.unexpected()).isEmpty();
        assertThat(run.outcomes().get(run.outcomes().size() - 1).outcome()).isEqualTo(Outcome.DONE);
    }

    @Provide
    Arbitrary<Actor> outsiders() {
        return Actors.reviewersNotCovering(WORLD.location("U1"));
    }

    @Provide
    Arbitrary<Actor> insiders() {
        return Actors.reviewersCovering(WORLD.location("U1"));
    }
}
