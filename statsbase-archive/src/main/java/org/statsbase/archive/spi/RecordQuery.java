package org.statsbase.archive.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.RecordClass;

/**
 * What an {@link ArchiveCatalog} is asked to list, and the order it lists in. Each kind maps to one
 * indexed query of a relational catalog (the comment of each names the columns).
 *
 * <p>Thread safety: immutable.
 */
public sealed interface RecordQuery {

    /**
     * Every record, by id.
     *
     * @return every record, by id
     */
    static RecordQuery all() {
        return All.INSTANCE;
    }

    /**
     * Records of a class, by id (index on record class, id).
     *
     * @param recordClass the record class
     * @return the query, ordered by id
     */
    static RecordQuery byClass(RecordClass recordClass) {
        return new ByClass(recordClass);
    }

    /**
     * Records formed in a year, by id (index on formed year, id).
     *
     * @param year the formation year
     * @return the query, ordered by id
     */
    static RecordQuery byYear(int year) {
        return new ByYear(year);
    }

    /**
     * Records whose archival code is in a group, by item number (index on group text, item).
     *
     * @param group the archival group
     * @return the query, ordered by item number
     */
    static RecordQuery byGroup(ArchivalGroup group) {
        return new ByGroup(group);
    }

    /**
     * Records not destroyed and without an active hold (state {@code ACTIVE}) whose stored due date
     * ({@code ArchivedRecord.dueOn()}) is on or before {@code asOf}, by due date then id (index on state,
     * due date, id).
     *
     * @param asOf the date asked about
     * @return the query, ordered by due date then id
     */
    static RecordQuery dueAsOf(LocalDate asOf) {
        return new DueAsOf(asOf);
    }

    /**
     * Records (any state) whose content has these digests, by id (index on the SHA-256 digest).
     *
     * @param digests the content's digests
     * @return the query, ordered by id
     */
    static RecordQuery byContent(Digests digests) {
        return new ByContent(digests);
    }

    /** Every record. */
    enum All implements RecordQuery {
        /** The one instance. */
        INSTANCE
    }

    /** Records of a class. @param recordClass the class */
    record ByClass(RecordClass recordClass) implements RecordQuery {
        /** @param recordClass the class */
        public ByClass {
            Objects.requireNonNull(recordClass, "recordClass");
        }
    }

    /** Records formed in a year. @param year the year */
    record ByYear(int year) implements RecordQuery {
    }

    /** Records in an archival group. @param group the group */
    record ByGroup(ArchivalGroup group) implements RecordQuery {
        /** @param group the group */
        public ByGroup {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Active records due on or before a date. @param asOf the date */
    record DueAsOf(LocalDate asOf) implements RecordQuery {
        /** @param asOf the date */
        public DueAsOf {
            Objects.requireNonNull(asOf, "asOf");
        }
    }

    /** Records with the given content. @param digests the content's digests */
    record ByContent(Digests digests) implements RecordQuery {
        /** @param digests the content's digests */
        public ByContent {
            Objects.requireNonNull(digests, "digests");
        }
    }
}
