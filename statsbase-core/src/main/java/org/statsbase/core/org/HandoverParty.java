package org.statsbase.core.org;

/**
 * Who signs a handover record (交接记录): the person handing over (移交人), the person taking
 * over (接收人) and the supervisor (监交人).
 *
 * <p>The notice (国统字〔2021〕85号 二（二）) says only "做好工作交接". statsbase asks by default
 * for a supervisor too, as the handover rules Chinese offices already follow do
 * (财政部《会计基础工作规范》, 会计人员工作交接: a handover has a 监交人, and 交接双方和监交人员
 * sign the handover list — the article number is not restated here, cite by content); see
 * {@link TransferRules}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum HandoverParty {
    /** 移交人. */
    OUTGOING("移交人", "outgoing person"),
    /** 接收人. */
    INCOMING("接收人", "incoming person"),
    /** 监交人. */
    SUPERVISOR("监交人", "supervisor");

    private final String nameZh;
    private final String nameEn;

    HandoverParty(String nameZh, String nameEn) {
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
