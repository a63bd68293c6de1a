package org.statsbase.archive.integrity;

/**
 * When a four-property check runs (DA/T 70-2018): at archiving (归档), at transfer (移交), or on demand during
 * long-term storage (长期保存).
 *
 * <p>Thread safety: immutable constants.
 */
public enum Occasion {
    /** 归档. */
    ARCHIVING("归档"),
    /** 移交. */
    TRANSFER("移交"),
    /** 长期保存 (on demand). */
    ON_DEMAND("长期保存");

    private final String nameZh;

    Occasion(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }
}
