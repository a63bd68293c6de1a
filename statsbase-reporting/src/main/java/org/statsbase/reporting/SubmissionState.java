package org.statsbase.reporting;

/**
 * Where a submission (one unit's form for one period) stands in the reporting cycle of
 * 数据采集审核报送制度: 草稿 → 已报送 → 已退回 (with a query) → 已报送 (resubmitted) → 已验收 →
 * 已上报, and 已验收 → 申请重开 → (approved) 草稿. Only a draft or a returned submission can be changed
 * by the respondent (国统字〔2012〕12号: the enterprise corrects its own data; reviewers query and return).
 *
 * <p>Thread safety: immutable constants.
 */
public enum SubmissionState {
    /** 草稿: opened, being filled; editable. */
    DRAFT("草稿", "draft", true),
    /** 已报送: submitted, awaiting review. */
    SUBMITTED("已报送", "submitted", false),
    /** 已退回: returned by a reviewer with a query (退回); editable again. */
    RETURNED("已退回", "returned", true),
    /** 已验收: accepted by the reviewer (验收). */
    ACCEPTED("已验收", "accepted", false),
    /** 已上报: forwarded upward (上报). */
    FORWARDED("已上报", "forwarded", false),
    /** 申请重开: the respondent asked to reopen the accepted submission; awaiting the reviewer's approval. */
    REOPEN_REQUESTED("申请重开", "reopen requested", false);

    private final String zh;
    private final String en;
    private final boolean editable;

    SubmissionState(String zh, String en, boolean editable) {
        this.zh = zh;
        this.en = en;
        this.editable = editable;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return zh;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return en;
    }

    /**
     * Whether the respondent may enter values, explain and sign in this state (draft, returned).
     *
     * @return true when the respondent may enter values, explain and sign in this state (draft, returned)
     */
    public boolean isEditable() {
        return editable;
    }
}
