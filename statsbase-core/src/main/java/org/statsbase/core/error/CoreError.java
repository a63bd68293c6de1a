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
    // 0900-0909 values: bad text, numbers, dates given to the org value types
    ORG_BLANK_TEXT("SB-CORE-0901", "{0}不能为空", "{1} must not be blank"),
    ORG_NUMBER_OUT_OF_RANGE("SB-CORE-0902", "{0}应为 {2}，实为 {3}", "{1} must be {2}, but is {3}"),
    ORG_DATES_OUT_OF_ORDER("SB-CORE-0903", "{0}（{2}）早于{3}（{5}）", "{1} ({2}) is before {4} ({5})"),
    ORG_POST_WITHOUT_DUTIES("SB-CORE-0904", "岗位“{0}”没有书面岗位责任（统计业务岗位责任制度）",
            "post \"{0}\" has no written duties (统计业务岗位责任制度)"),
    ORG_UNKNOWN_INSTITUTION("SB-CORE-0905", "机构目录中没有机构 {0}", "there is no institution {0} in the directory"),
    ORG_DIFFERENT_INSTITUTIONS("SB-CORE-0906", "比较的是不同机构的情况：{0} 与 {1}",
            "the facts compared belong to different institutions: {0} and {1}"),
    ORG_STAFF_NOT_A_STATISTICIAN("SB-CORE-0907", "{0} 是{1}，不是统计人员，没有专职或兼职之分",
            "{0} is a(n) {2}, not a statistician, and has no full-time or part-time status"),
    // 0910-0929 placing institutions in the directory (the tree county bureau → station → post)
    ORG_PLACEMENT_DUPLICATE_ID("SB-CORE-0911", "机构 {0} 重复", "institution {0} appears more than once"),
    ORG_PLACEMENT_PARENT_REQUIRED("SB-CORE-0912", "{1} {0} 必须设在上级机构之下（{3}）",
            "{2} {0} must be placed under a parent ({4})"),
    ORG_PLACEMENT_PARENT_NOT_ALLOWED("SB-CORE-0913", "{1} {0} 是机构树的根，不能有上级机构（实为 {3}）",
            "{2} {0} is a root of the tree and cannot have a parent (has {3})"),
    ORG_PLACEMENT_PARENT_UNKNOWN("SB-CORE-0914", "机构 {0} 的上级机构 {1} 不在目录中",
            "the parent {1} of institution {0} is not in the directory"),
    ORG_PLACEMENT_WRONG_PARENT_KIND("SB-CORE-0915", "{1} {0} 的上级应为{3}，但上级 {5} 是{6}",
            "{2} {0} must be placed under a {4}, but its parent {5} is a {7}"),
    ORG_PLACEMENT_WRONG_DIVISION_LEVEL("SB-CORE-0916", "{1} {0} 的区划代码 {3} 应为{4}，实为{6}",
            "{2} {0}: division code {3} must be at {5} level, but is at {7} level"),
    ORG_PLACEMENT_OUTSIDE_PARENT("SB-CORE-0917", "{1} {0} 的区划代码 {3} 与上级机构 {4} 的区划 {5} 不符：应{6}",
            "{2} {0}: division code {3} does not fit {5}, the division of its parent {4}: it must {7}"),
    // 0930-0949 transfer of a township statistician (国统字〔2021〕85号 二（二）)
    ORG_TRANSFER_CONSENT_MISSING("SB-CORE-0931", "乡镇统计人员 {0} 的调动没有县级人民政府统计机构的同意记录",
            "the transfer of township statistician {0} has no recorded consent of the county statistics bureau"),
    ORG_TRANSFER_CONSENT_BODY_UNKNOWN("SB-CORE-0932", "同意 {0} 调动的机构 {1} 不在机构目录中",
            "{1}, which consented to the transfer of {0}, is not in the institution directory"),
    ORG_TRANSFER_CONSENT_NOT_COUNTY_BUREAU("SB-CORE-0933", "同意 {0} 调动的 {1} 是{2}，不是县级人民政府统计机构",
            "{1}, which consented to the transfer of {0}, is a {3}, not a county statistics bureau"),
    ORG_TRANSFER_CONSENT_WRONG_COUNTY("SB-CORE-0934", "同意 {0} 调动的 {1} 不是其所在乡镇统计站 {2} 的县级统计局（应为 {3}）",
            "{1}, which consented to the transfer of {0}, is not the county bureau of township station {2} (expected {3})"),
    ORG_TRANSFER_CONSENT_TOO_LATE("SB-CORE-0935", "{0} 调动的同意日期 {1} 晚于调动日期 {2}：应先征得同意",
            "consent to the transfer of {0} is dated {1}, after the transfer date {2}: consent must come first"),
    ORG_TRANSFER_HANDOVER_MISSING("SB-CORE-0936", "{0} 的调动没有工作交接记录",
            "the transfer of {0} has no handover record"),
    ORG_TRANSFER_HANDOVER_WRONG_PERSON("SB-CORE-0937", "交接记录的移交人是 {1}，不是调动的 {0}",
            "the handover record is handed over by {1}, not by {0} who is transferred"),
    ORG_TRANSFER_HANDOVER_SAME_PERSON("SB-CORE-0938", "交接记录的移交人和接收人都是 {0}",
            "the handover record is handed over and taken over by the same person {0}"),
    ORG_TRANSFER_HANDOVER_INCOMPLETE("SB-CORE-0939", "{0} 的交接记录缺少：{1}",
            "the handover record of {0} lists nothing for: {2}"),
    ORG_TRANSFER_HANDOVER_UNSIGNED("SB-CORE-0940", "{0} 的交接记录没有{1}签字",
            "the handover record of {0} is not signed by the {2}"),
    ORG_TRANSFER_HANDOVER_SUPERVISOR_NOT_INDEPENDENT("SB-CORE-0941", "交接记录的监交人 {1} 同时是移交人或接收人（{0} 的调动）",
            "the supervisor {1} of the handover is also a party to it (transfer of {0})"),
    ORG_TRANSFER_HANDOVER_SIGNED_TOO_LATE("SB-CORE-0942", "{0} 的交接记录由{1}于 {3} 签字，晚于调动日期 {4}",
            "the handover record of {0} was signed by the {2} on {3}, after the transfer date {4}"),
    ORG_TRANSFER_INSTITUTION_UNKNOWN("SB-CORE-0943", "{0} 所在机构 {1} 不在机构目录中",
            "{1}, the institution of {0}, is not in the institution directory"),
    // 0950-0969 staffing adequacy (统计人员数量与统计任务相匹配)
    ORG_STAFFING_UNDER_BY_UNITS("SB-CORE-0951",
            "{0} 统计人员不足：辖区基本单位 {1} 个，按每名统计人员 {2} 个单位需 {3} 名，实有 {4} 名",
            "{0} is under-staffed by units: {1} basic units at {2} units per statistician need {3}, actual {4}"),
    ORG_STAFFING_UNDER_BY_POPULATION("SB-CORE-0952",
            "{0} 统计人员不足：辖区人口 {1} 人，按每名统计人员 {2} 人需 {3} 名，实有 {4} 名",
            "{0} is under-staffed by population: {1} inhabitants at {2} per statistician need {3}, actual {4}"),

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
