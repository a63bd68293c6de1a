package org.statsbase.confidentiality.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/** Every access decision is written to the trail: permits as done, denials as refused with the rule's code. */
class AccessControlTest {

    private static final DivisionCode TOWN_A = DivisionCode.parse("320102001");
    private static final DivisionCode TOWN_B = DivisionCode.parse("320102002");

    @Test
    void permitsAndDenialsAreRecordedUnderTheResourceAndTheTrailVerifies() {
        try (Trail trail = Trail.open(InMemoryEventStore.create())) {
            AccessControl control = AccessControl.of(AccessPolicy.standard(), trail);
            Subject s = Subject.of("zhang.san", Role.STATISTICIAN, ConfidentialityLevel.INTERNAL, TOWN_A,
                    Purpose.STATISTICAL);
            Resource own = Resource.of("b204-1/2026-10/320102001", ConfidentialityLevel.INTERNAL,
                    DataClass.UNIT_LEVEL, TOWN_A);
            Resource other = Resource.of("b204-1/2026-10/320102002", ConfidentialityLevel.INTERNAL,
                    DataClass.UNIT_LEVEL, TOWN_B);
            assertThat(control.decide(s, own, Action.READ).permitted()).isTrue();
            assertThat(control.decide(s, other, Action.EXPORT).permitted()).isFalse();

            List<TrailEvent> ownEvents = trail.bySubject(AccessEvents.subject(own.id()));
            assertThat(ownEvents).hasSize(1);
            TrailEvent permit = ownEvents.get(0);
            assertThat(permit.subject()).isEqualTo("access/b204-1/2026-10/320102001");
            assertThat(permit.action()).isEqualTo(AccessEvents.READ);
            assertThat(permit.actor()).isEqualTo("zhang.san");
            assertThat(permit.role()).isEqualTo("STATISTICIAN");
            assertThat(permit.outcome()).isEqualTo(Outcome.DONE);
            assertThat(permit.payload(AccessEvents.RULE)).contains("PERMITTED");
            assertThat(permit.payload(AccessEvents.REGION)).contains("320102001000");

            TrailEvent deny = trail.bySubject(AccessEvents.subject(other.id())).get(0);
            assertThat(deny.action()).isEqualTo(AccessEvents.EXPORT);
            assertThat(deny.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(deny.payload(AccessEvents.ERROR)).contains("SB-CONF-0204");
            assertThat(deny.payload(AccessEvents.RULE)).contains("OUTSIDE_JURISDICTION");
            assertThat(deny.payload(AccessEvents.REASON_EN)).get().asString().contains("outside");

            assertThat(trail.bySubjectPrefix(AccessEvents.SUBJECT_PREFIX)).hasSize(2);
            assertThat(trail.verify().intact()).isTrue();
        }
    }
}
