package org.statsbase.archive.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.org.PersonId;

/**
 * A record filed in the archive (统计资料管理制度; 统计法实施条例 第二十二、二十三条): its id, record class,
 * the date it was formed, DA/T 46 metadata, the digests of its content (the content reference), its holds,
 * the date of the event its retention is counted from (where its class counts from an event) and, once
 * destroyed, the destruction certificate — the metadata remnant that stays after the content is gone.
 *
 * <p>{@link #dueOn()} is the due date the archive computed from its schedule when it last stored the record,
 * kept so that a catalog can answer "what is due" with an index; the decision to destroy is always taken
 * afresh by {@code org.statsbase.archive.retention.Retention}. {@link #revision()} is the catalog's
 * optimistic-concurrency counter (0 before the first put).
 *
 * <p>Thread safety: immutable; the {@code with…} methods return new records.
 */
public final class ArchivedRecord {

    private final RecordId id;
    private final RecordClass recordClass;
    private final LocalDate formed;
    private final Metadata metadata;
    private final Digests digests;
    private final List<Hold> holds;
    private final LocalDate countingEvent;
    private final Destruction destruction;
    private final LocalDate dueOn;
    private final long revision;

    private ArchivedRecord(RecordId id, RecordClass recordClass, LocalDate formed, Metadata metadata, Digests digests,
            List<Hold> holds, LocalDate countingEvent, Destruction destruction, LocalDate dueOn, long revision) {
        this.id = id;
        this.recordClass = recordClass;
        this.formed = formed;
        this.metadata = metadata;
        this.digests = digests;
        this.holds = holds;
        this.countingEvent = countingEvent;
        this.destruction = destruction;
        this.dueOn = dueOn;
        this.revision = revision;
    }

    /**
     * A new, active record without holds, revision 0.
     *
     * @param id          the record's id
     * @param recordClass its record class (资料类别)
     * @param formed      the date it was formed (形成日期)
     * @param metadata    its DA/T 46 metadata
     * @param digests     the digests and length of its content
     * @return the record, state {@code ACTIVE}, revision 0
     */
    public static ArchivedRecord of(RecordId id, RecordClass recordClass, LocalDate formed, Metadata metadata,
            Digests digests) {
        return new ArchivedRecord(Objects.requireNonNull(id, "id"), Objects.requireNonNull(recordClass, "recordClass"),
                Objects.requireNonNull(formed, "formed"), Objects.requireNonNull(metadata, "metadata"),
                Objects.requireNonNull(digests, "digests"), List.of(), null, null, null, 0);
    }

