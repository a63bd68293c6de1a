package org.statsbase.cli;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of the command line, in one place ({@code SB-CLI-NNNN}).
 *
 * <p>Thread safety: immutable constants.
 */
public enum CliError implements ErrorCode {
    USAGE("SB-CLI-0001", "用法错误：{0}", "usage error: {0}"),
    FILE_UNREADABLE("SB-CLI-0002", "无法读取文件 {0}：{1}", "cannot read file {0}: {1}"),
    UNKNOWN_COLUMN("SB-CLI-0003", "文件 {0} 的列“{1}”不是本命令的选项，可用的列：{2}",
            "file {0}: column \"{1}\" is not an option of this command; columns allowed: {2}"),
    BAD_NUMBER("SB-CLI-0005", "{0} 的值“{1}”不是数字", "{0}: \"{1}\" is not a number"),
    MISSING_VALUE("SB-CLI-0006", "缺少 {0}", "{0} is missing"),
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
