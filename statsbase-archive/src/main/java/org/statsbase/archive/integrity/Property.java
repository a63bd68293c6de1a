package org.statsbase.archive.integrity;

/**
 * The four properties of electronic records checked by DA/T 70-2018《文书类电子档案检测一般要求》 (四性检测).
 *
 * <p>Thread safety: immutable constants.
 */
public enum Property {
    /** 真实性: content matches its digests, metadata valid. */
    AUTHENTICITY("真实性"),
    /** 完整性: required metadata present, no gaps in item numbers, content present unless destroyed with a certificate. */
    INTEGRITY("完整性"),
    /** 可用性: allowed format, readable (no private encryption). */
    USABILITY("可用性"),
    /** 安全性: the operation log is present and intact. */
    SECURITY("安全性");

    private final String nameZh;

    Property(String nameZh) {
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
