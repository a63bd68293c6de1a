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
    FORM_ID_REQUIRED("SB-CLI-0018", "表式定义文件 {0} 含有多张表（{1}），请用 --form-id 指定一张",
            "the form file {0} holds several forms ({1}); name one with --form-id"),
    FORM_NOT_FOUND("SB-CLI-0019", "表式定义文件 {0} 中没有表 {1}；其中的表：{2}", "the form file {0} has no form {1}; its forms: {2}"),
    REF_SYNTAX("SB-CLI-0020", "--ref 的值“{0}”应写作 名称=文件，名称为 prev、yoy 或表号（可写作 form:表号）",
            "--ref \"{0}\" must be NAME=FILE, NAME being prev, yoy or a form id (also written form:ID)"),
    REF_REPEATED("SB-CLI-0021", "参照数据集 {0} 给出了不止一次", "the reference dataset {0} is given more than once"),
    BAD_TIME("SB-CLI-0022", "{0} 的值“{1}”不是 ISO-8601 时刻（如 2026-11-05T08:00:00Z 或 2026-11-05T16:00+08:00）",
            "{0}: \"{1}\" is not an ISO-8601 instant (such as 2026-11-05T08:00:00Z or 2026-11-05T16:00+08:00)"),
    EXPLANATION_REPEATED("SB-CLI-0023", "规则 {0} 对记录 {1} 的说明重复（首次出现于第 {2} 行）",
            "rule {0}, record {1}: explained twice (first on line {2})"),
    MISSING_COLUMN("SB-CLI-0024", "文件 {0} 缺少列“{1}”", "file {0} lacks the column \"{1}\""),
    CODELIST_SYNTAX("SB-CLI-0025", "--codelist 的值“{0}”应写作 名称=文件", "--codelist \"{0}\" must be NAME=FILE"),
    // ---- the trail and accountability --------------------------------------------------------
    ANCHOR_SYNTAX("SB-CLI-0026", "--anchor 的值“{0}”应写作 序号:十六进制摘要（如 42:9f86d08…）",
            "--anchor \"{0}\" must be SEQUENCE:HEX (such as 42:9f86d08…)"),
    STORE_NOT_FOUND("SB-CLI-0027", "留痕存储 {0} 不存在（应为 FileEventStore 的目录或 jdbc: 开头的 URL）",
            "the trail store {0} does not exist (expected a FileEventStore directory or a jdbc: URL)"),
    NO_HISTORY("SB-CLI-0028", "留痕日志中没有 {0} 的指标 {1} 的记录", "the trail holds no record of {0}, indicator {1}"),
    INTERNAL("SB-CLI-0099", "内部错误（statsbase 的缺陷，请报告）：{0}",
            "internal error (a defect in statsbase, please report it): {0}"),

    // ---- statsbase ledger (issue 5) ------------------------------------------------------
    SUBMISSION_MALFORMED("SB-CLI-0030", "提交数据文件 {0} 无效：{1}（应为 {\"period\": \"2026-10\", \"values\": {\"指标代码\": 数值, …}}，可含 \"unit\" 和 \"form\"）",
            "submission file {0} is invalid: {2} (expected {\"period\": \"2026-10\", \"values\": {\"CODE\": number, …}}, optionally \"unit\" and \"form\")"),
    SUBMISSION_FORM_MISMATCH("SB-CLI-0031", "提交数据是表 {0} 的，而对照表是表 {1} 的", "the submission is for form {0} but the mapping is for form {1}"),
    // 004x: statsbase archive
    BAD_DATE("SB-CLI-0040", "{0} 的值“{1}”不是日期（应为 YYYY-MM-DD，如 2024-05-10）",
            "{0}: \"{1}\" is not a date (expected YYYY-MM-DD, for example 2024-05-10)"),
    ARCHIVE_STORES_REQUIRED("SB-CLI-0041", "{0} 需要一个持久的档案库：请同时给出 --catalog、--content 和 --trail",
            "{0} needs a persistent archive: give --catalog, --content and --trail together"),
    ARCHIVE_DUE_MODE("SB-CLI-0042", "请给出 --class 与 --formed（按门类回答），或 --record（按已归档的记录回答），二者只能选其一",
            "give either --class and --formed (an answer for a class) or --record (an answer for a filed record), not both"),
    ARCHIVE_CATALOG_URL("SB-CLI-0043", "--catalog 的值“{0}”应为 JDBC URL（如 jdbc:h2:/srv/archive/catalog 或 jdbc:postgresql://…）",
            "--catalog \"{0}\" must be a JDBC URL (for example jdbc:h2:/srv/archive/catalog or jdbc:postgresql://…)"),
    ARCHIVE_CODE_AND_GROUP("SB-CLI-0044", "--code 与 --group 不能同时使用：给出档号，或给出组让档案库分配件号",
            "--code cannot be combined with --group: give the archival code, or the group for the archive to number"),
    ARCHIVE_NO_ENTRIES("SB-CLI-0045", "销毁清册没有条目：请给出 --record 或 --all-due",
            "the destruction list has no entries: give --record or --all-due"),

    // ---- statsbase suppress (issue 7) -----------------------------------------------------
    MICRODATA_ROW("SB-CLI-0050", "微观数据文件 {0} 第 {1} 行：{2}", "microdata file {0}, line {1}: {3}"),
    SAME_DIMENSION("SB-CLI-0051", "--rows 与 --cols 不能是同一列“{0}”", "--rows and --cols cannot be the same column \"{0}\""),
    HIERARCHY_SYNTAX("SB-CLI-0052", "{0} 的值“{1}”应为 flat、division[:层次,…] 或 industry[:层次,…]（如 division:COUNTY,TOWNSHIP）",
            "{0}: \"{1}\" must be flat, division[:LEVEL,…] or industry[:LEVEL,…] (such as division:COUNTY,TOWNSHIP)"),

    // ---- 006x: hostile arguments (issue 8) ------------------------------------------------
    SPECIAL_FILE("SB-CLI-0060", "{0} 的值 {1} 是设备、管道或套接字，不是普通文件或目录（命令行不读取也不写入这类文件）",
            "{0}: {1} is a device, pipe or socket, not a regular file or directory (the command line neither reads nor writes such files)"),
    EMPTY_PATH("SB-CLI-0061", "{0} 的值为空：请给出文件或目录（空路径会指向当前目录）",
            "{0} is empty: give a file or directory (an empty path would mean the working directory)"),
    NEGATIVE_NUMBER("SB-CLI-0062", "{0} 的值“{1}”不能为负数", "{0}: \"{1}\" cannot be negative"),
    UNSAFE_JDBC_URL("SB-CLI-0063", "{0} 的 JDBC URL 含有设置 {1}：该设置会让驱动执行 SQL、加载类或写文件，命令行不接受（URL：{2}）",
            "{0}: the JDBC URL sets {1}, which makes the driver run SQL, load a class or write a file; the command line refuses it (URL: {2})");

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
