package org.statsbase.reporting.deadline;

/**
 * Where the report of one unit's form for one period stands against its deadline (报送时间) at an
 * instant: 统计法 2009 第四十二条 names reporting after the deadline (迟报), 第四十一条 refusing or still
 * not reporting in time after being urged (拒报, 经催报后仍未按时提供); the calendar's exemptions (免报)
 * come from the survey system.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ReportingStatus {
    /** Not submitted, and the deadline has not passed (a deadline exactly at the instant has not passed). */
    NOT_DUE("未到期", "not due"),
    /** Submitted not after the deadline. */
    ON_TIME("按时报送", "on time"),
    /** Submitted after the deadline (迟报), and not after an urging's deadline. */
    LATE("迟报", "late"),
    /** Not submitted, the deadline passed, not urged (逾期未报). */
    OVERDUE("逾期未报", "overdue"),
    /** Not submitted, urged (催报), the urging's own deadline has not passed. */
    URGED("已催报", "urged"),
    /**
     * Urged, and not submitted by the urging's deadline (拒报, 经催报后仍未按时提供): still not submitted,
     * or submitted only after the urging's deadline.
     */
    REFUSING("拒报", "refusing"),
    /** The calendar exempts the period (免报). */
    EXEMPT("免报", "exempt");

    private final String nameZh;
    private final String nameEn;

    ReportingStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }
}
