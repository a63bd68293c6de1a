package org.statsbase.core.error;

/**
 * Every error code of statsbase-core, in one place.
 *
 * <p>Numbers are allocated in blocks per area and never reused:
 * 00xx general and data files, 01xx 统一社会信用代码, 02xx 组织机构代码, 03xx 区划代码 and catalogs,
 * 04xx 城乡分类代码, 05xx 行业分类, 06xx statistical units and the register, 07xx enterprise size,
 * 08xx above-scale status, 09xx institutions and staff, 10xx periods and deadlines, 11xx forms,
 * 12xx input limits ({@link org.statsbase.core.io.InputLimits}).
 *
 * <p>Thread safety: immutable constants.
 */
public enum CoreError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    /** {@code SB-CORE-0001}: cannot read data file …: … */
    DATA_FILE_UNREADABLE("SB-CORE-0001", "无法读取数据文件 {0}：{1}", "cannot read data file {0}: {1}"),
    /** {@code SB-CORE-0002}: data file … has … problem(s), the first: … */
    DATA_FILE_MALFORMED("SB-CORE-0002", "数据文件 {0} 有 {1} 处错误，第一处：{2}",
            "data file {0} has {1} problem(s), the first: {3}"),
    /** {@code SB-CORE-0003}: … line …: … */
    DATA_LINE_PROBLEM("SB-CORE-0003", "{0} 第 {1} 行：{2}", "{0} line {1}: {2}"),

    // ---- 01xx 统一社会信用代码 GB 32100-2015 ------------------------------------------------
    /** {@code SB-CORE-0101}: the unified social credit code is empty. */
    USCC_EMPTY("SB-CORE-0101", "统一社会信用代码为空", "the unified social credit code is empty"),
    /** {@code SB-CORE-0102}: unified social credit code "…" has the wrong length: expected … characters, actual … */
    USCC_WRONG_LENGTH("SB-CORE-0102", "统一社会信用代码“{0}”长度不对：应为 {2} 位，实为 {3} 位",
            "unified social credit code \"{0}\" has the wrong length: expected {2} characters, actual {3}"),
    /**
     * {@code SB-CORE-0103}: unified social credit code "…" has illegal character "…" at position …; expected one of …
     */
    USCC_ILLEGAL_CHARACTER("SB-CORE-0103", "统一社会信用代码“{0}”第 {1} 位字符“{3}”不合法，应为 {2} 之一",
            "unified social credit code \"{0}\" has illegal character \"{3}\" at position {1}; expected one of {2}"),
    /**
     * {@code SB-CORE-0104}: unified social credit code "…": there is no registration authority "…" at position …;
     * expected one of …
     */
    USCC_UNKNOWN_AUTHORITY("SB-CORE-0104", "统一社会信用代码“{0}”第 {1} 位登记管理部门代码“{3}”不存在，应为 {2} 之一",
            "unified social credit code \"{0}\": there is no registration authority \"{3}\" at position {1}; "
                    + "expected one of {2}"),
    /**
     * {@code SB-CORE-0105}: unified social credit code "…": the registration authority has no organisation category
     * "…" at position …; expected one of …
     */
    USCC_UNKNOWN_CATEGORY("SB-CORE-0105", "统一社会信用代码“{0}”第 {1} 位机构类别代码“{3}”不属于该登记管理部门，应为 {2} 之一",
            "unified social credit code \"{0}\": the registration authority has no organisation category \"{3}\" "
                    + "at position {1}; expected one of {2}"),
    /**
     * {@code SB-CORE-0106}: unified social credit code "…" has a bad registration division (positions 3-8): expected
     * … at position …, actual "…".
     */
    USCC_BAD_DIVISION("SB-CORE-0106", "统一社会信用代码“{0}”第 3–8 位登记管理机关行政区划码不合法：第 {1} 位应为 {2}，实为“{3}”",
            "unified social credit code \"{0}\" has a bad registration division (positions 3-8): "
                    + "expected {2} at position {1}, actual \"{3}\""),
    /**
     * {@code SB-CORE-0107}: unified social credit code "…": positions 9-17 (organisation code) fail the GB 11714
     * check: expected "…" at position …, actual "…".
     */
    USCC_BAD_ORGANIZATION_CHECK("SB-CORE-0107",
            "统一社会信用代码“{0}”第 9–17 位主体标识码（组织机构代码）校验不通过：第 {1} 位应为“{2}”，实为“{3}”",
            "unified social credit code \"{0}\": positions 9-17 (organisation code) fail the GB 11714 check: "
                    + "expected \"{2}\" at position {1}, actual \"{3}\""),
    /**
     * {@code SB-CORE-0108}: unified social credit code "…" has a wrong check character: expected "…" at position …,
     * actual "…".
     */
    USCC_BAD_CHECK_CHARACTER("SB-CORE-0108", "统一社会信用代码“{0}”校验码错误：第 {1} 位应为“{2}”，实为“{3}”",
            "unified social credit code \"{0}\" has a wrong check character: expected \"{2}\" at position {1}, "
                    + "actual \"{3}\""),

    // ---- 02xx 组织机构代码 GB 11714 ---------------------------------------------------------
    /** {@code SB-CORE-0201}: the organisation code is empty. */
    ORGANIZATION_EMPTY("SB-CORE-0201", "组织机构代码为空", "the organisation code is empty"),
    /**
     * {@code SB-CORE-0202}: organisation code "…" has the wrong length: expected … characters (not counting the
     * hyphen), actual …
     */
    ORGANIZATION_WRONG_LENGTH("SB-CORE-0202", "组织机构代码“{0}”长度不对：应为 {2} 位（不计连字符），实为 {3} 位",
            "organisation code \"{0}\" has the wrong length: expected {2} characters (not counting the hyphen), "
                    + "actual {3}"),
    /** {@code SB-CORE-0203}: organisation code "…" has illegal character "…" at position …; expected … */
    ORGANIZATION_ILLEGAL_CHARACTER("SB-CORE-0203", "组织机构代码“{0}”第 {1} 位字符“{3}”不合法，应为 {2}",
            "organisation code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    /**
     * {@code SB-CORE-0204}: organisation code "…" has a misplaced hyphen at position …; a hyphen may stand only at
     * position …
     */
    ORGANIZATION_MISPLACED_HYPHEN("SB-CORE-0204", "组织机构代码“{0}”第 {1} 位的连字符位置不对：连字符只能在第 {2} 位",
            "organisation code \"{0}\" has a misplaced hyphen at position {1}; a hyphen may stand only at position {2}"),
    /**
     * {@code SB-CORE-0205}: organisation code "…" has a wrong check character: expected "…" at position …, actual
     * "…".
     */
    ORGANIZATION_BAD_CHECK_CHARACTER("SB-CORE-0205", "组织机构代码“{0}”校验码错误：第 {1} 位应为“{2}”，实为“{3}”",
            "organisation code \"{0}\" has a wrong check character: expected \"{2}\" at position {1}, actual \"{3}\""),

    // ---- 03xx 统计用区划代码 and catalogs --------------------------------------------------
    /** {@code SB-CORE-0301}: the division code is empty. */
    DIVISION_EMPTY("SB-CORE-0301", "区划代码为空", "the division code is empty"),
    /** {@code SB-CORE-0302}: division code "…" has illegal character "…" at position …; expected … */
    DIVISION_ILLEGAL_CHARACTER("SB-CORE-0302", "区划代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "division code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    /** {@code SB-CORE-0303}: division code "…" has the wrong length: expected … digits, actual … */
    DIVISION_WRONG_LENGTH("SB-CORE-0303", "区划代码“{0}”长度不对：应为 {2} 位数字，实为 {3} 位",
            "division code \"{0}\" has the wrong length: expected {2} digits, actual {3}"),
    /** {@code SB-CORE-0304}: division code "…": province "…" is not in GB/T 2260. */
    DIVISION_UNKNOWN_PROVINCE("SB-CORE-0304", "区划代码“{0}”的省级代码“{3}”不在 GB/T 2260 中",
            "division code \"{0}\": province \"{3}\" is not in GB/T 2260"),
    /**
     * {@code SB-CORE-0305}: division code "…": group "…" at position … is non-zero below a zero group (expected …).
     */
    DIVISION_LEVEL_GAP("SB-CORE-0305", "区划代码“{0}”第 {1} 位起的“{3}”不为零，但其上一级为零（应为 {2}）",
            "division code \"{0}\": group \"{3}\" at position {1} is non-zero below a zero group (expected {2})"),
    /** {@code SB-CORE-0306}: division code "…" is not in the … catalog. */
    DIVISION_NOT_IN_CATALOG("SB-CORE-0306", "区划代码“{0}”不在 {1} 年的区划目录中",
            "division code \"{0}\" is not in the {1} catalog"),
    /** {@code SB-CORE-0320}: wrong header: expected columns …, optional …, each once; actual "…". */
    DIVISION_CATALOG_HEADER("SB-CORE-0320",
            "表头不对：应有列 {1}，可选列 {2}，每列一次；实为“{0}”",
            "wrong header: expected columns {1}, optional {2}, each once; actual \"{0}\""),
    /** {@code SB-CORE-0321}: expected … fields, found … */
    DIVISION_CATALOG_FIELD_COUNT("SB-CORE-0321", "应有 {0} 个字段，实有 {1} 个", "expected {0} fields, found {1}"),
    /** {@code SB-CORE-0322}: column … holds an invalid code: … */
    DIVISION_CATALOG_BAD_CODE("SB-CORE-0322", "列 {0} 的代码无效：{1}", "column {0} holds an invalid code: {2}"),
    /** {@code SB-CORE-0323}: the name of … is empty. */
    DIVISION_CATALOG_EMPTY_NAME("SB-CORE-0323", "{0} 的名称为空", "the name of {0} is empty"),
    /**
     * {@code SB-CORE-0324}: there is no level "…"; expected PROVINCE/省级, PREFECTURE/地级, COUNTY/县级, TOWNSHIP/乡级,
     * VILLAGE/村级.
     */
    DIVISION_CATALOG_BAD_LEVEL("SB-CORE-0324",
            "级别“{0}”不存在，应为 PROVINCE/省级、PREFECTURE/地级、COUNTY/县级、TOWNSHIP/乡级、VILLAGE/村级",
            "there is no level \"{0}\"; expected PROVINCE/省级, PREFECTURE/地级, COUNTY/县级, TOWNSHIP/乡级,"
                    + " VILLAGE/村级"),
    /** {@code SB-CORE-0325}: … (…) repeats line … */
    DIVISION_CATALOG_DUPLICATE("SB-CORE-0325", "{0}（{1}）与第 {2} 行重复", "{0} ({1}) repeats line {2}"),
    /** {@code SB-CORE-0326}: … is at level …: its parent must not be empty (only provinces have none). */
    DIVISION_CATALOG_PARENT_REQUIRED("SB-CORE-0326", "{0} 的级别为 {1}，上级不能为空（只有省级单位没有上级）",
            "{0} is at level {1}: its parent must not be empty (only provinces have none)"),
    /** {@code SB-CORE-0327}: province … must not have a parent (found …). */
    DIVISION_CATALOG_PROVINCE_WITH_PARENT("SB-CORE-0327", "省级单位 {0} 不能有上级（实为 {1}）",
            "province {0} must not have a parent (found {1})"),
    /** {@code SB-CORE-0328}: the parent of … must be … by its digits (or its own code), not … */
    DIVISION_CATALOG_PARENT_MISMATCH("SB-CORE-0328", "{0} 的上级按代码应为 {1}（或其自身代码），实为 {2}",
            "the parent of {0} must be {1} by its digits (or its own code), not {2}"),
    /** {@code SB-CORE-0329}: the parent … of … is not in the catalog. */
    DIVISION_CATALOG_PARENT_MISSING("SB-CORE-0329", "{0} 的上级 {1} 不在目录中",
            "the parent {1} of {0} is not in the catalog"),
    /** {@code SB-CORE-0330}: level … of … does not fit its digits, which imply … */
    DIVISION_CATALOG_LEVEL_IMPLAUSIBLE("SB-CORE-0330", "{0} 的级别 {1} 与代码不符：按代码应为 {2}",
            "level {1} of {0} does not fit its digits, which imply {2}"),
    /** {@code SB-CORE-0331}: … (…) is not below any level its parent … is listed at. */
    DIVISION_CATALOG_LEVEL_NOT_BELOW_PARENT("SB-CORE-0331", "{0}（{1}）不低于其上级 {2} 的任何级别",
            "{0} ({1}) is not below any level its parent {2} is listed at"),
    /** {@code SB-CORE-0332}: … (…) names its own code as parent, but the catalog has no … one level up (…). */
    DIVISION_CATALOG_STAND_IN_WITHOUT_UNIT("SB-CORE-0332",
            "{0}（{1}）以自身代码为上级，目录中却没有上一级（{2}）的 {0}",
            "{0} ({1}) names its own code as parent, but the catalog has no {0} one level up ({2})"),
    /** {@code SB-CORE-0333}: only village-level units carry an urban-rural code; … is at level … */
    DIVISION_CATALOG_URBAN_RURAL_NOT_VILLAGE("SB-CORE-0333", "只有村级单位有城乡分类代码，{0} 是 {1}",
            "only village-level units carry an urban-rural code; {0} is at level {1}"),
    /** {@code SB-CORE-0334}: invalid urban-rural code: … */
    DIVISION_CATALOG_BAD_URBAN_RURAL("SB-CORE-0334", "城乡分类代码无效：{0}", "invalid urban-rural code: {1}"),
    /** {@code SB-CORE-0335}: division catalog year … is outside … */
    DIVISION_CATALOG_YEAR_OUT_OF_RANGE("SB-CORE-0335", "区划目录的年份 {0} 超出范围 {1}",
            "division catalog year {0} is outside {1}"),
    /** {@code SB-CORE-0340}: wrong header: expected columns old_code, new_code, change, each once; actual "…". */
    DIVISION_MAPPING_HEADER("SB-CORE-0340", "表头不对：应有列 old_code、new_code、change，每列一次；实为“{0}”",
            "wrong header: expected columns old_code, new_code, change, each once; actual \"{0}\""),
    /** {@code SB-CORE-0341}: old code … is not in the … catalog. */
    DIVISION_MAPPING_NOT_IN_OLD("SB-CORE-0341", "旧代码 {0} 不在 {1} 年的目录中",
            "old code {0} is not in the {1} catalog"),
    /** {@code SB-CORE-0342}: new code … is not in the … catalog. */
    DIVISION_MAPPING_NOT_IN_NEW("SB-CORE-0342", "新代码 {0} 不在 {1} 年的目录中",
            "new code {0} is not in the {1} catalog"),
    /** {@code SB-CORE-0343}: there is no change "…" to declare; expected merged/合并, split/拆分, renamed/更名. */
    DIVISION_MAPPING_BAD_CHANGE("SB-CORE-0343", "变更类型“{0}”不对，应为 merged/合并、split/拆分、renamed/更名",
            "there is no change \"{0}\" to declare; expected merged/合并, split/拆分, renamed/更名"),
    /** {@code SB-CORE-0344}: … -&gt; … repeats line … */
    DIVISION_MAPPING_DUPLICATE("SB-CORE-0344", "{0} → {1} 与第 {2} 行重复", "{0} -> {1} repeats line {2}"),
    /** {@code SB-CORE-0345}: … is declared … on line … and … here. */
    DIVISION_MAPPING_CONFLICT("SB-CORE-0345", "{0} 在第 {1} 行已标为{2}，此处又标为{3}",
            "{0} is declared {2} on line {1} and {3} here"),
    /** {@code SB-CORE-0346}: … (…) and … (…) are not at the same level. */
    DIVISION_MAPPING_LEVEL_MISMATCH("SB-CORE-0346", "{0}（{1}）与 {2}（{3}）不在同一级别",
            "{0} ({1}) and {2} ({3}) are not at the same level"),
    /** {@code SB-CORE-0347}: a rename is one-to-one, but … or … also appears on line … */
    DIVISION_MAPPING_RENAMED_NOT_ONE_TO_ONE("SB-CORE-0347", "更名应一对一：{0} 与 {1} 还有其他对应（第 {2} 行）",
            "a rename is one-to-one, but {0} or {1} also appears on line {2}"),
    /** {@code SB-CORE-0348}: … is declared renamed but neither its code nor its name (…) changed. */
    DIVISION_MAPPING_RENAMED_UNCHANGED("SB-CORE-0348", "{0} 标为更名，但代码和名称（{1}）都没有变",
            "{0} is declared renamed but neither its code nor its name ({1}) changed"),
    /** {@code SB-CORE-0349}: … is declared split but lists only one new code, … */
    DIVISION_MAPPING_SPLIT_SINGLE("SB-CORE-0349", "{0} 标为拆分，但只列了一个新代码 {1}",
            "{0} is declared split but lists only one new code, {1}"),
    /** {@code SB-CORE-0350}: … is declared the result of a merger, but only … merges into it. */
    DIVISION_MAPPING_MERGE_SINGLE("SB-CORE-0350", "{1} 标为合并的结果，但只有 {0} 并入",
            "{1} is declared the result of a merger, but only {0} merges into it"),
    /**
     * {@code SB-CORE-0351}: … is declared renamed to …, but the old catalog lists … (…) and declares no change for
     * it; two units becoming one is a merger.
     */
    DIVISION_MAPPING_RENAMED_ONTO_LISTED("SB-CORE-0351",
            "{0} 标为更名为 {1}，但旧目录已有 {1}（{2}）且未声明其变更；两个单位并为一个应标为合并",
            "{0} is declared renamed to {1}, but the old catalog lists {1} ({2}) and declares no change for it;"
                    + " two units becoming one is a merger"),

    // ---- 04xx 城乡分类代码 ------------------------------------------------------------------
    /** {@code SB-CORE-0401}: the urban-rural code is empty. */
    URBAN_RURAL_EMPTY("SB-CORE-0401", "城乡分类代码为空", "the urban-rural code is empty"),
    /** {@code SB-CORE-0402}: urban-rural code "…" has illegal character "…" at position …; expected … */
    URBAN_RURAL_ILLEGAL_CHARACTER("SB-CORE-0402", "城乡分类代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "urban-rural code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    /** {@code SB-CORE-0403}: urban-rural code "…" has the wrong length: expected 3 digits, actual … */
    URBAN_RURAL_WRONG_LENGTH("SB-CORE-0403", "城乡分类代码“{0}”长度不对：应为 3 位数字，实为 {3} 位",
            "urban-rural code \"{0}\" has the wrong length: expected 3 digits, actual {3}"),
    /**
     * {@code SB-CORE-0404}: "…" is an urban-rural group code (…); a village-level unit carries one of 111, 112, 121,
     * 122, 123, 210, 220.
     */
    URBAN_RURAL_GROUP_CODE("SB-CORE-0404",
            "“{0}”是城乡分类的汇总代码（{3}），村级单位应取 111、112、121、122、123、210、220 之一",
            "\"{0}\" is an urban-rural group code ({3}); a village-level unit carries one of"
                    + " 111, 112, 121, 122, 123, 210, 220"),
    /** {@code SB-CORE-0405}: there is no urban-rural code "…"; expected one of 111, 112, 121, 122, 123, 210, 220. */
    URBAN_RURAL_UNKNOWN("SB-CORE-0405", "城乡分类代码“{0}”不存在，应为 111、112、121、122、123、210、220 之一",
            "there is no urban-rural code \"{0}\"; expected one of 111, 112, 121, 122, 123, 210, 220"),

    // ---- 05xx 国民经济行业分类 GB/T 4754-2017 ----------------------------------------------
    /** {@code SB-CORE-0501}: the industry code is empty. */
    INDUSTRY_EMPTY("SB-CORE-0501", "行业代码为空", "the industry code is empty"),
    /** {@code SB-CORE-0502}: industry code "…" has illegal character "…" at position …; expected … */
    INDUSTRY_ILLEGAL_CHARACTER("SB-CORE-0502", "行业代码“{0}”第 {1} 位字符“{3}”不合法，应为{2}",
            "industry code \"{0}\" has illegal character \"{3}\" at position {1}; expected {2}"),
    /**
     * {@code SB-CORE-0503}: industry code "…" has the wrong length: expected a section letter and/or 2, 3 or 4
     * digits.
     */
    INDUSTRY_WRONG_LENGTH("SB-CORE-0503", "行业代码“{0}”长度不对：应为门类字母和/或 2、3、4 位数字",
            "industry code \"{0}\" has the wrong length: expected a section letter and/or 2, 3 or 4 digits"),
    /** {@code SB-CORE-0504}: industry code "…": there is no section "…" (expected A-T). */
    INDUSTRY_UNKNOWN_SECTION("SB-CORE-0504", "行业代码“{0}”的门类“{3}”不存在（应为 A–T）",
            "industry code \"{0}\": there is no section \"{3}\" (expected A-T)"),
    /** {@code SB-CORE-0505}: industry code "…": there is no division "…" (expected 01-97). */
    INDUSTRY_UNKNOWN_DIVISION("SB-CORE-0505", "行业代码“{0}”的大类“{3}”不存在（应为 01–97）",
            "industry code \"{0}\": there is no division \"{3}\" (expected 01-97)"),
    /** {@code SB-CORE-0506}: industry code "…": section letter does not match the division: expected …, actual … */
    INDUSTRY_SECTION_MISMATCH("SB-CORE-0506", "行业代码“{0}”的门类与大类不符：应为 {2}，实为 {3}",
            "industry code \"{0}\": section letter does not match the division: expected {2}, actual {3}"),
    /** {@code SB-CORE-0507}: industry code "…" (…) is not in the classification table used. */
    INDUSTRY_UNKNOWN_CODE("SB-CORE-0507", "行业代码“{0}”（{3}）不在所用的行业分类表中",
            "industry code \"{0}\" ({3}) is not in the classification table used"),
    /** {@code SB-CORE-0508}: invalid industry code "…": … */
    INDUSTRY_TABLE_BAD_CODE("SB-CORE-0508", "行业代码“{0}”不合法：{1}", "invalid industry code \"{0}\": {2}"),
    /** {@code SB-CORE-0509}: industry code … appears twice, first at … */
    INDUSTRY_TABLE_DUPLICATE("SB-CORE-0509", "行业代码 {0} 重复，首次出现于{1}",
            "industry code {0} appears twice, first at {2}"),
    /** {@code SB-CORE-0510}: industry code … is under … but belongs under … */
    INDUSTRY_TABLE_WRONG_PARENT("SB-CORE-0510", "行业代码 {0} 位于 {1} 之下，应位于 {2} 之下",
            "industry code {0} is under {1} but belongs under {2}"),
    /** {@code SB-CORE-0511}: industry code … is at the top level, where only sections belong; it belongs under … */
    INDUSTRY_TABLE_NOT_A_SECTION("SB-CORE-0511", "行业代码 {0} 位于顶层，顶层只能是门类；它应位于 {1} 之下",
            "industry code {0} is at the top level, where only sections belong; it belongs under {1}"),
    /** {@code SB-CORE-0512}: section … belongs at the top level, not under … */
    INDUSTRY_TABLE_NESTED_SECTION("SB-CORE-0512", "门类 {0} 应位于顶层，不应位于 {1} 之下",
            "section {0} belongs at the top level, not under {1}"),
    /** {@code SB-CORE-0513}: the parent … of industry code … is not in the table. */
    INDUSTRY_TABLE_MISSING_PARENT("SB-CORE-0513", "行业代码 {0} 的上级 {1} 不在表中",
            "the parent {1} of industry code {0} is not in the table"),
    /** {@code SB-CORE-0514}: industry code … has an empty name. */
    INDUSTRY_TABLE_EMPTY_NAME("SB-CORE-0514", "行业代码 {0} 的名称为空", "industry code {0} has an empty name"),
    /** {@code SB-CORE-0515}: the classification table lacks … (…). */
    INDUSTRY_TABLE_MISSING_CODE("SB-CORE-0515", "行业分类表缺少 {0}（{1}）", "the classification table lacks {0} ({2})"),
    /**
     * {@code SB-CORE-0516}: … has nothing below it; in a full classification table every section, division and group
     * has some.
     */
    INDUSTRY_TABLE_NO_CHILDREN("SB-CORE-0516", "{0} 下没有下级类别；完整的行业分类表中每个门类、大类、中类都有下级",
            "{0} has nothing below it; in a full classification table every section, division and group has some"),
    /** {@code SB-CORE-0517}: field … is missing or has the wrong type: expected … */
    INDUSTRY_TABLE_BAD_FIELD("SB-CORE-0517", "字段 {0} 缺失或类型不对：应为 {1}",
            "field {0} is missing or has the wrong type: expected {1}"),
    /** {@code SB-CORE-0518}: the header must be code,name; found … */
    INDUSTRY_TABLE_CSV_HEADER("SB-CORE-0518", "表头应为 code,name，实为 {0}", "the header must be code,name; found {0}"),
    /** {@code SB-CORE-0519}: expected 2 columns (code,name), found … */
    INDUSTRY_TABLE_CSV_COLUMNS("SB-CORE-0519", "应有 2 列（code,name），实有 {0} 列",
            "expected 2 columns (code,name), found {0}"),

    // ---- 06xx statistical units and the register 名录库 -------------------------------------
    /** {@code SB-CORE-0601}: the register id of a statistical unit is blank. */
    UNIT_ID_BLANK("SB-CORE-0601", "统计单位的名录库编号为空", "the register id of a statistical unit is blank"),
    /** {@code SB-CORE-0602}: statistical unit … has a blank name. */
    UNIT_NAME_BLANK("SB-CORE-0602", "统计单位 {0} 的名称为空", "statistical unit {0} has a blank name"),
    /** {@code SB-CORE-0603}: establishment … must name the register id of its legal entity. */
    UNIT_LEGAL_ENTITY_REQUIRED("SB-CORE-0603", "产业活动单位 {0} 须注明其所属法人单位的名录库编号",
            "establishment {0} must name the register id of its legal entity"),
    /** {@code SB-CORE-0604}: statistical unit … is a …: only establishments belong to a legal entity. */
    UNIT_LEGAL_ENTITY_NOT_ALLOWED("SB-CORE-0604", "统计单位 {0} 是{1}，只有产业活动单位才有所属法人单位",
            "statistical unit {0} is a {2}: only establishments belong to a legal entity"),
    /** {@code SB-CORE-0605}: establishment … cannot be its own legal entity. */
    UNIT_OWN_LEGAL_ENTITY("SB-CORE-0605", "产业活动单位 {0} 不能以自身为所属法人单位",
            "establishment {0} cannot be its own legal entity"),
    /** {@code SB-CORE-0610}: the register entry of unit … ends on …, before it starts on … */
    REGISTER_ENTRY_ENDS_BEFORE_START("SB-CORE-0610", "单位 {0} 的名录库条目截止日期 {2} 早于生效日期 {1}",
            "the register entry of unit {0} ends on {2}, before it starts on {1}"),
    /** {@code SB-CORE-0611}: the register entries of unit … overlap: … and … */
    REGISTER_ENTRIES_OVERLAP("SB-CORE-0611", "单位 {0} 的名录库条目期间重叠：{1} 与 {2}",
            "the register entries of unit {0} overlap: {1} and {2}"),
    /** {@code SB-CORE-0612}: the queried period ends on …, before it starts on … */
    REGISTER_RANGE_REVERSED("SB-CORE-0612", "查询期间的截止日期 {1} 早于起始日期 {0}",
            "the queried period ends on {1}, before it starts on {0}"),
    /**
     * {@code SB-CORE-0613}: unit … is not in the business register for the whole period … to …, so it must not report
     * (先进库、后有数: in the register first, data after); its register periods: …
     */
    NOT_IN_REGISTER("SB-CORE-0613",
            "单位 {0} 在 {1} 至 {2} 期间不在基本单位名录库中，不得出数（先进库、后有数；不在库、不出数）；名录库中该单位的期间：{3}",
            "unit {0} is not in the business register for the whole period {1} to {2}, so it must not report"
                    + " (先进库、后有数: in the register first, data after); its register periods: {4}"),

    // ---- 07xx enterprise size 统计上大中小微型企业划分办法（2017） --------------------------
    /**
     * {@code SB-CORE-0701}: industry code … is too coarse to pick a row of the enterprise size table … (below it: …);
     * give a finer code.
     */
    SIZE_INDUSTRY_TOO_COARSE("SB-CORE-0701",
            "行业代码 {0} 太粗，无法确定企业划分表 {1} 的行业行（其下分属：{2}），请给出更细的行业代码",
            "industry code {0} is too coarse to pick a row of the enterprise size table {1} (below it: {2});"
                    + " give a finer code"),
    /** {@code SB-CORE-0702}: industry … is classified by the row "…", which needs … (…); it was not given. */
    SIZE_MISSING_METRIC("SB-CORE-0702", "行业 {0} 按“{1}”划分须有指标{2}（{3}），但未提供",
            "industry {0} is classified by the row \"{1}\", which needs {4} ({3}); it was not given"),
    /** {@code SB-CORE-0703}: metric … cannot be negative: … */
    SIZE_NEGATIVE_METRIC("SB-CORE-0703", "指标{0}不能为负数：{2}", "metric {1} cannot be negative: {2}"),
    /** {@code SB-CORE-0704}: industry code … belongs to no row of the enterprise size table … */
    SIZE_INDUSTRY_NOT_COVERED("SB-CORE-0704", "行业代码 {0} 不属于企业划分表 {1} 的任何一行",
            "industry code {0} belongs to no row of the enterprise size table {1}"),
    /**
     * {@code SB-CORE-0705}: metric … has the value …, out of range: it must be at most … with at most … decimals.
     */
    SIZE_METRIC_OUT_OF_RANGE("SB-CORE-0705", "指标{0}的值 {2} 超出合理范围：应不大于 {3}，且最多 {4} 位小数",
            "metric {1} has the value {2}, out of range: it must be at most {3} with at most {4} decimals"),
    /** {@code SB-CORE-0706}: employees (X) is a count of persons and must be a whole number: … */
    SIZE_EMPLOYEES_NOT_WHOLE("SB-CORE-0706", "从业人员（X）是人数，应为整数：{0}",
            "employees (X) is a count of persons and must be a whole number: {0}"),

    // Problems of the rule tables of org.statsbase.core.unit (the size table and the above-scale table).
    /** {@code SB-CORE-0750}: required field … is missing. */
    UNIT_TABLE_FIELD_MISSING("SB-CORE-0750", "缺少必填字段 {0}", "required field {0} is missing"),
    /** {@code SB-CORE-0751}: field … has an invalid value …; expected … */
    UNIT_TABLE_FIELD_INVALID("SB-CORE-0751", "字段 {0} 的值 {1} 无效，应为{2}",
            "field {0} has an invalid value {1}; expected {3}"),
    /** {@code SB-CORE-0752}: row id … appears more than once. */
    UNIT_TABLE_DUPLICATE_ID("SB-CORE-0752", "行编号 {0} 重复", "row id {0} appears more than once"),
    /** {@code SB-CORE-0753}: industry code … is listed in both row … and row … */
    UNIT_TABLE_SCOPE_CONFLICT("SB-CORE-0753", "行业代码 {0} 同时列在行 {1} 与行 {2} 中",
            "industry code {0} is listed in both row {1} and row {2}"),
    /** {@code SB-CORE-0754}: row … excludes industry code …, which lies below none of the codes it includes. */
    UNIT_TABLE_EXCLUDE_OUTSIDE("SB-CORE-0754", "行 {1} 排除的行业代码 {0} 不在该行包含的任何代码之下",
            "row {1} excludes industry code {0}, which lies below none of the codes it includes"),
    /** {@code SB-CORE-0755}: row …: the bounds of … must satisfy large &gt; medium &gt; small &gt; 0: … */
    UNIT_TABLE_BOUNDS_ORDER("SB-CORE-0755", "行 {0} 指标{1}的下限须满足 大型 > 中型 > 小型 > 0：{2}",
            "row {0}: the bounds of {3} must satisfy large > medium > small > 0: {2}"),
    /** {@code SB-CORE-0756}: industry division … belongs to no row and is not split below. */
    UNIT_TABLE_DIVISION_UNCOVERED("SB-CORE-0756", "行业大类 {0} 不属于任何一行，也未在其下细分",
            "industry division {0} belongs to no row and is not split below"),
    /** {@code SB-CORE-0757}: row …: industry code … already lies below …, which the row includes. */
    UNIT_TABLE_REDUNDANT_SCOPE("SB-CORE-0757", "行 {2} 的行业代码 {0} 已在其包含的 {1} 之下",
            "row {2}: industry code {0} already lies below {1}, which the row includes"),
    /** {@code SB-CORE-0758}: the table has no rows. */
    UNIT_TABLE_NO_ROWS("SB-CORE-0758", "表中没有任何行", "the table has no rows"),

    // ---- 08xx above-scale status 四上 -------------------------------------------------------
    /**
     * {@code SB-CORE-0801}: industry code … is too coarse to pick a category of the above-scale table … (below it:
     * …); give a finer code.
     */
    ABOVE_SCALE_INDUSTRY_TOO_COARSE("SB-CORE-0801",
            "行业代码 {0} 太粗，无法确定“四上”门槛表 {1} 的类别（其下分属：{2}），请给出更细的行业代码",
            "industry code {0} is too coarse to pick a category of the above-scale table {1} (below it: {2});"
                    + " give a finer code"),
    /**
     * {@code SB-CORE-0802}: industry … belongs to "…", decided by … against a threshold, but no revenue was given.
     */
    ABOVE_SCALE_MISSING_REVENUE("SB-CORE-0802", "行业 {0} 属“{1}”，按{2}判断是否达到门槛，但未提供该收入",
            "industry {0} belongs to \"{1}\", decided by {3} against a threshold, but no revenue was given"),
    /** {@code SB-CORE-0803}: revenue cannot be negative: … */
    ABOVE_SCALE_NEGATIVE_REVENUE("SB-CORE-0803", "营业收入不能为负数：{0}", "revenue cannot be negative: {0}"),
    /**
     * {@code SB-CORE-0804}: the real-estate development activity flag applies to 7010 real-estate development only,
     * not to industry …
     */
    ABOVE_SCALE_DEVELOPMENT_FLAG_NOT_APPLICABLE("SB-CORE-0804",
            "“有房地产开发经营活动”只适用于房地产开发经营（7010），不适用于行业 {0}",
            "the real-estate development activity flag applies to 7010 real-estate development only, not to"
                    + " industry {0}"),
    /**
     * {@code SB-CORE-0805}: the construction qualification flag applies to construction (section E) only, not to
     * industry …
     */
    ABOVE_SCALE_QUALIFICATION_FLAG_NOT_APPLICABLE("SB-CORE-0805",
            "“有建筑业资质”只适用于建筑业（E），不适用于行业 {0}",
            "the construction qualification flag applies to construction (section E) only, not to industry {0}"),
    /** {@code SB-CORE-0806}: industry code … belongs to no row of the above-scale table … */
    ABOVE_SCALE_INDUSTRY_NOT_COVERED("SB-CORE-0806", "行业代码 {0} 不属于“四上”门槛表 {1} 的任何一行",
            "industry code {0} belongs to no row of the above-scale table {1}"),
    /**
     * {@code SB-CORE-0807}: revenue … (10,000 yuan) is out of range: it must be at most … with at most … decimals.
     */
    ABOVE_SCALE_REVENUE_OUT_OF_RANGE("SB-CORE-0807",
            "营业收入 {0} 万元超出合理范围：应不大于 {1} 万元，且最多 {2} 位小数",
            "revenue {0} (10,000 yuan) is out of range: it must be at most {1} with at most {2} decimals"),

    // ---- 09xx institutions, staff, posts, transfers ------------------------------------------
    // 0900-0909 values: bad text, numbers, dates given to the org value types
    /** {@code SB-CORE-0901}: … must not be blank. */
    ORG_BLANK_TEXT("SB-CORE-0901", "{0}不能为空", "{1} must not be blank"),
    /** {@code SB-CORE-0902}: … must be …, but is … */
    ORG_NUMBER_OUT_OF_RANGE("SB-CORE-0902", "{0}应为 {2}，实为 {3}", "{1} must be {2}, but is {3}"),
    /** {@code SB-CORE-0903}: … (…) is before … (…). */
    ORG_DATES_OUT_OF_ORDER("SB-CORE-0903", "{0}（{2}）早于{3}（{5}）", "{1} ({2}) is before {4} ({5})"),
    /** {@code SB-CORE-0904}: post "…" has no written duties (统计业务岗位责任制度). */
    ORG_POST_WITHOUT_DUTIES("SB-CORE-0904", "岗位“{0}”没有书面岗位责任（统计业务岗位责任制度）",
            "post \"{0}\" has no written duties (统计业务岗位责任制度)"),
    /** {@code SB-CORE-0905}: there is no institution … in the directory. */
    ORG_UNKNOWN_INSTITUTION("SB-CORE-0905", "机构目录中没有机构 {0}", "there is no institution {0} in the directory"),
    /** {@code SB-CORE-0906}: the facts compared belong to different institutions: … and … */
    ORG_DIFFERENT_INSTITUTIONS("SB-CORE-0906", "比较的是不同机构的情况：{0} 与 {1}",
            "the facts compared belong to different institutions: {0} and {1}"),
    /** {@code SB-CORE-0907}: … is a(n) …, not a statistician, and has no full-time or part-time status. */
    ORG_STAFF_NOT_A_STATISTICIAN("SB-CORE-0907", "{0} 是{1}，不是统计人员，没有专职或兼职之分",
            "{0} is a(n) {2}, not a statistician, and has no full-time or part-time status"),
    // 0910-0929 placing institutions in the directory (the tree county bureau → station → post)
    /** {@code SB-CORE-0911}: institution … appears more than once. */
    ORG_PLACEMENT_DUPLICATE_ID("SB-CORE-0911", "机构 {0} 重复", "institution {0} appears more than once"),
    /** {@code SB-CORE-0912}: … … must be placed under a parent (…). */
    ORG_PLACEMENT_PARENT_REQUIRED("SB-CORE-0912", "{1} {0} 必须设在上级机构之下（{3}）",
            "{2} {0} must be placed under a parent ({4})"),
    /** {@code SB-CORE-0913}: … … is a root of the tree and cannot have a parent (has …). */
    ORG_PLACEMENT_PARENT_NOT_ALLOWED("SB-CORE-0913", "{1} {0} 是机构树的根，不能有上级机构（实为 {3}）",
            "{2} {0} is a root of the tree and cannot have a parent (has {3})"),
    /** {@code SB-CORE-0914}: the parent … of institution … is not in the directory. */
    ORG_PLACEMENT_PARENT_UNKNOWN("SB-CORE-0914", "机构 {0} 的上级机构 {1} 不在目录中",
            "the parent {1} of institution {0} is not in the directory"),
    /** {@code SB-CORE-0915}: … … must be placed under a …, but its parent … is a … */
    ORG_PLACEMENT_WRONG_PARENT_KIND("SB-CORE-0915", "{1} {0} 的上级应为{3}，但上级 {5} 是{6}",
            "{2} {0} must be placed under a {4}, but its parent {5} is a {7}"),
    /** {@code SB-CORE-0916}: … …: division code … must be at … level, but is at … level. */
    ORG_PLACEMENT_WRONG_DIVISION_LEVEL("SB-CORE-0916", "{1} {0} 的区划代码 {3} 应为{4}，实为{6}",
            "{2} {0}: division code {3} must be at {5} level, but is at {7} level"),
    /** {@code SB-CORE-0917}: … …: division code … does not fit …, the division of its parent …: it must … */
    ORG_PLACEMENT_OUTSIDE_PARENT("SB-CORE-0917", "{1} {0} 的区划代码 {3} 与上级机构 {4} 的区划 {5} 不符：应{6}",
            "{2} {0}: division code {3} does not fit {5}, the division of its parent {4}: it must {7}"),
    // 0930-0949 transfer of a township statistician (国统字〔2021〕85号 二（二）)
    /**
     * {@code SB-CORE-0931}: the transfer of township statistician … has no recorded consent of the county statistics
     * bureau.
     */
    ORG_TRANSFER_CONSENT_MISSING("SB-CORE-0931", "乡镇统计人员 {0} 的调动没有县级人民政府统计机构的同意记录",
            "the transfer of township statistician {0} has no recorded consent of the county statistics bureau"),
    /** {@code SB-CORE-0932}: …, which consented to the transfer of …, is not in the institution directory. */
    ORG_TRANSFER_CONSENT_BODY_UNKNOWN("SB-CORE-0932", "同意 {0} 调动的机构 {1} 不在机构目录中",
            "{1}, which consented to the transfer of {0}, is not in the institution directory"),
    /** {@code SB-CORE-0933}: …, which consented to the transfer of …, is a …, not a county statistics bureau. */
    ORG_TRANSFER_CONSENT_NOT_COUNTY_BUREAU("SB-CORE-0933", "同意 {0} 调动的 {1} 是{2}，不是县级人民政府统计机构",
            "{1}, which consented to the transfer of {0}, is a {3}, not a county statistics bureau"),
    /**
     * {@code SB-CORE-0934}: …, which consented to the transfer of …, is not the county bureau of township station …
     * (expected …).
     */
    ORG_TRANSFER_CONSENT_WRONG_COUNTY("SB-CORE-0934", "同意 {0} 调动的 {1} 不是其所在乡镇统计站 {2} 的县级统计局（应为 {3}）",
            "{1}, which consented to the transfer of {0}, is not the county bureau of township station {2} (expected {3})"),
    /**
     * {@code SB-CORE-0935}: consent to the transfer of … is dated …, after the transfer date …: consent must come
     * first.
     */
    ORG_TRANSFER_CONSENT_TOO_LATE("SB-CORE-0935", "{0} 调动的同意日期 {1} 晚于调动日期 {2}：应先征得同意",
            "consent to the transfer of {0} is dated {1}, after the transfer date {2}: consent must come first"),
    /** {@code SB-CORE-0936}: the transfer of … has no handover record. */
    ORG_TRANSFER_HANDOVER_MISSING("SB-CORE-0936", "{0} 的调动没有工作交接记录",
            "the transfer of {0} has no handover record"),
    /** {@code SB-CORE-0937}: the handover record is handed over by …, not by … who is transferred. */
    ORG_TRANSFER_HANDOVER_WRONG_PERSON("SB-CORE-0937", "交接记录的移交人是 {1}，不是调动的 {0}",
            "the handover record is handed over by {1}, not by {0} who is transferred"),
    /** {@code SB-CORE-0938}: the handover record is handed over and taken over by the same person … */
    ORG_TRANSFER_HANDOVER_SAME_PERSON("SB-CORE-0938", "交接记录的移交人和接收人都是 {0}",
            "the handover record is handed over and taken over by the same person {0}"),
    /** {@code SB-CORE-0939}: the handover record of … lists nothing for: … */
    ORG_TRANSFER_HANDOVER_INCOMPLETE("SB-CORE-0939", "{0} 的交接记录缺少：{1}",
            "the handover record of {0} lists nothing for: {2}"),
    /** {@code SB-CORE-0940}: the handover record of … is not signed by the … */
    ORG_TRANSFER_HANDOVER_UNSIGNED("SB-CORE-0940", "{0} 的交接记录没有{1}签字",
            "the handover record of {0} is not signed by the {2}"),
    /** {@code SB-CORE-0941}: the supervisor … of the handover is also a party to it (transfer of …). */
    ORG_TRANSFER_HANDOVER_SUPERVISOR_NOT_INDEPENDENT("SB-CORE-0941", "交接记录的监交人 {1} 同时是移交人或接收人（{0} 的调动）",
            "the supervisor {1} of the handover is also a party to it (transfer of {0})"),
    /** {@code SB-CORE-0942}: the handover record of … was signed by the … on …, after the transfer date … */
    ORG_TRANSFER_HANDOVER_SIGNED_TOO_LATE("SB-CORE-0942", "{0} 的交接记录由{1}于 {3} 签字，晚于调动日期 {4}",
            "the handover record of {0} was signed by the {2} on {3}, after the transfer date {4}"),
    /** {@code SB-CORE-0943}: …, the institution of …, is not in the institution directory. */
    ORG_TRANSFER_INSTITUTION_UNKNOWN("SB-CORE-0943", "{0} 所在机构 {1} 不在机构目录中",
            "{1}, the institution of {0}, is not in the institution directory"),
    // 0950-0969 staffing adequacy (统计人员数量与统计任务相匹配)
    /**
     * {@code SB-CORE-0951}: … is under-staffed by units: … basic units at … units per statistician need …, actual …
     */
    ORG_STAFFING_UNDER_BY_UNITS("SB-CORE-0951",
            "{0} 统计人员不足：辖区基本单位 {1} 个，按每名统计人员 {2} 个单位需 {3} 名，实有 {4} 名",
            "{0} is under-staffed by units: {1} basic units at {2} units per statistician need {3}, actual {4}"),
    /**
     * {@code SB-CORE-0952}: … is under-staffed by population: … inhabitants at … per statistician need …, actual …
     */
    ORG_STAFFING_UNDER_BY_POPULATION("SB-CORE-0952",
            "{0} 统计人员不足：辖区人口 {1} 人，按每名统计人员 {2} 人需 {3} 名，实有 {4} 名",
            "{0} is under-staffed by population: {1} inhabitants at {2} per statistician need {3}, actual {4}"),

    // ---- 10xx periods and deadline calendars -------------------------------------------------
    /** {@code SB-CORE-1001}: the reporting period is empty. */
    PERIOD_EMPTY("SB-CORE-1001", "报告期为空", "the reporting period is empty"),
    /** {@code SB-CORE-1002}: reporting period "…" is malformed: expected … */
    PERIOD_MALFORMED("SB-CORE-1002", "报告期“{0}”格式不对：应为{2}",
            "reporting period \"{0}\" is malformed: expected {2}"),
    /** {@code SB-CORE-1003}: reporting period "…": year … is outside … */
    PERIOD_YEAR_OUT_OF_RANGE("SB-CORE-1003", "报告期“{0}”的年份 {3} 超出范围 {2}",
            "reporting period \"{0}\": year {3} is outside {2}"),
    /** {@code SB-CORE-1004}: reporting period "…": there is no month … (expected …). */
    PERIOD_MONTH_OUT_OF_RANGE("SB-CORE-1004", "报告期“{0}”的月份 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no month {3} (expected {2})"),
    /** {@code SB-CORE-1005}: reporting period "…": there is no quarter … (expected …). */
    PERIOD_QUARTER_OUT_OF_RANGE("SB-CORE-1005", "报告期“{0}”的季度 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no quarter {3} (expected {2})"),
    /** {@code SB-CORE-1006}: reporting period "…": there is no half-year … (expected …). */
    PERIOD_HALF_OUT_OF_RANGE("SB-CORE-1006", "报告期“{0}”的半年 {3} 不存在（应为 {2}）",
            "reporting period \"{0}\": there is no half-year {3} (expected {2})"),
    /** {@code SB-CORE-1010}: unknown reporting frequency "…": expected MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY. */
    FREQUENCY_UNKNOWN("SB-CORE-1010", "报告频率“{0}”未知，应为 MONTHLY/月报、QUARTERLY/季报、HALF_YEARLY/半年报 或 YEARLY/年报",
            "unknown reporting frequency \"{0}\": expected MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY"),
    /** {@code SB-CORE-1020}: the deadline calendar has no rule for form "…" at frequency … */
    DEADLINE_NO_RULE("SB-CORE-1020", "截止时间表中没有适用于报表“{0}”、{1}的规则",
            "the deadline calendar has no rule for form \"{0}\" at frequency {1}"),
    /** {@code SB-CORE-1021}: deadline day of month … is out of range (expected 1-31). */
    DEADLINE_DAY_OUT_OF_RANGE("SB-CORE-1021", "截止日 {0} 超出范围（应为 1–31）",
            "deadline day of month {0} is out of range (expected 1-31)"),
    /** {@code SB-CORE-1022}: … is …, outside … */
    DEADLINE_OFFSET_OUT_OF_RANGE("SB-CORE-1022", "{0} 为 {1}，超出范围 {2}",
            "{0} is {1}, outside {2}"),
    /** {@code SB-CORE-1023}: exempt index … is not valid for … (expected 1-…). */
    DEADLINE_EXEMPT_INDEX_OUT_OF_RANGE("SB-CORE-1023", "免报序号 {0} 对{1}无效（应为 1–{2}）",
            "exempt index {0} is not valid for {1} (expected 1-{2})"),
    /** {@code SB-CORE-1024}: reporting period … is not a … period. */
    DEADLINE_PERIOD_FREQUENCY_MISMATCH("SB-CORE-1024", "报告期 {0} 不是{1}的报告期",
            "reporting period {0} is not a {1} period"),
    /** {@code SB-CORE-1025}: duplicate deadline rule for form "…" at frequency … */
    DEADLINE_DUPLICATE_RULE("SB-CORE-1025", "截止规则重复：报表“{0}”、{1}",
            "duplicate deadline rule for form \"{0}\" at frequency {1}"),
    /** {@code SB-CORE-1026}: unknown time zone "…". */
    DEADLINE_UNKNOWN_ZONE("SB-CORE-1026", "时区“{0}”未知", "unknown time zone \"{0}\""),
    /** {@code SB-CORE-1027}: reporting period … is exempt and cannot also have a deadline override. */
    DEADLINE_OVERRIDE_OF_EXEMPT("SB-CORE-1027", "报告期 {0} 免报，不能再指定截止时间",
            "reporting period {0} is exempt and cannot also have a deadline override"),
    /** {@code SB-CORE-1028}: "…" is not a valid time (expected …). */
    DEADLINE_BAD_TIME("SB-CORE-1028", "“{0}”不是有效的时间（应为 {1}）",
            "\"{0}\" is not a valid time (expected {1})"),
    /** {@code SB-CORE-1029}: a deadline rule needs exactly one of day_of_month or days_after_end. */
    DEADLINE_RULE_KIND("SB-CORE-1029", "截止规则必须且只能有 day_of_month 或 days_after_end 之一",
            "a deadline rule needs exactly one of day_of_month or days_after_end"),
    // 1090-1099: JSON configuration files in general (deadline calendars, form definitions).
    /** {@code SB-CORE-1090}: required field is missing. */
    CONFIG_FIELD_MISSING("SB-CORE-1090", "缺少必填字段", "required field is missing"),
    /** {@code SB-CORE-1091}: expected …, found … */
    CONFIG_WRONG_TYPE("SB-CORE-1091", "应为{0}，实为{1}", "expected {0}, found {1}"),
    /** {@code SB-CORE-1092}: unknown field (allowed: …). */
    CONFIG_UNKNOWN_FIELD("SB-CORE-1092", "未知字段（允许的字段：{0}）", "unknown field (allowed: {0})"),
    /** {@code SB-CORE-1093}: the top level of the file must be a JSON object. */
    CONFIG_NOT_AN_OBJECT("SB-CORE-1093", "文件顶层应为 JSON 对象", "the top level of the file must be a JSON object"),
    /** {@code SB-CORE-1094}: … must not be blank. */
    CONFIG_EMPTY_TEXT("SB-CORE-1094", "{0} 不能为空", "{0} must not be blank"),


    // ---- 11xx survey systems, forms, indicators ----------------------------------------------
    /** {@code SB-CORE-1101}: duplicate form id "…" (first at …). */
    FORM_DUPLICATE_ID("SB-CORE-1101", "表号“{0}”重复（首次出现在 {1}）",
            "duplicate form id \"{0}\" (first at {1})"),
    /** {@code SB-CORE-1102}: form "…": duplicate indicator code "…" (first at …). */
    FORM_DUPLICATE_INDICATOR("SB-CORE-1102", "报表“{0}”中指标代码“{1}”重复（首次出现在 {2}）",
            "form \"{0}\": duplicate indicator code \"{1}\" (first at {2})"),
    /** {@code SB-CORE-1103}: unknown indicator type "…": expected one of … */
    FORM_UNKNOWN_INDICATOR_TYPE("SB-CORE-1103", "指标类型“{0}”未知，应为 {1}",
            "unknown indicator type \"{0}\": expected one of {1}"),
    /** {@code SB-CORE-1104}: an indicator of type … cannot have decimals. */
    FORM_DECIMALS_NOT_ALLOWED("SB-CORE-1104", "{0} 类型的指标不能规定小数位数",
            "an indicator of type {0} cannot have decimals"),
    /** {@code SB-CORE-1105}: decimals … out of range (expected 0-…). */
    FORM_DECIMALS_OUT_OF_RANGE("SB-CORE-1105", "小数位数 {0} 超出范围（应为 0–{1}）",
            "decimals {0} out of range (expected 0-{1})"),
    /** {@code SB-CORE-1106}: form "…" has no indicators. */
    FORM_NO_INDICATORS("SB-CORE-1106", "报表“{0}”没有指标", "form \"{0}\" has no indicators"),
    /** {@code SB-CORE-1107}: year … is outside … */
    FORM_YEAR_OUT_OF_RANGE("SB-CORE-1107", "年份 {0} 超出范围 {1}", "year {0} is outside {1}"),
    /**
     * {@code SB-CORE-1108}: "…" is not a valid form id or indicator code: it must be non-blank without blanks or
     * control characters.
     */
    FORM_BAD_ID("SB-CORE-1108", "“{0}”不能作为表号或指标代码：不能为空，也不能含空白或控制字符",
            "\"{0}\" is not a valid form id or indicator code: it must be non-blank without blanks or control characters"),
    /** {@code SB-CORE-1110}: form "…" is …; reporting period … does not match. */
    FORM_DATA_FREQUENCY_MISMATCH("SB-CORE-1110", "报表“{0}”为{1}，报告期 {2} 不符",
            "form \"{0}\" is {1}; reporting period {2} does not match"),
    /** {@code SB-CORE-1111}: form "…" has no indicator "…". */
    FORM_DATA_UNKNOWN_INDICATOR("SB-CORE-1111", "报表“{0}”没有指标“{1}”",
            "form \"{0}\" has no indicator \"{1}\""),
    /** {@code SB-CORE-1112}: form "…" indicator "…" is of type …; value "…" does not fit. */
    FORM_DATA_WRONG_VALUE("SB-CORE-1112", "报表“{0}”指标“{1}”为 {2} 类型，值“{3}”不符",
            "form \"{0}\" indicator \"{1}\" is of type {2}; value \"{3}\" does not fit"),

    // ---- 12xx input limits (org.statsbase.core.io.InputLimits) ---------------------------------
    /** {@code SB-CORE-1201}: input … is larger than the limit of … bytes ({@code InputLimits.maxInputBytes()}). */
    INPUT_TOO_LARGE("SB-CORE-1201", "输入 {0} 超过 {1} 字节的上限（可通过 InputLimits 或 --max-input-size 调整）",
            "input {0} is larger than the limit of {1} bytes (configurable: InputLimits, --max-input-size)"),
    /** {@code SB-CORE-1202}: input … exceeds the limit … (at most …): … (any limit but the size). */
    INPUT_LIMIT_EXCEEDED("SB-CORE-1202", "输入 {0} 超出限制 {1}（上限 {2}，可通过 InputLimits 调整）：{3}",
            "input {0} exceeds the limit {1} (at most {2}, configurable through InputLimits): {3}"),
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
