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
    /** A text that must be one line has a line break or control character: {0} what, in English; {1} the text; {2} what, in Chinese. */
    FIELD_NOT_SINGLE_LINE("SB-CONF-0002", "{2}“{1}”只能是一行，不能含换行或控制字符",
            "the {0} \"{1}\" must be one line without line breaks or control characters"),

    // ---- 01xx classification --------------------------------------------------------------
    // Problems of the secret-items list and of the classification policy ({0} = the JSON path, e.g. items[2].level).
    /** The top level of a secret-items file is neither an object with "items" nor an array. */
    SECRET_ITEMS_NOT_A_LIST("SB-CONF-0101", "顶层应为含 \"items\" 数组的 JSON 对象，或事项数组",
            "the top level must be a JSON object with an \"items\" array, or an array of items"),
    /** {0} the path of the missing field. */
    CONFIG_FIELD_MISSING("SB-CONF-0102", "{0}：缺少必填字段", "{0}: required field is missing"),
    /** {0} the path; {1} the fields allowed. */
    CONFIG_UNKNOWN_FIELD("SB-CONF-0103", "{0}：未知字段（允许的字段：{1}）", "{0}: unknown field (allowed: {1})"),
    /** {0} the path; {1} what was expected, in English; {2} in Chinese. */
    CONFIG_WRONG_TYPE("SB-CONF-0104", "{0}：应为{2}", "{0}: expected {1}"),
    /** {0} the path; {1} the level given. */
    SECRET_ITEM_NOT_STATE_SECRET("SB-CONF-0105", "{0}：“{1}”不是国家秘密密级（应为 秘密、机密 或 绝密）",
            "{0}: \"{1}\" is not a level of state secret (expected 秘密/SECRET, 机密/HIGHLY_SECRET or 绝密/TOP_SECRET)"),
    /** {0} the path; {1} the period given; {2} the longest allowed; {3} the level. */
    SECRET_ITEM_PERIOD_OUT_OF_RANGE("SB-CONF-0106", "{0}：保密期限 {1} 年超出范围（{3}最长 {2} 年，且至少 1 年）",
            "{0}: a secrecy period of {1} years is outside 1-{2} (the longest for {3})"),
    /** {0} the path. */
    SECRET_ITEM_ID_OR_PATTERN("SB-CONF-0107", "{0}：\"id\" 与 \"pattern\" 须给出且只给出一个",
            "{0}: give exactly one of \"id\" and \"pattern\""),
    /** {0} the path; {1} the id or pattern; {2} where it was first listed. */
    SECRET_ITEM_DUPLICATE("SB-CONF-0108", "{0}：“{1}”重复（首次出现在 {2}）", "{0}: \"{1}\" is listed twice (first at {2})"),
    /** {0} the path; {1} the value; {2} the values allowed. */
    CONFIG_BAD_VALUE("SB-CONF-0109", "{0}：“{1}”无效，应为 {2}", "{0}: \"{1}\" is not one of {2}"),
    /** {0} the path. */
    POLICY_PUBLIC_NOT_ALLOWED("SB-CONF-0110", "{0}：基层数据和未公布的综合数据不能定为公开",
            "{0}: unit-level data and unreleased aggregates can never be public"),
    /** The grade rules do not end with a rule without conditions. */
    POLICY_NO_CATCH_ALL("SB-CONF-0111", "grades 的最后一条规则不能带条件，以保证每项数据都有分级",
            "the last rule of grades must have no condition, so that every data item gets a grade"),
    /** {0} the aggregation level; {1} the region scope's level; {2} the region code. */
    AGGREGATION_ABOVE_SCOPE("SB-CONF-0112", "汇总层级 {0} 高于区域范围 {2} 的层级 {1}",
            "the aggregation level {0} lies above the level {1} of the region scope {2}"),
    /** A JSON text that cannot be parsed: {0} the source; {1} the parser's message. */
    CONFIG_NOT_JSON("SB-CONF-0113", "{0} 不是有效的 JSON：{1}", "{0} is not valid JSON: {1}"),
    /** A glob pattern of a secret item that matches nothing sensible: {0} the path; {1} the pattern. */
    SECRET_ITEM_BAD_PATTERN("SB-CONF-0114", "{0}：模式“{1}”只能含字母、数字、. - _ / : 以及通配符 * ?",
            "{0}: the pattern \"{1}\" may hold only letters, digits, . - _ / : and the wildcards * and ?"),
    // ---- 02xx access decisions -------------------------------------------------------------
    // The rules that deny access; a denial written to the trail is refused with the rule's code.
    /** {0} the role, in English; {1} the action, in English; {2} the role, in Chinese; {3} the action, in Chinese. */
    ACCESS_ROLE_MAY_NOT_ACT("SB-CONF-0201", "{2}无权{3}此类数据", "a {0} may not {1} data"),
    /** 统计法 2009 第二十五条. */
    ACCESS_UNIT_LEVEL_NON_STATISTICAL("SB-CONF-0202",
            "基层数据（能够识别或推断单个统计调查对象身份的资料）不得用于统计以外的目的（统计法 2009 第二十五条）",
            "unit-level data (material that identifies or allows inference of a single respondent) is not given"
                    + " for a non-statistical purpose (Statistics Law 2009, art. 25)"),
    /** {0} the data's level, in English; {1} the clearance, in English; {2}, {3} the same in Chinese. */
    ACCESS_ABOVE_CLEARANCE("SB-CONF-0203", "数据为{2}，高于其知悉范围所及的{3}",
            "the data is {0}, above the subject's clearance ({1})"),
    /** {0} the region the data concerns; {1} the subject's jurisdiction. */
    ACCESS_OUTSIDE_JURISDICTION("SB-CONF-0204", "数据涉及区划 {0}，不在其管辖范围 {1} 之内",
            "the data concerns division {0}, outside the subject's jurisdiction {1}"),
    /** {0} the data's level and class, in English; {1} in Chinese. */
    ACCESS_PUBLISH_NOT_PUBLIC("SB-CONF-0205", "只有定为公开的综合数据才能公布；此数据为{1}",
            "only aggregates classified public may be published; this data is {0}"),
    /** {0} the data's level, in English; {1} in Chinese. */
    ACCESS_PUBLIC_ONLY("SB-CONF-0206", "社会公众只能获取公开数据；此数据为{1}",
            "a member of the public gets only public data; this data is {0}"),
    /** A resource described as unit-level and public: unit-level data is never public. {0} the resource id. */
    RESOURCE_UNIT_LEVEL_PUBLIC("SB-CONF-0207", "资源“{0}”是基层数据，不能是公开的（统计法 2009 第二十五条）",
            "resource \"{0}\" is unit-level data, which is never public (Statistics Law 2009, art. 25)"),
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
