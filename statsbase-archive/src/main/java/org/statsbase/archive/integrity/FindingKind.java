package org.statsbase.archive.integrity;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What a four-property check can find (DA/T 70-2018), each under its property, with bilingual message
 * templates ({@code {0}} the record or group, {@code {1}}, {@code {2}} details).
 *
 * <p>Thread safety: immutable constants.
 */
public enum FindingKind {
    /** The content's SHA-256 digest differs from the recorded one. */
    SHA256_MISMATCH(Property.AUTHENTICITY, "{0} 的 SHA-256 摘要不符：登记 {1}，计算 {2}",
            "{0}: SHA-256 differs: recorded {1}, computed {2}"),
    /** The content's SM3 digest differs from the recorded one. */
    SM3_MISMATCH(Property.AUTHENTICITY, "{0} 的 SM3 摘要不符：登记 {1}，计算 {2}", "{0}: SM3 differs: recorded {1}, computed {2}"),
    /** The content's length differs from the recorded one. */
    SIZE_MISMATCH(Property.AUTHENTICITY, "{0} 的长度不符：登记 {1}，实际 {2}", "{0}: length differs: recorded {1}, found {2}"),
    /** Metadata that contradicts itself or the rules. */
    METADATA_INVALID(Property.AUTHENTICITY, "{0} 的元数据无效：{1}", "{0}: invalid metadata: {2}"),
    /** A required metadata element is missing. */
    METADATA_MISSING(Property.INTEGRITY, "{0} 缺少必需的元数据：{1}", "{0}: required metadata missing: {2}"),
    /** Item numbers of a group leave a gap. */
    ITEM_NUMBER_GAP(Property.INTEGRITY, "{0} 组件号不连续：缺少 {1}", "{0}: item numbers leave a gap: {2} missing"),
    /** The content of a kept record is missing. */
    CONTENT_MISSING(Property.INTEGRITY, "{0} 的内容缺失（未经销毁）", "{0}: content missing (not destroyed)"),
    /** The file format is not on the allowed list. */
    FORMAT_NOT_ALLOWED(Property.USABILITY, "{0} 的格式 {1} 不在允许的格式清单中", "{0}: format {1} is not on the allowed list"),
    /** The content cannot be read as its format says (damaged, or privately encrypted). */
    UNREADABLE(Property.USABILITY, "{0} 无法按格式 {1} 读取：{2}", "{0}: cannot be read as {1}: {2}"),
    /** No operation log for the record in the trail. */
    NO_OPERATION_LOG(Property.SECURITY, "{0} 在留痕日志中没有操作记录", "{0}: no operation log in the trail"),
    /** The trail's chain is broken. */
    TRAIL_BROKEN(Property.SECURITY, "留痕日志链校验失败：{1}", "the trail's chain is broken: {2}");

    private final Property property;
    private final String templateZh;
    private final String templateEn;

    FindingKind(Property property, String templateZh, String templateEn) {
        this.property = property;
        this.templateZh = templateZh;
        this.templateEn = templateEn;
    }

    /**
     * The property the finding counts against.
     *
     * @return the property the finding counts against
     */
    public Property property() {
        return property;
    }

    String formatZh(Object... args) {
        return fill(templateZh, args);
    }

    String formatEn(Object... args) {
        return fill(templateEn, args);
    }

    private static String fill(String template, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(template.replace("'", "''"), Locale.ROOT).format(texts);
    }
}
