package org.statsbase.reporting.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;
import org.statsbase.reporting.ledger.internal.UnitIds;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * Keeps one unit's ledger (统计台账) on the trail: every entry, reversal and import is an event of
 * statsbase-trail ({@link LedgerEvents}), so the ledger is tamper-evident and {@link #open} rebuilds it
 * from the trail — nothing accepted is lost.
 *
 * <p>The rules of accounting practice and 统计法 2009 第二十一条 (keep original records and ledgers):
 * entries are never edited or deleted; {@link #correct} appends a reversing entry (红字冲销) and the new
 * entry, both with the reason; an entry is reversed at most once, and a reversing entry is never
 * reversed. The reversing entry keeps the reversed entry's date and account, so that the figures of the
 * period the wrong entry counted in are corrected (the time of the correction is the trail event's).
 * Refused reversals and refused import files are recorded as refused events.
 *
 * <p>An import is all or nothing: a file with any bad line is refused whole and changes nothing; the
 * entries of an accepted import carry the import's id and count only once the closing
 * {@value LedgerEvents#IMPORT_COMMIT} event is in the trail, so an import cut short by a crash is
 * dropped whole on replay.
 *
 * <p>Each write takes a new immutable snapshot of the ledger (a copy of its entry list), so bulk loads
 * should go through {@link #importPostings} (one snapshot per import), not one {@link #record} per entry.
 *
 * <p>Use one book per unit and trail in a process: the book serialises its own writes but does not
 * see events that other writers append to the same subject after {@link #open}.
 *
 * <p>Thread safety: thread-safe (writes are serialised; {@link #ledger()} returns an immutable snapshot).
 */
public final class LedgerBook implements Supplier<Ledger> {

    private final Trail trail;
    private final String subject;
    private Ledger ledger;

    private LedgerBook(Trail trail, Ledger ledger) {
        this.trail = trail;
        this.subject = LedgerEvents.subject(ledger.unitId());
        this.ledger = ledger;
    }

    /**
     * The book of {@code unitId} on {@code trail}, with every entry the trail holds for it.
     *
     * @param trail  the trail the ledger's events are recorded in
     * @param unitId the unit whose ledger it is
     * @return the book, its ledger replayed from the trail
     * @throws ReportingException {@code SB-REP-0711} when a ledger event cannot be replayed
     */
    public static LedgerBook open(Trail trail, String unitId) {
        Objects.requireNonNull(trail, "trail");
        String unit = UnitIds.check(unitId);
        return new LedgerBook(trail, replay(unit, trail.bySubject(LedgerEvents.subject(unit))));
    }

    /**
     * The unit.
     *
     * @return the unit whose ledger this is
     */
    public String unitId() {
        return ledger().unitId();
    }

    /**
     * The ledger as it is now (an immutable snapshot).
     *
     * @return the ledger as it is now (an immutable snapshot)
     */
    public synchronized Ledger ledger() {
        return ledger;
    }

    /** Same as {@link #ledger()}: a book supplies its current ledger (for {@link LedgerAgreement}). */
    @Override
    public Ledger get() {
        return ledger();
    }

    /**
     * Records one entry.
     *
     * @param posting what is posted
     * @param actor   who enters it
     * @return the entry; its id is the sequence of its trail event
     */
    public synchronized LedgerEntry record(LedgerPosting posting, PersonId actor) {
        Objects.requireNonNull(posting, "posting");
        TrailEvent event = trail.append(draft(LedgerEvents.ENTRY, posting, actor));
        LedgerEntry entry = LedgerEntry.of(event.sequence(), posting, actor);
        ledger = ledger.withEntries(List.of(entry));
        return entry;
    }

    /**
     * Reverses an entry (红字冲销) with a reason.
     *
     * @param entryId the id of the entry reversed
     * @param reason  why, one line, not blank
     * @param actor   who reverses it
     * @return the reversing entry
     * @throws ReportingException {@code SB-REP-0701} unknown entry, {@code -0702} already reversed,
     *                            {@code -0703} a reversing entry, {@code -0704} blank reason (each recorded as refused)
     */
    public synchronized LedgerEntry reverse(long entryId, String reason, PersonId actor) {
        LedgerEntry reversed = reversible(entryId, reason, actor, LedgerEvents.REVERSE);
        LedgerPosting negated = reversed.posting().negated();
        TrailEvent event = trail.append(draft(LedgerEvents.REVERSE, negated, actor)
                .with(LedgerEvents.REVERSES, Long.toString(entryId))
                .with(LedgerEvents.REASON, EntryFields.text("reason", reason)));
        LedgerEntry entry = LedgerEntry.reversing(event.sequence(), reversed, reason, actor);
        ledger = ledger.withEntries(List.of(entry));
        return entry;
    }

    /**
     * Corrects an entry: a reversing entry, then {@code replacement}, both with the reason.
     *
     * @param entryId     the id of the entry corrected
     * @param replacement what should have been posted
     * @param reason      why, one line, not blank
     * @param actor       who corrects it
     * @return the reversing entry and the new entry
     * @throws ReportingException as {@link #reverse} (nothing is recorded but the refusal)
     */
    public synchronized Correction correct(long entryId, LedgerPosting replacement, String reason, PersonId actor) {
        Objects.requireNonNull(replacement, "replacement");
        LedgerEntry reversal = reverse(entryId, reason, actor);
        TrailEvent event = trail.append(draft(LedgerEvents.ENTRY, replacement, actor)
                .with(LedgerEvents.CORRECTS, Long.toString(entryId))
                .with(LedgerEvents.REASON, EntryFields.text("reason", reason)));
        LedgerEntry entry = LedgerEntry.correcting(event.sequence(), replacement, entryId, reason, actor);
        ledger = ledger.withEntries(List.of(entry));
        return new Correction(reversal, entry);
    }

    private LedgerEntry reversible(long entryId, String reason, PersonId actor, String action) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        try {
            if (reason.isBlank()) {
                throw new ReportingException(ReportingError.LEDGER_REASON_BLANK);
            }
            EntryFields.text("reason", reason);
            return ledger.requireReversible(entryId);
        } catch (ReportingException e) {
            trail.append(EventDraft.of(actor.value(), LedgerEvents.ROLE, action, subject)
                    .with(LedgerEvents.REVERSES, Long.toString(entryId)).refused(e.code()));
            throw e;
        }
    }

    /**
     * Imports postings read elsewhere, all or nothing.
     *
     * @param postings the postings, in order; either all are recorded or none
     * @param source   the file (or other name) they came from, recorded with the import
     * @param actor    who imports them
     * @return the import: its id and the entries added
     */
    public synchronized LedgerImport importPostings(List<LedgerPosting> postings, String source, PersonId actor) {
        List<LedgerPosting> list = List.copyOf(postings);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        String importId = UUID.randomUUID().toString();
        List<LedgerEntry> entries = new ArrayList<>(list.size());
        for (LedgerPosting p : list) {
            TrailEvent event = trail.append(draft(LedgerEvents.ENTRY, p, actor).with(LedgerEvents.IMPORT, importId));
            entries.add(LedgerEntry.of(event.sequence(), p, actor));
        }
        trail.append(EventDraft.of(actor.value(), LedgerEvents.ROLE, LedgerEvents.IMPORT_COMMIT, subject)
                .with(LedgerEvents.IMPORT, importId).with(LedgerEvents.COUNT, Integer.toString(entries.size()))
                .with(LedgerEvents.SOURCE, source));
        ledger = ledger.withEntries(entries);
        return new LedgerImport(importId, source, entries);
    }

    /**
     * Imports a CSV or JSON Lines file ({@link LedgerFiles#read}); a file with any bad line is refused
     * whole (recorded as a refused import) and the ledger is unchanged.
     *
     * @param file  a CSV or JSON Lines file of postings
     * @param actor who imports it
     * @return the import: its id and the entries added
     * @throws DataFileException every bad line of the file
     */
    public LedgerImport importFile(Path file, PersonId actor) {
        Objects.requireNonNull(actor, "actor");
        List<LedgerPosting> postings;
        try {
            postings = LedgerFiles.read(file);
        } catch (DataFileException e) {
            synchronized (this) {
                trail.append(EventDraft.of(actor.value(), LedgerEvents.ROLE, LedgerEvents.IMPORT_COMMIT, subject)
                        .with(LedgerEvents.SOURCE, file.toString())
                        .with(LedgerEvents.COUNT, Integer.toString(e.problems().size())).refused(e.code()));
            }
            throw e;
        }
        return importPostings(postings, file.toString(), actor);
    }

    private EventDraft draft(String action, LedgerPosting p, PersonId actor) {
        Objects.requireNonNull(actor, "actor");
        return EventDraft.of(actor.value(), LedgerEvents.ROLE, action, subject)
                .with(LedgerEvents.DATE, p.date().toString())
                .with(LedgerEvents.ACCOUNT, p.account())
                .with(LedgerEvents.QUANTITY, p.quantity().toPlainString())
                .with(LedgerEvents.UNIT, p.unit())
                .with(LedgerEvents.RECORD_DIGEST, p.record().digestHex())
                .with(LedgerEvents.RECORD_DESCRIPTION, p.record().description());
    }

    private static Ledger replay(String unitId, List<TrailEvent> events) {
        List<LedgerEntry> entries = new ArrayList<>();
        Map<String, List<LedgerEntry>> pending = new HashMap<>();
        for (TrailEvent e : events) {
            if (e.outcome() != Outcome.DONE) {
                continue;
            }
            try {
                switch (e.action()) {
                    case LedgerEvents.ENTRY, LedgerEvents.REVERSE -> {
                        LedgerEntry entry = entry(e);
                        String importId = e.payload(LedgerEvents.IMPORT).orElse("");
                        if (importId.isEmpty()) {
                            entries.add(entry);
                        } else {
                            pending.computeIfAbsent(importId, k -> new ArrayList<>()).add(entry);
                        }
                    }
                    case LedgerEvents.IMPORT_COMMIT -> {
                        String importId = required(e, LedgerEvents.IMPORT);
                        List<LedgerEntry> imported = pending.remove(importId);
                        int count = Integer.parseInt(required(e, LedgerEvents.COUNT));
                        int found = imported == null ? 0 : imported.size();
                        if (found != count) {
                            throw new ReportingException(ReportingError.LEDGER_EVENT_CORRUPT, e.sequence(),
                                    "import " + importId + " has " + found + " entries, not " + count);
                        }
                        if (imported != null) {
                            entries.addAll(imported);
                        }
                    }
                    default -> {
                        // other ledger actions a later version may add are not entries
                    }
                }
            } catch (ReportingException ex) {
                if (ex.errorCode() == ReportingError.LEDGER_EVENT_CORRUPT) {
                    throw ex;
                }
                throw new ReportingException(ReportingError.LEDGER_EVENT_CORRUPT, ex, e.sequence(), ex.getMessage());
            } catch (StatsbaseException | IllegalArgumentException ex) {
                throw new ReportingException(ReportingError.LEDGER_EVENT_CORRUPT, ex, e.sequence(), ex.getMessage());
            }
        }
        // entries of an import are contiguous in the trail (the book serialises writes), so sorting by id
        // only matters if a crashed import left gaps; it keeps ids increasing either way
        entries.sort((a, b) -> Long.compare(a.id(), b.id()));
        try {
            return Ledger.of(unitId, entries);
        } catch (ReportingException ex) {
            throw new ReportingException(ReportingError.LEDGER_EVENT_CORRUPT, ex, "-", ex.getMessage());
        }
    }

    private static LedgerEntry entry(TrailEvent e) {
        LedgerPosting posting = LedgerPosting.of(EntryFields.date(required(e, LedgerEvents.DATE)),
                required(e, LedgerEvents.ACCOUNT), EntryFields.quantity(required(e, LedgerEvents.QUANTITY)),
                required(e, LedgerEvents.UNIT), OriginalRecord.of(required(e, LedgerEvents.RECORD_DIGEST),
                        required(e, LedgerEvents.RECORD_DESCRIPTION)));
        long reverses = e.action().equals(LedgerEvents.REVERSE) ? Long.parseLong(required(e, LedgerEvents.REVERSES)) : 0;
        long corrects = e.payload(LedgerEvents.CORRECTS).map(Long::parseLong).orElse(0L);
        String reason = e.payload(LedgerEvents.REASON).orElse("");
        return LedgerEntry.replayed(e.sequence(), posting, PersonId.of(e.actor()), reverses, corrects, reason);
    }

    private static String required(TrailEvent e, String key) {
        return e.payload(key).orElseThrow(() -> new ReportingException(ReportingError.LEDGER_EVENT_CORRUPT,
                e.sequence(), "no " + key));
    }

    @Override
    public String toString() {
        return "LedgerBook[" + subject + "]";
    }
}
