package org.statsbase.archive.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.org.PersonId;

/**
 * A destruction list (销毁清册): the records an appraisal (鉴定) found due for destruction, the head's
 * approval (档案法 2020 第二十一条: no destruction without approval), and — once carried out — the method, the
 * date and the two or more supervisors (监销人) who signed it.
 *
 * <p>Thread safety: immutable; {@link #approve} and {@link #execute} return new lists.
 */
public final class DestructionList {

    /** Where a list stands. */
    public enum Status {
        /** Appraised and listed, awaiting the head's approval. */
        APPRAISED,
        /** Approved by the head, awaiting destruction. */
        APPROVED,
        /** Destruction carried out and signed. */
        EXECUTED
    }

    private final DestructionListId id;
    private final PersonId appraisedBy;
    private final Instant appraisedAt;
    private final List<RecordId> entries;
    private final PersonId approvedBy;
    private final Instant approvedAt;
    private final String method;
    private final LocalDate executedOn;
    private final List<PersonId> supervisors;
    private final long revision;

    private DestructionList(DestructionListId id, PersonId appraisedBy, Instant appraisedAt, List<RecordId> entries,
            PersonId approvedBy, Instant approvedAt, String method, LocalDate executedOn, List<PersonId> supervisors,
            long revision) {
        this.id = id;
        this.appraisedBy = appraisedBy;
        this.appraisedAt = appraisedAt;
        this.entries = entries;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.method = method;
        this.executedOn = executedOn;
        this.supervisors = supervisors;
        this.revision = revision;
    }

    /**
     * A new list as appraised (revision 0).
     *
     * @param id          the list's id
     * @param appraisedBy who appraised
     * @param appraisedAt when
     * @param entries     the records listed, in list order
     * @return the list, awaiting approval
     */
    public static DestructionList appraised(DestructionListId id, PersonId appraisedBy, Instant appraisedAt,
            List<RecordId> entries) {
        return new DestructionList(Objects.requireNonNull(id, "id"), Objects.requireNonNull(appraisedBy, "appraisedBy"),
                Objects.requireNonNull(appraisedAt, "appraisedAt"), List.copyOf(entries), null, null, null, null,
                List.of(), 0);
    }

    /**
     * Every field, as a catalog reads a list back.
     *
     * @param id          the list's id
     * @param appraisedBy who appraised
     * @param appraisedAt when
     * @param entries     the records listed, in list order
     * @param approvedBy  the approving head, empty before approval
     * @param approvedAt  when approved, empty before approval
     * @param method      the method of destruction, empty before execution
     * @param executedOn  the date of destruction, empty before execution
     * @param supervisors the supervisors who signed, empty before execution
     * @param revision    the catalog revision, at least 0
     * @return the list
     */
    public static DestructionList restore(DestructionListId id, PersonId appraisedBy, Instant appraisedAt,
            List<RecordId> entries, Optional<PersonId> approvedBy, Optional<Instant> approvedAt, Optional<String> method,
            Optional<LocalDate> executedOn, List<PersonId> supervisors, long revision) {
        if (approvedBy.isPresent() != approvedAt.isPresent() || method.isPresent() != executedOn.isPresent()
                || (executedOn.isPresent() && approvedBy.isEmpty())) {
            throw new IllegalArgumentException("inconsistent destruction list " + id);
        }
        return new DestructionList(Objects.requireNonNull(id, "id"), Objects.requireNonNull(appraisedBy, "appraisedBy"),
                Objects.requireNonNull(appraisedAt, "appraisedAt"), List.copyOf(entries), approvedBy.orElse(null),
                approvedAt.orElse(null), method.orElse(null), executedOn.orElse(null), List.copyOf(supervisors), revision);
    }

    /**
     * This list approved by {@code head}.
     *
     * @param head the head of the organisation
     * @param at   when it was approved
     * @return a new list; this one is unchanged
     */
    public DestructionList approve(PersonId head, Instant at) {
        return new DestructionList(id, appraisedBy, appraisedAt, entries, Objects.requireNonNull(head, "head"),
                Objects.requireNonNull(at, "at"), null, null, List.of(), revision);
    }

    /**
     * This list carried out.
     *
     * @param destructionMethod how the records were destroyed
     * @param on                the date of destruction
     * @param signedBy          the supervisors who signed
     * @return a new list; this one is unchanged
     */
    public DestructionList execute(String destructionMethod, LocalDate on, List<PersonId> signedBy) {
        if (approvedBy == null) {
            throw new IllegalStateException("list " + id + " is not approved");
        }
        return new DestructionList(id, appraisedBy, appraisedAt, entries, approvedBy, approvedAt,
                Objects.requireNonNull(destructionMethod, "method"), Objects.requireNonNull(on, "on"),
                List.copyOf(signedBy), revision);
    }

    /**
     * With another revision (catalogs set it).
     *
     * @param newRevision the catalog revision
     * @return a new list; this one is unchanged
     */
    public DestructionList withRevision(long newRevision) {
        return new DestructionList(id, appraisedBy, appraisedAt, entries, approvedBy, approvedAt, method, executedOn,
                supervisors, newRevision);
    }

    /**
     * The list's id.
     *
     * @return the list's id
     */
    public DestructionListId id() {
        return id;
    }

    /**
     * Who appraised.
     *
     * @return who appraised (鉴定人)
     */
    public PersonId appraisedBy() {
        return appraisedBy;
    }

    /**
     * When.
     *
     * @return when the list was appraised
     */
    public Instant appraisedAt() {
        return appraisedAt;
    }

    /**
     * The records listed, in list order.
     *
     * @return the records listed, in list order; never empty
     */
    public List<RecordId> entries() {
        return entries;
    }

    /**
     * The approving head, once approved.
     *
     * @return the approving head; empty before approval
     */
    public Optional<PersonId> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /**
     * When approved.
     *
     * @return when approved; empty before approval
     */
    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    /**
     * The method of destruction, once executed.
     *
     * @return the method of destruction; empty before execution
     */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /**
     * The date of destruction, once executed.
     *
     * @return the date of destruction; empty before execution
     */
    public Optional<LocalDate> executedOn() {
        return Optional.ofNullable(executedOn);
    }

    /**
     * The supervisors who signed, once executed.
     *
     * @return the supervisors who signed; empty before execution
     */
    public List<PersonId> supervisors() {
        return supervisors;
    }

    /**
     * The catalog revision.
     *
     * @return the catalog revision
     */
    public long revision() {
        return revision;
    }

    /**
     * Appraised, approved or executed.
     *
     * @return {@link Status#APPRAISED}, {@link Status#APPROVED} or {@link Status#EXECUTED}
     */
    public Status status() {
        return executedOn != null ? Status.EXECUTED : approvedBy != null ? Status.APPROVED : Status.APPRAISED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DestructionList l && id.equals(l.id) && appraisedBy.equals(l.appraisedBy)
                && appraisedAt.equals(l.appraisedAt) && entries.equals(l.entries) && Objects.equals(approvedBy, l.approvedBy)
                && Objects.equals(approvedAt, l.approvedAt) && Objects.equals(method, l.method)
                && Objects.equals(executedOn, l.executedOn) && supervisors.equals(l.supervisors) && revision == l.revision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision);
    }

    @Override
    public String toString() {
        return "DestructionList[" + id + ", " + status() + ", " + entries.size() + " entries, rev " + revision + "]";
    }
}
