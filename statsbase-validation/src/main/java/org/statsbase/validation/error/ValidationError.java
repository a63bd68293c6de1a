package org.statsbase.validation.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-validation, in one place ({@code SB-VAL-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx rule
 * syntax (lexer, parser), 02xx static checks of rules (unknown indicators and functions, arity,
 * types), 03xx evaluation limits, 04xx rule-set files and providers, 05xx datasets and their
 * readers, 06xx reviews, reports and explanations, 07xx the Jakarta Validation bridge.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ValidationError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    RULE_PROBLEMS("SB-VAL-0001", "{0} 有 {1} 处错误，第一处：{2}", "{0} has {1} problem(s), the first: {3}"),

    // ---- 01xx rule syntax -----------------------------------------------------------------

    // ---- 02xx static checks -----------------------------------------------------------------

    // ---- 03xx evaluation limits ---------------------------------------------------------------

    // ---- 04xx rule-set files and providers ------------------------------------------------------

    // ---- 05xx datasets ------------------------------------------------------------------------
    DATA_REJECTED("SB-VAL-0501", "{0} 有 {1} 处数据问题，第一处：{2}", "{0} has {1} data problem(s), the first: {3}"),
    DATA_UNREADABLE("SB-VAL-0502", "无法读取 {0}：{1}", "cannot read {0}: {1}"),
    DATA_NO_HEADER("SB-VAL-0503", "{0} 没有表头行", "{0} has no header row"),
    DATA_BLANK_COLUMN_NAME("SB-VAL-0504", "表头第 {0} 列没有列名", "column {0} of the header has no name"),
    DATA_REPEATED_COLUMN("SB-VAL-0505", "表头中列 {0} 出现了不止一次", "column {0} appears more than once in the header"),
    DATA_NO_KEY_COLUMN("SB-VAL-0506", "缺少记录键列 {0}", "the record key column {0} is absent"),
    DATA_ROW_WIDTH("SB-VAL-0507", "该行有 {0} 个单元格，表头有 {1} 个", "the row has {0} cell(s), the header {1}"),
    DATA_NOT_UTF8("SB-VAL-0508", "该行含有非 UTF-8 字节", "the row has bytes that are not UTF-8"),
    DATA_CSV_SYNTAX("SB-VAL-0509", "CSV 格式错误，此后的内容未读取：{0}", "CSV syntax error, nothing after it was read: {0}"),
    DATA_BAD_CELL("SB-VAL-0510", "列 {0} 的值“{1}”不是{2}", "column {0}: \"{1}\" is not {3}"),
    DATA_KEY_MISSING("SB-VAL-0511", "记录键列 {0} 为空", "the record key column {0} is empty"),
    DATA_BROKEN_JSON("SB-VAL-0512", "该行不是一个 JSON 值：{0}", "the line is not a JSON value: {0}"),
    DATA_NOT_JSON_OBJECT("SB-VAL-0513", "该行不是 JSON 对象，而是 {0}", "the line is not a JSON object but {0}"),
    DATA_NOT_SCALAR("SB-VAL-0514", "字段 {0} 是数组或对象，应为单个值", "field {0} is an array or object, not a single value"),
    DATA_UNKNOWN_FIELD("SB-VAL-0515", "字段 {0} 不在数据集的列中", "field {0} is not a column of the dataset"),
    DATA_BLANK_FIELD_NAME("SB-VAL-0516", "该行有一个没有名字的字段", "the line has a field without a name"),

    // ---- 06xx reviews, reports, explanations ----------------------------------------------------

    // ---- 07xx Jakarta Validation bridge ---------------------------------------------------------
    /** A well-formed division code at a level the {@code @DivisionCode(level = …)} constraint does not allow. */
    CONSTRAINT_DIVISION_WRONG_LEVEL("SB-VAL-0701", "区划代码“{0}”的级别为{3}，应为{2}",
            "division code \"{0}\" is at the {3} level; expected {2}"),
    /** A well-formed industry code coarser than the {@code @IndustryCode(minLevel = …)} constraint allows. */
    CONSTRAINT_INDUSTRY_TOO_COARSE("SB-VAL-0702", "行业代码“{0}”只细到{3}，应至少细到{2}",
            "industry code \"{0}\" stops at the {3} level; expected at least the {2} level"),
    ;

    private final String code;
    private final String templateZh;
    private final String templateEn;

    ValidationError(String code, String templateZh, String templateEn) {
        this.code = code;
        this.templateZh = templateZh;
        this.templateEn = templateEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String templateZh() {
        return templateZh;
    }

    @Override
    public String templateEn() {
        return templateEn;
    }
}
