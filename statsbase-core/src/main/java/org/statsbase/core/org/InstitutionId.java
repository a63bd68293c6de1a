package org.statsbase.core.org;

import org.statsbase.core.org.internal.OrgChecks;

/**
 * The identifier of an institution (机构编号), as the user's own system assigns it: any
 * non-blank text, compared exactly after stripping surrounding blanks. It links the records
 * 国统字〔2021〕85号 二 asks statistics bodies to keep about their institutions, people and posts.
 *
 * <p>Thread safety: immutable.
 */
public final class InstitutionId implements Comparable<InstitutionId> {

    private final String value;

    private InstitutionId(String value) {
        this.value = value;
    }

    /**
     * The identifier {@code value}, stripped.
     *
     * @param value the id text, not blank
     * @return the identifier {@code value}, stripped
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} if blank
     */
    public static InstitutionId of(String value) {
        return new InstitutionId(OrgChecks.text(value, "机构编号", "institution id"));
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
    public int compareTo(InstitutionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstitutionId other && value.equals(other.value);
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
