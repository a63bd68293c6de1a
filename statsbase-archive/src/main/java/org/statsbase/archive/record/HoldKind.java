package org.statsbase.archive.record;

/**
 * Why material is held back from disposal: an enforcement inspection (统计执法检查, 统计法 第四章),
 * an audit (审计), litigation (诉讼) — and any other reason an office records.
 *
 * <p>Thread safety: immutable constants.
 */
public enum HoldKind {
    /** 执法检查. */
    INSPECTION("执法检查"),
    /** 审计. */
    AUDIT("审计"),
    /** 诉讼. */
    LITIGATION("诉讼"),
    /** 其他. */
    OTHER("其他");

    private final String nameZh;

    HoldKind(String nameZh) {
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
