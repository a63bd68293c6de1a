package org.statsbase.core.level;

/**
 * The levels of a review rule (审核规则级别) as statistical offices use them when reviewing
 * reported data (数据审核): what a failure means for the record's acceptance.
 *
 * <p>A record is acceptable when it has no {@link #MANDATORY} or {@link #QUASI_MANDATORY}
 * failure and every {@link #VERIFY} failure carries an accepted written explanation; a
 * {@link #HINT} never blocks acceptance.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Severity {
    /** 强制性: must be fixed before the record is accepted. */
    MANDATORY("强制性", "mandatory"),
    /** 准强制性: must be cleared before the record is accepted. */
    QUASI_MANDATORY("准强制性", "quasi-mandatory"),
    /** 核实性: may stand with a real written explanation ("核实无误" alone is not one). */
    VERIFY("核实性", "verify"),
    /** 提示性: a hint to the reviewer; never blocks acceptance. */
    HINT("提示性", "hint");

    private final String nameZh;
    private final String nameEn;

    Severity(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name, for example 强制性.
     *
     * @return the Chinese name, for example 强制性
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name, for example mandatory.
     *
     * @return the English name, for example mandatory
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Whether a failure at this level blocks acceptance whatever explanation it carries.
     *
     * @return whether a failure at this level blocks acceptance whatever explanation it carries
     */
    public boolean blocksAcceptance() {
        return this == MANDATORY || this == QUASI_MANDATORY;
    }
}
