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
    // ---- 03xx the JDBC store ------------------------------------------------------------------
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
