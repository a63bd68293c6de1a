package org.statsbase.reporting.handover;

import org.statsbase.core.org.HandoverItemKind;

/**
 * The kinds of handover items the submission workflow adds to a handover record (工作交接,
 * 国统字〔2021〕85号 二（二）): the open submissions and the pending queries of the units handed over,
 * beside core's ledgers, accounts and archives
 * ({@link org.statsbase.core.org.StandardHandoverItemKind}).
 *
 * <p>Thread safety: immutable constants.
 */
public enum ReportingItemKind implements HandoverItemKind {
    /** A submission not yet accepted (未验收的报表): draft, submitted or returned. */
    OPEN_SUBMISSION("未完成的报表", "open submission"),
    /** A query or return not yet answered (未答复的查询). */
    PENDING_QUERY("未答复的查询", "pending query");

    private final String nameZh;
    private final String nameEn;

    ReportingItemKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
