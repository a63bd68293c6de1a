package org.statsbase.core.org;

/**
 * The kind of person doing statistical work, as 国统字〔2021〕85号 二 distinguishes them:
 * statisticians (统计人员, full- or part-time, 二（二）) and auxiliary investigators
 * (辅助调查员, hired, trained, assessed and supervised under the county's rules, 二（五）).
 *
 * <p>Auxiliary investigators supplement the statisticians (对基层统计力量的重要补充); they are not
 * counted by {@link StaffingPolicy} and their moves are not township statisticians' transfers.
 *
 * <p>Thread safety: immutable constants.
 */
public enum StaffRole {
    /** 统计人员. */
    STATISTICIAN("统计人员", "statistician"),
    /** 辅助调查员. */
    AUXILIARY_INVESTIGATOR("辅助调查员", "auxiliary investigator");

    private final String nameZh;
    private final String nameEn;

    StaffRole(String nameZh, String nameEn) {
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
