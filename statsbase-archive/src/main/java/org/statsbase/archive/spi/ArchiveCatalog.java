package org.statsbase.archive.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;

/**
 * The catalog SPI: where the archive keeps its records' descriptions (everything but the content) and its
 * destruction lists. Implementations: {@code org.statsbase.archive.store.InMemoryArchiveCatalog}, and a JDBC
 * catalog. The catalog stores what it is given; the rules (retention, holds, disposal) are applied by
 * {@code org.statsbase.archive.Archive} before it calls the catalog.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #put} stores a new record (revision 0 given) and returns it with revision 1; an existing id is
 *       refused with {@code SB-ARC-0004}.</li>
 *   <li>{@link #update} replaces a record only if the stored revision equals the given one, and returns it
 *       with the revision incremented; otherwise {@code SB-ARC-0005} (or {@code SB-ARC-0003} when absent).
 *       Lists follow the same rule with {@link #putList} / {@link #updateList} ({@code SB-ARC-0318} for an id in use,
 *       {@code SB-ARC-0307} when absent).</li>
 *   <li>An archival code belongs to one record: {@link #put} or {@link #update} of a record whose code another
 *       record has is refused with {@code SB-ARC-0412} (a relational catalog: a unique index on group and item).</li>
 *   <li>{@link #scan} visits the records a {@link RecordQuery} selects, in its order, until the visitor
 *       returns {@code false}; it must not hold all of them in memory (catalogs of a million entries), and the
 *       visitor must not call back into the catalog.</li>
 *   <li>{@link #appliedSequence} is the sequence of the last trail event the archive has applied to the
 *       catalog (0 for a new catalog); {@link #markApplied} records a later one durably before it returns.
 *       The archive writes its trail event first and applies it to the catalog second, so this position is how
 *       it finds, on opening, the events it must still apply ({@code Archive#recover}). A catalog never
 *       moves it backwards.</li>
 *   <li>Failures of the underlying storage are {@code ArchiveException}s of the 06xx block.</li>
 * </ul>
 *
 * <p>Thread safety: implementations are safe for concurrent use.
 */
public interface ArchiveCatalog extends AutoCloseable {

    /**
     * Stores a new record; returns it with revision 1.
     *
     * @param record a record whose id and archival code are not in use
     * @return the record with revision 1
     */
    ArchivedRecord put(ArchivedRecord record);

    /**
     * Replaces a record whose stored revision is {@code record.revision()}; returns it with the next revision.
     *
     * @param record the record, with the revision it was read at
     * @return the record with the next revision
     */
    ArchivedRecord update(ArchivedRecord record);

    /**
     * The record with this id, if any.
     *
     * @param id the record's id
     * @return the record; empty when there is none with that id
     */
    Optional<ArchivedRecord> get(RecordId id);

    /**
     * Visits the records {@code query} selects, in its order, until {@code visitor} returns {@code false}.
     *
     * @param query   which records, in which order
     * @param visitor called once per record; return false to stop
     */
    void scan(RecordQuery query, Predicate<ArchivedRecord> visitor);

    /**
     * How many records {@code query} selects.
     *
     * @param query which records
     * @return how many records {@code query} selects, 0 when none
     */
    long count(RecordQuery query);

    /**
     * The highest item number used in {@code group}, if any record has a code in it.
     *
     * @param group the archival group
     * @return the highest item number; empty when no record has a code in the group
     */
    OptionalInt lastItemNumber(ArchivalGroup group);

    /**
     * Stores a new destruction list; returns it with revision 1.
     *
     * @param list a list whose id is not in use
     * @return the list with revision 1
     */
    DestructionList putList(DestructionList list);

    /**
     * Replaces a list whose stored revision is {@code list.revision()}; returns it with the next revision.
     *
     * @param list the list, with the revision it was read at
     * @return the list with the next revision
     */
    DestructionList updateList(DestructionList list);

    /**
     * The destruction list with this id, if any.
     *
     * @param id the list's id
     * @return the list; empty when there is none with that id
     */
    Optional<DestructionList> getList(DestructionListId id);

    /**
     * The sequence of the last trail event applied to this catalog; 0 for a new catalog.
     *
     * @return the sequence of the last applied trail event, 0 when none has been applied
     */
    long appliedSequence();

    /**
     * Records durably that the trail events up to {@code sequence} are applied. A {@code sequence} not above
     * the current one leaves it unchanged.
     *
     * @param sequence the sequence of the last trail event now applied, at least 0
     * @throws IllegalArgumentException for a negative sequence
     */
    void markApplied(long sequence);

    /**
     * The records {@code query} selects, at most {@code limit}, in its order.
     *
     * @param query which records, in which order
     * @param limit the most records returned, at least 0
     * @return the records in the query's order; empty when none is selected
     */
    default List<ArchivedRecord> list(RecordQuery query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        List<ArchivedRecord> out = new ArrayList<>();
        if (limit == 0) {
            return out;
        }
        scan(query, r -> {
            out.add(r);
            return out.size() < limit;
        });
        return out;
    }

    /**
     * A description for messages (a URL without credentials, "memory").
     *
     * @return a description for messages (a URL without credentials, "memory")
     */
    String describe();

    /** Releases resources; the in-memory catalog has none. */
    @Override
    void close();
}
