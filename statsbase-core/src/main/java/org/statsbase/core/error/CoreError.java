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
    DIVISION_EMPTY("SB-CORE-0301", "区划代码为空", "the division code is empty"),
    DIVISION_ILLEGAL_CHARACTER("SB-CORE-0302", "区划代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "division code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    DIVISION_WRONG_LENGTH("SB-CORE-0303", "区划代码“{0}”长度不对：应为 {2} 位数字，实为 {3} 位",
            "division code \"{0}\" has the wrong length: expected {2} digits, actual {3}"),
    DIVISION_UNKNOWN_PROVINCE("SB-CORE-0304", "区划代码“{0}”的省级代码“{3}”不在 GB/T 2260 中",
            "division code \"{0}\": province \"{3}\" is not in GB/T 2260"),
    DIVISION_LEVEL_GAP("SB-CORE-0305", "区划代码“{0}”第 {1} 位起的“{3}”不为零，但其上一级为零（应为 {2}）",
            "division code \"{0}\": group \"{3}\" at position {1} is non-zero below a zero group (expected {2})"),

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
