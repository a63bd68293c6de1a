package org.statsbase.archive.record;

import org.statsbase.archive.internal.Texts;

/**
 * A class of statistical material (资料类别) that retention rules are set for, for example
 * {@code original-survey} (原始调查资料, 统计法实施条例 第二十二条) or {@code ledger} (统计台账, 第二十三条);
 * the classes the law names are in {@code org.statsbase.archive.retention.StatutoryRules}, an office's
 * schedule may add its own. Letters, digits, {@code . - _}, at most 128 characters.
 *
 * <p>Thread safety: immutable.
 */
public final class RecordClass implements Comparable<RecordClass> {

    private final String value;

    private RecordClass(String value) {
        this.value = value;
    }

    /**
     * The record class {@code value}, for example {@code original-survey}.
     *
     * @param value letters, digits, {@code . - _}, at most 128 characters
     * @return the record class
     * @throws org.statsbase.archive.error.ArchiveException SB-ARC-0002 if malformed
     */
    public static RecordClass of(String value) {
        return new RecordClass(Texts.identifier(value, "record class", "资料类别"));
    }

    /**
     * The identifier text.
     *
     * @return the identifier text
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(RecordClass o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordClass other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
