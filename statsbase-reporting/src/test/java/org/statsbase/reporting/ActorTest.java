package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.org.PersonId;

/** Respondent roles act for a unit; everybody else for a jurisdiction. */
class ActorTest {

    private static final PersonId P = PersonId.of("p1");
    private static final DivisionCode TOWNSHIP = DivisionCode.parse("500105001000");

    @Test
    void respondentsBelongToAUnitOfficialsToAJurisdiction() {
        Actor filler = Actor.staff(P, Role.FILLER, "U1");
        assertThat(filler.isStaffOf("U1")).isTrue();
        assertThat(filler.isStaffOf("U2")).isFalse();
        Actor reviewer = Actor.official(P, Role.TOWNSHIP_REVIEWER, TOWNSHIP);
        assertThat(reviewer.isStaffOf("U1")).isFalse();
        assertThat(reviewer.jurisdiction()).contains(TOWNSHIP);
        assertThat(Actor.system(PersonId.of("statsbase")).jurisdiction()).isEmpty();
    }

    @Test
    void mismatchedAffiliationsAreProgrammerErrors() {
        assertThatThrownBy(() -> Actor.staff(P, Role.COUNTY_REVIEWER, "U1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.official(P, Role.FILLER, TOWNSHIP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(P, Role.OFFICE, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.staff(P, Role.FILLER, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
