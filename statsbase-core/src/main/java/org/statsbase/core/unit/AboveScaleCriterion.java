package org.statsbase.core.unit;

/**
 * How a "四上" category decides: by annual revenue against a threshold (规模以上工业, 限额以上
 * trade, accommodation and catering, 规模以上服务业), by holding a construction qualification
 * (有资质的建筑业: general or specialist contracting, no revenue threshold), or by having
 * real-estate development activity (房地产开发经营业: every such unit, no threshold).
 *
 * <p>Thread safety: immutable constants.
 */
public enum AboveScaleCriterion {
    /** Annual revenue at or above the row's threshold. */
    REVENUE,
    /** Holds a general or specialist contracting qualification (总承包、专业承包资质). */
    QUALIFICATION,
    /** Has real-estate development activity (有开发经营活动). */
    DEVELOPMENT_ACTIVITY,
    /** The row is outside every category. */
    NONE
}
