package org.statsbase.reporting;

/**
 * The roles in a reporting cycle. The respondent's roles are those the forms carry signatures for
 * (统计法 2009 第二十一条: 填表人, 统计负责人, 单位负责人); reviewers sit at the township station and the
 * county bureau and may query, return and accept, never edit (国统字〔2012〕12号, the fourth red line).
 *
 * <p>Thread safety: immutable constants.
 */
public enum Role {
    /** 填表人: the respondent's staff member who fills the form. */
    FILLER("填表人", "filler", true),
    /** 统计负责人: the respondent's statistics lead. */
    STATISTICS_LEAD("统计负责人", "statistics lead", true),
    /** 单位负责人: the respondent's head. */
    UNIT_HEAD("单位负责人", "unit head", true),
    /** 代填人: statistics-office staff filling for a defence-industry unit under a recorded authorisation. */
    PROXY_FILLER("代填人（军工单位授权）", "proxy filler (defence-industry authorisation)", false),
    /** 乡镇（街道）审核人员. */
    TOWNSHIP_REVIEWER("乡镇（街道）审核人员", "township reviewer", false),
    /** 县级统计局审核人员. */
    COUNTY_REVIEWER("县级统计局审核人员", "county reviewer", false),
    /** The statistics office acting as an office: urging, flagging refusals, authorising proxies. */
    OFFICE("统计机构", "statistics office", false),
    /** statsbase itself (events it records on its own, such as a computed lateness). */
    SYSTEM("系统", "system", false);

    private final String zh;
    private final String en;
    private final boolean respondent;

    Role(String zh, String en, boolean respondent) {
        this.zh = zh;
        this.en = en;
        this.respondent = respondent;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return zh;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return en;
    }

    /**
     * Whether the role belongs to the reporting unit itself (its own staff).
     *
     * @return true when the role belongs to the reporting unit itself (its own staff)
     */
    public boolean isRespondent() {
        return respondent;
    }
}
