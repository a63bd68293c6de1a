package org.statsbase.cli;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of the command line, in one place ({@code SB-CLI-NNNN}).
 *
 * <p>Thread safety: immutable constants.
 */
public enum CliError implements ErrorCode {
    USAGE("SB-CLI-0001", "用法错误：{0}", "usage error: {0}"),
    FILE_UNREADABLE("SB-CLI-0002", "无法读取文件 {0}：{1}", "cannot read file {0}: {2}"),
    UNKNOWN_COLUMN("SB-CLI-0003", "文件 {0} 的列“{1}”不是本命令的选项，可用的列：{2}",
            "file {0}: column \"{1}\" is not an option of this command; columns allowed: {2}"),
    BAD_NUMBER("SB-CLI-0005", "{0} 的值“{1}”不是数字", "{0}: \"{1}\" is not a number"),
    MISSING_VALUE("SB-CLI-0006", "缺少 {0}", "{0} is missing"),
    FILE_NOT_UTF8("SB-CLI-0007", "文件 {0} 不是有效的 UTF-8 文本", "file {0} is not valid UTF-8 text"),
    FILE_WITHOUT_HEADER("SB-CLI-0008", "文件 {0} 没有表头行（列名应为本命令的长选项名：{1}）",
            "file {0} has no header line (columns are named after the command's long options: {1})"),
    TOO_MANY_CELLS("SB-CLI-0009", "该行有 {0} 个单元格，但表头只有 {1} 列", "the row has {0} cells but the header only {1} columns"),
    DUPLICATE_COLUMN("SB-CLI-0010", "文件 {0} 的列“{1}”出现了不止一次", "file {0}: column \"{1}\" appears more than once"),
    CSV_SYNTAX("SB-CLI-0011", "文件 {0} 第 {1} 行附近不是有效的 CSV（例如引号未闭合）",
            "file {0} is not valid CSV near line {1} (an unclosed quote, for example)"),
    UNKNOWN_ARGUMENT("SB-CLI-0012", "无法识别的参数：{0}", "unknown argument(s): {0}"),
    MISSING_PARAMETER("SB-CLI-0013", "缺少必需的参数：{0}", "missing required parameter(s): {0}"),
    SUBCOMMAND_REQUIRED("SB-CLI-0014", "需要一个子命令：{0}", "a subcommand is required: {0}"),
    BAD_CHOICE("SB-CLI-0015", "{0} 的值“{1}”无效，应为：{2}", "{0}: \"{1}\" is not valid; expected {2}"),
    FILE_AND_VALUES("SB-CLI-0016", "--file 与命令行上给出的输入不能同时使用", "--file cannot be combined with input given on the command line"),
    NO_INPUT("SB-CLI-0017", "没有输入：请给出至少一个值或 --file", "no input: give at least one value or --file"),
    INTERNAL("SB-CLI-0099", "内部错误（statsbase 的缺陷，请报告）：{0}",
            "internal error (a defect in statsbase, please report it): {0}");

    private final String code;
    private final String templateZh;
    private final String templateEn;

    CliError(String code, String templateZh, String templateEn) {
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
