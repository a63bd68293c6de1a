package org.statsbase.core.error;

/**
 * Every error code of statsbase-core, in one place.
 *
 * <p>Numbers are allocated in blocks per area and never reused:
 * 00xx general and data files, 01xx 统一社会信用代码, 02xx 组织机构代码, 03xx 区划代码 and catalogs,
 * 04xx 城乡分类代码, 05xx 行业分类, 06xx statistical units and the register, 07xx enterprise size,
 * 08xx above-scale status, 09xx institutions and staff, 10xx periods and deadlines, 11xx forms.
 *
 * <p>Thread safety: immutable constants.
 */
public enum CoreError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    DATA_FILE_UNREADABLE("SB-CORE-0001", "无法读取数据文件 {0}：{1}", "cannot read data file {0}: {1}"),
    DATA_FILE_MALFORMED("SB-CORE-0002", "数据文件 {0} 有 {1} 处错误，第一处：{2}",
            "data file {0} has {1} problem(s), the first: {3}"),
    DATA_LINE_PROBLEM("SB-CORE-0003", "{0} 第 {1} 行：{2}", "{0} line {1}: {2}"),

    // ---- 01xx 统一社会信用代码 GB 32100-2015 ------------------------------------------------

    // ---- 02xx 组织机构代码 GB 11714 ---------------------------------------------------------

    // ---- 03xx 统计用区划代码 and catalogs --------------------------------------------------

    // ---- 04xx 城乡分类代码 ------------------------------------------------------------------

    // ---- 05xx 国民经济行业分类 GB/T 4754-2017 ----------------------------------------------
    INDUSTRY_EMPTY("SB-CORE-0501", "行业代码为空", "the industry code is empty"),
    INDUSTRY_ILLEGAL_CHARACTER("SB-CORE-0502", "行业代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "industry code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    INDUSTRY_WRONG_LENGTH("SB-CORE-0503", "行业代码“{0}”长度不对：应为门类字母和/或 2、3、4 位数字",
            "industry code \"{0}\" has the wrong length: expected a section letter and/or 2, 3 or 4 digits"),
    INDUSTRY_UNKNOWN_SECTION("SB-CORE-0504", "行业代码“{0}”的门类“{3}”不存在（应为 A–T）",
            "industry code \"{0}\": there is no section \"{3}\" (expected A-T)"),
    INDUSTRY_UNKNOWN_DIVISION("SB-CORE-0505", "行业代码“{0}”的大类“{3}”不存在（应为 01–97）",
            "industry code \"{0}\": there is no division \"{3}\" (expected 01-97)"),
    INDUSTRY_SECTION_MISMATCH("SB-CORE-0506", "行业代码“{0}”的门类与大类不符：应为 {2}，实为 {3}",
            "industry code \"{0}\": section letter does not match the division: expected {2}, actual {3}"),

    // ---- 06xx statistical units and the register 名录库 -------------------------------------

    // ---- 07xx enterprise size 统计上大中小微型企业划分办法（2017） --------------------------

    // ---- 08xx above-scale status 四上 -------------------------------------------------------

    // ---- 09xx institutions, staff, posts, transfers ------------------------------------------

    // ---- 10xx periods and deadline calendars -------------------------------------------------
    PERIOD_EMPTY("SB-CORE-1001", "报告期为空", "the reporting period is empty"),
    PERIOD_MALFORMED("SB-CORE-1002", "报告期“{0}”格式不对：应为{2}",
            "reporting period \"{0}\" is malformed: expected {2}"),
    PERIOD_YEAR_OUT_OF_RANGE("SB-CORE-1003", "报告期“{0}”的年份 {3} 超出范围 {2}",
            "reporting period \"{0}\": year {3} is outside {2}"),
    PERIOD_MONTH_OUT_OF_RANGE("SB-CORE-1004", "报告期“{0}”的月份 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no month {3} (expected {2})"),
    PERIOD_QUARTER_OUT_OF_RANGE("SB-CORE-1005", "报告期“{0}”的季度 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no quarter {3} (expected {2})"),
    PERIOD_HALF_OUT_OF_RANGE("SB-CORE-1006", "报告期“{0}”的半年 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no half-year {3} (expected {2})"),
    FREQUENCY_UNKNOWN("SB-CORE-1010", "报告频率“{0}”未知，应为 MONTHLY/月报、QUARTERLY/季报、HALF_YEARLY/半年报 或 YEARLY/年报",
            "unknown reporting frequency \"{0}\": expected MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY"),
    DEADLINE_NO_RULE("SB-CORE-1020", "截止时间表中没有适用于报表“{0}”、{1}的规则",
            "the deadline calendar has no rule for form \"{0}\" at frequency {1}"),
    DEADLINE_DAY_OUT_OF_RANGE("SB-CORE-1021", "截止日 {0} 超出范围（应为 1–31）",
            "deadline day of month {0} is out of range (expected 1-31)"),
    DEADLINE_OFFSET_OUT_OF_RANGE("SB-CORE-1022", "{0} 为 {1}，超出范围 {2}",
            "{0} is {1}, outside {2}"),
    DEADLINE_EXEMPT_INDEX_OUT_OF_RANGE("SB-CORE-1023", "免报序号 {0} 对{1}无效（应为 1–{2}）",
            "exempt index {0} is not valid for {1} (expected 1-{2})"),
    DEADLINE_PERIOD_FREQUENCY_MISMATCH("SB-CORE-1024", "报告期 {0} 不是{1}的报告期",
            "reporting period {0} is not a {1} period"),
    DEADLINE_DUPLICATE_RULE("SB-CORE-1025", "截止规则重复：报表“{0}”、{1}",
            "duplicate deadline rule for form \"{0}\" at frequency {1}"),
    DEADLINE_UNKNOWN_ZONE("SB-CORE-1026", "时区“{0}”未知", "unknown time zone \"{0}\""),
    DEADLINE_OVERRIDE_OF_EXEMPT("SB-CORE-1027", "报告期 {0} 免报，不能再指定截止时间",
            "reporting period {0} is exempt and cannot also have a deadline override"),
    DEADLINE_BAD_TIME("SB-CORE-1028", "“{0}”不是有效的时间（应为 {1}）",
            "\"{0}\" is not a valid time (expected {1})"),
    DEADLINE_RULE_KIND("SB-CORE-1029", "截止规则必须且只能有 day_of_month 或 days_after_end 之一",
            "a deadline rule needs exactly one of day_of_month or days_after_end"),
    // 1090-1099: JSON configuration files in general (deadline calendars, form definitions).
    CONFIG_FIELD_MISSING("SB-CORE-1090", "缺少必填字段", "required field is missing"),
    CONFIG_WRONG_TYPE("SB-CORE-1091", "应为{0}，实为{1}", "expected {0}, found {1}"),
    CONFIG_UNKNOWN_FIELD("SB-CORE-1092", "未知字段（允许的字段：{0}）", "unknown field (allowed: {0})"),
    CONFIG_NOT_AN_OBJECT("SB-CORE-1093", "文件顶层应为 JSON 对象", "the top level of the file must be a JSON object"),
    CONFIG_EMPTY_TEXT("SB-CORE-1094", "{0} 不能为空", "{0} must not be blank"),


    // ---- 11xx survey systems, forms, indicators ----------------------------------------------
    FORM_DUPLICATE_ID("SB-CORE-1101", "表号“{0}”重复（首次出现在 {1}）",
            "duplicate form id \"{0}\" (first at {1})"),
    FORM_DUPLICATE_INDICATOR("SB-CORE-1102", "报表“{0}”中指标代码“{1}”重复（首次出现在 {2}）",
            "form \"{0}\": duplicate indicator code \"{1}\" (first at {2})"),
    FORM_UNKNOWN_INDICATOR_TYPE("SB-CORE-1103", "指标类型“{0}”未知，应为 {1}",
            "unknown indicator type \"{0}\": expected one of {1}"),
    FORM_DECIMALS_NOT_ALLOWED("SB-CORE-1104", "{0} 类型的指标不能规定小数位数",
            "an indicator of type {0} cannot have decimals"),
    FORM_DECIMALS_OUT_OF_RANGE("SB-CORE-1105", "小数位数 {0} 超出范围（应为 0–{1}）",
            "decimals {0} out of range (expected 0-{1})"),
    FORM_NO_INDICATORS("SB-CORE-1106", "报表“{0}”没有指标", "form \"{0}\" has no indicators"),
    FORM_YEAR_OUT_OF_RANGE("SB-CORE-1107", "年份 {0} 超出范围 {1}", "year {0} is outside {1}"),
    FORM_BAD_ID("SB-CORE-1108", "“{0}”不能作为表号或指标代码：不能为空，也不能含空白或控制字符",
            "\"{0}\" is not a valid form id or indicator code: it must be non-blank without blanks or control characters"),
    FORM_DATA_FREQUENCY_MISMATCH("SB-CORE-1110", "报表“{0}”为{1}，报告期 {2} 不符",
            "form \"{0}\" is {1}; reporting period {2} does not match"),
    FORM_DATA_UNKNOWN_INDICATOR("SB-CORE-1111", "报表“{0}”没有指标“{1}”",
            "form \"{0}\" has no indicator \"{1}\""),
    FORM_DATA_WRONG_VALUE("SB-CORE-1112", "报表“{0}”指标“{1}”为 {2} 类型，值“{3}”不符",
            "form \"{0}\" indicator \"{1}\" is of type {2}; value \"{3}\" does not fit"),
    ;

    private final String code;
    private final String templateZh;
    private final String templateEn;

    CoreError(String code, String templateZh, String templateEn) {
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
