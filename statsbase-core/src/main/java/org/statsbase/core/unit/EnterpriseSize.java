package org.statsbase.core.unit;

/**
 * The answer of 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号): 大型, 中型, 小型, 微型,
 * or {@link #OUT_OF_SCOPE} for industries the scheme does not cover (金融, 教育, 卫生, 公共管理,
 * 国际组织, 铁路运输 …). The four tiers are declared from the largest down, so a larger
 * {@link #ordinal()} is a lower tier.
 *
 * <p>Thread safety: immutable constants.
 */
public enum EnterpriseSize {
    /** 大型. */
    LARGE("大型", "large"),
    /** 中型. */
    MEDIUM("中型", "medium"),
    /** 小型. */
    SMALL("小型", "small"),
    /** 微型. */
    MICRO("微型", "micro"),
    /** The industry is outside the scheme: no size is assigned. */
    OUT_OF_SCOPE("不适用（不在划分范围内）", "not applicable (outside the scheme)");

    private final String nameZh;
    private final String nameEn;

    EnterpriseSize(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name, for example 中型.
     *
     * @return the Chinese name, for example 中型
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

    /**
     * Whether this is one of the four tiers (not {@link #OUT_OF_SCOPE}).
     *
     * @return whether this is one of the four tiers (not {@link #OUT_OF_SCOPE})
     */
    public boolean isTier() {
        return this != OUT_OF_SCOPE;
    }

    /**
     * Whether this tier is lower than {@code other} (MICRO is lower than SMALL).
     *
     * @param other the size compared with
     * @return whether this tier is lower than {@code other} (MICRO is lower than SMALL)
     * @throws IllegalArgumentException if either is {@link #OUT_OF_SCOPE}
     */
    public boolean isLowerThan(EnterpriseSize other) {
        if (!isTier() || !other.isTier()) {
            throw new IllegalArgumentException("OUT_OF_SCOPE is not a tier");
        }
        return ordinal() > other.ordinal();
    }
}
