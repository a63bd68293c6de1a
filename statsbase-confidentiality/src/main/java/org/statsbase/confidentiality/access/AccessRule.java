package org.statsbase.confidentiality.access;

import java.util.Optional;
import org.statsbase.confidentiality.error.ConfidentialityError;

/**
 * The rules of {@link AccessPolicy}, in the order applied; the first that denies decides, and {@link #PERMITTED}
 * names a permit. Each denying rule carries the stable code a refusal is recorded with in the trail.
 *
 * <p>Thread safety: immutable constants.
 */
public enum AccessRule {
    /** The role may not perform the action at all ({@link Role#actions()}). */
    ROLE_MAY_NOT_ACT(ConfidentialityError.ACCESS_ROLE_MAY_NOT_ACT),
    /** Unit-level data is never given for a non-statistical purpose (统计法 2009 第二十五条). */
    UNIT_LEVEL_NON_STATISTICAL(ConfidentialityError.ACCESS_UNIT_LEVEL_NON_STATISTICAL),
    /** The public sees only public data ({@link Role#ceiling()}). */
    PUBLIC_ONLY(ConfidentialityError.ACCESS_PUBLIC_ONLY),
    /** Never above clearance. */
    ABOVE_CLEARANCE(ConfidentialityError.ACCESS_ABOVE_CLEARANCE),
    /** Non-public data only within the subject's jurisdiction (a township statistician: only that township). */
    OUTSIDE_JURISDICTION(ConfidentialityError.ACCESS_OUTSIDE_JURISDICTION),
    /** Only aggregates classified public may be published. */
    PUBLISH_NOT_PUBLIC(ConfidentialityError.ACCESS_PUBLISH_NOT_PUBLIC),
    /** Every rule is satisfied. */
    PERMITTED(null);

    private final ConfidentialityError error;

    AccessRule(ConfidentialityError error) {
        this.error = error;
    }

    /**
     * The code a denial by this rule carries ({@code SB-CONF-02xx}); empty for {@link #PERMITTED}.
     *
     * @return the code a denial by this rule carries ({@code SB-CONF-02xx}); empty for {@link #PERMITTED}
     */
    public Optional<ConfidentialityError> error() {
        return Optional.ofNullable(error);
    }
}
