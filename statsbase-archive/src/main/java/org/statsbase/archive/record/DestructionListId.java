package org.statsbase.archive.record;

import org.statsbase.archive.internal.Texts;

/**
 * The identifier of a destruction list (销毁清册), trail subject {@code archive/list/{id}}: letters,
 * digits, {@code . - _}, at most 128 characters.
 *
 * <p>Thread safety: immutable.
 */
public final class DestructionListId implements Comparable<DestructionListId> {

    private final String value;

    private DestructionListId(String value) {
        this.value = value;
    }

    /**
     * The destruction list id {@code value}.
     *
     * @param value letters, digits, {@code . - _}, at most 128 characters
     * @return the id
     * @throws org.statsbase.archive.error.ArchiveException SB-ARC-0002 if malformed
     */
    public static DestructionListId of(String value) {
        return new DestructionListId(Texts.identifier(value, "destruction list id", "销毁清册编号"));
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
    public int compareTo(DestructionListId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DestructionListId other && value.equals(other.value);
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
