package org.statsbase.core.org;

/**
 * The things every township statistician hands over (工作交接, 国统字〔2021〕85号 二（二）): the
 * statistical ledgers (统计台账, 三（九）), the accounts and log-ins of the reporting systems
 * (账户/账号, for example of 联网直报), and the statistical archives (统计资料/档案, 统计资料管理制度).
 *
 * <p>Thread safety: immutable constants.
 */
public enum StandardHandoverItemKind implements HandoverItemKind {
    /** 统计台账. */
    LEDGER("台账", "ledgers"),
    /** 账户/账号. */
    ACCOUNT("账户/账号", "accounts"),
    /** 档案. */
    ARCHIVE("档案", "archives");

    private final String nameZh;
    private final String nameEn;

    StandardHandoverItemKind(String nameZh, String nameEn) {
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
