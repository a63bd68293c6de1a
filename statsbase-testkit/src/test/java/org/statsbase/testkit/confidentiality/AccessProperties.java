package org.statsbase.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.Size;
import org.statsbase.confidentiality.access.AccessControl;
import org.statsbase.confidentiality.access.AccessDecision;
import org.statsbase.confidentiality.access.AccessEvents;
import org.statsbase.confidentiality.access.AccessPolicy;
import org.statsbase.confidentiality.access.Action;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/** The access rules as properties (issue 7 §2): clearance, jurisdiction, purpose, monotonicity, the trail. */
class AccessProperties {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    @Property
    void neverAPermitAboveClearance(@ForAll Subject subject, @ForAll Resource resource, @ForAll Action action) {
        AccessDecision d = POLICY.decide(subject, resource, action);
        if (d.permitted()) {
            assertThat(subject.clearance().covers(resource.level())).isTrue();
            assertThat(subject.effectiveClearance().covers(resource.level())).isTrue();
        }
    }

    @Property
    void neverAPermitForNonPublicDataOutsideTheJurisdiction(@ForAll Subject subject, @ForAll Resource resource,
            @ForAll Action action) {
        AccessDecision d = POLICY.decide(subject, resource, action);
        if (d.permitted() && resource.level() != ConfidentialityLevel.PUBLIC) {
            assertThat(resource.region().isWithin(subject.jurisdiction())).isTrue();
        }
    }

    @Property
    void nobodyGetsUnitLevelDataForANonStatisticalPurpose(@ForAll Subject subject, @ForAll Resource resource,
            @ForAll Action action) {
        AccessDecision d = POLICY.decide(subject.withPurpose(Purpose.NON_STATISTICAL), resource, action);
        if (resource.dataClass() == DataClass.UNIT_LEVEL) {
            assertThat(d.permitted()).isFalse();
        }
    }

    @Property
    void onlyPublicDataIsPublished(@ForAll Subject subject, @ForAll Resource resource) {
        if (POLICY.decide(subject, resource, Action.PUBLISH).permitted()) {
            assertThat(resource.level()).isEqualTo(ConfidentialityLevel.PUBLIC);
            assertThat(resource.dataClass()).isEqualTo(DataClass.AGGREGATE);
        }
    }

    @Provide
    Arbitrary<Tuple3<Subject, Subject, Resource>> widenings() {
        return Subjects.any().flatMap(s -> Combinators.combine(Subjects.widened(s), Resources.any())
                .as((wide, r) -> Tuple.of(s, wide, r)));
    }

    @Property
    void wideningASubjectsRightsNeverTurnsAPermitIntoADeny(@ForAll("widenings") Tuple3<Subject, Subject, Resource> t,
            @ForAll Action action) {
        Subject narrow = t.get1();
        Subject wide = t.get2();
        assertThat(wide.clearance().covers(narrow.clearance())).isTrue();
        assertThat(narrow.jurisdiction().isWithin(wide.jurisdiction())).isTrue();
        if (POLICY.decide(narrow, t.get3(), action).permitted()) {
            AccessDecision widened = POLICY.decide(wide, t.get3(), action);
            assertThat(widened.permitted()).as("%s", widened).isTrue();
        }
    }

    @Property(tries = 100)
    void everyDecisionWrittenToTheTrailVerifies(@ForAll @Size(max = 12) List<Subject> subjects,
            @ForAll @Size(max = 12) List<Resource> resources, @ForAll Action action) {
        try (Trail trail = Trail.open(InMemoryEventStore.create())) {
            AccessControl control = AccessControl.of(POLICY, trail);
            List<AccessDecision> decisions = new ArrayList<>();
            for (int i = 0; i < Math.min(subjects.size(), resources.size()); i++) {
                decisions.add(control.decide(subjects.get(i), resources.get(i), action));
            }
            assertThat(trail.verify().intact()).isTrue();
            assertThat(trail.size()).isEqualTo(decisions.size());
            List<TrailEvent> events = trail.bySubjectPrefix(AccessEvents.SUBJECT_PREFIX);
            assertThat(events).hasSize(decisions.size());
            for (int i = 0; i < decisions.size(); i++) {
                AccessDecision d = decisions.get(i);
                TrailEvent e = events.get(i);
                assertThat(e.subject()).isEqualTo(AccessEvents.subject(d.resource().id()));
                assertThat(e.outcome()).isEqualTo(d.permitted() ? Outcome.DONE : Outcome.REFUSED);
                assertThat(e.payload(AccessEvents.ERROR)).isEqualTo(d.code());
                assertThat(e.payload(AccessEvents.RULE)).contains(d.rule().name());
            }
        }
    }
}
