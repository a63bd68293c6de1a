package org.statsbase.archive.record;

import org.statsbase.archive.internal.Texts;

/**
 * The identifier of an archived record in the catalog (the user's own key, not the 档号, which a
 * record may lack): letters, digits, {@code . - _}, at most 128 characters, so it is safe in a trail
 * subject ({@code archive/{id}}), a file name and a URL.
 *
 * <p>Thread safety: immutable.
 */
public final class RecordId implements Comparable<RecordId> {

    private final String value;

    private RecordId(String value) {
        this.value = value;
    }

    /**
     * The record id {@code value}.
     *
     * @param value letters, digits, {@code . - _}, at most 128 characters
     * @return the record id
     * @throws org.statsbase.archive.error.ArchiveException SB-ARC-0002 if malformed
     */
    public static RecordId of(String value) {
        return new RecordId(Texts.identifier(value, "record id", "记录编号"));
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
    public int compareTo(RecordId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordId other && value.equals(other.value);
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
