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
    /** A step the submission's state does not allow: {0} subject, {1} state (en), {2} step (en), {3} state (zh), {4} step (zh). */
    STEP_NOT_ALLOWED_IN_STATE("SB-REP-0101", "报表 {0} 当前为“{3}”状态，不能{4}",
            "submission {0} is {1}: the step \"{2}\" is not allowed in that state"),
    /** A step on a submission never created: {0} subject, {1} step (en), {2} step (zh). */
    NO_SUBMISSION("SB-REP-0102", "报表 {0} 尚未创建，不能{2}", "there is no submission {0}: create it before the step \"{1}\""),
    /** A second creation: {0} subject. */
    ALREADY_CREATED("SB-REP-0103", "报表 {0} 已经创建", "submission {0} already exists"),
    /** A role that may not take a step: {0} person, {1} role (en), {2} step (en), {3} role (zh), {4} step (zh). */
    ROLE_MAY_NOT("SB-REP-0104", "{3} {0} 无权{4}", "{0} as {1} may not take the step \"{2}\""),
    /** An answer to a query that is not open: {0} query id, {1} subject. */
    UNKNOWN_QUERY("SB-REP-0105", "报表 {1} 没有待答复的查询 {0}", "submission {1} has no open query {0}"),
    /** A step that waits for answers: {0} subject, {1} the open query ids, {2} step (en), {3} step (zh). */
    OPEN_QUERIES("SB-REP-0106", "报表 {0} 尚有未答复的查询（{1}），答复前不能{3}",
            "submission {0} has unanswered queries ({1}): the step \"{2}\" waits until they are answered"),
    /** An indicator not on the form: {0} indicator, {1} form id. */
    UNKNOWN_INDICATOR("SB-REP-0107", "指标 {0} 不在报表 {1} 上", "the indicator {0} is not on the form {1}"),
    /** A value not of the indicator's type: {0} indicator, {1} value, {2} type (en), {3} type (zh). */
    INVALID_VALUE("SB-REP-0108", "指标 {0} 的值“{1}”不是{3}", "the value \"{1}\" of indicator {0} is not a valid {2}"),
    /** A blank text or one that cannot be recorded: {0} what (en), {1} what (zh). */
    INVALID_TEXT("SB-REP-0109", "{1}为空或含有无法记录的字符（控制字符、不成对的代理项）",
            "the {0} is blank or holds characters that cannot be recorded (control characters, lone surrogates)"),
    /** An entry without values: {0} subject. */
    NOTHING_ENTERED("SB-REP-0110", "没有为报表 {0} 填报任何指标", "no value was given for submission {0}"),

    // ---- 02xx red lines -------------------------------------------------------------------
    /** Red line 1: {0} unit, {1} period. */
    NOT_IN_REGISTER("SB-REP-0201",
            "单位 {0} 在报告期 {1} 内不全在基本单位名录库中，不能有报表（先进库、后有数；不在库、不出数，国统字〔2012〕12号）",
            "unit {0} is not in the business register for the whole period {1}, so it cannot have a submission"
                    + " (red line 1 of 国统字〔2012〕12号: in the register first, data after)"),
    /** Red line 2: {0} person, {1} the actor's unit, {2} the submission's unit. */
    NOT_OWN_STAFF("SB-REP-0202", "{0} 是单位 {1} 的人员，不能为单位 {2} 报送或修改数据（企业独立自主报送）",
            "{0} works for unit {1}: only the staff of unit {2} report and correct its data (red line 2: the unit"
                    + " reports on its own)"),
    /** Red lines 3 and 4: {0} person, {1} role (en), {2} step (en), {3} role (zh), {4} step (zh), {5} subject. */
    STATISTICAL_BODY_MAY_NOT_FILL("SB-REP-0203",
            "统计机构人员不得代填代报、不得修改企业数据：{3} {0} 不能对报表 {5} {4}",
            "statistical bodies must not fill in, submit or change a unit's data (red lines 3 and 4 of 国统字〔2012〕12号):"
                    + " {0} as {1} may not take the step \"{2}\" on {5}"),
    /** A reviewer outside the unit's division: {0} person, {1} jurisdiction, {2} unit, {3} unit location. */
    OUTSIDE_JURISDICTION("SB-REP-0204", "{0} 的辖区 {1} 不含单位 {2}（所在区划 {3}）",
            "{0}'s jurisdiction {1} does not contain unit {2} (located in {3})"),
    /** Proxy filling for a unit that is not defence-industry: {0} unit. */
    NOT_DEFENCE_INDUSTRY("SB-REP-0205", "单位 {0} 不是军工单位，不得代填代报（国统字〔2012〕12号）",
            "unit {0} is not a defence-industry unit: nobody may fill in or submit for it (red line 3 of 国统字〔2012〕12号)"),
    /** Proxy filling without an authorisation naming the person: {0} person, {1} unit. */
    PROXY_NOT_AUTHORISED("SB-REP-0206", "没有授权 {0} 代单位 {1} 填报的记录",
            "no recorded authorisation lets {0} fill in for unit {1}"),
    /** The handover gate: {0} person, {1} unit, {2} handover subject, {3} the missing parties. */
    HANDOVER_NOT_SIGNED("SB-REP-0207", "单位 {1} 的工作交接 {2} 尚未由交接双方签字（缺：{3}），接任人 {0} 不能办理",
            "the handover {2} of unit {1} is not signed by both sides (missing: {3}): the successor {0} may not act yet"),
    /** A unit the register never held: {0} unit. */
    UNKNOWN_UNIT("SB-REP-0208", "单位 {0} 不在基本单位名录库中", "unit {0} is not in the business register"),

    // ---- 03xx review and sign-off --------------------------------------------------------------
    /** Submitting blocked by review: {0} subject, {1} number of rules, {2} the rules. */
    REVIEW_BLOCKS("SB-REP-0301",
            "报表 {0} 审核未通过，{1} 条规则阻止报送：{2}（强制性、准强制性错误须修改，核实性错误须有被接受的情况说明）",
            "submission {0} fails review: {1} rule(s) block submitting: {2} (mandatory and quasi-mandatory failures"
                    + " must be fixed, verify failures need an accepted explanation)"),
    /** Signatures missing: {0} subject, {1} the capacities (en), {2} the capacities (zh). */
    SIGNATURES_MISSING("SB-REP-0302", "报表 {0} 缺少签署：{2}（统计法 2009 第二十一条）",
            "submission {0} lacks the signature(s) of: {1} (Statistics Law 2009, art. 21)"),
    /** An explanation the policy rejects: {0} rule, {1} the policy's code, {2} reason (en), {3} reason (zh). */
    EXPLANATION_REJECTED("SB-REP-0303", "对规则 {0} 的情况说明不被接受（{1}）：{3}",
            "the explanation of rule {0} is not accepted ({1}): {2}"),
    /** An explanation of something that is no verify failure: {0} rule, {1} subject. */
    NOT_A_VERIFY_FAILURE("SB-REP-0304", "报表 {1} 的当前数据没有违反核实性规则 {0}，无需说明",
            "the current values of {1} do not fail a verify rule {0}: there is nothing to explain"),
    /** No rule set for a form: {0} form id. */
    NO_RULE_SET("SB-REP-0305", "报表 {0} 没有配置审核规则集", "no rule set is configured for the form {0}"),
    /** The review could not run: {0} subject, {1} cause code, {2} cause (en), {3} cause (zh). */
    REVIEW_FAILED("SB-REP-0306", "报表 {0} 无法审核（{1}）：{3}", "submission {0} cannot be reviewed ({1}): {2}"),
    /** A sign-off policy naming a role that does not sign forms: {0} role (en), {1} role (zh). */
    NOT_A_SIGNATORY("SB-REP-0307", "{1}不是报表的签署人（填表人、统计负责人、单位负责人）",
            "{0} does not sign forms (filler, statistics lead, unit head)"),
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
