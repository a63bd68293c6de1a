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
