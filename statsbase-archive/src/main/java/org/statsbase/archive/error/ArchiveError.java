package org.statsbase.archive.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-archive, in one place ({@code SB-ARC-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx retention and
 * schedules, 02xx holds, 03xx disposal and transfer, 04xx description (archival codes, metadata), 05xx
 * integrity (fixity, the four-property check), 06xx storage (content store, catalog), 07xx the order of
 * writes (trail first, catalog second) and recovery, 08xx input limits.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ArchiveError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------------
    /** A text field is blank: {0} the field in English, {1} in Chinese. */
    FIELD_BLANK("SB-ARC-0001", "{1}不能为空", "the {0} must not be blank"),
    /** An identifier with characters outside its alphabet: {0} the kind in English, {1} the text, {2} the kind in Chinese. */
    BAD_IDENTIFIER("SB-ARC-0002", "{2} {1} 不合规：只允许字母、数字、点、连字符和下划线，以字母或数字开头，至多 128 个字符",
            "the {0} {1} is malformed: letters, digits, '.', '-' and '_' only, starting with a letter or digit, at most 128 characters"),
    /** No record with this id: {0} the id. */
    RECORD_NOT_FOUND("SB-ARC-0003", "档案库中没有记录 {0}", "there is no record {0} in the archive"),
    /** A record id is already in use: {0} the id. */
    RECORD_EXISTS("SB-ARC-0004", "记录 {0} 已存在", "the record {0} already exists"),
    /** A concurrent update: {0} the record or list, {1} the expected revision, {2} the stored one. */
    REVISION_CONFLICT("SB-ARC-0005", "{0} 已被并发修改（预期版本 {1}，实际 {2}）",
            "{0} was changed concurrently (expected revision {1}, found {2})"),
    /** A builder was asked to build without a required part: {0} the part. */
    MISSING_COMPONENT("SB-ARC-0006", "缺少必需的组成部分：{0}", "a required component is missing: {0}"),

    // ---- 01xx retention and schedules ---------------------------------------------------------
    /** A schedule shortens a statutory minimum: {0} the class, {1} the schedule's period, {2} the minimum, {3} the rule. */
    SCHEDULE_SHORTENS_MINIMUM("SB-ARC-0101", "保管期限表将 {0} 的保管期限定为 {1}，短于法定最低期限 {2}（{3}）",
            "the schedule sets {1} for {0}, shorter than the statutory minimum {2} ({3})"),
    /** A schedule or rule file that cannot be read: {0} the source, {1} the problem. */
    SCHEDULE_MALFORMED("SB-ARC-0102", "保管期限表 {0} 格式错误：{1}", "the retention schedule {0} is malformed: {1}"),
    /** A record class the schedule does not know: {0} the class. */
    UNKNOWN_RECORD_CLASS("SB-ARC-0103", "保管期限表中没有门类 {0}", "the retention schedule has no record class {0}"),
    /** A retention period that is not Y, D30, D10 or a positive number of years: {0} the text. */
    BAD_RETENTION_PERIOD("SB-ARC-0104", "{0} 不是保管期限（应为永久或正整数年）",
            "{0} is not a retention period (permanent or a positive number of years)"),
    /** An event date recorded for a class counted from formation: {0} the record, {1} the class. */
    NO_COUNTING_EVENT("SB-ARC-0105", "记录 {0} 的门类 {1} 自形成次年起算，不以事件起算",
            "the record {0} is of class {1}, counted from its formation, not from an event"),

    // ---- 02xx holds --------------------------------------------------------------------------
    /** A hold id already on the record: {0} the record, {1} the hold. */
    HOLD_EXISTS("SB-ARC-0201", "记录 {0} 已有冻结 {1}", "the record {0} already has the hold {1}"),
    /** No active hold with this id: {0} the record, {1} the hold. */
    HOLD_NOT_FOUND("SB-ARC-0202", "记录 {0} 没有有效的冻结 {1}", "the record {0} has no active hold {1}"),
    /** A hold on a destroyed record: {0} the record. */
    HOLD_ON_DESTROYED("SB-ARC-0203", "记录 {0} 已销毁，不能冻结", "the record {0} is destroyed and cannot be held"),

    // ---- 03xx disposal and transfer ----------------------------------------------------------
    /** A permanent record proposed for destruction: {0} the record. */
    DESTROY_PERMANENT("SB-ARC-0301", "记录 {0} 为永久保管，不得销毁", "the record {0} is kept permanently and must not be destroyed"),
    /** A record not yet due: {0} the record, {1} the due date, {2} the date of the attempt. */
    DESTROY_NOT_DUE("SB-ARC-0302", "记录 {0} 的保管期限未满：{1} 起方可处置（现为 {2}）",
            "the record {0} is not due: disposal may start on {1} (now {2})"),
    /** A held record: {0} the record, {1} the active holds. */
    DESTROY_HELD("SB-ARC-0303", "记录 {0} 处于冻结状态（{1}），不得销毁", "the record {0} is held ({1}) and must not be destroyed"),
    /** A record waiting for its counting event: {0} the record, {1} the event. */
    DESTROY_WAITING_EVENT("SB-ARC-0304", "记录 {0} 的保管期限尚未起算（等待事件：{1}），不得销毁",
            "the record {0} is waiting for its counting event ({1}) and must not be destroyed"),
    /** A list executed without the head's approval: {0} the list. */
    LIST_NOT_APPROVED("SB-ARC-0305", "销毁清册 {0} 未经负责人批准", "the destruction list {0} is not approved by the head"),
    /** Fewer than two supervisors: {0} the list, {1} the number of distinct supervisors. */
    TOO_FEW_SUPERVISORS("SB-ARC-0306", "销毁清册 {0} 的监销人只有 {1} 人，至少须两人签字",
            "the destruction list {0} has {1} supervisor(s); at least two must sign"),
    /** No list with this id: {0} the list. */
    LIST_NOT_FOUND("SB-ARC-0307", "没有销毁清册 {0}", "there is no destruction list {0}"),
    /** An operation not allowed in the list's state: {0} the list, {1} the state, {2} the operation. */
    LIST_WRONG_STATE("SB-ARC-0308", "销毁清册 {0} 处于 {1} 状态，不能执行 {2}", "the destruction list {0} is {1}; cannot {2}"),
    /** An empty destruction list: {0} the list. */
    LIST_EMPTY("SB-ARC-0309", "销毁清册 {0} 没有条目", "the destruction list {0} has no entries"),
    /** A record already destroyed: {0} the record. */
    ALREADY_DESTROYED("SB-ARC-0310", "记录 {0} 已销毁", "the record {0} is already destroyed"),
    /** The head who approves also appraised or supervises: {0} the list, {1} the person. */
    APPROVER_CONFLICT("SB-ARC-0311", "销毁清册 {0}：{1} 不能既鉴定或监销又批准", "destruction list {0}: {1} cannot both appraise or supervise and approve"),
    /** Writing a transfer package failed: {0} the target, {1} the cause. */
    TRANSFER_FAILED("SB-ARC-0312", "移交包 {0} 写入失败：{1}", "writing the transfer package {0} failed: {1}"),
    /** A transfer package fails its manifest: {0} the package, {1} the entry, {2} the problem. */
    TRANSFER_PACKAGE_INVALID("SB-ARC-0313", "移交包 {0} 的条目 {1} 不符合清单：{2}", "the transfer package {0} fails its manifest at {1}: {2}"),
    /** A destroyed record proposed for transfer: {0} the record. */
    TRANSFER_DESTROYED("SB-ARC-0314", "记录 {0} 已销毁，不能移交", "the record {0} is destroyed and cannot be transferred"),
    /** The four-property check at transfer found something: {0} the first subject (record, group, trail), {1} the findings. */
    TRANSFER_CHECK_FAILED("SB-ARC-0315", "{0} 未通过四性检测，不能移交：{1}", "{0} fails the four-property check, nothing is transferred: {1}"),
    /** The method of destruction is blank: {0} the list. */
    METHOD_BLANK("SB-ARC-0316", "销毁清册 {0} 未写明销毁方式", "the destruction list {0} names no method of destruction"),
    /** A destruction dated after today: {0} the list, {1} the date given, {2} today. */
    DESTRUCTION_DATE_FUTURE("SB-ARC-0317", "销毁清册 {0} 的销毁日期 {1} 晚于今天 {2}",
            "the destruction list {0} is dated {1}, after today {2}"),
    /** A destruction list id already in use: {0} the list. */
    LIST_EXISTS("SB-ARC-0318", "销毁清册 {0} 已存在", "the destruction list {0} already exists"),
    /** A record listed twice: {0} the list, {1} the record. */
    LIST_DUPLICATE_ENTRY("SB-ARC-0319", "销毁清册 {0} 重复列入记录 {1}", "the destruction list {0} lists the record {1} twice"),

    // ---- 04xx description: archival codes and metadata -----------------------------------------
    /** Archival code: empty. {0} input, {1} position, {2} expected, {3} actual. */
    CODE_EMPTY("SB-ARC-0401", "档号为空", "the archival code is empty"),
    /** Archival code: wrong structure. */
    CODE_STRUCTURE("SB-ARC-0402", "档号 {0} 结构不符合 DA/T 22-2015（全宗号-门类代码·年度-保管期限-机构代码-件号）：第 {1} 位应为 {2}，实为 {3}",
            "the archival code {0} does not follow DA/T 22-2015 (fonds-class·year-retention-organisation-item): at {1} expected {2}, found {3}"),
    /** Archival code: bad fonds number. */
    CODE_FONDS("SB-ARC-0403", "档号 {0} 的全宗号（第 {1} 位起）应为 {2}，实为 {3}",
            "the fonds number of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Archival code: bad class code. */
    CODE_CLASS("SB-ARC-0404", "档号 {0} 的门类代码（第 {1} 位起）应为 {2}，实为 {3}",
            "the class code of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Archival code: bad year. */
    CODE_YEAR("SB-ARC-0405", "档号 {0} 的年度（第 {1} 位起）应为 {2}，实为 {3}",
            "the year of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Archival code: bad retention code. */
    CODE_RETENTION("SB-ARC-0406", "档号 {0} 的保管期限代码（第 {1} 位起）应为 {2}，实为 {3}",
            "the retention code of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Archival code: bad organisation (issue) code. */
    CODE_ORGANISATION("SB-ARC-0407", "档号 {0} 的机构（问题）代码（第 {1} 位起）应为 {2}，实为 {3}",
            "the organisation (issue) code of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Archival code: bad item number. */
    CODE_ITEM("SB-ARC-0408", "档号 {0} 的件号（第 {1} 位起）应为 {2}，实为 {3}",
            "the item number of archival code {0} (from {1}) should be {2}, found {3}"),
    /** Item numbers of a group are exhausted: {0} the group. */
    ITEM_NUMBERS_EXHAUSTED("SB-ARC-0409", "{0} 组的件号已用尽（最大 9999）", "the item numbers of group {0} are exhausted (at most 9999)"),
    /** A code that does not continue its group without gap: {0} the code, {1} the expected item number. */
    ITEM_NUMBER_OUT_OF_ORDER("SB-ARC-0410", "档号 {0} 的件号不连续：应为 {1}", "the archival code {0} leaves a gap or repeats: the next item number is {1}"),
    /** Invalid metadata: {0} the field in English, {1} the problem in English, {2} the field in Chinese, {3} the problem in Chinese. */
    METADATA_INVALID("SB-ARC-0411", "元数据{2}无效：{3}", "the metadata {0} is invalid: {1}"),
    /** An archival code already given to another record: {0} the code, {1} the other record. */
    ARCHIVAL_CODE_IN_USE("SB-ARC-0412", "档号 {0} 已用于记录 {1}", "the archival code {0} is already used by the record {1}"),

    // ---- 05xx integrity: fixity and the four-property check -----------------------------------
    /** Reading content for fixity failed: {0} the content, {1} the cause. */
    FIXITY_READ_FAILED("SB-ARC-0501", "计算 {0} 的摘要时读取失败：{1}", "reading {0} for its digest failed: {1}"),
    /** A record fails the four-property check at archiving: {0} the record, {1} the findings. */
    CHECK_FAILED("SB-ARC-0502", "记录 {0} 未通过四性检测：{1}", "the record {0} fails the four-property check: {1}"),
    /** Content whose digests differ from the recorded ones: {0} the record, {1} the algorithm, {2} recorded, {3} computed. */
    DIGEST_MISMATCH("SB-ARC-0503", "记录 {0} 的 {1} 摘要不符：登记 {2}，计算 {3}", "the {1} digest of record {0} differs: recorded {2}, computed {3}"),

    // ---- 06xx storage: reserved for the content store and the catalog --------------------------
    /** The content for these digests is not in the store: {0} the SHA-256 digest. */
    CONTENT_NOT_FOUND("SB-ARC-0601", "存储中没有摘要为 {0} 的内容", "the store has no content with digest {0}"),
    /** Reading or writing the content store failed: {0} the store, {1} the cause. */
    CONTENT_STORE_FAILED("SB-ARC-0602", "内容存储 {0} 出错：{1}", "the content store {0} failed: {1}"),
    /** The catalog failed: {0} the catalog, {1} the cause. */
    CATALOG_FAILED("SB-ARC-0603", "档案目录 {0} 出错：{1}", "the catalog {0} failed: {1}"),
    /** The content store's directory or file system is read-only: {0} the store, {1} the cause. */
    CONTENT_STORE_READ_ONLY("SB-ARC-0604", "内容存储 {0} 只读，无法写入：{1}", "the content store {0} is read-only: {1}"),
    /** The content store's disk is full: {0} the store, {1} the cause. */
    CONTENT_STORE_FULL("SB-ARC-0605", "内容存储 {0} 磁盘空间已满，内容未存入：{1}",
            "the content store {0} is out of disk space; nothing was stored: {1}"),
    /** The content store's directory is used by another store (this or another process): {0} the store. */
    CONTENT_STORE_LOCKED("SB-ARC-0606", "内容存储 {0} 正被另一个进程或实例使用", "the content store {0} is in use by another process or instance"),
    /** The content store is closed: {0} the store. */
    CONTENT_STORE_CLOSED("SB-ARC-0607", "内容存储 {0} 已关闭", "the content store {0} is closed"),
    /** No connection to the catalog's database: {0} the catalog, {1} the cause. */
    CATALOG_CONNECT_FAILED("SB-ARC-0608", "无法连接档案目录数据库 {0}：{1}", "cannot connect to the catalog database {0}: {1}"),
    /** The catalog's tables cannot be created or lack columns: {0} the catalog, {1} the cause. */
    CATALOG_SCHEMA_FAILED("SB-ARC-0609", "档案目录 {0} 的表无法创建或缺少列：{1}",
            "the tables of the catalog {0} cannot be created or lack columns: {1}"),
    /** The catalog's tables are absent on a database without shipped DDL: {0} the catalog, {1} the product. */
    CATALOG_NO_DDL("SB-ARC-0610", "档案目录 {0} 的表不存在，且没有 {1} 数据库的建表脚本：请按 postgresql.sql 预先建表",
            "the tables of the catalog {0} are absent and no DDL ships for {1}: create them as postgresql.sql shows"),
    /** A table prefix that is no plain SQL identifier: {0} the prefix. */
    CATALOG_TABLE_PREFIX_INVALID("SB-ARC-0611", "档案目录表名前缀 {0} 不合规：只允许字母、数字和下划线，以字母或下划线开头，至多 40 个字符",
            "the catalog table prefix {0} is invalid: letters, digits and '_' only, starting with a letter or '_', at most 40 characters"),
    /** A stored row that cannot be read back: {0} the catalog, {1} the record or list, {2} the problem. */
    CATALOG_ROW_UNREADABLE("SB-ARC-0612", "档案目录 {0} 中 {1} 的存储内容无法读取：{2}",
            "the stored row of {1} in the catalog {0} cannot be read: {2}"),
    /** The catalog is closed: {0} the catalog. */
    CATALOG_CLOSED("SB-ARC-0613", "档案目录 {0} 已关闭", "the catalog {0} is closed"),

    // ---- 07xx order of writes and recovery ------------------------------------------------------
    /**
     * An operation the trail recorded that the catalog or content store could not carry out yet: {0} the action,
     * {1} the subject, {2} the event's sequence, {3} the catalog, {4} the cause.
     */
    NOT_YET_APPLIED("SB-ARC-0701", "留痕日志已记录第{2}条事件（{1} 的 {0}），但档案目录 {3} 尚未执行：{4}；档案库将在目录恢复可写后（下一次操作、recover() 或重新打开时）补做",
            "the trail recorded {0} on {1} as event {2}, but the catalog {3} has not carried it out: {4}; the archive "
                    + "completes it once the catalog can be written (at the next operation, recover() or reopening)"),
    /**
     * The catalog is behind the trail and cannot catch up: {0} the catalog, {1} the last event applied, {2} the
     * event that fails, {3} its action, {4} the cause.
     */
    CATCH_UP_FAILED("SB-ARC-0702", "档案目录 {0} 已执行留痕日志至第{1}条事件，第{2}条（{3}）无法补做：{4}；补做完成前档案库不接受新的操作",
            "the catalog {0} has applied the trail up to event {1} and cannot apply event {2} ({3}): {4}; the "
                    + "archive takes no new operation until it has"),
    /** A trail event of the archive that cannot be replayed: {0} its sequence, {1} its action, {2} what is wrong. */
    EVENT_NOT_REPLAYABLE("SB-ARC-0703", "留痕日志第{0}条档案事件（{1}）无法重放：{2}",
            "the archive event {0} ({1}) of the trail cannot be replayed: {2}"),
    /**
     * The catalog has applied events the trail does not have: {0} the catalog, {1} its position, {2} the trail,
     * {3} the trail's last sequence.
     */
    CATALOG_AHEAD_OF_TRAIL("SB-ARC-0704", "档案目录 {0} 已执行至第{1}条事件，而留痕日志 {2} 只到第{3}条：目录属于另一个留痕日志，或日志丢失了事件",
            "the catalog {0} has applied events up to {1}, but the trail {2} ends at {3}: the catalog belongs to "
                    + "another trail, or the trail lost events"),

    // ---- 08xx input limits (org.statsbase.core.io.InputLimits) -----------------------------------
    /** A file exceeds a configured input limit: {0} the source, {1} and {2} the core error (SB-CORE-12xx) in zh and en. */
    INPUT_LIMIT_EXCEEDED("SB-ARC-0801", "{0} 超出输入限制，读取已停止：{1}", "{0} exceeds an input limit, reading stopped: {2}");

    private final String code;
    private final String templateZh;
    private final String templateEn;

    ArchiveError(String code, String templateZh, String templateEn) {
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
