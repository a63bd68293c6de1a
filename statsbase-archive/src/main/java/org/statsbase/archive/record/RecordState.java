package org.statsbase.archive.record;

/**
 * The state of an archived record: kept (active), held, or destroyed (only the metadata remnant and
 * the destruction certificate remain, 档案法 2020 第二十一条 and the 销毁清册 practice).
 *
 * <p>Thread safety: immutable constants.
 */
public enum RecordState {
    /** Kept, no active hold. */
    ACTIVE,
    /** Kept, at least one active hold: never due. */
    HELD,
    /** Content destroyed under an approved, supervised destruction list; the remnant remains. */
    DESTROYED
}
