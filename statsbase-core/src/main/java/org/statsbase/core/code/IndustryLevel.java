package org.statsbase.core.code;

/**
 * The four levels of GB/T 4754-2017: 门类 section (a letter), 大类 division (2 digits), 中类 group
 * (3 digits), 小类 class (4 digits).
 *
 * <p>Thread safety: immutable constants.
 */
public enum IndustryLevel {
    /** 门类: a section letter, no digits. */
    SECTION("门类", 0),
    /** 大类: 2 digits. */
    DIVISION("大类", 2),
    /** 中类: 3 digits. */
    GROUP("中类", 3),
    /** 小类: 4 digits. */
    CLASS("小类", 4);

    private final String nameZh;
    private final int digits;

    IndustryLevel(String nameZh, int digits) {
        this.nameZh = nameZh;
        this.digits = digits;
    }

    /**
     * The Chinese name of the level.
     *
     * @return the Chinese name of the level
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The number of digits of a code at this level (0 for a section).
     *
     * @return the number of digits of a code at this level (0 for a section)
     */
    public int digits() {
        return digits;
    }
}
