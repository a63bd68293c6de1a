package org.statsbase.core.org;

import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * The two measures of statistical workload that 国统字〔2021〕85号 二（二） ties staffing to:
 * the number of basic units (基本单位数量) and the population (人口规模).
 *
 * <p>Thread safety: immutable constants.
 */
public enum StaffingFindingKind {
    /** Too few statisticians for the number of basic units. */
    UNDER_STAFFED_BY_UNITS(CoreError.ORG_STAFFING_UNDER_BY_UNITS),
    /** Too few statisticians for the population. */
    UNDER_STAFFED_BY_POPULATION(CoreError.ORG_STAFFING_UNDER_BY_POPULATION);

    private final ErrorCode code;

    StaffingFindingKind(ErrorCode code) {
        this.code = code;
    }

    /**
     * The stable code and message templates of findings of this kind.
     *
     * @return the stable code and message templates of findings of this kind
     */
    public ErrorCode code() {
        return code;
    }
}