    /**
     * Every field, as a catalog reads a record back.
     *
     * @param countingEvent the event date, or empty
     * @param destruction   the certificate, or empty
     * @param dueOn         the stored due date, or empty
     * @param id          the record's id
     * @param recordClass its record class (资料类别)
     * @param formed      the date it was formed (形成日期)
     * @param metadata    its DA/T 46 metadata
     * @param digests     the digests and length of its content
     * @param holds       every hold ever placed, in the order placed
     * @param revision    the catalog revision, at least 0
     * @return the record
     */
    public static ArchivedRecord restore(RecordId id, RecordClass recordClass, LocalDate formed, Metadata metadata,
            Digests digests, List<Hold> holds, Optional<LocalDate> countingEvent, Optional<Destruction> destruction,
            Optional<LocalDate> dueOn, long revision) {
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be >= 0: " + revision);
        }
        return new ArchivedRecord(Objects.requireNonNull(id, "id"), Objects.requireNonNull(recordClass, "recordClass"),
                Objects.requireNonNull(formed, "formed"), Objects.requireNonNull(metadata, "metadata"),
                Objects.requireNonNull(digests, "digests"), List.copyOf(holds), countingEvent.orElse(null),
                destruction.orElse(null), dueOn.orElse(null), revision);
    }

    /**
     * The record's id.
     *
     * @return the record's id
     */
    public RecordId id() {
        return id;
    }

    /**
     * Its record class (资料类别).
     *
     * @return its record class (资料类别)
     */
    public RecordClass recordClass() {
        return recordClass;
    }

    /**
     * The date it was formed (形成日期); fixed periods count from 1 January of the next year by default.
     *
     * @return the date it was formed (形成日期); fixed periods count from 1 January of the next year by default
     */
    public LocalDate formed() {
        return formed;
    }

    /**
     * The year it was formed.
     *
     * @return the year it was formed
     */
    public int formedYear() {
        return formed.getYear();
    }

    /**
     * DA/T 46 metadata.
     *
     * @return its DA/T 46 metadata (题名, 责任者, 日期, 密级, 保管期限, 档号 …)
     */
    public Metadata metadata() {
        return metadata;
    }

    /**
     * The digests (and length) of its content: the content reference.
     *
     * @return the digests (and length) of its content: the content reference
     */
    public Digests digests() {
        return digests;
    }

    /**
     * Every hold ever placed, released ones included, in the order placed.
     *
     * @return every hold ever placed, released ones included, in the order placed; empty when none was
     */
    public List<Hold> holds() {
        return holds;
    }

    /**
     * The holds in force.
     *
     * @return the holds in force; empty when the record is not held
     */
    public List<Hold> activeHolds() {
        return holds.stream().filter(Hold::isActive).toList();
    }

    /**
     * The hold with this id, if any.
     *
     * @param holdId the hold's id
     * @return the hold, active or released; empty when there is none with that id
     */
    public Optional<Hold> hold(HoldId holdId) {
        return holds.stream().filter(h -> h.id().equals(holdId)).findFirst();
    }

    /**
     * The date of the event its retention counts from (survey closed, case closed), if recorded.
     *
     * @return the date of the event its retention counts from (survey closed, case closed), if recorded
     */
    public Optional<LocalDate> countingEvent() {
        return Optional.ofNullable(countingEvent);
    }

    /**
     * The destruction certificate, once destroyed.
     *
     * @return the destruction certificate, once destroyed
     */
    public Optional<Destruction> destruction() {
        return Optional.ofNullable(destruction);
    }

    /**
     * The due date stored for the catalog's due index (see the class comment), if any.
     *
     * @return the due date stored for the catalog's due index (see the class comment), if any
     */
    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    /**
     * The catalog revision.
     *
     * @return the catalog revision, 0 before the record is first stored
     */
    public long revision() {
        return revision;
    }

    /**
     * Destroyed, held or active.
     *
     * @return {@link RecordState#DESTROYED}, {@link RecordState#HELD} or {@link RecordState#ACTIVE}
     */
    public RecordState state() {
        if (destruction != null) {
            return RecordState.DESTROYED;
        }
        for (Hold h : holds) {
            if (h.isActive()) {
                return RecordState.HELD;
            }
        }
        return RecordState.ACTIVE;
    }

    /**
     * With a new hold appended.
     *
     * @param hold the hold placed
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withHold(Hold hold) {
        Objects.requireNonNull(hold, "hold");
        List<Hold> h = new ArrayList<>(holds);
        h.add(hold);
        return copy(List.copyOf(h), countingEvent, destruction, dueOn, revision, metadata);
    }

    /**
     * With the hold {@code holdId} released; unchanged if there is no such active hold.
     *
     * @param holdId the hold to release
     * @param by     who releases it
     * @param at     when
     * @param why    why it is released
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withRelease(HoldId holdId, PersonId by, Instant at, String why) {
        List<Hold> h = new ArrayList<>(holds.size());
        for (Hold x : holds) {
            h.add(x.id().equals(holdId) && x.isActive() ? x.release(by, at, why) : x);
        }
        return copy(List.copyOf(h), countingEvent, destruction, dueOn, revision, metadata);
    }

    /**
     * With the counting event's date.
     *
     * @param date the date of the event retention counts from
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withCountingEvent(LocalDate date) {
        return copy(holds, Objects.requireNonNull(date, "date"), destruction, dueOn, revision, metadata);
    }

    /**
     * Destroyed, with its certificate; the stored due date is cleared.
     *
     * @param certificate the destruction certificate
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withDestruction(Destruction certificate) {
        return copy(holds, countingEvent, Objects.requireNonNull(certificate, "certificate"), null, revision, metadata);
    }

    /**
     * With the stored due date (empty: never or not yet determined).
     *
     * @param due the stored due date; empty when never due or not yet determined
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withDueOn(Optional<LocalDate> due) {
        return copy(holds, countingEvent, destruction, due.orElse(null), revision, metadata);
    }

    /**
     * With new metadata (for example an allocated archival code).
     *
     * @param newMetadata the new metadata
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withMetadata(Metadata newMetadata) {
        return copy(holds, countingEvent, destruction, dueOn, revision, Objects.requireNonNull(newMetadata, "metadata"));
    }

    /**
     * With another revision (catalogs set it).
     *
     * @param newRevision the catalog revision, at least 0
     * @return a new record; this one is unchanged
     */
    public ArchivedRecord withRevision(long newRevision) {
        if (newRevision < 0) {
            throw new IllegalArgumentException("revision must be >= 0: " + newRevision);
        }
        return copy(holds, countingEvent, destruction, dueOn, newRevision, metadata);
    }

    private ArchivedRecord copy(List<Hold> h, LocalDate event, Destruction d, LocalDate due, long rev, Metadata m) {
        return new ArchivedRecord(id, recordClass, formed, m, digests, h, event, d, due, rev);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchivedRecord r && id.equals(r.id) && recordClass.equals(r.recordClass)
                && formed.equals(r.formed) && metadata.equals(r.metadata) && digests.equals(r.digests)
                && holds.equals(r.holds) && Objects.equals(countingEvent, r.countingEvent)
                && Objects.equals(destruction, r.destruction) && Objects.equals(dueOn, r.dueOn) && revision == r.revision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision);
    }

    @Override
    public String toString() {
        return "ArchivedRecord[" + id + ", " + recordClass + ", formed " + formed + ", " + state() + ", rev " + revision + "]";
    }
}
