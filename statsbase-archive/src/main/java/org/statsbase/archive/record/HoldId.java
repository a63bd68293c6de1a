package org.statsbase.archive.record;

import org.statsbase.archive.internal.Texts;

/**
 * The identifier of a hold on a record (an inspection case number, an audit reference): letters,
 * digits, {@code . - _}, at most 128 characters, unique among the holds of one record.
 *
 * <p>Thread safety: immutable.
 */
public final class HoldId implements Comparable<HoldId> {

    private final String value;

    private HoldId(String value) {
        this.value = value;
    }

    /**
     * The hold id {@code value}, for example a case number.
     *
     * @param value letters, digits, {@code . - _}, at most 128 characters
     * @return the id
     * @throws org.statsbase.archive.error.ArchiveException SB-ARC-0002 if malformed
     */
    public static HoldId of(String value) {
        return new HoldId(Texts.identifier(value, "hold id", "冻结编号"));
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
    public int compareTo(HoldId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoldId other && value.equals(other.value);
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
