package org.statsbase.core.org;

/**
 * The kinds of training 国统字〔2021〕85号 二（六） asks statistics bodies to give and record:
 * 入职培训 (induction), 保密教育 (secrecy), 统计法律法规 (law) and 岗位业务培训 (business).
 *
 * <p>Thread safety: immutable constants.
 */
public enum TrainingKind {
    /** 入职培训. */
    INDUCTION("入职培训", "induction"),
    /** 保密教育. */
    SECRECY("保密教育", "secrecy"),
    /** 统计法律法规. */
    LAW("统计法律法规", "statistics law and regulations"),
    /** 岗位业务培训. */
    BUSINESS("岗位业务培训", "business");

    private final String nameZh;
    private final String nameEn;

    TrainingKind(String nameZh, String nameEn) {
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
