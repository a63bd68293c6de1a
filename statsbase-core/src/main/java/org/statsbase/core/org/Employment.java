package org.statsbase.core.org;

/**
 * Whether a statistician works at statistics full time (专职) or beside other duties (兼职):
 * 统计法 and 国统字〔2021〕85号 二（二）"配备专职或者兼职统计人员".
 *
 * <p>Thread safety: immutable constants.
 */
public enum Employment {
    /** 专职. */
    FULL_TIME("专职", "full-time"),
    /** 兼职. */
    PART_TIME("兼职", "part-time");

    private final String nameZh;
    private final String nameEn;

    Employment(String nameZh, String nameEn) {
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
