package org.statsbase.core.org;

/**
 * The grade of an assessment of a statistics worker (统计人员考核, 国统字〔2021〕85号 三（八）; and
 * 辅助调查员考核, 二（五）). The notice names no grades: these four are the grades of the annual
 * assessment of public servants (公务员考核规定, 优秀/称职/基本称职/不称职), which county bureaus
 * commonly reuse; a user with other grades keeps them in the record's note.
 *
 * <p>Thread safety: immutable constants.
 */
public enum AssessmentResult {
    /** 优秀. */
    EXCELLENT("优秀", "excellent"),
    /** 称职. */
    COMPETENT("称职", "competent"),
    /** 基本称职. */
    BASICALLY_COMPETENT("基本称职", "basically competent"),
    /** 不称职. */
    INCOMPETENT("不称职", "incompetent");

    private final String nameZh;
    private final String nameEn;

    AssessmentResult(String nameZh, String nameEn) {
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

    /**
     * Whether the grade is a pass (anything but {@link #INCOMPETENT}).
     *
     * @return whether the grade is a pass (anything but {@link #INCOMPETENT})
     */
    public boolean isPass() {
        return this != INCOMPETENT;
    }
}
