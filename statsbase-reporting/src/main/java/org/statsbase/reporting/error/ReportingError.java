package org.statsbase.reporting.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-reporting, in one place ({@code SB-REP-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx the
 * lifecycle (transitions and roles), 02xx the red lines (register, who may enter data, proxy
 * filling), 03xx review on submission and sign-off, 04xx deadlines, urging and refusal, 05xx handover,
 * 06xx accountability, 07xx ledgers.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ReportingError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    /** A subject text that is no submission subject: {0} the text. */
    MALFORMED_SUBJECT("SB-REP-0001", "{0} 不是报表对象（应为 submission/单位/表号/报告期）",
            "{0} is not a submission subject (expected submission/unit/form/period)"),
    /** An id that is blank, has a "/" or surrounding blanks: {0} which id in English, {1} the value, {2} which id in Chinese. */
    INVALID_ID("SB-REP-0002", "{2}“{1}”无效：不能为空，不能含“/”或首尾空白", "invalid {0} \"{1}\": must be non-blank, without \"/\" or surrounding blanks"),

    // ---- 01xx lifecycle -------------------------------------------------------------------
    // ---- 02xx red lines -------------------------------------------------------------------
    // ---- 03xx review and sign-off --------------------------------------------------------------
    // ---- 04xx deadlines, urging, refusal --------------------------------------------------------
    // ---- 05xx handover ---------------------------------------------------------------------
    // ---- 06xx accountability ----------------------------------------------------------------
    ;

    private final String code;
    private final String zh;
    private final String en;

    ReportingError(String code, String zh, String en) {
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
