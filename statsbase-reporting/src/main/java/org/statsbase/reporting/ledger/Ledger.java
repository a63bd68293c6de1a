package org.statsbase.reporting.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.LedgerIndex;
import org.statsbase.reporting.ledger.internal.UnitIds;

/**
 * One unit's electronic statistical ledger (电子统计台账; seed notice section 九, 统计法 2009 第二十一条,
 * 2024 text 推动统计台账电子化): its entries in id order. A ledger is a value: entries are only ever
 * added, never changed or removed, and every reversing entry mirrors an earlier entry that is reversed
 * only once.
 *
 * <p>The index by account and date that {@link LedgerDerivation} runs on is built once, on the first
 * derivation, and shared by every later one.
 *
 * <p>Thread safety: immutable (the index is built at most once per thread race and is itself immutable).
 */
public final class Ledger {

    private final String unitId;
    private final List<LedgerEntry> entries;
    private final long[] ids;
    private final Map<Long, Long> reversedBy;
    private volatile LedgerIndex index;

    private Ledger(String unitId, List<LedgerEntry> entries, long[] ids, Map<Long, Long> reversedBy) {
        this.unitId = unitId;
        this.entries = entries;
        this.ids = ids;
        this.reversedBy = reversedBy;
    }

    /**
     * The empty ledger of a unit.
     *
     * @param unitId the unit whose ledger it is
     * @return a ledger without entries
     */
    public static Ledger empty(String unitId) {
        return new Ledger(UnitIds.check(unitId), List.of(), new long[0], Map.of());
    }

    /**
     * The ledger with these entries.
     *
     * @param unitId  the unit whose ledger it is
     * @param entries the entries, ids increasing
     * @return the ledger
     * @throws ReportingException {@code SB-REP-0712} when ids are not increasing, {@code SB-REP-0701} when a
     *                            reversing entry names no earlier entry, {@code -0702} when an entry is reversed
     *                            twice, {@code -0703} when a reversing entry is reversed, {@code -0713} when a
     *                            reversing entry does not mirror the entry it reverses
     */
    public static Ledger of(String unitId, List<LedgerEntry> entries) {
        return empty(unitId).withEntries(entries);
    }

    /**
     * This ledger with more entries (ids greater than every id here); checked as {@link #of} says.
     *
     * @param more the entries to add, ids greater than {@link #lastId()}
     * @return a new ledger; this one is unchanged
     */
    public Ledger withEntries(List<LedgerEntry> more) {
        Objects.requireNonNull(more, "more");
        if (more.isEmpty()) {
            return this;
        }
        long[] newIds = Arrays.copyOf(ids, ids.length + more.size());
        Map<Long, Long> newReversed = new HashMap<>(reversedBy);
        List<LedgerEntry> all = new ArrayList<>(entries.size() + more.size());
        all.addAll(entries);
        int n = ids.length;
        for (LedgerEntry e : more) {
            Objects.requireNonNull(e, "entry");
            long previous = n == 0 ? 0 : newIds[n - 1];
            if (e.id() <= previous) {
                throw new ReportingException(ReportingError.LEDGER_ID_ORDER, e.id(), previous);
            }
            if (e.isReversal()) {
                long target = e.reverses().getAsLong();
                int at = Arrays.binarySearch(newIds, 0, n, target);
                if (at < 0) {
                    throw new ReportingException(ReportingError.LEDGER_ENTRY_UNKNOWN, target, unitId);
                }
                LedgerEntry reversed = all.get(at);
                checkReversible(reversed, newReversed);
                if (!reversed.posting().negated().equals(e.posting())) {
                    throw new ReportingException(ReportingError.LEDGER_REVERSAL_MISMATCH, e.id(), target);
                }
                newReversed.put(target, e.id());
            }
            if (e.corrects().isPresent() && Arrays.binarySearch(newIds, 0, n, e.corrects().getAsLong()) < 0) {
                throw new ReportingException(ReportingError.LEDGER_ENTRY_UNKNOWN, e.corrects().getAsLong(), unitId);
            }
            newIds[n++] = e.id();
            all.add(e);
        }
        return new Ledger(unitId, List.copyOf(all), newIds, Map.copyOf(newReversed));
    }

    static void checkReversible(LedgerEntry entry, Map<Long, Long> reversedBy) {
        if (entry.isReversal()) {
            throw new ReportingException(ReportingError.LEDGER_REVERSAL_OF_REVERSAL, entry.id(),
                    entry.reverses().getAsLong());
        }
        Long by = reversedBy.get(entry.id());
        if (by != null) {
            throw new ReportingException(ReportingError.LEDGER_ALREADY_REVERSED, entry.id(), by);
        }
    }

    /**
     * Checks that {@code id} names an entry that may be reversed now.
     *
     * @throws ReportingException {@code SB-REP-0701}, {@code -0702} or {@code -0703}
     */
    LedgerEntry requireReversible(long id) {
        LedgerEntry entry = entry(id).orElseThrow(
                () -> new ReportingException(ReportingError.LEDGER_ENTRY_UNKNOWN, id, unitId));
        checkReversible(entry, reversedBy);
        return entry;
    }

    /**
     * The unit whose ledger this is.
     *
     * @return the unit whose ledger this is
     */
    public String unitId() {
        return unitId;
    }

    /**
     * Every entry in id order.
     *
     * @return every entry in id order; empty for an empty ledger
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * The number of entries.
     *
     * @return the number of entries
     */
    public int size() {
        return entries.size();
    }

    /**
     * The entry with this id.
     *
     * @param id the entry's id
     * @return the entry; empty when there is none with that id
     */
    public Optional<LedgerEntry> entry(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    /**
     * The reversing entry of entry {@code id}, if it was reversed.
     *
     * @param id the id of the entry reversed
     * @return the reversing entry; empty when entry {@code id} was not reversed
     */
    public Optional<LedgerEntry> reversalOf(long id) {
        Long by = reversedBy.get(id);
        return by == null ? Optional.empty() : entry(by);
    }

    /**
     * The highest id, 0 when empty.
     *
     * @return the highest id, 0 when empty
     */
    public long lastId() {
        return ids.length == 0 ? 0 : ids[ids.length - 1];
    }

    LedgerIndex index() {
        LedgerIndex i = index;
        if (i == null) {
            List<LedgerEntry> e = entries;
            i = LedgerIndex.build(e.size(), p -> e.get(p).account(), p -> e.get(p).date().toEpochDay(),
                    p -> e.get(p).quantity(), p -> e.get(p).unit());
            index = i;
        }
        return i;
    }

    /** Equal when the unit and the entries are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger l && unitId.equals(l.unitId) && entries.equals(l.entries);
    }

    @Override
    public int hashCode() {
        return unitId.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "Ledger[" + unitId + ", " + entries.size() + " entries]";
    }
}
