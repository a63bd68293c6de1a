package org.statsbase.core.code;

/**
 * The four levels of GB/T 4754-2017: 门类 section (a letter), 大类 division (2 digits), 中类 group
 * (3 digits), 小类 class (4 digits).
 *
 * <p>Thread safety: immutable constants.
 */
public enum IndustryLevel {
    SECTION("门类", 0),
    DIVISION("大类", 2),
    GROUP("中类", 3),
    CLASS("小类", 4);

    private final String nameZh;
    private final int digits;

    IndustryLevel(String nameZh, int digits) {
        this.nameZh = nameZh;
        this.digits = digits;
    }

    /** The Chinese name of the level. */
    public String nameZh() {
        return nameZh;
    }

    /** The number of digits of a code at this level (0 for a section). */
    public int digits() {
        return digits;
    }
}
