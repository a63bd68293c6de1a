package org.statsbase.core.org;

import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * Why an institution cannot stand where it was placed in an {@link InstitutionDirectory} (the
 * tree of 国统字〔2021〕85号 二); the rules are listed there.
 *
 * <p>Thread safety: immutable constants.
 */
public enum PlacementReason {
    /** Two institutions share an identifier. */
    DUPLICATE_ID(CoreError.ORG_PLACEMENT_DUPLICATE_ID),
    /** A kind that must have a parent has none. */
    PARENT_REQUIRED(CoreError.ORG_PLACEMENT_PARENT_REQUIRED),
    /** A county bureau was given a parent. */
    PARENT_NOT_ALLOWED(CoreError.ORG_PLACEMENT_PARENT_NOT_ALLOWED),
    /** The parent is not in the directory. */
    PARENT_UNKNOWN(CoreError.ORG_PLACEMENT_PARENT_UNKNOWN),
    /** The parent is of a kind this kind may not be placed under. */
    WRONG_PARENT_KIND(CoreError.ORG_PLACEMENT_WRONG_PARENT_KIND),
    /** The division code is at the wrong level for the kind. */
    WRONG_DIVISION_LEVEL(CoreError.ORG_PLACEMENT_WRONG_DIVISION_LEVEL),
    /** The division code does not lie where the parent's division says it must. */
    OUTSIDE_PARENT(CoreError.ORG_PLACEMENT_OUTSIDE_PARENT);

    private final ErrorCode error;

    PlacementReason(ErrorCode error) {
        this.error = error;
    }

    /**
     * The stable code and message templates.
     *
     * @return the stable code and message templates
     */
    public ErrorCode error() {
        return error;
    }
}
