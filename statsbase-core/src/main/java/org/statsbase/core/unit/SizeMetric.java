package org.statsbase.core.unit;

/**
 * The three metrics of 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号): X 从业人员
 * (persons employed, at the end of the period), Y 营业收入 (revenue, 万元) and Z 资产总额
 * (total assets, 万元).
 *
 * <p>Thread safety: immutable constants.
 */
public enum SizeMetric {
    /** X 从业人员, persons. */
    EMPLOYEES("X", "从业人员", "persons employed", "人", "persons"),
    /** Y 营业收入, 万元. */
    REVENUE("Y", "营业收入", "revenue", "万元", "10,000 yuan"),
    /** Z 资产总额, 万元. */
    ASSETS("Z", "资产总额", "total assets", "万元", "10,000 yuan");

    private final String symbol;
    private final String nameZh;
    private final String nameEn;
    private final String unitZh;
    private final String unitEn;

    SizeMetric(String symbol, String nameZh, String nameEn, String unitZh, String unitEn) {
        this.symbol = symbol;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.unitEn = unitEn;
    }

    /**
     * The letter the 2017 text uses: X, Y or Z.
     *
     * @return the letter the 2017 text uses: X, Y or Z
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The Chinese name, for example 营业收入.
     *
     * @return the Chinese name, for example 营业收入
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
     * The unit in Chinese: 人 or 万元.
     *
     * @return the unit in Chinese: 人 or 万元
     */
    public String unitZh() {
        return unitZh;
    }

    /**
     * The unit in English.
     *
     * @return the unit in English
     */
    public String unitEn() {
        return unitEn;
    }
}
