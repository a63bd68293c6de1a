package org.statsbase.core.unit;

/**
 * Why {@link AboveScaleClassifier} answered as it did.
 *
 * <p>Thread safety: immutable constants.
 */
public enum AboveScaleBasis {
    /** Revenue at or above the threshold (a value exactly on the threshold is above scale). */
    REVENUE_AT_OR_ABOVE_THRESHOLD("收入达到门槛", "revenue at or above the threshold"),
    /** Revenue below the threshold. */
    REVENUE_BELOW_THRESHOLD("收入低于门槛", "revenue below the threshold"),
    /** Holds a construction qualification: above scale without threshold. */
    QUALIFIED("有建筑业资质（不设收入门槛）", "holds a construction qualification (no revenue threshold)"),
    /** No construction qualification. */
    NOT_QUALIFIED("无建筑业资质", "holds no construction qualification"),
    /** Has development activity: above scale without threshold. */
    DEVELOPMENT_ACTIVITY("有房地产开发经营活动（不设收入门槛）", "has real-estate development activity (no threshold)"),
    /** No development activity. */
    NO_DEVELOPMENT_ACTIVITY("无房地产开发经营活动", "has no real-estate development activity"),
    /**
     * The category counts other kinds of unit: only 限额以上 wholesale, retail, accommodation and
     * catering count establishments and individual businesses; the other categories count legal
     * entities only.
     */
    UNIT_KIND_NOT_COUNTED("该类别不计此类单位", "the category does not count this kind of unit"),
    /** The industry is in no category. */
    NO_CATEGORY("行业不属于任何“四上”类别", "the industry is in no above-scale category");

    private final String nameZh;
    private final String nameEn;

    AboveScaleBasis(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * A short Chinese description.
     *
     * @return a short Chinese description
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * A short English description.
     *
     * @return a short English description
     */
    public String nameEn() {
        return nameEn;
    }
}
