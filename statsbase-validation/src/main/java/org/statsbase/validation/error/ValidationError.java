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
    // Arguments are language-neutral: key paths like $.rules[2].severity, JSON type names, limit names.
    /** A rule-set file or resource cannot be read (missing, not a file, I/O error, not UTF-8); {1} the cause. */
    RULE_SET_UNREADABLE("SB-VAL-0401", "无法读取审核规则集文件 {0}：{1}", "cannot read the rule-set file {0}: {1}"),
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

    // ---- 06xx reviews, reports, explanations ----------------------------------------------------

    // ---- 07xx Jakarta Validation bridge ---------------------------------------------------------
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
