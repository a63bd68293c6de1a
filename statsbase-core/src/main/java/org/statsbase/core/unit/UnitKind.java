package org.statsbase.core.unit;

/**
 * The three kinds of statistical unit of the business register 基本单位名录库: 法人单位 (legal
 * entity), 产业活动单位 (establishment: a place of activity of a legal entity) and 个体经营户
 * (individual business). Which kinds count as "四上" depends on the category: see
 * {@link AboveScaleClassifier}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum UnitKind {
    /** 法人单位. */
    LEGAL_ENTITY("法人单位", "legal entity"),
    /** 产业活动单位: belongs to a legal entity. */
    ESTABLISHMENT("产业活动单位", "establishment"),
    /** 个体经营户. */
    INDIVIDUAL_BUSINESS("个体经营户", "individual business");

    private final String nameZh;
    private final String nameEn;

    UnitKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name, for example 法人单位.
     *
     * @return the Chinese name, for example 法人单位
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name, for example "legal entity".
     *
     * @return the English name, for example "legal entity"
     */
    public String nameEn() {
        return nameEn;
    }
}
