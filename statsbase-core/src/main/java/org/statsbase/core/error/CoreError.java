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
    DIVISION_CATALOG_HEADER("SB-CORE-0320",
            "表头不对：应有列 {1}，可选列 {2}，每列一次；实为“{0}”",
            "wrong header: expected columns {1}, optional {2}, each once; actual \"{0}\""),
    DIVISION_CATALOG_FIELD_COUNT("SB-CORE-0321", "应有 {0} 个字段，实有 {1} 个", "expected {0} fields, found {1}"),
    DIVISION_CATALOG_BAD_CODE("SB-CORE-0322", "列 {0} 的代码无效：{1}", "column {0} holds an invalid code: {2}"),
    DIVISION_CATALOG_EMPTY_NAME("SB-CORE-0323", "{0} 的名称为空", "the name of {0} is empty"),
    DIVISION_CATALOG_BAD_LEVEL("SB-CORE-0324",
            "级别“{0}”不存在，应为 PROVINCE/省级、PREFECTURE/地级、COUNTY/县级、TOWNSHIP/乡级、VILLAGE/村级",
            "there is no level \"{0}\"; expected PROVINCE/省级, PREFECTURE/地级, COUNTY/县级, TOWNSHIP/乡级,"
                    + " VILLAGE/村级"),
    DIVISION_CATALOG_DUPLICATE("SB-CORE-0325", "{0}（{1}）与第 {2} 行重复", "{0} ({1}) repeats line {2}"),
    DIVISION_CATALOG_PARENT_REQUIRED("SB-CORE-0326", "{0} 的级别为 {1}，上级不能为空（只有省级单位没有上级）",
            "{0} is at level {1}: its parent must not be empty (only provinces have none)"),
    DIVISION_CATALOG_PROVINCE_WITH_PARENT("SB-CORE-0327", "省级单位 {0} 不能有上级（实为 {1}）",
            "province {0} must not have a parent (found {1})"),
    DIVISION_CATALOG_PARENT_MISMATCH("SB-CORE-0328", "{0} 的上级按代码应为 {1}（或其自身代码），实为 {2}",
            "the parent of {0} must be {1} by its digits (or its own code), not {2}"),
    DIVISION_CATALOG_PARENT_MISSING("SB-CORE-0329", "{0} 的上级 {1} 不在目录中",
            "the parent {1} of {0} is not in the catalog"),
    DIVISION_CATALOG_LEVEL_IMPLAUSIBLE("SB-CORE-0330", "{0} 的级别 {1} 与代码不符：按代码应为 {2}",
            "level {1} of {0} does not fit its digits, which imply {2}"),
    DIVISION_CATALOG_LEVEL_NOT_BELOW_PARENT("SB-CORE-0331", "{0}（{1}）不低于其上级 {2} 的任何级别",
            "{0} ({1}) is not below any level its parent {2} is listed at"),
    DIVISION_CATALOG_STAND_IN_WITHOUT_UNIT("SB-CORE-0332",
            "{0}（{1}）以自身代码为上级，目录中却没有上一级（{2}）的 {0}",
            "{0} ({1}) names its own code as parent, but the catalog has no {0} one level up ({2})"),
    DIVISION_CATALOG_URBAN_RURAL_NOT_VILLAGE("SB-CORE-0333", "只有村级单位有城乡分类代码，{0} 是 {1}",
            "only village-level units carry an urban-rural code; {0} is at level {1}"),
    DIVISION_CATALOG_BAD_URBAN_RURAL("SB-CORE-0334", "城乡分类代码无效：{0}", "invalid urban-rural code: {1}"),
    DIVISION_MAPPING_HEADER("SB-CORE-0340", "表头不对：应有列 old_code、new_code、change，每列一次；实为“{0}”",
            "wrong header: expected columns old_code, new_code, change, each once; actual \"{0}\""),
    DIVISION_MAPPING_NOT_IN_OLD("SB-CORE-0341", "旧代码 {0} 不在 {1} 年的目录中",
            "old code {0} is not in the {1} catalog"),
    DIVISION_MAPPING_NOT_IN_NEW("SB-CORE-0342", "新代码 {0} 不在 {1} 年的目录中",
            "new code {0} is not in the {1} catalog"),
    DIVISION_MAPPING_BAD_CHANGE("SB-CORE-0343", "变更类型“{0}”不对，应为 merged/合并、split/拆分、renamed/更名",
            "there is no change \"{0}\" to declare; expected merged/合并, split/拆分, renamed/更名"),
    DIVISION_MAPPING_DUPLICATE("SB-CORE-0344", "{0} → {1} 与第 {2} 行重复", "{0} -> {1} repeats line {2}"),
    DIVISION_MAPPING_CONFLICT("SB-CORE-0345", "{0} 在第 {1} 行已标为{2}，此处又标为{3}",
            "{0} is declared {2} on line {1} and {3} here"),
    DIVISION_MAPPING_LEVEL_MISMATCH("SB-CORE-0346", "{0}（{1}）与 {2}（{3}）不在同一级别",
            "{0} ({1}) and {2} ({3}) are not at the same level"),
    DIVISION_MAPPING_RENAMED_NOT_ONE_TO_ONE("SB-CORE-0347", "更名应一对一：{0} 与 {1} 还有其他对应（第 {2} 行）",
            "a rename is one-to-one, but {0} or {1} also appears on line {2}"),
    DIVISION_MAPPING_RENAMED_UNCHANGED("SB-CORE-0348", "{0} 标为更名，但代码和名称（{1}）都没有变",
            "{0} is declared renamed but neither its code nor its name ({1}) changed"),
    DIVISION_MAPPING_SPLIT_SINGLE("SB-CORE-0349", "{0} 标为拆分，但只列了一个新代码 {1}",
            "{0} is declared split but lists only one new code, {1}"),
    DIVISION_MAPPING_MERGE_SINGLE("SB-CORE-0350", "{1} 标为合并的结果，但只有 {0} 并入",
            "{1} is declared the result of a merger, but only {0} merges into it"),
    DIVISION_MAPPING_RENAMED_ONTO_LISTED("SB-CORE-0351",
            "{0} 标为更名为 {1}，但旧目录已有 {1}（{2}）且未声明其变更；两个单位并为一个应标为合并",
            "{0} is declared renamed to {1}, but the old catalog lists {1} ({2}) and declares no change for it;"
                    + " two units becoming one is a merger"),

    // ---- 04xx 城乡分类代码 ------------------------------------------------------------------
    URBAN_RURAL_EMPTY("SB-CORE-0401", "城乡分类代码为空", "the urban-rural code is empty"),
    URBAN_RURAL_ILLEGAL_CHARACTER("SB-CORE-0402", "城乡分类代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "urban-rural code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    URBAN_RURAL_WRONG_LENGTH("SB-CORE-0403", "城乡分类代码“{0}”长度不对：应为 3 位数字，实为 {3} 位",
            "urban-rural code \"{0}\" has the wrong length: expected 3 digits, actual {3}"),
    URBAN_RURAL_GROUP_CODE("SB-CORE-0404",
            "“{0}”是城乡分类的汇总代码（{3}），村级单位应取 111、112、121、122、123、210、220 之一",
            "\"{0}\" is an urban-rural group code ({3}); a village-level unit carries one of"
                    + " 111, 112, 121, 122, 123, 210, 220"),
    URBAN_RURAL_UNKNOWN("SB-CORE-0405", "城乡分类代码“{0}”不存在，应为 111、112、121、122、123、210、220 之一",
            "there is no urban-rural code \"{0}\"; expected one of 111, 112, 121, 122, 123, 210, 220"),

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
