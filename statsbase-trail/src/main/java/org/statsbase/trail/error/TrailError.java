package org.statsbase.trail.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-trail, in one place ({@code SB-TRAIL-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx events and the
 * chain, 02xx the file store, 03xx the JDBC store.
 *
 * <p>Thread safety: immutable constants.
 */
public enum TrailError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    /** The trail was closed; {0} the store. */
    CLOSED("SB-TRAIL-0001", "留痕日志 {0} 已关闭", "the trail {0} is closed"),
    /** A store failed with an unexpected error: {0} the store, {1} the cause. */
    STORE_FAILED("SB-TRAIL-0002", "事件存储 {0} 出错：{1}", "the event store {0} failed: {1}"),

    // ---- 01xx events and the chain ------------------------------------------------------------
    /** A field of an event is empty or blank: {0} the field in English, {1} in Chinese. */
    EVENT_FIELD_BLANK("SB-TRAIL-0101", "事件的{1}不能为空", "the event's {0} must not be blank"),
    /** A field has a control character: {0} the field in English, {1} in Chinese. */
    EVENT_FIELD_CONTROL("SB-TRAIL-0102", "事件的{1}含有控制字符", "the event's {0} contains a control character"),
    /** A limit of the event encoding: {0} what in English, {1} found, {2} the limit, {3} what in Chinese. */
    EVENT_TOO_LARGE("SB-TRAIL-0103", "事件的{3}超出上限：{1}（上限 {2}）", "the event's {0} exceeds the limit: {1} (limit {2})"),
    /** Bytes that are not an event: {0} the sequence, {1} why. */
    EVENT_UNREADABLE("SB-TRAIL-0104", "第 {0} 号事件无法解码：{1}", "event {0} cannot be decoded: {1}"),
    /** The store's chain uses another algorithm than the trail: {0} the store's, {1} the trail's. */
    ALGORITHM_MISMATCH("SB-TRAIL-0105", "存储使用 {0} 摘要，而留痕日志配置为 {1}", "the store is chained with {0}, the trail is configured for {1}"),
    /** A hex text that is no digest: {0} the text. */
    MALFORMED_HASH("SB-TRAIL-0106", "{0} 不是十六进制摘要", "{0} is not a hexadecimal digest"),
    /** A store was given events that do not continue it: {0} the store, {1} expected, {2} found. */
    STORE_SEQUENCE_CONFLICT("SB-TRAIL-0107", "{0} 应追加第 {1} 号事件，实为第 {2} 号",
            "{0} expected event {1} next, got {2}"),

    /** A text with a lone UTF-16 surrogate (not Unicode text): {0} the field in English, {1} in Chinese. */
    EVENT_TEXT_MALFORMED("SB-TRAIL-0108", "事件的{1}不是合法的 Unicode 文本（孤立代理项）",
            "the event's {0} is not well-formed Unicode text (a lone surrogate)"),

    // ---- 02xx the file store ------------------------------------------------------------------
    /** The store's path is not a directory or cannot be read: {0} the path, {1} the cause. */
    FILE_STORE_NOT_A_DIRECTORY("SB-TRAIL-0201", "{0} 不是可读的目录：{1}", "{0} is not a readable directory: {1}"),
    /** No store in a directory that other files occupy, or none to open read-only: {0} the directory. */
    FILE_STORE_NOT_FOUND("SB-TRAIL-0202", "目录 {0} 中没有留痕存储（且不是空目录，或以只读方式打开）",
            "there is no trail store in {0} (and the directory is not empty, or was opened read-only)"),
    /** A segment file without the store's header: {0} the file, {1} its first bytes in hex. */
    FILE_STORE_NOT_A_STORE("SB-TRAIL-0203", "{0} 不是留痕存储文件（文件头 {1}）",
            "{0} is not a trail store file (header {1})"),
    /** A segment written by a later format: {0} the file, {1} its format, {2} the formats this version reads. */
    FILE_STORE_FORMAT_UNSUPPORTED("SB-TRAIL-0204", "{0} 的格式版本 {1} 不受支持（支持 {2}）",
            "{0} has format version {1}, this version reads {2}"),
    /** Another process (or another open store in this one) appends to the store: {0} the directory. */
    FILE_STORE_LOCKED("SB-TRAIL-0205", "留痕存储 {0} 已被另一进程（或本进程中另一个实例）占用",
            "the trail store {0} is locked by another process (or another instance in this one)"),
    /**
     * A damaged record that valid records follow — not a torn tail, so it is not dropped: {0} the
     * file, {1} the byte offset, {2} the sequence expected there, {3} the offset of the next valid record.
     */
    FILE_STORE_CORRUPT("SB-TRAIL-0206",
            "{0} 在字节 {1} 处的记录（应为第 {2} 号事件）已损坏，其后字节 {3} 处仍有完好记录；未作截断。请以只读方式打开并校验",
            "{0}: the record at byte {1} (event {2} expected) is damaged and valid records follow at byte {3}; "
                    + "nothing was truncated. Open it read-only to verify"),
    /** Intact records out of sequence: {0} the file, {1} the byte offset, {2} expected, {3} found. */
    FILE_STORE_OUT_OF_SEQUENCE("SB-TRAIL-0207", "{0} 在字节 {1} 处应为第 {2} 号事件，实为第 {3} 号；请以只读方式打开并校验",
            "{0}: the record at byte {1} should be event {2} but is event {3}; open it read-only to verify"),
    /** Reading the store failed: {0} the file, {1} the cause. */
    FILE_STORE_READ_FAILED("SB-TRAIL-0208", "读取留痕存储 {0} 失败：{1}", "reading the trail store {0} failed: {1}"),
    /**
     * Writing or syncing failed; the events were not acknowledged and the file was rolled back to the
     * last acknowledged event: {0} the file, {1} the cause.
     */
    FILE_STORE_WRITE_FAILED("SB-TRAIL-0209", "写入留痕存储 {0} 失败，本批事件未确认：{1}",
            "writing the trail store {0} failed, the events were not acknowledged: {1}"),
    /** A failed write could not be rolled back; reopen the store to recover: {0} the file. */
    FILE_STORE_FAILED("SB-TRAIL-0210", "留痕存储 {0} 此前写入失败且无法回退，须重新打开以恢复",
            "the trail store {0} failed earlier and could not roll back; reopen it to recover"),
    /** Appending to a store opened read-only: {0} the directory. */
    FILE_STORE_READ_ONLY("SB-TRAIL-0211", "留痕存储 {0} 以只读方式打开，不能追加", "the trail store {0} is open read-only"),
    /** A record beyond the store's limits: {0} the sequence, {1} what in English, {2} found, {3} limit, {4} what in Chinese. */
    FILE_STORE_RECORD_TOO_LARGE("SB-TRAIL-0212", "第 {0} 号事件的{4}超出文件存储上限：{2}（上限 {3}）",
            "event {0}'s {1} exceeds the file store's limit: {2} (limit {3})"),
    // ---- 03xx the JDBC store ------------------------------------------------------------------
    /** The database cannot be reached: {0} the store (URL without credentials), {1} the driver's message. */
    JDBC_CONNECT_FAILED("SB-TRAIL-0301", "无法连接数据库 {0}：{1}", "cannot connect to the database {0}: {1}"),
    /**
     * Appending failed and the transaction was rolled back: {0} the store, {1} the first and {2} the last
     * sequence of the batch, {3} the driver's message.
     */
    JDBC_APPEND_FAILED("SB-TRAIL-0302", "{0} 追加第 {1} 至 {2} 号事件失败，已回滚，均未确认：{3}",
            "{0}: appending events {1} to {2} failed and was rolled back; none of them is acknowledged: {3}"),
    /**
     * The commit itself failed (typically the connection dropped), so whether the batch was committed is
     * unknown: {0} the store, {1} the first and {2} the last sequence, {3} the driver's message.
     */
    JDBC_COMMIT_UNCERTAIN("SB-TRAIL-0303", "{0} 提交第 {1} 至 {2} 号事件时出错，是否已提交不明，均未确认：{3}",
            "{0}: committing events {1} to {2} failed, whether they were committed is unknown and none of them is acknowledged: {3}"),
    /** Reading events failed: {0} the store, {1} the driver's message. */
    JDBC_READ_FAILED("SB-TRAIL-0304", "{0} 读取事件失败：{1}", "{0}: reading events failed: {1}"),
    /** The event table cannot be created or does not have the expected columns: {0} the store, {1} the driver's message. */
    JDBC_SCHEMA_FAILED("SB-TRAIL-0305", "{0} 的事件表无法创建或缺少 sequence、body、hash 列：{1}",
            "{0}: the event table cannot be created or lacks the columns sequence, body, hash: {1}"),
    /** A table name that is not a plain SQL identifier: {0} the name as given. */
    JDBC_TABLE_NAME_INVALID("SB-TRAIL-0306",
            "“{0}”不是合法的表名：须以字母或下划线开头，仅含字母、数字和下划线，至多 63 个字符，可加“模式名.”前缀",
            "\"{0}\" is not a valid table name: a letter or underscore, then letters, digits or underscores, "
                    + "at most 63 characters, optionally prefixed by \"schema.\""),
    /** The table is absent and no DDL ships for the database: {0} the store, {1} the database product. */
    JDBC_NO_DDL("SB-TRAIL-0307", "{0} 中没有事件表，且未随附 {1} 的建表语句：请参照 postgresql.sql 自行建表",
            "{0} has no event table and no DDL ships for {1}: create it as postgresql.sql shows"),
    ;

    private final String code;
    private final String zh;
    private final String en;

    TrailError(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String templateZh() {
        return zh;
    }

    @Override
    public String templateEn() {
        return en;
    }
}
