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
    USCC_EMPTY("SB-CORE-0101", "统一社会信用代码为空", "the unified social credit code is empty"),
    USCC_WRONG_LENGTH("SB-CORE-0102", "统一社会信用代码“{0}”长度不对：应为 {2} 位，实为 {3} 位",
            "unified social credit code \"{0}\" has the wrong length: expected {2} characters, actual {3}"),
    USCC_ILLEGAL_CHARACTER("SB-CORE-0103", "统一社会信用代码“{0}”第 {1} 位字符“{3}”不合法，应为 {2} 之一",
            "unified social credit code \"{0}\" has illegal character \"{3}\" at position {1}; expected one of {2}"),
    USCC_UNKNOWN_AUTHORITY("SB-CORE-0104", "统一社会信用代码“{0}”第 {1} 位登记管理部门代码“{3}”不存在，应为 {2} 之一",
            "unified social credit code \"{0}\": there is no registration authority \"{3}\" at position {1}; "
                    + "expected one of {2}"),
    USCC_UNKNOWN_CATEGORY("SB-CORE-0105", "统一社会信用代码“{0}”第 {1} 位机构类别代码“{3}”不属于该登记管理部门，应为 {2} 之一",
            "unified social credit code \"{0}\": the registration authority has no organisation category \"{3}\" "
                    + "at position {1}; expected one of {2}"),
    USCC_BAD_DIVISION("SB-CORE-0106", "统一社会信用代码“{0}”第 3–8 位登记管理机关行政区划码不合法：第 {1} 位应为 {2}，实为“{3}”",
            "unified social credit code \"{0}\" has a bad registration division (positions 3-8): "
                    + "expected {2} at position {1}, actual \"{3}\""),
    USCC_BAD_ORGANIZATION_CHECK("SB-CORE-0107",
            "统一社会信用代码“{0}”第 9–17 位主体标识码（组织机构代码）校验不通过：第 {1} 位应为“{2}”，实为“{3}”",
            "unified social credit code \"{0}\": positions 9-17 (organisation code) fail the GB 11714 check: "
                    + "expected \"{2}\" at position {1}, actual \"{3}\""),
    USCC_BAD_CHECK_CHARACTER("SB-CORE-0108", "统一社会信用代码“{0}”校验码错误：第 {1} 位应为“{2}”，实为“{3}”",
            "unified social credit code \"{0}\" has a wrong check character: expected \"{2}\" at position {1}, "
                    + "actual \"{3}\""),

    // ---- 02xx 组织机构代码 GB 11714 ---------------------------------------------------------
    ORGANIZATION_EMPTY("SB-CORE-0201", "组织机构代码为空", "the organisation code is empty"),
    ORGANIZATION_WRONG_LENGTH("SB-CORE-0202", "组织机构代码“{0}”长度不对：应为 {2} 位（不计连字符），实为 {3} 位",
            "organisation code \"{0}\" has the wrong length: expected {2} characters (not counting the hyphen), "
                    + "actual {3}"),
    ORGANIZATION_ILLEGAL_CHARACTER("SB-CORE-0203", "组织机构代码“{0}”第 {1} 位字符“{3}”不合法，应为 {2}",
            "organisation code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    ORGANIZATION_MISPLACED_HYPHEN("SB-CORE-0204", "组织机构代码“{0}”第 {1} 位的连字符位置不对：连字符只能在第 {2} 位",
            "organisation code \"{0}\" has a misplaced hyphen at position {1}; a hyphen may stand only at position {2}"),
    ORGANIZATION_BAD_CHECK_CHARACTER("SB-CORE-0205", "组织机构代码“{0}”校验码错误：第 {1} 位应为“{2}”，实为“{3}”",
            "organisation code \"{0}\" has a wrong check character: expected \"{2}\" at position {1}, actual \"{3}\""),

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
    INDUSTRY_UNKNOWN_CODE("SB-CORE-0507", "行业代码“{0}”（{3}）不在所用的行业分类表中",
            "industry code \"{0}\" ({3}) is not in the classification table used"),
    INDUSTRY_TABLE_BAD_CODE("SB-CORE-0508", "行业代码“{0}”不合法：{1}", "invalid industry code \"{0}\": {2}"),
    INDUSTRY_TABLE_DUPLICATE("SB-CORE-0509", "行业代码 {0} 重复，首次出现于{1}",
            "industry code {0} appears twice, first at {2}"),
    INDUSTRY_TABLE_WRONG_PARENT("SB-CORE-0510", "行业代码 {0} 位于 {1} 之下，应位于 {2} 之下",
            "industry code {0} is under {1} but belongs under {2}"),
    INDUSTRY_TABLE_NOT_A_SECTION("SB-CORE-0511", "行业代码 {0} 位于顶层，顶层只能是门类；它应位于 {1} 之下",
            "industry code {0} is at the top level, where only sections belong; it belongs under {1}"),
    INDUSTRY_TABLE_NESTED_SECTION("SB-CORE-0512", "门类 {0} 应位于顶层，不应位于 {1} 之下",
            "section {0} belongs at the top level, not under {1}"),
    INDUSTRY_TABLE_MISSING_PARENT("SB-CORE-0513", "行业代码 {0} 的上级 {1} 不在表中",
            "the parent {1} of industry code {0} is not in the table"),
    INDUSTRY_TABLE_EMPTY_NAME("SB-CORE-0514", "行业代码 {0} 的名称为空", "industry code {0} has an empty name"),
    INDUSTRY_TABLE_MISSING_CODE("SB-CORE-0515", "行业分类表缺少 {0}（{1}）", "the classification table lacks {0} ({2})"),
    INDUSTRY_TABLE_NO_CHILDREN("SB-CORE-0516", "{0} 下没有下级类别；完整的行业分类表中每个门类、大类、中类都有下级",
            "{0} has nothing below it; in a full classification table every section, division and group has some"),
    INDUSTRY_TABLE_BAD_FIELD("SB-CORE-0517", "字段 {0} 缺失或类型不对：应为 {1}",
            "field {0} is missing or has the wrong type: expected {1}"),
    INDUSTRY_TABLE_CSV_HEADER("SB-CORE-0518", "表头应为 code,name，实为 {0}", "the header must be code,name; found {0}"),
    INDUSTRY_TABLE_CSV_COLUMNS("SB-CORE-0519", "应有 2 列（code,name），实有 {0} 列",
            "expected 2 columns (code,name), found {0}"),

    // ---- 06xx statistical units and the register 名录库 -------------------------------------

    // ---- 07xx enterprise size 统计上大中小微型企业划分办法（2017） --------------------------

    // ---- 08xx above-scale status 四上 -------------------------------------------------------

    // ---- 09xx institutions, staff, posts, transfers ------------------------------------------

    // ---- 10xx periods and deadline calendars -------------------------------------------------

    // ---- 11xx survey systems, forms, indicators ----------------------------------------------
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
