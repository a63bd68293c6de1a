package org.statsbase.core.org;

import org.statsbase.core.org.internal.OrgChecks;

/**
 * The identifier of a person (人员编号), as the user's own system assigns it: any
 * non-blank text, compared exactly after stripping surrounding blanks. It links the records
 * 国统字〔2021〕85号 二 asks statistics bodies to keep about their institutions, people and posts.
 *
 * <p>Thread safety: immutable.
 */
public final class PersonId implements Comparable<PersonId> {

    private final String value;

    private PersonId(String value) {
        this.value = value;
    }

    /**
     * The identifier {@code value}, stripped.
     *
     * @param value the id text, not blank
     * @return the identifier {@code value}, stripped
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} if blank
     */
    public static PersonId of(String value) {
        return new PersonId(OrgChecks.text(value, "人员编号", "person id"));
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
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonId other && value.equals(other.value);
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
