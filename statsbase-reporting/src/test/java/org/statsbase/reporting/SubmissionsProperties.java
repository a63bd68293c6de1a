package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.reporting.ReportingFixture.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;

/**
 * The workflow under random sequences of attempts by every kind of actor: one property per clause of
 * issue 4 §2 and DOMAIN.md's red lines.
 */
class SubmissionsProperties {

    private static final List<Actor> ACTORS = List.of(FILLER, LEAD, HEAD, U2_FILLER, DEF_LEAD, DEF_HEAD, LATE_FILLER,
            TOWNSHIP, TOWNSHIP_B_REVIEWER, COUNTY_REVIEWER, FOREIGN_REVIEWER, OFFICE, PROXY);
    private static final List<Actor> U1_STAFF = List.of(FILLER, LEAD, HEAD);
    private static final List<Actor> DEF_STAFF = List.of(PROXY, DEF_LEAD, DEF_HEAD);
    private static final List<Actor> REVIEWERS = List.of(TOWNSHIP, COUNTY_REVIEWER);
    private static final List<SubmissionKey> KEYS = List.of(K1, KDEF, KLATE);
    private static final List<Map<String, String>> VALUES = List.of(GOOD, Map.of("B01", ""), GOOD,
            Map.of("B02", "999999"), Map.of("B01", "2500000", "B02", "10"), Map.of("B01", "5", "B02", "1"));
    private static final EnumSet<Role> REVIEW_ROLES = EnumSet.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER,
            Role.OFFICE);

    /**
     * One attempt: the step, on which key, by whom ({@code plausible} picks an actor who could take it;
     * otherwise anybody), and a variant choosing values, texts and query ids.
     */
    record Attempt(SubmissionAction action, int key, boolean plausible, int actor, int variant) {

        SubmissionKey submissionKey() {
            return KEYS.get(key);
        }

        Actor who() {
            if (!plausible) {
                return ACTORS.get(actor % ACTORS.size());
            }
            List<Actor> pool = !action.isRespondentStep() ? REVIEWERS
                    : submissionKey().equals(KDEF) ? DEF_STAFF
                    : submissionKey().equals(KLATE) ? List.of(LATE_FILLER) : U1_STAFF;
            return pool.get(actor % pool.size());
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return sequences(Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2)), 75);
    }

    @Provide
    Arbitrary<List<Attempt>> reviewerHeavyAttempts() {
        return sequences(Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2)), 40);
    }

    @Provide
    Arbitrary<List<Attempt>> lateHeavyAttempts() {
        return sequences(Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(3, 2)), 75);
    }

    /**
     * Sequences of segments: mostly single random attempts, sometimes a respondent's run (create, enter,
     * maybe explain, the three signatures, submit), a reviewer's run (query or return, answer, accept,
     * forward) or a reopening (request, approve), so that random sequences reach every state.
     */
    private static Arbitrary<List<Attempt>> sequences(Arbitrary<Integer> keys, int plausiblePercent) {
        Arbitrary<Integer> variants = Arbitraries.integers().between(0, 1000);
        Arbitrary<List<Attempt>> single = attempt(keys, plausiblePercent).map(List::of);
        Arbitrary<List<Attempt>> respondent = Combinators.combine(keys, variants, Arbitraries.of(true, false))
                .as(SubmissionsProperties::respondentRun);
        Arbitrary<List<Attempt>> reviewer = Combinators.combine(keys, variants).as(SubmissionsProperties::reviewerRun);
        Arbitrary<List<Attempt>> reopen = Combinators.combine(keys, variants).as(SubmissionsProperties::reopenRun);
        Arbitrary<List<Attempt>> cycle = Combinators.combine(keys, variants).as((k, v) -> {
            List<Attempt> run = new ArrayList<>(respondentRun(k, 0, v % 2 == 0));
            run.addAll(reviewerRun(k, v));
            run.addAll(reopenRun(k, v));
            return run;
        });
        return Arbitraries.frequencyOf(Tuple.of(6, single), Tuple.of(3, respondent), Tuple.of(2, reviewer),
                        Tuple.of(1, reopen), Tuple.of(1, cycle))
                .list().ofMinSize(3).ofMaxSize(12)
                .map(runs -> runs.stream().flatMap(List::stream).toList());
    }

    /** Create, enter, maybe explain, sign (one signature left out now and then), submit. */
    private static List<Attempt> respondentRun(int k, int v, boolean explain) {
        List<Attempt> run = new ArrayList<>();
        run.add(new Attempt(SubmissionAction.CREATE, k, true, 0, v));
        run.add(new Attempt(SubmissionAction.ENTER, k, true, 0, v));
        if (explain) {
            run.add(new Attempt(SubmissionAction.EXPLAIN, k, true, 1, 1));
        }
        for (int signer = 0; signer < 3; signer++) {
            if (v % 5 != 1 || signer != v % 3) {
                run.add(new Attempt(SubmissionAction.SIGN, k, true, signer, v));
            }
        }
        run.add(new Attempt(SubmissionAction.SUBMIT, k, true, 0, v));
        return run;
    }

    private static List<Attempt> reviewerRun(int k, int v) {
        List<Attempt> run = new ArrayList<>();
        if (v % 4 != 0) {
            run.add(new Attempt(v % 2 == 0 ? SubmissionAction.QUERY : SubmissionAction.RETURN, k, true, v, v));
            run.add(new Attempt(SubmissionAction.ANSWER, k, true, v, 0));
        }
        run.add(new Attempt(SubmissionAction.ACCEPT, k, true, v, v));
        if (v % 3 == 0) {
            run.add(new Attempt(SubmissionAction.FORWARD, k, true, v, v));
        }
        return run;
    }

    private static List<Attempt> reopenRun(int k, int v) {
        return List.of(new Attempt(SubmissionAction.REOPEN_REQUEST, k, true, v, v),
                new Attempt(SubmissionAction.REOPEN_APPROVE, k, true, v, v));
    }

    private static Arbitrary<Attempt> attempt(Arbitrary<Integer> keys, int plausiblePercent) {
        Arbitrary<SubmissionAction> actions = Arbitraries.frequency(
                Tuple.of(2, SubmissionAction.CREATE), Tuple.of(3, SubmissionAction.ENTER),
                Tuple.of(2, SubmissionAction.EXPLAIN), Tuple.of(6, SubmissionAction.SIGN),
                Tuple.of(3, SubmissionAction.SUBMIT), Tuple.of(1, SubmissionAction.QUERY),
                Tuple.of(2, SubmissionAction.RETURN), Tuple.of(2, SubmissionAction.ANSWER),
                Tuple.of(2, SubmissionAction.ACCEPT), Tuple.of(1, SubmissionAction.FORWARD),
                Tuple.of(1, SubmissionAction.REOPEN_REQUEST), Tuple.of(1, SubmissionAction.REOPEN_APPROVE));
        Arbitrary<Boolean> plausible = Arbitraries.integers().between(1, 100).map(p -> p <= plausiblePercent);
        return Combinators.combine(actions, keys, plausible, Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000)).as(Attempt::new);
    }

    /** A fresh trail and service; the office has authorised the proxy filler for the defence-industry unit. */
    private static final class World {
        final InMemoryEventStore store = InMemoryEventStore.create();
        final Trail trail = trail(store);
        final Submissions service = service(trail).build();

        World() {
            service.authoriseProxy(OFFICE, DEF, PROXY.person(), "江北统〔2026〕7号");
        }

        Submission perform(Attempt a) {
            SubmissionKey key = a.submissionKey();
            Actor who = a.who();
            int v = a.variant();
            return switch (a.action()) {
                case CREATE -> service.create(who, key);
                case ENTER -> service.enter(who, key, VALUES.get(v % VALUES.size()));
                case EXPLAIN -> service.explain(who, key, v % 4 == 0 ? "R002" : "R003",
                        v % 3 == 0 ? "核实无误" : REAL_EXPLANATION);
                case SIGN -> service.sign(who, key);
                case SUBMIT -> service.submit(who, key);
                case QUERY -> service.query(who, key, "请说明 B01 的变化");
                case RETURN -> service.returnWithQuery(who, key, "请核实后重报");
                case ANSWER -> service.answer(who, key, a.plausible() ? firstOpenQuery(key) : "Q" + (v % 3 + 1),
                        "已核实并说明");
                case ACCEPT -> service.accept(who, key);
                case FORWARD -> service.forward(who, key, "重庆市统计局");
                case REOPEN_REQUEST -> service.requestReopen(who, key, "发现漏报");
                case REOPEN_APPROVE -> service.approveReopen(who, key);
            };
        }

        /** The respondent answers what is open; a made-up id when nothing is. */
        String firstOpenQuery(SubmissionKey key) {
            return service.state(key).flatMap(sub -> sub.openQueries().stream().findFirst()).map(ReviewQuery::id)
                    .orElse("Q1");
        }

        TrailEvent last() {
            List<TrailEvent> all = trail.events();
            return all.get(all.size() - 1);
        }
    }

    /** (a) Every attempt is either a transition the state machine allows, or a refusal recorded in the trail. */
    @Property(tries = 150)
    void everyAttemptIsAnAllowedTransitionOrARecordedRefusal(@ForAll("attempts") List<Attempt> attempts) {
        World w = new World();
        for (Attempt a : attempts) {
            SubmissionKey key = a.submissionKey();
            Optional<Submission> before = w.service.state(key);
            long size = w.trail.size();
            try {
                Submission after = w.perform(a);
                if (a.action() == SubmissionAction.CREATE) {
                    assertThat(before).isEmpty();
                    assertThat(after.state()).isEqualTo(SubmissionState.DRAFT);
                } else {
                    assertThat(before).isPresent();
                    assertThat(a.action().next(before.get().state())).contains(after.state());
                }
                assertThat(w.trail.size()).isEqualTo(size + 1);
                TrailEvent done = w.last();
                assertThat(done.outcome()).isEqualTo(Outcome.DONE);
                assertThat(done.action()).isEqualTo(a.action().trailAction());
                assertThat(done.sequence()).isEqualTo(after.lastSequence());
                Statistics.label("done").collect(a.action());
            } catch (SubmissionRefusedException e) {
                assertThat(w.service.state(key)).isEqualTo(before);
                assertThat(w.trail.size()).isEqualTo(size + 1);
                TrailEvent refused = w.last();
                assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
                assertThat(refused.payload(ReportingEvents.ERROR)).contains(e.code());
                assertThat(refused.action()).isEqualTo(a.action().trailAction());
                assertThat(refused.actor()).isEqualTo(a.who().person().value());
                assertThat(refused.subject()).isEqualTo(key.subject());
                assertThat(e.refusalSequence()).isEqualTo(refused.sequence());
            }
        }
        Statistics.label("final state of U1").collect(w.service.state(K1).map(Submission::state).orElse(null));
        Statistics.label("final state of DEF").collect(w.service.state(KDEF).map(Submission::state).orElse(null));
    }

    /** (b) No attempt by a reviewer or the office changes a value, and every entry is by the unit or its proxy. */
    @Property(tries = 150)
    void reviewersNeverChangeAValue(@ForAll("reviewerHeavyAttempts") List<Attempt> attempts) {
        World w = new World();
        for (Attempt a : attempts) {
            Map<SubmissionKey, Map<String, String>> before = values(w.service);
            try {
                w.perform(a);
            } catch (SubmissionRefusedException refused) {
                // refusals are checked below like every other attempt
            }
            if (REVIEW_ROLES.contains(a.who().role())) {
                assertThat(values(w.service)).isEqualTo(before);
            }
        }
        for (TrailEvent e : w.trail.events()) {
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

    private static Map<SubmissionKey, Map<String, String>> values(Submissions s) {
        Map<SubmissionKey, Map<String, String>> all = new HashMap<>();
        for (Submission sub : s.submissions()) {
            all.put(sub.key(), sub.values());
        }
        return all;
    }

    /** (c) A unit not in the register for the whole period never gets a submission: every attempt is refused. */
    @Property(tries = 150)
    void aUnitNotInTheRegisterNeverGetsASubmission(@ForAll("lateHeavyAttempts") List<Attempt> attempts) {
        World w = new World();
        for (Attempt a : attempts) {
            try {
                w.perform(a);
                assertThat(a.submissionKey()).isNotEqualTo(KLATE);
            } catch (SubmissionRefusedException e) {
                if (a.submissionKey().equals(KLATE)) {
                    assertThat(e.errorCode()).isEqualTo(ReportingError.NOT_IN_REGISTER);
                }
            }
        }
        assertThat(w.service.state(KLATE)).isEmpty();
        assertThat(w.trail.bySubject(KLATE.subject())).allMatch(e -> e.outcome() == Outcome.REFUSED);
    }

    /**
     * (d) Submitting never succeeds with a mandatory or quasi-mandatory failure, an unexplained verify
     * failure or a missing signature — judged here from the values by the rules' own arithmetic, not by the
     * service's review.
     */
    @Property(tries = 150)
    void submitNeverSucceedsWithABlockingFailureOrAMissingSignature(@ForAll("attempts") List<Attempt> attempts) {
        World w = new World();
        ExplanationPolicy policy = w.service.explanationPolicy();
        for (Attempt a : attempts) {
            Optional<Submission> before = w.service.state(a.submissionKey());
            try {
                w.perform(a);
                if (a.action() == SubmissionAction.SUBMIT) {
                    Submission b = before.orElseThrow();
                    assertThat(blocking(b, policy)).as("%s", b).isFalse();
                    assertThat(b.signatures().keySet()).containsAll(SignOffPolicy.signatories());
                    Statistics.label("submitted").collect(b.key().unitId());
                }
            } catch (SubmissionRefusedException e) {
                if (e.errorCode() == ReportingError.REVIEW_BLOCKS) {
                    assertThat(blocking(before.orElseThrow(), policy)).isTrue();
                } else if (e.errorCode() == ReportingError.SIGNATURES_MISSING) {
                    assertThat(before.orElseThrow().signatures().keySet()).hasSizeLessThan(3);
                }
            }
        }
    }

    /** The oracle: R001 B01 present; R002 B02 ≤ B01; R003 B01 < 1 000 000 unless explained acceptably. */
    private static boolean blocking(Submission s, ExplanationPolicy policy) {
        Optional<BigDecimal> b01 = s.value("B01").map(BigDecimal::new);
        Optional<BigDecimal> b02 = s.value("B02").map(BigDecimal::new);
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
    @Property(tries = 150)
    void replayingTheTrailGivesTheLiveState(@ForAll("attempts") List<Attempt> attempts) {
        World w = new World();
        for (Attempt a : attempts) {
            try {
                w.perform(a);
            } catch (SubmissionRefusedException refused) {
                // refused attempts change nothing, which the replay must agree with
            }
        }
        for (SubmissionKey key : KEYS) {
            assertThat(Submission.read(w.trail, key)).isEqualTo(w.service.state(key));
            assertThat(Submission.replay(key, w.trail.events())).isEqualTo(w.service.state(key));
        }
        Submissions recovered = service(trail(w.store)).build();
        assertThat(recovered.submissions()).isEqualTo(w.service.submissions());
        assertThat(recovered.authorisations(DEF)).isEqualTo(w.service.authorisations(DEF));
    }
}
