package org.statsbase.reporting;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.org.PersonId;

/**
 * Who takes a step: a person, the role they act in, and what they act for — the unit whose staff
 * they are (respondent roles: 填表人, 统计负责人, 单位负责人) or the jurisdiction (统计用区划代码) of
 * the statistics body they work for (reviewers, the office, proxy fillers). The red lines of
 * 国统字〔2012〕12号 are checked against these: only the unit's own staff change its data, and a
 * reviewer reviews only units located within the jurisdiction.
 *
 * @param person       the person (recorded as the trail event's actor)
 * @param role         the role acted in (recorded as the trail event's role)
 * @param unitId       the unit the person works for; present exactly for respondent roles
 * @param jurisdiction the division the person's statistics body covers; present for reviewers, the
 *                     office and proxy fillers, may be absent for {@link Role#SYSTEM}
 *
 * <p>Thread safety: immutable.
 */
public record Actor(PersonId person, Role role, Optional<String> unitId, Optional<DivisionCode> jurisdiction) {

    /**
     * Validates the components.
     *
     * @param person       the person (recorded as the trail event's actor)
     * @param role         the role acted in (recorded as the trail event's role)
     * @param unitId       the unit the person works for; present exactly for respondent roles
     * @param jurisdiction the division the person's statistics body covers; present for reviewers, the office and
     *                     proxy fillers, may be absent for {@link Role#SYSTEM}
     * @throws IllegalArgumentException when a respondent role has no unit or has a jurisdiction, or
     *                                  another role has a unit or (except {@link Role#SYSTEM}) no jurisdiction
     */
    public Actor {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (role.isRespondent()) {
            if (unitId.isEmpty() || jurisdiction.isPresent()) {
                throw new IllegalArgumentException(role + " acts for a unit: give the unit id and no jurisdiction");
            }
            if (unitId.get().isBlank()) {
                throw new IllegalArgumentException("blank unit id");
            }
        } else {
            if (unitId.isPresent()) {
                throw new IllegalArgumentException(role + " is no staff of a unit: give a jurisdiction, no unit id");
            }
            if (jurisdiction.isEmpty() && role != Role.SYSTEM) {
                throw new IllegalArgumentException(role + " acts within a jurisdiction: give its division code");
            }
        }
    }

    /**
     * A member of {@code unitId}'s staff acting in a respondent role (填表人, 统计负责人, 单位负责人).
     *
     * @param person who acts
     * @param role   a respondent role: {@link Role#FILLER}, {@link Role#STATISTICS_LEAD} or {@link Role#UNIT_HEAD}
     * @param unitId the unit the person works for
     * @return the actor
     */
    public static Actor staff(PersonId person, Role role, String unitId) {
        return new Actor(person, role, Optional.of(Objects.requireNonNull(unitId, "unitId")), Optional.empty());
    }

    /**
     * A person of a statistics body (reviewer, office, proxy filler) covering {@code jurisdiction}.
     *
     * @param person       who acts
     * @param role         a role of a statistics body, for example {@link Role#COUNTY_REVIEWER} or {@link Role#OFFICE}
     * @param jurisdiction the division the body covers
     * @return the actor
     */
    public static Actor official(PersonId person, Role role, DivisionCode jurisdiction) {
        return new Actor(person, role, Optional.empty(), Optional.of(Objects.requireNonNull(jurisdiction,
                "jurisdiction")));
    }

    /**
     * statsbase itself, acting as {@link Role#SYSTEM}.
     *
     * @param id the id recorded as the trail event's actor, for example {@code statsbase}
     * @return the actor with role {@link Role#SYSTEM}, no unit and no jurisdiction
     */
    public static Actor system(PersonId id) {
        return new Actor(id, Role.SYSTEM, Optional.empty(), Optional.empty());
    }

    /**
     * Whether the actor is staff of {@code unit} in a respondent role.
     *
     * @param unit a unit id in the register
     * @return true when the actor is staff of {@code unit} in a respondent role
     */
    public boolean isStaffOf(String unit) {
        return role.isRespondent() && unitId.orElse("").equals(unit);
    }

    @Override
    public String toString() {
        return person + " (" + role + unitId.map(u -> " of " + u).orElse("")
                + jurisdiction.map(j -> " in " + j).orElse("") + ")";
    }
}
