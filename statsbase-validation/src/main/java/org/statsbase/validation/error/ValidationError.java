package org.statsbase.validation.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-validation, in one place ({@code SB-VAL-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx rule
 * syntax (lexer, parser), 02xx static checks of rules (unknown indicators and functions, arity,
 * types), 03xx evaluation limits, 04xx rule-set files and providers, 05xx datasets and their
 * readers, 06xx reviews, reports and explanations, 07xx the Jakarta Validation bridge, 08xx input
 * limits ({@link org.statsbase.core.io.InputLimits}) of the dataset readers.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ValidationError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    /** {@code SB-VAL-0001}: … has … problem(s), the first: … */
    RULE_PROBLEMS("SB-VAL-0001", "{0} 有 {1} 处错误，第一处：{2}", "{0} has {1} problem(s), the first: {3}"),

    // ---- 01xx rule syntax -----------------------------------------------------------------
    /** {@code SB-VAL-0101}: unexpected character …; expected … */
    SYNTAX_UNEXPECTED_CHARACTER("SB-VAL-0101", "意外的字符 {0}，应为{2}", "unexpected character {0}; expected {1}"),
    /** {@code SB-VAL-0102}: unexpected …; expected … */
    SYNTAX_UNEXPECTED_TOKEN("SB-VAL-0102", "意外的{2}，应为{3}", "unexpected {0}; expected {1}"),
    /** {@code SB-VAL-0103}: the string … has no closing quote. */
    SYNTAX_UNTERMINATED_STRING("SB-VAL-0103", "字符串 {0} 没有结束引号", "the string {0} has no closing quote"),
    /** {@code SB-VAL-0104}: the indicator code … has no closing ]. */
    SYNTAX_UNTERMINATED_CODE("SB-VAL-0104", "指标代码 {0} 没有结束的 ]", "the indicator code {0} has no closing ]"),
    /** {@code SB-VAL-0105}: malformed number …; expected a decimal such as 12 or 12.5. */
    SYNTAX_MALFORMED_NUMBER("SB-VAL-0105", "数字 {0} 格式不正确，应为如 12 或 12.5 的十进制数", "malformed number {0}; expected a decimal such as 12 or 12.5"),
    /** {@code SB-VAL-0106}: unknown reference dataset …; expected prev, yoy or form("form id"). */
    SYNTAX_UNKNOWN_DATASET("SB-VAL-0106", "未知的参照数据集 {0}，应为 prev、yoy 或 form(\"表号\")", "unknown reference dataset {0}; expected prev, yoy or form(\"form id\")"),
    /** {@code SB-VAL-0107}: no indicator code inside []. */
    SYNTAX_EMPTY_CODE("SB-VAL-0107", "[] 中没有指标代码", "no indicator code inside []"),
    /** {@code SB-VAL-0108}: the message placeholder … has no closing }. */
    SYNTAX_MESSAGE_PLACEHOLDER("SB-VAL-0108", "消息中的占位符 {0} 没有结束的 }", "the message placeholder {0} has no closing }"),

    // ---- 02xx static checks -----------------------------------------------------------------
    /** {@code SB-VAL-0201}: unknown indicator … */
    CHECK_UNKNOWN_INDICATOR("SB-VAL-0201", "未知的指标 {0}", "unknown indicator {0}"),
    /** {@code SB-VAL-0202}: unknown function …; expected … */
    CHECK_UNKNOWN_FUNCTION("SB-VAL-0202", "未知的函数 {0}，应为{1}", "unknown function {0}; expected {1}"),
    /** {@code SB-VAL-0203}: function … takes … argument(s), got … */
    CHECK_WRONG_ARITY("SB-VAL-0203", "函数 {0} 需要 {1} 个参数，实有 {2} 个", "function {0} takes {1} argument(s), got {2}"),
    /** {@code SB-VAL-0204}: operator … cannot combine … and … */
    CHECK_TYPE_MISMATCH("SB-VAL-0204", "运算 {0} 不能用于{3}和{4}", "operator {0} cannot combine {1} and {2}"),
    /** {@code SB-VAL-0205}: argument … of … must be …, found … */
    CHECK_ARGUMENT_TYPE("SB-VAL-0205", "函数 {0} 的第 {1} 个参数应为{4}，实为{5}", "argument {1} of {0} must be {2}, found {3}"),
    /** {@code SB-VAL-0206}: … must be a condition (true/false), found … */
    CHECK_NOT_A_CONDITION("SB-VAL-0206", "{2}应为条件（真/假），实为{3}", "{0} must be a condition (true/false), found {1}"),
    /** {@code SB-VAL-0207}: invalid regular expression …: … */
    CHECK_BAD_PATTERN("SB-VAL-0207", "正则表达式 {0} 无效：{1}", "invalid regular expression {0}: {1}"),
    /** {@code SB-VAL-0208}: argument … of … must be a literal … */
    CHECK_LITERAL_REQUIRED("SB-VAL-0208", "函数 {0} 的第 {1} 个参数应为字面量{3}", "argument {1} of {0} must be a literal {2}"),
    /** {@code SB-VAL-0209}: unknown code hierarchy …; expected division or industry. */
    CHECK_UNKNOWN_HIERARCHY("SB-VAL-0209", "未知的代码层级 {0}，应为 division 或 industry", "unknown code hierarchy {0}; expected division or industry"),
    /** {@code SB-VAL-0210}: the dataset-level function … cannot be nested in … */
    CHECK_NESTED_DATASET_FUNCTION("SB-VAL-0210", "数据集级函数 {0} 不能嵌套在 {1} 中", "the dataset-level function {0} cannot be nested in {1}"),
    /** {@code SB-VAL-0211}: the rule id … appears more than once. */
    CHECK_DUPLICATE_RULE("SB-VAL-0211", "规则编号 {0} 重复", "the rule id {0} appears more than once"),

    // ---- 03xx evaluation limits ---------------------------------------------------------------
    /** {@code SB-VAL-0301}: the expression nests deeper than … levels. */
    LIMIT_TOO_DEEP("SB-VAL-0301", "表达式嵌套超过 {0} 层", "the expression nests deeper than {0} levels"),
    /** {@code SB-VAL-0302}: a literal is longer than … characters. */
    LIMIT_LITERAL_TOO_LONG("SB-VAL-0302", "字面量超过 {0} 个字符", "a literal is longer than {0} characters"),
    /** {@code SB-VAL-0303}: the rule text has … characters, more than the limit of … */
    LIMIT_TEXT_TOO_LONG("SB-VAL-0303", "规则文本有 {1} 个字符，超过上限 {0}", "the rule text has {1} characters, more than the limit of {0}"),
    /** {@code SB-VAL-0304}: a result has more than … significant digits. */
    LIMIT_NUMBER_TOO_LARGE("SB-VAL-0304", "计算结果超过 {0} 位有效数字", "a result has more than {0} significant digits"),
    /** {@code SB-VAL-0305}: round digits … outside -… to … */
    LIMIT_ROUND_DIGITS("SB-VAL-0305", "round 的位数 {0} 超出 -{1} 到 {1}", "round digits {0} outside -{1} to {1}"),
    /** {@code SB-VAL-0306}: operator … cannot be applied to … */
    EVAL_TYPE_ERROR("SB-VAL-0306", "运算 {0} 不能用于{2}", "operator {0} cannot be applied to {1}"),
    /** {@code SB-VAL-0307}: a list or argument list has more than … items. */
    LIMIT_TOO_MANY_ARGUMENTS("SB-VAL-0307", "列表或参数超过 {0} 项", "a list or argument list has more than {0} items"),

    // ---- 04xx rule-set files and providers ------------------------------------------------------
    // Arguments are language-neutral: key paths like $.rules[2].severity, JSON type names, limit names.
    /** A rule-set file or resource cannot be read (missing, not a file, I/O error, not UTF-8); {1} the cause. */
    RULE_SET_UNREADABLE("SB-VAL-0401", "无法读取审核规则集文件 {0}：{1}", "cannot read the rule-set file {0}: {2}"),
    /** The file is not well-formed JSON or YAML; {1} is the parser's message. */
    RULE_SET_SYNTAX("SB-VAL-0402", "不是格式正确的 {0}：{1}", "not well-formed {0}: {1}"),
    /** A limit that protects the reader was exceeded: {0} the limit's name, {1} what was found, {2} the limit. */
    RULE_SET_LIMIT("SB-VAL-0403", "超出规则集文件的限制 {0}：{1}（上限 {2}）",
            "a rule-set file limit is exceeded, {0}: {1} (limit {2})"),
    /** A YAML feature rule-set files do not allow: {0} anchor, alias, tag or document; {1} what was found. */
    RULE_SET_YAML_FEATURE("SB-VAL-0404", "规则集文件不允许使用 YAML 的 {0}：{1}（请直接写出内容）",
            "rule-set files may not use YAML {0}s: {1} (write the content out)"),
    /** A key the format does not know (usually a typo): {0} the key, {1} where, {2} the allowed keys. */
    RULE_SET_UNKNOWN_KEY("SB-VAL-0405", "{1} 中有未知的键“{0}”；允许的键：{2}",
            "unknown key \"{0}\" in {1}; allowed keys: {2}"),
    /** A required key is missing: {0} the key, {1} where. */
    RULE_SET_MISSING_KEY("SB-VAL-0406", "{1} 缺少必需的键“{0}”", "{1} lacks the required key \"{0}\""),
    /** A value of the wrong type: {0} the key path, {1} the expected JSON type(s), {2} the type found. */
    RULE_SET_WRONG_TYPE("SB-VAL-0407", "{0} 应为 {1}，实为 {2}", "{0} must be {1}, found {2}"),
    /** A value of the right type that is not allowed: {0} the key path, {1} the value, {2} what is allowed. */
    RULE_SET_INVALID_VALUE("SB-VAL-0408", "{0} 的值 {1} 无效，应为：{2}", "invalid value {1} of {0}, expected: {2}"),
    /** The same key twice in one mapping: {0} the key, {1} where it first appears. */
    RULE_SET_DUPLICATE_KEY("SB-VAL-0409", "键“{0}”重复（首次出现于 {1}）", "key \"{0}\" appears twice (first at {1})"),
    /** Two rules with one id, in one file or across includes: {0} the id, {1} the first. */
    RULE_SET_DUPLICATE_RULE_ID("SB-VAL-0410", "审核规则编号 {0} 重复（首次出现于 {1}）",
            "rule id {0} is used twice (first at {1})"),
    /** A file includes itself, directly or through others; {0} is the chain. */
    RULE_SET_INCLUDE_CYCLE("SB-VAL-0411", "引用形成循环：{0}", "include cycle: {0}"),
    /** An included file does not exist: {0} the path as written, {1} where it was looked for. */
    RULE_SET_INCLUDE_NOT_FOUND("SB-VAL-0412", "找不到被引用的文件 {0}（{1}）", "included file {0} not found ({1})"),
    /** An include path that is absolute, has no .json/.yaml/.yml extension or leaves the class-path root. */
    RULE_SET_INCLUDE_INVALID("SB-VAL-0413",
            "引用路径 {0} 无效：应为相对于本文件的路径（以 / 分隔），以 .json、.yaml 或 .yml 结尾，且不超出根目录",
            "invalid include path {0}: it must be relative to this file (separated by /), end in .json, .yaml"
                    + " or .yml and stay below the root"),
    /** A rule set read from a stream or text has includes, which need a file or resource to resolve against. */
    RULE_SET_INCLUDE_WITHOUT_BASE("SB-VAL-0414", "{0} 不是从文件或类路径资源读取的，无法解析引用 {1}",
            "{0} was not read from a file or class-path resource, so the include {1} cannot be resolved"),
    /** No provider knows the rule set; {1} lists where the lookup looked. */
    RULE_SET_NOT_FOUND("SB-VAL-0415", "找不到审核规则集 {0}；已查找：{1}", "rule set {0} not found; looked in: {1}"),
    /** One provider has several files for one rule-set id: {1} lists them. */
    RULE_SET_AMBIGUOUS("SB-VAL-0416", "审核规则集 {0} 有多个文件：{1}", "rule set {0} is defined by several files: {1}"),
    /** A provider's file declares another id than the one it is filed under. */
    RULE_SET_ID_MISMATCH("SB-VAL-0417", "文件 {0} 声明的规则集编号为 {1}，应为 {2}",
            "file {0} declares rule set {1}, expected {2}"),
    /** A rule-set id asked of a provider cannot name a file. */
    RULE_SET_INVALID_ID("SB-VAL-0418", "审核规则集编号“{0}”无效：应由字母、数字和 . _ - 组成，以字母或数字开头",
            "invalid rule-set id \"{0}\": letters, digits, . _ and -, starting with a letter or digit"),
    /** A file name whose extension is neither .json nor .yaml/.yml. */
    RULE_SET_UNKNOWN_FORMAT("SB-VAL-0419", "无法由文件名 {0} 判断格式：应以 .json、.yaml 或 .yml 结尾",
            "cannot tell the format of {0}: the name must end in .json, .yaml or .yml"),
    /** A text that must say something is blank: {0} the key path. */
    RULE_SET_BLANK("SB-VAL-0420", "{0} 不能为空", "{0} must not be blank"),

    // ---- 05xx datasets ------------------------------------------------------------------------
    /** {@code SB-VAL-0501}: … has … data problem(s), the first: … */
    DATA_REJECTED("SB-VAL-0501", "{0} 有 {1} 处数据问题，第一处：{2}", "{0} has {1} data problem(s), the first: {3}"),
    /** {@code SB-VAL-0502}: cannot read …: … */
    DATA_UNREADABLE("SB-VAL-0502", "无法读取 {0}：{1}", "cannot read {0}: {2}"),
    /** {@code SB-VAL-0503}: … has no header row. */
    DATA_NO_HEADER("SB-VAL-0503", "{0} 没有表头行", "{0} has no header row"),
    /** {@code SB-VAL-0504}: column … of the header has no name. */
    DATA_BLANK_COLUMN_NAME("SB-VAL-0504", "表头第 {0} 列没有列名", "column {0} of the header has no name"),
    /** {@code SB-VAL-0505}: column … appears more than once in the header. */
    DATA_REPEATED_COLUMN("SB-VAL-0505", "表头中列 {0} 出现了不止一次", "column {0} appears more than once in the header"),
    /** {@code SB-VAL-0506}: the record key column … is absent. */
    DATA_NO_KEY_COLUMN("SB-VAL-0506", "缺少记录键列 {0}", "the record key column {0} is absent"),
    /** {@code SB-VAL-0507}: the row has … cell(s), the header … */
    DATA_ROW_WIDTH("SB-VAL-0507", "该行有 {0} 个单元格，表头有 {1} 个", "the row has {0} cell(s), the header {1}"),
    /** {@code SB-VAL-0508}: the row has bytes that are not UTF-8. */
    DATA_NOT_UTF8("SB-VAL-0508", "该行含有非 UTF-8 字节", "the row has bytes that are not UTF-8"),
    /** {@code SB-VAL-0509}: CSV syntax error, nothing after it was read: … */
    DATA_CSV_SYNTAX("SB-VAL-0509", "CSV 格式错误，此后的内容未读取：{0}", "CSV syntax error, nothing after it was read: {0}"),
    /** {@code SB-VAL-0510}: column …: "…" is not … */
    DATA_BAD_CELL("SB-VAL-0510", "列 {0} 的值“{1}”不是{2}", "column {0}: \"{1}\" is not {3}"),
    /** {@code SB-VAL-0511}: the record key column … is empty. */
    DATA_KEY_MISSING("SB-VAL-0511", "记录键列 {0} 为空", "the record key column {0} is empty"),
    /** {@code SB-VAL-0512}: the line is not a JSON value: … */
    DATA_BROKEN_JSON("SB-VAL-0512", "该行不是一个 JSON 值：{0}", "the line is not a JSON value: {0}"),
    /** {@code SB-VAL-0513}: the line is not a JSON object but … */
    DATA_NOT_JSON_OBJECT("SB-VAL-0513", "该行不是 JSON 对象，而是 {0}", "the line is not a JSON object but {0}"),
    /** {@code SB-VAL-0514}: field … is an array or object, not a single value. */
    DATA_NOT_SCALAR("SB-VAL-0514", "字段 {0} 是数组或对象，应为单个值", "field {0} is an array or object, not a single value"),
    /** {@code SB-VAL-0515}: field … is not a column of the dataset. */
    DATA_UNKNOWN_FIELD("SB-VAL-0515", "字段 {0} 不在数据集的列中", "field {0} is not a column of the dataset"),
    /** {@code SB-VAL-0516}: the line has a field without a name. */
    DATA_BLANK_FIELD_NAME("SB-VAL-0516", "该行有一个没有名字的字段", "the line has a field without a name"),

    // ---- 06xx reviews, reports, explanations ----------------------------------------------------
    /** {@code SB-VAL-0601}: rule … reads the reference dataset …, which the review was not given. */
    REVIEW_REFERENCE_NOT_SUPPLIED("SB-VAL-0601", "规则 {0} 使用参照数据集 {1}，但审核时未提供", "rule {0} reads the reference dataset {1}, which the review was not given"),
    /** {@code SB-VAL-0602}: rule … uses the code list …, which the review was not given. */
    REVIEW_CODE_LIST_NOT_SUPPLIED("SB-VAL-0602", "规则 {0} 使用代码表 {1}，但审核时未提供", "rule {0} uses the code list {1}, which the review was not given"),
    /** {@code SB-VAL-0603}: rule … reads the field …, which the dataset … lacks. */
    REVIEW_COLUMN_ABSENT("SB-VAL-0603", "规则 {0} 读取的字段 {1} 不在数据集 {2} 中", "rule {0} reads the field {1}, which the dataset {2} lacks"),
    /** {@code SB-VAL-0604}: the reference dataset … lacks the key column(s) … to join on. */
    REVIEW_KEY_MISMATCH("SB-VAL-0604", "参照数据集 {0} 没有主键列 {1}，无法对应记录", "the reference dataset {0} lacks the key column(s) {1} to join on"),
    /** {@code SB-VAL-0605}: the explanation has … meaningful character(s), at least … are needed. */
    EXPLANATION_TOO_SHORT("SB-VAL-0605", "说明只有 {0} 个有效字符，至少需要 {1} 个", "the explanation has {0} meaningful character(s), at least {1} are needed"),
    /** {@code SB-VAL-0606}: the explanation "…" is boilerplate; state why the data are as they are. */
    EXPLANATION_BOILERPLATE("SB-VAL-0606", "说明“{0}”只是套话，请写明数据变化的原因", "the explanation \"{0}\" is boilerplate; state why the data are as they are"),
    /** {@code SB-VAL-0607}: rule … is …; an explanation cannot clear it. */
    EXPLANATION_NOT_VERIFY("SB-VAL-0607", "规则 {0} 是{1}规则，说明不能使其通过", "rule {0} is {1}; an explanation cannot clear it"),
    /** {@code SB-VAL-0608}: the record … does not fail rule … */
    EXPLANATION_NO_VIOLATION("SB-VAL-0608", "记录 {1} 没有违反规则 {0}", "the record {1} does not fail rule {0}"),
    /** {@code SB-VAL-0609}: the explanation lacks its … */
    EXPLANATION_EMPTY_FIELD("SB-VAL-0609", "说明缺少{0}", "the explanation lacks its {0}"),

    // ---- 07xx Jakarta Validation bridge ---------------------------------------------------------
    /** A well-formed division code at a level the {@code @DivisionCode(level = …)} constraint does not allow. */
    CONSTRAINT_DIVISION_WRONG_LEVEL("SB-VAL-0701", "区划代码“{0}”的级别为{3}，应为{2}",
            "division code \"{0}\" is at the {3} level; expected {2}"),
    /** A well-formed industry code coarser than the {@code @IndustryCode(minLevel = …)} constraint allows. */
    CONSTRAINT_INDUSTRY_TOO_COARSE("SB-VAL-0702", "行业代码“{0}”只细到{3}，应至少细到{2}",
            "industry code \"{0}\" stops at the {3} level; expected at least the {2} level"),
    /** Two properties of a {@code @ReviewRules} bean map to one indicator: {0} the bean class, {1} and {2} the properties, {3} the indicator. */
    CONSTRAINT_INDICATOR_TWICE("SB-VAL-0703", "{0} 的属性 {1} 和 {2} 都对应指标 {3}",
            "the properties {1} and {2} of {0} both map to the indicator {3}"),
    /** An {@code @Indicator} property of a type that is no indicator value: {0} the bean class, {1} the property, {2} the type. */
    CONSTRAINT_INDICATOR_TYPE("SB-VAL-0704", "{0} 的属性 {1} 的类型 {2} 不能作为指标，应为数值、CharSequence、Boolean 或 LocalDate",
            "the property {1} of {0} has the type {2}, which is no indicator value; expected a number, a CharSequence, a Boolean or a LocalDate"),
    /** A property of a {@code @ReviewRules} bean cannot be read: {0} the bean class, {1} the property, {2} the cause. */
    CONSTRAINT_PROPERTY_UNREADABLE("SB-VAL-0705", "无法读取 {0} 的属性 {1}：{2}（请将其所在包 opens 给 org.statsbase.validation）",
            "cannot read the property {1} of {0}: {2} (open its package to org.statsbase.validation)"),
    /** {@code @Indicator} names no indicator: {0} the bean class, {1} the property. */
    CONSTRAINT_INDICATOR_BLANK("SB-VAL-0706", "{0} 的属性 {1} 上的 @Indicator 没有指标代码",
            "the @Indicator of the property {1} of {0} names no indicator"),
    /** Reading a property of a {@code @ReviewRules} bean threw: {0} the bean class, {1} the property, {2} what was thrown. */
    CONSTRAINT_PROPERTY_FAILED("SB-VAL-0707", "读取 {0} 的属性 {1} 时出错：{2}",
            "reading the property {1} of {0} failed: {2}"),

    // ---- 08xx input limits -----------------------------------------------------------------
    /** A dataset exceeds a configured input limit: {0} the source, {1} and {2} the core error (SB-CORE-12xx) in zh and en. */
    INPUT_LIMIT_EXCEEDED("SB-VAL-0801", "{0} 超出输入限制，读取已停止：{1}", "{0} exceeds an input limit, reading stopped: {2}"),
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
