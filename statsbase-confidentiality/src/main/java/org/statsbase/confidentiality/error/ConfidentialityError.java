package org.statsbase.confidentiality.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-confidentiality, in one place ({@code SB-CONF-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx classification
 * (levels, secrecy periods, the secret-items list), 02xx access decisions, 03xx tables and microdata,
 * 04xx sensitivity rules, 05xx secondary suppression and the audit.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ConfidentialityError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    /** A required text is blank: {0} what, in English; {1} in Chinese. */
    FIELD_BLANK("SB-CONF-0001", "{1}不能为空", "the {0} must not be blank"),

    // ---- 01xx classification --------------------------------------------------------------
    // ---- 02xx access decisions -------------------------------------------------------------
    // ---- 03xx tables and microdata ----------------------------------------------------------
    // ---- 04xx sensitivity rules -------------------------------------------------------------
    // ---- 05xx secondary suppression and the audit ---------------------------------------------
    ;

    private final String code;
    private final String zh;
    private final String en;

    ConfidentialityError(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String templateZh() {
        return zh;
    }

    @Override
    public String templateEn() {
        return en;
    }
}
