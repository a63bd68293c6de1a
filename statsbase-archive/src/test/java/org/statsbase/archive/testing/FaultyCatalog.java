package org.statsbase.archive.testing;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;

/**
 * A catalog over another that refuses every write on demand ({@code SB-ARC-0603}, as a database that dropped
 * its connection) — what a process that dies between its trail event and the catalog leaves behind. Reads pass.
 */
public final class FaultyCatalog implements ArchiveCatalog {

    private final ArchiveCatalog target;
    private volatile boolean failing;

    public FaultyCatalog(ArchiveCatalog target) {
        this.target = target;
    }

    public FaultyCatalog() {
        this(InMemoryArchiveCatalog.create());
    }

    /** The catalog underneath, as a restarted process finds it. */
    public ArchiveCatalog target() {
        return target;
    }

    public void failWrites(boolean value) {
        this.failing = value;
    }

    private void write() {
        if (failing) {
            throw new ArchiveException(ArchiveError.CATALOG_FAILED, describe(), "connection lost (simulated)");
        }
    }

    @Override
    public ArchivedRecord put(ArchivedRecord record) {
        write();
        return target.put(record);
    }

    @Override
    public ArchivedRecord update(ArchivedRecord record) {
        write();
        return target.update(record);
    }

    @Override
    public Optional<ArchivedRecord> get(RecordId id) {
        return target.get(id);
    }

    @Override
    public void scan(RecordQuery query, Predicate<ArchivedRecord> visitor) {
        target.scan(query, visitor);
    }

    @Override
    public long count(RecordQuery query) {
        return target.count(query);
    }

    @Override
    public OptionalInt lastItemNumber(ArchivalGroup group) {
        return target.lastItemNumber(group);
    }

    @Override
    public DestructionList putList(DestructionList list) {
        write();
        return target.putList(list);
    }

    @Override
    public DestructionList updateList(DestructionList list) {
        write();
        return target.updateList(list);
    }

    @Override
    public Optional<DestructionList> getList(DestructionListId id) {
        return target.getList(id);
    }

    @Override
    public long appliedSequence() {
        return target.appliedSequence();
    }

    @Override
    public void markApplied(long sequence) {
        write();
        target.markApplied(sequence);
    }

    @Override
    public String describe() {
        return "faulty " + target.describe();
    }

    @Override
    public void close() {
        target.close();
    }
}
