package org.statsbase.archive.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;

/**
 * An {@link ArchiveCatalog} in memory, for tests, tools and benchmarks: records by id, with the indexes a
 * relational catalog would have for the due list (state, due date, id) and for archival groups (group,
 * item). Not durable.
 *
 * <p>Thread safety: safe for concurrent use (a read-write lock; scans hold the read lock, so a visitor must
 * not write to the catalog).
 */
public final class InMemoryArchiveCatalog implements ArchiveCatalog {

    private record DueKey(LocalDate due, RecordId id) implements Comparable<DueKey> {
        @Override
        public int compareTo(DueKey o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final NavigableMap<RecordId, ArchivedRecord> records = new TreeMap<>();
    // The due index holds the records themselves: a due list of many thousand entries then costs no lookup by id.
    private final NavigableMap<DueKey, ArchivedRecord> due = new TreeMap<>();
    private final Map<ArchivalGroup, NavigableMap<Integer, RecordId>> groups = new HashMap<>();
    private final Map<String, TreeSet<RecordId>> byContent = new HashMap<>();
    private final Map<DestructionListId, DestructionList> lists = new HashMap<>();
    private long applied;

    private InMemoryArchiveCatalog() {
    }

    /**
     * An empty catalog.
     *
     * @return an empty catalog
     */
    public static InMemoryArchiveCatalog create() {
        return new InMemoryArchiveCatalog();
    }

    @Override
    public ArchivedRecord put(ArchivedRecord record) {
        Objects.requireNonNull(record, "record");
        lock.writeLock().lock();
        try {
            if (records.containsKey(record.id())) {
                throw new ArchiveException(ArchiveError.RECORD_EXISTS, record.id());
            }
            requireCodeFree(record);
            ArchivedRecord stored = record.withRevision(1);
            index(stored);
            return stored;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public ArchivedRecord update(ArchivedRecord record) {
        Objects.requireNonNull(record, "record");
        lock.writeLock().lock();
        try {
            ArchivedRecord old = records.get(record.id());
            if (old == null) {
                throw new ArchiveException(ArchiveError.RECORD_NOT_FOUND, record.id());
            }
            if (old.revision() != record.revision()) {
                throw new ArchiveException(ArchiveError.REVISION_CONFLICT, record.id(), record.revision(), old.revision());
            }
            requireCodeFree(record);
            unindex(old);
            ArchivedRecord stored = record.withRevision(old.revision() + 1);
            index(stored);
            return stored;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void requireCodeFree(ArchivedRecord r) {
        if (r.metadata().archivalCode().isPresent()) {
            var c = r.metadata().archivalCode().get();
            RecordId holder = groups.getOrDefault(c.group(), new TreeMap<>()).get(c.item());
            if (holder != null && !holder.equals(r.id())) {
                throw new ArchiveException(ArchiveError.ARCHIVAL_CODE_IN_USE, c, holder);
            }
        }
    }

    private void index(ArchivedRecord r) {
        records.put(r.id(), r);
        if (r.state() == RecordState.ACTIVE && r.dueOn().isPresent()) {
            due.put(new DueKey(r.dueOn().get(), r.id()), r);
        }
        r.metadata().archivalCode().ifPresent(
                c -> groups.computeIfAbsent(c.group(), g -> new TreeMap<>()).put(c.item(), r.id()));
        byContent.computeIfAbsent(r.digests().address(), a -> new TreeSet<>()).add(r.id());
    }

    private void unindex(ArchivedRecord r) {
        records.remove(r.id());
        r.dueOn().ifPresent(d -> due.remove(new DueKey(d, r.id())));
        r.metadata().archivalCode().ifPresent(c -> {
            NavigableMap<Integer, RecordId> g = groups.get(c.group());
            if (g != null && r.id().equals(g.get(c.item()))) {
                g.remove(c.item());
            }
        });
        TreeSet<RecordId> ids = byContent.get(r.digests().address());
        if (ids != null) {
            ids.remove(r.id());
        }
    }

    @Override
    public Optional<ArchivedRecord> get(RecordId id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(records.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void scan(RecordQuery query, Predicate<ArchivedRecord> visitor) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visitor, "visitor");
        lock.readLock().lock();
        try {
            if (query instanceof RecordQuery.ByClass c) {
                visitAll(r -> r.recordClass().equals(c.recordClass()), visitor);
            } else if (query instanceof RecordQuery.ByYear y) {
                visitAll(r -> r.formedYear() == y.year(), visitor);
            } else if (query instanceof RecordQuery.ByGroup g) {
                for (RecordId id : groups.getOrDefault(g.group(), new TreeMap<>()).values()) {
                    if (!visitor.test(records.get(id))) {
                        return;
                    }
                }
            } else if (query instanceof RecordQuery.DueAsOf d) {
                for (var e : due.entrySet()) {
                    if (e.getKey().due().isAfter(d.asOf()) || !visitor.test(e.getValue())) {
                        return;
                    }
                }
            } else if (query instanceof RecordQuery.ByContent c) {
                for (RecordId id : byContent.getOrDefault(c.digests().address(), new TreeSet<>())) {
                    ArchivedRecord r = records.get(id);
                    if (r.digests().equals(c.digests()) && !visitor.test(r)) {
                        return;
                    }
                }
            } else {
                visitAll(r -> true, visitor);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private void visitAll(Predicate<ArchivedRecord> filter, Predicate<ArchivedRecord> visitor) {
        for (ArchivedRecord r : records.values()) {
            if (filter.test(r) && !visitor.test(r)) {
                return;
            }
        }
    }

    @Override
    public long count(RecordQuery query) {
        long[] n = {0};
        scan(query, r -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    @Override
    public OptionalInt lastItemNumber(ArchivalGroup group) {
        Objects.requireNonNull(group, "group");
        lock.readLock().lock();
        try {
            NavigableMap<Integer, RecordId> items = groups.get(group);
            return items == null || items.isEmpty() ? OptionalInt.empty() : OptionalInt.of(items.lastKey());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public DestructionList putList(DestructionList list) {
        Objects.requireNonNull(list, "list");
        lock.writeLock().lock();
        try {
            if (lists.containsKey(list.id())) {
                throw new ArchiveException(ArchiveError.LIST_EXISTS, list.id());
            }
            DestructionList stored = list.withRevision(1);
            lists.put(list.id(), stored);
            return stored;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public DestructionList updateList(DestructionList list) {
        Objects.requireNonNull(list, "list");
        lock.writeLock().lock();
        try {
            DestructionList old = lists.get(list.id());
            if (old == null) {
                throw new ArchiveException(ArchiveError.LIST_NOT_FOUND, list.id());
            }
            if (old.revision() != list.revision()) {
                throw new ArchiveException(ArchiveError.REVISION_CONFLICT, list.id(), list.revision(), old.revision());
            }
            DestructionList stored = list.withRevision(old.revision() + 1);
            lists.put(list.id(), stored);
            return stored;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<DestructionList> getList(DestructionListId id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(lists.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long appliedSequence() {
        lock.readLock().lock();
        try {
            return applied;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void markApplied(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0: " + sequence);
        }
        lock.writeLock().lock();
        try {
            applied = Math.max(applied, sequence);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
        // nothing to release
    }

}
