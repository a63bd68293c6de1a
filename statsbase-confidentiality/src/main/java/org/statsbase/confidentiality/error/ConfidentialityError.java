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
    /** A table needs at least one dimension. */
    TABLE_NO_DIMENSION("SB-CONF-0301", "表至少需要一个维度", "a table needs at least one dimension"),
    /** Two dimensions share a name: {0} the name. */
    TABLE_DUPLICATE_DIMENSION("SB-CONF-0302", "维度名称“{0}”重复", "the dimension name \"{0}\" is used twice"),
    /** A contribution lacks a code for a dimension: {0} unit id; {1} dimension name. */
    MICRODATA_CODE_MISSING("SB-CONF-0303", "单位{0}缺少维度“{1}”的代码", "unit {0} has no code for the dimension \"{1}\""),
    /** A code does not fit the dimension's hierarchy: {0} unit id; {1} dimension; {2} code; {3} reason (en); {4} reason (zh). */
    MICRODATA_CODE_INVALID("SB-CONF-0304", "单位{0}在维度“{1}”上的代码“{2}”不能用于该层级结构：{4}",
            "unit {0} has the code \"{2}\" for the dimension \"{1}\", which does not fit its hierarchy: {3}"),
    /** A hierarchy lists no level or a level twice or out of order: {0} the hierarchy. */
    HIERARCHY_LEVELS_INVALID("SB-CONF-0305", "层级结构{0}的层次必须非空、自上而下且不重复",
            "the levels of the hierarchy {0} must be non-empty, top-down and distinct"),
    /** A microdata file cannot be read: {0} source; {1} line; {2} reason (en); {3} reason (zh). */
    MICRODATA_MALFORMED("SB-CONF-0306", "微观数据{0}第{1}行有误：{3}", "the microdata {0} is malformed at line {1}: {2}"),
    // ---- 04xx sensitivity rules -------------------------------------------------------------
    /** A rule specification cannot be parsed: {0} the specification; {1} position (1-based). */
    RULE_SPEC_MALFORMED("SB-CONF-0401", "敏感性规则“{0}”在第{1}个字符处无法解析（应如 freq(3),nk(2,85),p(10)）",
            "the sensitivity rules \"{0}\" cannot be parsed at character {1} (expected e.g. freq(3),nk(2,85),p(10))"),
    /** A rule parameter is out of range: {0} rule; {1} parameter; {2} value; {3} allowed range. */
    RULE_PARAMETER_OUT_OF_RANGE("SB-CONF-0402", "敏感性规则{0}的参数{1}={2}超出范围{3}",
            "the parameter {1}={2} of the sensitivity rule {0} is outside {3}"),
    /** No sensitivity rule was given. */
    RULES_EMPTY("SB-CONF-0403", "至少需要一条敏感性规则", "at least one sensitivity rule is needed"),
    // ---- 05xx secondary suppression and the audit ---------------------------------------------
    /** A cell key does not belong to the table: {0} the key. */
    CELL_UNKNOWN("SB-CONF-0501", "表中没有单元格{0}", "the table has no cell {0}"),
    /** A linear program of the audit could not be solved: {0} the cell; {1} the solver's message. */
    AUDIT_LP_FAILED("SB-CONF-0502", "审计单元格{0}的线性规划无法求解：{1}",
            "the linear program auditing the cell {0} could not be solved: {1}"),
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
