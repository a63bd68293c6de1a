package org.statsbase.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;

/**
 * What is filed (归档) with {@link Archive#ingest}: the record's id, class, formation date and DA/T 46 metadata;
 * optionally the archival group whose next item number the archive allocates (DA/T 22-2015: item numbers without
 * gaps), and the date of the class's counting event if it has happened.
 *
 * <p>Thread safety: immutable.
 */
public final class Filing {

    private final RecordId id;
    private final RecordClass recordClass;
    private final LocalDate formed;
    private final Metadata metadata;
    private final ArchivalGroup group;
    private final LocalDate eventDate;

    private Filing(RecordId id, RecordClass recordClass, LocalDate formed, Metadata metadata, ArchivalGroup group,
            LocalDate eventDate) {
        this.id = id;
        this.recordClass = recordClass;
        this.formed = formed;
        this.metadata = metadata;
        this.group = group;
        this.eventDate = eventDate;
    }

    /**
     * A filing; the metadata may carry an archival code already (it must continue its group without gap).
     *
     * @param id          the record's id
     * @param recordClass its record class (资料类别)
     * @param formed      the date it was formed (形成日期)
     * @param metadata    its DA/T 46 metadata
     * @return the filing
     */
    public static Filing of(RecordId id, RecordClass recordClass, LocalDate formed, Metadata metadata) {
        return new Filing(Objects.requireNonNull(id, "id"), Objects.requireNonNull(recordClass, "recordClass"),
                Objects.requireNonNull(formed, "formed"), Objects.requireNonNull(metadata, "metadata"), null, null);
    }

    /**
     * This filing with the next item number of {@code archivalGroup} allocated as its archival code.
     *
     * @param archivalGroup the group to allocate the next item number in
     * @return a new filing; this one is unchanged
     */
    public Filing inGroup(ArchivalGroup archivalGroup) {
        return new Filing(id, recordClass, formed, metadata, Objects.requireNonNull(archivalGroup, "group"), eventDate);
    }

    /**
     * This filing with the counting event's date.
     *
     * @param date the date of the event retention counts from
     * @return a new filing; this one is unchanged
     */
    public Filing withEventDate(LocalDate date) {
        return new Filing(id, recordClass, formed, metadata, group, Objects.requireNonNull(date, "date"));
    }

    /**
     * The record id.
     *
     * @return the record id
     */
    public RecordId id() {
        return id;
    }

    /**
     * The record class.
     *
     * @return the record class
     */
    public RecordClass recordClass() {
        return recordClass;
    }

    /**
     * The formation date.
     *
     * @return the formation date
     */
    public LocalDate formed() {
        return formed;
    }

    /**
     * The metadata.
     *
     * @return the DA/T 46 metadata to file, archival code included when given
     */
    public Metadata metadata() {
        return metadata;
    }

    /**
     * The group to allocate an item number in, if any.
     *
     * @return the group to allocate an item number in; empty when none was given
     */
    public Optional<ArchivalGroup> group() {
        return Optional.ofNullable(group);
    }

    /**
     * The counting event's date, if given.
     *
     * @return the counting event's date; empty when not given
     */
    public Optional<LocalDate> eventDate() {
        return Optional.ofNullable(eventDate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filing f && id.equals(f.id) && recordClass.equals(f.recordClass) && formed.equals(f.formed)
                && metadata.equals(f.metadata) && Objects.equals(group, f.group) && Objects.equals(eventDate, f.eventDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, recordClass, formed);
    }

    @Override
    public String toString() {
        return "Filing[" + id + ", " + recordClass + ", " + formed + (group == null ? "" : ", in " + group) + "]";
    }
}
