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
    // ---- 07xx ledgers ----------------------------------------------------------------------
    /** An entry id the ledger does not have: {0} the id, {1} the unit. */
    LEDGER_ENTRY_UNKNOWN("SB-REP-0701", "单位{1}的统计台账中没有第{0}号记录", "the ledger of unit {1} has no entry {0}"),
    /** An entry reversed a second time: {0} the entry id, {1} the id of the reversing entry. */
    LEDGER_ALREADY_REVERSED("SB-REP-0702", "台账记录{0}已由记录{1}冲销，不能再次冲销",
            "ledger entry {0} was already reversed by entry {1} and cannot be reversed again"),
    /** A reversing entry cannot itself be reversed: {0} its id, {1} the entry it reverses. */
    LEDGER_REVERSAL_OF_REVERSAL("SB-REP-0703", "台账记录{0}是对记录{1}的冲销记录，不能冲销；如冲销有误，请另行登记新记录",
            "ledger entry {0} reverses entry {1} and cannot itself be reversed; record a new entry instead"),
    /** A correction or reversal without a reason. */
    LEDGER_REASON_BLANK("SB-REP-0704", "冲销或更正台账记录必须写明原因", "a reversal or correction of a ledger entry needs a reason"),
    /** A field of an entry that is not valid: {0} the field, {1} the value, {2} what is expected in English, {3} in Chinese. */
    LEDGER_FIELD_INVALID("SB-REP-0705", "台账字段{0}的值“{1}”无效：应为{3}", "ledger field {0} has invalid value \"{1}\": expected {2}"),
    /** A required field of an entry that is missing or empty: {0} the field. */
    LEDGER_FIELD_MISSING("SB-REP-0706", "台账字段{0}缺失或为空", "ledger field {0} is missing or empty"),
    /** A CSV header without a required column: {0} the column, {1} the columns that are required. */
    LEDGER_COLUMN_MISSING("SB-REP-0707", "台账文件缺少列{0}（必需的列：{1}）", "the ledger file has no column {0} (required: {1})"),
    /** A column or JSON key that is not part of the format: {0} its name, {1} the names allowed. */
    LEDGER_FIELD_UNKNOWN("SB-REP-0708", "台账文件中的{0}不是已知字段（允许：{1}）", "{0} is not a known ledger field (allowed: {1})"),
    /** A line that is no JSON object or no well-formed CSV record: {0} the parser's detail. */
    LEDGER_LINE_MALFORMED("SB-REP-0709", "台账文件的这一行格式不正确：{0}", "this line of the ledger file is malformed: {0}"),
    /** A CSV line with another number of fields than the header: {0} fields found, {1} in the header. */
    LEDGER_LINE_WIDTH("SB-REP-0710", "这一行有{0}个字段，表头有{1}个", "this line has {0} fields, the header has {1}"),
    /** A trail event of a ledger that cannot be replayed: {0} its sequence, {1} what is wrong. */
    LEDGER_EVENT_CORRUPT("SB-REP-0711", "留痕日志中第{0}条台账事件无法重放：{1}", "ledger event {0} of the trail cannot be replayed: {1}"),
    /** Entries whose ids are not unique and increasing: {0} the id, {1} the id before it. */
    LEDGER_ID_ORDER("SB-REP-0712", "台账记录号{0}不大于前一记录号{1}", "ledger entry id {0} is not greater than the id {1} before it"),
    /** A reversing entry that does not mirror the entry it reverses: {0} its id, {1} the reversed id. */
    LEDGER_REVERSAL_MISMATCH("SB-REP-0713", "冲销记录{0}与被冲销记录{1}的日期、科目、计量单位不同或金额不是相反数",
            "reversing entry {0} does not carry the date, account and unit and the negated quantity of entry {1}"),
    /** A mapping key that is not allowed: {0} the JSON path, {1} the keys allowed. */
    MAPPING_KEY_UNKNOWN("SB-REP-0720", "对照表中的{0}不是已知的键（允许：{1}）", "{0} is not a known key of a ledger mapping (allowed: {1})"),
    /** A mapping key written twice: {0} the JSON path. */
    MAPPING_KEY_DUPLICATE("SB-REP-0721", "对照表中的键{0}重复", "key {0} of the ledger mapping is written twice"),
    /** A required mapping key that is missing: {0} the JSON path. */
    MAPPING_KEY_MISSING("SB-REP-0722", "对照表缺少必需的键{0}", "the ledger mapping lacks the required key {0}"),
    /** A mapping value that is not valid: {0} the JSON path, {1} the value, {2} what is expected in English, {3} in Chinese. */
    MAPPING_VALUE_INVALID("SB-REP-0723", "对照表{0}的值“{1}”无效：应为{3}", "ledger mapping value {0} = \"{1}\" is invalid: expected {2}"),
    /** A mapping text that is no JSON or YAML: {0} the parser's detail. */
    MAPPING_SYNTAX("SB-REP-0724", "对照表不是合法的JSON或YAML：{0}", "the ledger mapping is no well-formed JSON or YAML: {0}"),
    /** A figure code used twice: {0} the code, {1} the JSON path of its first use. */
    MAPPING_CODE_DUPLICATE("SB-REP-0725", "对照表中指标代码{0}重复（首次出现于{1}）", "figure code {0} appears twice in the ledger mapping (first at {1})"),
    /** Two account terms of one figure that select the same entries: {0} the figure, {1} one term, {2} the other. */
    MAPPING_TERMS_OVERLAP("SB-REP-0726", "指标{0}的科目{1}与{2}有重叠，同一记录会被重复计入",
            "figure {0}: account terms {1} and {2} overlap, so an entry would count twice"),
    /** A unit conversion the mapping cannot make: {0} the source unit, {1} the figure's unit. */
    MAPPING_UNIT_CONVERSION("SB-REP-0727", "不能从计量单位{0}换算为{1}（只支持相同单位及元、千元、万元、亿元之间的换算）",
            "cannot convert {0} to {1} (only the same unit, and between 元, 千元, 万元 and 亿元)"),
    /** An entry whose unit is not the one the figure sums: {0} the entry id, {1} its account, {2} its unit, {3} the figure, {4} the unit expected. */
    DERIVE_UNIT_MISMATCH("SB-REP-0730", "台账记录{0}（科目{1}）的计量单位为{2}，而指标{3}按{4}汇总",
            "ledger entry {0} (account {1}) is in {2}, but figure {3} sums {4}"),
    /** A submission that does not agree with the ledger: {0} the number of differing figures, {1} their codes. */
    LEDGER_DISAGREES("SB-REP-0731", "报表与统计台账不一致：{0}个指标不同（{1}）", "the submission disagrees with the ledger: {0} figures differ ({1})"),
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
