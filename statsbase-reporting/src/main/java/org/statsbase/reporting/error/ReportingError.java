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
    /** Urging before the deadline: {0} the submission, {1} its deadline, {2} now. */
    URGE_BEFORE_DEADLINE("SB-REP-0401", "{0} 的报送截止时间 {1} 尚未届满（现在 {2}），不能催报",
            "{0} cannot be urged: its deadline {1} has not passed (now {2})"),
    /** Urging a submitted report: {0} the submission, {1} when it was submitted, {2} the submit event's sequence. */
    URGE_ALREADY_SUBMITTED("SB-REP-0402", "{0} 已于 {1} 报送（留痕第 {2} 条），不能催报",
            "{0} cannot be urged: it was submitted at {1} (trail event {2})"),
    /** Urging or flagging an exempt report: {0} the submission. */
    URGE_EXEMPT("SB-REP-0403", "{0} 所属报告期免报，不能催报或认定拒报",
            "{0} is exempt for its period: it cannot be urged or flagged as refusing"),
    /** An urging whose own deadline is not after now: {0} the submission, {1} the urging's deadline, {2} now. */
    URGE_DEADLINE_NOT_AFTER_NOW("SB-REP-0404", "{0} 的催报期限 {1} 必须晚于现在（{2}）",
            "the urging deadline {1} of {0} must be after now ({2})"),
    /** Urging again while an urging runs: {0} the submission, {1} the running urging's sequence, {2} its deadline. */
    URGE_PENDING("SB-REP-0405", "{0} 已于留痕第 {1} 条催报，催报期限 {2} 尚未届满",
            "{0} was urged already (trail event {1}) and that urging runs until {2}"),
    /** Flagging refusal when the unit is not refusing: {0} the submission, {1} its status in Chinese, {2} in English. */
    NOT_REFUSING("SB-REP-0406", "{0} 的报送状态是“{1}”，不是经催报后仍未按时报送，不能认定拒报",
            "{0} cannot be flagged as refusing: its status is {2}, not \"urged and still not reported in time\""),
    /** Flagging refusal twice: {0} the submission, {1} the earlier flag's sequence. */
    REFUSING_ALREADY_FLAGGED("SB-REP-0407", "{0} 已于留痕第 {1} 条认定拒报",
            "{0} was flagged as refusing already (trail event {1})"),
    /** An urge event whose deadline is unreadable: {0} the submission, {1} the event's sequence, {2} the text. */
    URGE_DEADLINE_UNREADABLE("SB-REP-0408", "{0} 的催报（留痕第 {1} 条）期限“{2}”不是 ISO-8601 时刻",
            "the urging of {0} (trail event {1}) has a deadline \"{2}\" that is no ISO-8601 instant"),
    // ---- 05xx handover ---------------------------------------------------------------------
    /** No such handover: {0} the handover id. */
    HANDOVER_NOT_FOUND("SB-REP-0501", "没有找到交接记录 {0}", "no handover {0} in the trail"),
    /** Signing for a party by someone else: {0} the handover, {1} the person signing, {2} the party in Chinese, {3} the named person, {4} the party in English. */
    HANDOVER_WRONG_SIGNER("SB-REP-0502", "{1} 不能代表{2}在交接记录 {0} 上签字：{2}是 {3}",
            "{1} cannot sign handover {0} as the {4}: the {4} is {3}"),
    /** A party signing twice: {0} the handover, {1} the party in Chinese, {2} the earlier signature's sequence, {3} the party in English. */
    HANDOVER_ALREADY_SIGNED("SB-REP-0503", "交接记录 {0} 的{1}已签字（留痕第 {2} 条）",
            "the {3} has signed handover {0} already (trail event {2})"),
    /** Outgoing and incoming are one person: {0} the person, {1} the unit. */
    HANDOVER_SAME_PERSON("SB-REP-0504", "{1} 的交接：移交人和接收人不能都是 {0}",
            "handover of {1}: {0} cannot be both the outgoing and the incoming person"),
    /** A supervisor who is a party: {0} the handover, {1} the person. */
    HANDOVER_SUPERVISOR_NOT_INDEPENDENT("SB-REP-0505", "{1} 是交接记录 {0} 的移交人或接收人，不能同时监交",
            "{1} is the outgoing or incoming person of handover {0} and cannot supervise it"),
    /** A handover whose recorded items cannot be read: {0} the handover, {1} the sequence, {2} the line. */
    HANDOVER_ITEMS_UNREADABLE("SB-REP-0506", "交接记录 {0}（留痕第 {1} 条）的交接清单有无法读取的行：{2}",
            "handover {0} (trail event {1}) lists an unreadable item: {2}"),
    /** A handover whose post is not a role: {0} the role text. */
    HANDOVER_ROLE_UNKNOWN("SB-REP-0507", "“{0}”不是报送流程中的角色", "\"{0}\" is no role of the reporting cycle"),
    // ---- 06xx accountability ----------------------------------------------------------------
    /** An indicator id that is blank, has a control character or surrounding blanks: {0} the id. */
    INVALID_INDICATOR("SB-REP-0601", "指标代码“{0}”无效：不能为空，不能含控制字符或首尾空白",
            "invalid indicator id \"{0}\": must be non-blank, without control characters or surrounding blanks"),
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
