package org.statsbase.core.unit;

/**
 * The categories of "四上" units (规模以上工业, 有资质的建筑业, 限额以上批发和零售业, 限额以上住宿和
 * 餐饮业, 房地产开发经营业, 规模以上服务业), as used by the NBS survey systems, or
 * {@link #OUT_OF_SCOPE} for industries in none of them (农林牧渔 A, 金融 J, 公共管理 S, 国际组织 T).
 *
 * <p>Thread safety: immutable constants.
 */
public enum AboveScaleCategory {
    /** 规模以上工业 (B, C, D). */
    INDUSTRY("规模以上工业", "industry above designated size"),
    /** 有资质的建筑业 (E). */
    CONSTRUCTION("有资质的建筑业", "qualified construction"),
    /** 限额以上批发业 (51). */
    WHOLESALE("限额以上批发业", "wholesale above the limit"),
    /** 限额以上零售业 (52). */
    RETAIL("限额以上零售业", "retail above the limit"),
    /** 限额以上住宿业 (61). */
    ACCOMMODATION("限额以上住宿业", "accommodation above the limit"),
    /** 限额以上餐饮业 (62). */
    CATERING("限额以上餐饮业", "catering above the limit"),
    /** 房地产开发经营业 (7010). */
    REAL_ESTATE_DEVELOPMENT("房地产开发经营业", "real-estate development"),
    /** 规模以上服务业. */
    SERVICES("规模以上服务业", "services above designated size"),
    /** In no "四上" category. */
    OUT_OF_SCOPE("不属于“四上”类别", "in no above-scale category");

    private final String nameZh;
    private final String nameEn;

    AboveScaleCategory(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name, for example 限额以上零售业.
     *
     * @return the Chinese name, for example 限额以上零售业
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
