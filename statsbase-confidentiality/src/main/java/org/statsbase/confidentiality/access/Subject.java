package org.statsbase.confidentiality.access;

import java.util.Objects;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Who asks for data: a person (its id, the trail's actor), in a {@link Role}, cleared to a level (涉密等级 /
 * 知悉范围), with a jurisdiction (the division the person works for: a township statistician's township, a
 * county bureau's county) and a {@link Purpose}.
 *
 * <p>The {@code with…} methods give a subject with one right changed, for example a widened one.
 *
 * @param id           the person's id (one line, non-blank)
 * @param role         the capacity the person acts in
 * @param clearance    the most secret level the person is cleared for
 * @param jurisdiction the division the person's rights cover (itself and everything below it)
 * @param purpose      what the data is wanted for
 *
 * <p>Thread safety: immutable.
 */
public record Subject(String id, Role role, ConfidentialityLevel clearance, DivisionCode jurisdiction,
        Purpose purpose) {

    /**
     * Checks the components.
     *
     * @param id           the person's id (one line, non-blank)
     * @param role         the capacity the person acts in
     * @param clearance    the most secret level the person is cleared for
     * @param jurisdiction the division the person's rights cover (itself and everything below it)
     * @param purpose      what the data is wanted for
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0001/0002 for an id that is
     *                                                                       blank or not one line
     */
    public Subject {
        Texts.singleLine(id, "subject id", "主体标识");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(purpose, "purpose");
    }

    /**
     * The subject; same as the constructor.
     *
     * @param id           the person's id, one line, not blank
     * @param role         the capacity the person acts in
     * @param clearance    the most secret level the person is cleared for
     * @param jurisdiction the division the person's rights cover
     * @param purpose      what the data is wanted for
     * @return the subject
     */
    public static Subject of(String id, Role role, ConfidentialityLevel clearance, DivisionCode jurisdiction,
            Purpose purpose) {
        return new Subject(id, role, clearance, jurisdiction, purpose);
    }

    /**
     * This subject cleared to {@code level}.
     *
     * @param level the clearance
     * @return a new subject; this one is unchanged
     */
    public Subject withClearance(ConfidentialityLevel level) {
        return new Subject(id, role, level, jurisdiction, purpose);
    }

    /**
     * This subject with jurisdiction {@code division}.
     *
     * @param division the division the rights cover
     * @return a new subject; this one is unchanged
     */
    public Subject withJurisdiction(DivisionCode division) {
        return new Subject(id, role, clearance, division, purpose);
    }

    /**
     * This subject asking for {@code p}.
     *
     * @param p the purpose
     * @return a new subject; this one is unchanged
     */
    public Subject withPurpose(Purpose p) {
        return new Subject(id, role, clearance, jurisdiction, p);
    }

    /**
     * The level the subject can actually see: the lower of its clearance and its role's ceiling.
     *
     * @return the level the subject can actually see: the lower of its clearance and its role's ceiling
     */
    public ConfidentialityLevel effectiveClearance() {
        return role.ceiling().covers(clearance) ? clearance : role.ceiling();
    }
}
