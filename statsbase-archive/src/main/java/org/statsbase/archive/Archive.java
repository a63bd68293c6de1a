package org.statsbase.archive;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Finding;
import org.statsbase.archive.integrity.FourPropertyCheck;
import org.statsbase.archive.integrity.FourPropertyReport;
import org.statsbase.archive.integrity.Occasion;
import org.statsbase.archive.integrity.OperationLog;
import org.statsbase.archive.internal.Texts;
import org.statsbase.archive.internal.json.CatalogJson;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.retention.ClassRetention;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.retention.Retention;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.transfer.PackageFormat;
import org.statsbase.archive.transfer.TransferManifest;
import org.statsbase.archive.transfer.TransferPackages;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive: 统计资料管理制度 as one object that vendors call. It files material with its DA/T 46 metadata and
 * SHA-256/SM3 digests (after a four-property check at archiving, DA/T 70-2018), allocates item numbers without
 * gaps (DA/T 22-2015), answers when each record is due under the schedule (统计法实施条例 第二十二、二十三条), keeps
 * holds, and destroys only what an appraisal listed, the head approved and at least two supervisors signed
 * (档案法 2020 第二十一条). Every operation — refused attempts included — is an event of the trail of
 * statsbase-trail ({@link ArchiveEvents}); refusals throw {@link ArchiveException} with a stable code after the
 * refusal is recorded.
 *
 * <p>Order of writes (issue 8 §3): the trail is the archive's write-ahead record. Every change is (1) checked,
 * (2) appended to the trail as an event carrying the catalog entry it leads to ({@link ArchiveEvents#STATE}) and
 * acknowledged durable, and only then (3) applied to the catalog and content store — by the same code that
 * replays the trail ({@link #recover}). When (2) fails, the trail's typed error ({@code SB-TRAIL-…}) is thrown and
 * the catalog is unchanged (if the store kept the unacknowledged event after all, it is part of the trail and
 * is applied like any other). When (3) fails, {@code SB-ARC-0701} is thrown and the operation is completed
 * (rolled forward) before the next operation, by {@link #recover} or on reopening: an operation the trail
 * records as done is never lost, and one it does not record never takes effect. Content is deleted only after
 * the destruction's event is durable. Every operation first brings the catalog up to the trail
 * ({@code SB-ARC-0702} when it cannot). One archive (one catalog) per trail.
 *
 * <p>Never destroyed too early: a record is destroyed only when {@link Retention#due} answers a reached due date
 * at execution time, whatever the catalog's stored due date says.
 *
 * <p>Thread safety: safe for concurrent use; operations that change the archive are serialised on the instance.
 * Open one {@code Archive} per catalog.
 */
public final class Archive {

    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);

    private final ArchiveCatalog catalog;
    private final ContentStore content;
    private final Trail trail;
    private final Retention retention;
    private final Clock clock;
    private final FourPropertyCheck check;
    // The trail sequence this instance last found or recorded as applied; -1: read it from the catalog.
    private long applied = -1;

    private Archive(Builder b) {
        this.catalog = b.catalog;
        this.content = b.content;
        this.trail = b.trail;
        this.retention = Retention.of(b.schedule);
        this.clock = b.clock;
        this.check = b.check;
    }

    /** Brings the catalog up to the trail when the archive is built; a failure is left to the first operation. */
    private void recoverOnOpen() {
        try {
            long n = recover();
            if (n > 0) {
                LOG.warn("recovered {} archive event(s) of the trail {} that the catalog {} lacked", n,
                        trail.store().describe(), catalog.describe());
            }
        } catch (StatsbaseException e) {
            LOG.warn("the catalog {} could not be brought up to the trail on opening; the first operation tries again: {}",
                    catalog.describe(), e.getMessage());
        }
    }

    /**
     * A builder; catalog, content store and trail are required; schedule defaults to the statutory one.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The catalog.
     *
     * @return the catalog records and destruction lists are kept in
     */
    public ArchiveCatalog catalog() {
        return catalog;
    }

    /**
     * The content store.
     *
     * @return the store of the records' content
     */
    public ContentStore contentStore() {
        return content;
    }

    /**
     * The trail.
     *
     * @return the trail every operation is written to
     */
    public Trail trail() {
        return trail;
    }

    /**
     * The retention rules in force.
     *
     * @return the retention rules in force
     */
    public Retention retention() {
        return retention;
    }

    /**
     * The record with this id, if any.
     *
     * @param id the record's id
     * @return the record; empty when the catalog has none with that id
     */
    public Optional<ArchivedRecord> get(RecordId id) {
        return catalog.get(id);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    // ---- the trail first: append, then apply ------------------------------------------------------

    /**
     * Applies to the catalog and content store every archive event of the trail they lack — the events after
     * {@link ArchiveCatalog#appliedSequence()} — and records the new position: what an operation interrupted
     * between its event and the catalog (a crash, a catalog that failed) left to do. Idempotent; the archive
     * calls it when it is built and before every operation that changes it.
     *
     * @return how many archive events were applied
     * @throws ArchiveException SB-ARC-0702 when an event cannot be applied (the events before it are),
     *                          SB-ARC-0703 when an archive event cannot be read, SB-ARC-0704 when the catalog has
     *                          applied events the trail does not have; 06xx when the catalog cannot be read
     * @throws org.statsbase.trail.error.TrailException when the trail cannot be read
     */
    public synchronized long recover() {
        // the position this instance last recorded spares reading it back; a stale one only re-applies events,
        // which changes nothing
        long from = applied >= 0 ? applied : catalog.appliedSequence();
        applied = -1;
        long head = trail.size();
        if (from > head) {
            throw new ArchiveException(ArchiveError.CATALOG_AHEAD_OF_TRAIL, catalog.describe(), from,
                    trail.store().describe(), head);
        }
        if (from == head) {
            applied = from;
            return 0;
        }
        long[] last = {from};
        long[] count = {0};
        TrailEvent[] failed = {null};
        RuntimeException[] cause = {null};
        trail.forEach(from + 1, e -> {
            try {
                if (apply(e)) {
                    count[0]++;
                }
            } catch (RuntimeException x) {
                failed[0] = e;
                cause[0] = x;
                return false;
            }
            last[0] = e.sequence();
            return true;
        });
        if (last[0] > from) {
            try {
                catalog.markApplied(last[0]);
            } catch (RuntimeException x) {
                throw new ArchiveException(ArchiveError.CATCH_UP_FAILED, x, catalog.describe(), from, last[0],
                        "position", String.valueOf(x.getMessage()));
            }
        }
        if (failed[0] != null) {
            if (cause[0] instanceof ArchiveException a && a.code().equals(ArchiveError.EVENT_NOT_REPLAYABLE.code())) {
                throw a;
            }
            throw new ArchiveException(ArchiveError.CATCH_UP_FAILED, cause[0], catalog.describe(), last[0],
                    failed[0].sequence(), failed[0].action(), String.valueOf(cause[0].getMessage()));
        }
        applied = last[0];
        return count[0];
    }

    /** Brings the catalog up to the trail before an operation. */
    private void catchUp() {
        recover();
    }

    /**
     * Appends the events of a change (the first is the one that commits it) and applies them.
     *
     * @return the appended events
     * @throws org.statsbase.trail.error.TrailException when an event is not acknowledged (the catalog is unchanged)
     * @throws ArchiveException SB-ARC-0701 when the events are durable but the catalog could not apply them
     */
    private List<TrailEvent> commit(List<EventDraft> drafts) {
        List<TrailEvent> done = new ArrayList<>(drafts.size());
        try {
            for (EventDraft d : drafts) {
                done.add(trail.append(d));
            }
        } catch (StatsbaseException e) {
            // the store may have kept an event it did not acknowledge: then it is the trail's, and applied
            try {
                recover();
            } catch (RuntimeException ignored) {
                LOG.debug("catching up after a failed append failed too", ignored);
            }
            throw e;
        }
        try {
            recover();
        } catch (RuntimeException e) {
            TrailEvent first = done.get(0);
            throw new ArchiveException(ArchiveError.NOT_YET_APPLIED, e, first.action(), first.subject(),
                    first.sequence(), catalog.describe(), String.valueOf(e.getMessage()));
        }
        return done;
    }

    private TrailEvent commit(EventDraft draft) {
        return commit(List.of(draft)).get(0);
    }

    /**
     * Applies one trail event to the catalog and content store: the entry its {@link ArchiveEvents#STATE} names
     * becomes the catalog's (an upsert, so applying twice changes nothing). Events of other modules, refused
     * attempts, events without a state (written before the trail came first: their change is in the catalog
     * already) and events that change nothing (destroy, transfer, check) are skipped.
     *
     * @return whether it was an archive event that changes the catalog
     */
    private boolean apply(TrailEvent e) {
        if (e.outcome() != Outcome.DONE || !e.subject().startsWith(ArchiveEvents.SUBJECT_PREFIX)) {
            return false;
        }
        switch (e.action()) {
            case ArchiveEvents.INGEST, ArchiveEvents.COUNTING_EVENT, ArchiveEvents.HOLD_PLACE,
                    ArchiveEvents.HOLD_RELEASE -> {
                Optional<String> state = e.payload(ArchiveEvents.STATE);
                if (state.isEmpty()) {
                    return false;
                }
                upsert(readRecord(e, state.get()));
                return true;
            }
            case ArchiveEvents.APPRAISE, ArchiveEvents.APPROVE -> {
                Optional<String> state = e.payload(ArchiveEvents.STATE);
                if (state.isEmpty()) {
                    return false;
                }
                upsert(readList(e, state.get()));
                return true;
            }
            case ArchiveEvents.EXECUTE -> {
                Optional<String> state = e.payload(ArchiveEvents.STATE);
                if (state.isEmpty()) {
                    return false;
                }
                applyExecution(e, readList(e, state.get()));
                return true;
            }
            case ArchiveEvents.RESCHEDULE -> {
                reindexAll();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void applyExecution(TrailEvent e, DestructionList executed) {
        if (executed.status() != DestructionList.Status.EXECUTED) {
            throw new ArchiveException(ArchiveError.EVENT_NOT_REPLAYABLE, e.sequence(), e.action(),
                    "the list " + executed.id() + " is not executed");
        }
        Set<String> deleted = Set.of(e.payload(ArchiveEvents.DELETED).orElse("").split(","));
        int n = 0;
        for (RecordId id : executed.entries()) {
            n++;
            ArchivedRecord r = catalog.get(id).orElseThrow(() -> new ArchiveException(ArchiveError.EVENT_NOT_REPLAYABLE,
                    e.sequence(), e.action(), "no record " + id + " in the catalog"));
            Destruction certificate = destruction(executed, n);
            if (r.destruction().isEmpty()) {
                upsert(r.withDestruction(certificate));
            } else if (!r.destruction().get().equals(certificate)) {
                throw new ArchiveException(ArchiveError.EVENT_NOT_REPLAYABLE, e.sequence(), e.action(),
                        "the record " + id + " was destroyed by another list");
            }
            if (deleted.contains(id.value())) {
                content.delete(r.digests());
            }
        }
        upsert(executed);
    }

    private static Destruction destruction(DestructionList executed, int n) {
        return Destruction.of(executed.id(), executed.approvedBy().orElseThrow(), executed.method().orElseThrow(),
                executed.executedOn().orElseThrow(), executed.supervisors(), executed.id().value() + "/" + n);
    }

    private void upsert(ArchivedRecord r) {
        Optional<ArchivedRecord> current = catalog.get(r.id());
        if (current.isEmpty()) {
            catalog.put(r.withRevision(0));
        } else if (!current.get().withRevision(0).equals(r.withRevision(0))) {
            catalog.update(r.withRevision(current.get().revision()));
        }
    }

    private void upsert(DestructionList l) {
        Optional<DestructionList> current = catalog.getList(l.id());
        if (current.isEmpty()) {
            catalog.putList(l.withRevision(0));
        } else if (!current.get().withRevision(0).equals(l.withRevision(0))) {
            catalog.updateList(l.withRevision(current.get().revision()));
        }
    }

    private static ArchivedRecord readRecord(TrailEvent e, String state) {
        try {
            return CatalogJson.readRecord(state, 0);
        } catch (RuntimeException x) {
            throw new ArchiveException(ArchiveError.EVENT_NOT_REPLAYABLE, x, e.sequence(), e.action(),
                    String.valueOf(x.getMessage()));
        }
    }

    private static DestructionList readList(TrailEvent e, String state) {
        try {
            return CatalogJson.readList(state, 0);
        } catch (RuntimeException x) {
            throw new ArchiveException(ArchiveError.EVENT_NOT_REPLAYABLE, x, e.sequence(), e.action(),
                    String.valueOf(x.getMessage()));
        }
    }

    /** The records whose stored due date differs from this archive's schedule. */
    private List<ArchivedRecord> stale() {
        List<ArchivedRecord> changed = new ArrayList<>();
        catalog.scan(RecordQuery.all(), r -> {
            if (!r.dueOn().equals(retention.indexDate(r))) {
                changed.add(r);
            }
            return true;
        });
        return changed;
    }

    private void reindexAll() {
        for (ArchivedRecord r : stale()) {
            catalog.update(r.withDueOn(retention.indexDate(r)));
        }
    }

    private static EventDraft withState(EventDraft draft, ArchivedRecord r) {
        return draft.with(ArchiveEvents.STATE, CatalogJson.writeRecord(r.withRevision(0)));
    }

    private static EventDraft withState(EventDraft draft, DestructionList l) {
        return draft.with(ArchiveEvents.STATE, CatalogJson.writeList(l.withRevision(0)));
    }

    // ---- trail ------------------------------------------------------------------------------------

    private EventDraft draft(Actor actor, String action, String subject) {
        return EventDraft.of(actor.person().value(), actor.role(), action, subject);
    }

    private RuntimeException refuse(EventDraft draft, ArchiveException e) {
        trail.append(draft.refused(e.code()));
        LOG.debug("refused {} on {} by {}: {}", draft.action(), draft.subject(), draft.actor(), e.getMessage());
        return e;
    }

    private ArchivedRecord require(Actor actor, String action, RecordId id, Map<String, String> payload) {
        Optional<ArchivedRecord> r = catalog.get(id);
        if (r.isEmpty()) {
            throw refuse(draft(actor, action, ArchiveEvents.recordSubject(id)).withPayload(payload),
                    new ArchiveException(ArchiveError.RECORD_NOT_FOUND, id));
        }
        return r.get();
    }

    // ---- filing -----------------------------------------------------------------------------------

    /**
     * Files a record: stores its content, allocates its archival code if asked, runs the four-property check
     * at archiving and, when it passes, appends the filing to the trail and then enters the record in the catalog.
     * Content stored for a filing whose event the trail does not acknowledge stays in the content store,
     * referenced by no record (harmless: content is addressed by its digests and a later filing of the same
     * bytes reuses it); it is kept because the store may still have kept the event, which the archive then applies.
     *
     * @param actor  who files the record
     * @param filing the record's id, class, formation date, metadata and archival group
     * @param in     the content, read to its end; the caller closes it
     * @return the record as catalogued, with its digests, archival code and stored due date
     * @throws ArchiveException SB-ARC-0004 id in use, SB-ARC-0103 unknown class, SB-ARC-0105 an event date for a
     *                          class counted from formation, SB-ARC-0409/0410 item numbers, SB-ARC-0502 the check
     *                          failed — each recorded as a refused {@link ArchiveEvents#INGEST}; SB-ARC-0701/0702
     *                          and the trail's errors as the class description says
     */
    public synchronized ArchivedRecord ingest(Actor actor, Filing filing, InputStream in) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(in, "in");
        catchUp();
        EventDraft event = draft(actor, ArchiveEvents.INGEST, ArchiveEvents.recordSubject(filing.id()))
                .with(ArchiveEvents.RECORD_CLASS, filing.recordClass().value())
                .with(ArchiveEvents.FORMED, filing.formed().toString());
        if (catalog.get(filing.id()).isPresent()) {
            throw refuse(event, new ArchiveException(ArchiveError.RECORD_EXISTS, filing.id()));
        }
        ClassRetention cr;
        try {
            cr = retention.classRetention(filing.recordClass());
        } catch (ArchiveException e) {
            throw refuse(event, e);
        }
        if (filing.eventDate().isPresent() && cr.start().event().isEmpty()) {
            throw refuse(event, new ArchiveException(ArchiveError.NO_COUNTING_EVENT, filing.id(), filing.recordClass()));
        }
        var metadata = filing.metadata();
        if (filing.group().isPresent()) {
            ArchivalGroup g = filing.group().get();
            int next = catalog.lastItemNumber(g).orElse(0) + 1;
            if (next > ArchivalCode.MAX_ITEM) {
                throw refuse(event, new ArchiveException(ArchiveError.ITEM_NUMBERS_EXHAUSTED, g));
            }
            metadata = metadata.toBuilder().archivalCode(g.item(next)).build();
        } else if (metadata.archivalCode().isPresent()) {
            ArchivalCode c = metadata.archivalCode().get();
            int next = catalog.lastItemNumber(c.group()).orElse(0) + 1;
            if (c.item() != next) {
                throw refuse(event.with(ArchiveEvents.ARCHIVAL_CODE, c.toString()),
                        new ArchiveException(ArchiveError.ITEM_NUMBER_OUT_OF_ORDER, c, String.format("%04d", next)));
            }
        }
        Digests digests = content.put(in);
        ArchivedRecord record = ArchivedRecord.of(filing.id(), filing.recordClass(), filing.formed(), metadata, digests);
        if (filing.eventDate().isPresent()) {
            record = record.withCountingEvent(filing.eventDate().get());
        }
        event = event.with(ArchiveEvents.SHA256, digests.sha256().hex()).with(ArchiveEvents.SM3, digests.sm3().hex())
                .with(ArchiveEvents.SIZE, Long.toString(digests.size()));
        if (metadata.archivalCode().isPresent()) {
            event = event.with(ArchiveEvents.ARCHIVAL_CODE, metadata.archivalCode().get().toString());
        }
        // At archiving the record's own log is this very event: the security property is checked on demand.
        List<Finding> findings = check.checkRecord(record, content);
        if (!findings.isEmpty()) {
            if (catalog.count(RecordQuery.byContent(digests)) == 0) {
                content.delete(digests);
            }
            String text = findings.stream().map(Finding::messageEn).collect(Collectors.joining("; "));
            throw refuse(event.with(ArchiveEvents.FINDINGS, Integer.toString(findings.size())),
                    new ArchiveException(ArchiveError.CHECK_FAILED, filing.id(), text));
        }
        record = record.withDueOn(retention.indexDate(record));
        commit(withState(event.with(ArchiveEvents.DUE, retention.due(record, today()).text()), record));
        return catalog.get(record.id()).orElseThrow();
    }

    /**
     * Records the date of the event a record's retention counts from (survey closed, case closed).
     *
     * @param actor who records the date
     * @param id    the record
     * @param date  the date of the event (survey closed, case closed)
     * @return the record with the date and its new due date
     * @throws ArchiveException SB-ARC-0003, SB-ARC-0105 (class counted from formation), SB-ARC-0310 (destroyed)
     */
    public synchronized ArchivedRecord recordCountingEvent(Actor actor, RecordId id, LocalDate date) {
        Objects.requireNonNull(date, "date");
        catchUp();
        Map<String, String> payload = Map.of(ArchiveEvents.EVENT_DATE, date.toString());
        ArchivedRecord r = require(actor, ArchiveEvents.COUNTING_EVENT, id, payload);
        EventDraft event = draft(actor, ArchiveEvents.COUNTING_EVENT, ArchiveEvents.recordSubject(id)).withPayload(payload);
        if (r.state() == RecordState.DESTROYED) {
            throw refuse(event, new ArchiveException(ArchiveError.ALREADY_DESTROYED, id));
        }
        if (retention.classRetention(r.recordClass()).start().event().isEmpty()) {
            throw refuse(event, new ArchiveException(ArchiveError.NO_COUNTING_EVENT, id, r.recordClass()));
        }
        ArchivedRecord changed = r.withCountingEvent(date);
        changed = changed.withDueOn(retention.indexDate(changed));
        commit(withState(event.with(ArchiveEvents.DUE, retention.due(changed, today()).text()), changed));
        return catalog.get(id).orElseThrow();
    }

    // ---- holds ------------------------------------------------------------------------------------

    /**
     * Places a hold (inspection, audit, litigation): the record is never due while it is active.
     *
     * @param actor  who places the hold
     * @param id     the record
     * @param holdId the hold's id, unique on the record
     * @param kind   inspection, audit, litigation or other
     * @param reason why, for example a case number; not blank
     * @return the record with the hold
     * @throws ArchiveException SB-ARC-0003, SB-ARC-0201 (hold id in use), SB-ARC-0203 (destroyed)
     */
    public synchronized ArchivedRecord placeHold(Actor actor, RecordId id, HoldId holdId, HoldKind kind, String reason) {
        Objects.requireNonNull(holdId, "holdId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        catchUp();
        Map<String, String> payload = Map.of(ArchiveEvents.HOLD, holdId.value(), ArchiveEvents.HOLD_KIND, kind.name(),
                ArchiveEvents.REASON, Objects.requireNonNull(reason, "reason"));
        ArchivedRecord r = require(actor, ArchiveEvents.HOLD_PLACE, id, payload);
        EventDraft event = draft(actor, ArchiveEvents.HOLD_PLACE, ArchiveEvents.recordSubject(id)).withPayload(payload);
        if (r.state() == RecordState.DESTROYED) {
            throw refuse(event, new ArchiveException(ArchiveError.HOLD_ON_DESTROYED, id));
        }
        if (r.hold(holdId).isPresent()) {
            throw refuse(event, new ArchiveException(ArchiveError.HOLD_EXISTS, id, holdId));
        }
        Hold hold;
        try {
            hold = Hold.place(holdId, kind, reason, actor.person(), clock.instant());
        } catch (ArchiveException e) {
            throw refuse(event, e);
        }
        commit(withState(event, r.withHold(hold)));
        return catalog.get(id).orElseThrow();
    }

    /**
     * Releases a hold; the release (who, when, why) is kept on the hold.
     *
     * @param actor  who releases the hold
     * @param id     the record
     * @param holdId the active hold to release
     * @param reason why it is released; not blank
     * @return the record with the hold released
     * @throws ArchiveException SB-ARC-0003, SB-ARC-0202 (no such active hold)
     */
    public synchronized ArchivedRecord releaseHold(Actor actor, RecordId id, HoldId holdId, String reason) {
        Objects.requireNonNull(holdId, "holdId");
        Objects.requireNonNull(reason, "reason");
        catchUp();
        Map<String, String> payload = Map.of(ArchiveEvents.HOLD, holdId.value(), ArchiveEvents.REASON,
                Objects.requireNonNull(reason, "reason"));
        ArchivedRecord r = require(actor, ArchiveEvents.HOLD_RELEASE, id, payload);
        EventDraft event = draft(actor, ArchiveEvents.HOLD_RELEASE, ArchiveEvents.recordSubject(id)).withPayload(payload);
        if (r.hold(holdId).filter(Hold::isActive).isEmpty()) {
            throw refuse(event, new ArchiveException(ArchiveError.HOLD_NOT_FOUND, id, holdId));
        }
        ArchivedRecord released;
        try {
            released = r.withRelease(holdId, actor.person(), clock.instant(), reason);
        } catch (ArchiveException e) {
            throw refuse(event, e);
        }
        commit(withState(event, released));
        return catalog.get(id).orElseThrow();
    }

    // ---- due --------------------------------------------------------------------------------------

    /**
     * When the record may be disposed of, as of {@code asOf}.
     *
     * @param id   the record
     * @param asOf the date asked about
     * @return a due date, or permanent, held, waiting for the counting event or destroyed
     * @throws ArchiveException SB-ARC-0003 if there is no such record
     */
    public Due due(RecordId id, LocalDate asOf) {
        ArchivedRecord r = catalog.get(id).orElseThrow(() -> new ArchiveException(ArchiveError.RECORD_NOT_FOUND, id));
        return retention.due(r, asOf);
    }

    /**
     * Visits the records due as of {@code asOf} (due date reached, not held, not permanent, not destroyed), by
     * due date then id, until the visitor returns {@code false}. The catalog's index selects; {@link Retention}
     * confirms each.
     *
     * @param asOf    the date asked about
     * @param visitor called once per due record; return false to stop
     */
    public void scanDue(LocalDate asOf, Predicate<ArchivedRecord> visitor) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(visitor, "visitor");
        catalog.scan(RecordQuery.dueAsOf(asOf), r -> !retention.due(r, asOf).isDue() || visitor.test(r));
    }

    /**
     * The records due as of {@code asOf}, at most {@code limit}.
     *
     * @param asOf  the date asked about
     * @param limit the most records returned; 0 or less gives an empty list
     * @return the due records by due date then id; empty when none is due
     */
    public List<ArchivedRecord> dueList(LocalDate asOf, int limit) {
        List<ArchivedRecord> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        scanDue(asOf, r -> {
            out.add(r);
            return out.size() < limit;
        });
        return out;
    }

    /**
     * Recomputes every record's stored due date under this archive's schedule (after the schedule changed).
     *
     * @param actor who runs the reindex (recorded)
     * @return how many records changed
     */
    public synchronized long reindex(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        catchUp();
        int changed = stale().size();
        commit(draft(actor, ArchiveEvents.RESCHEDULE, ArchiveEvents.REINDEX_SUBJECT)
                .with(ArchiveEvents.COUNT, Integer.toString(changed))
                .with(ArchiveEvents.REASON, retention.schedule().name()));
        return changed;
    }

    // ---- disposal ---------------------------------------------------------------------------------

    private Optional<ArchiveException> whyNotDestroyable(ArchivedRecord r, LocalDate asOf) {
        Due due = retention.due(r, asOf);
        switch (due.kind()) {
            case DESTROYED:
                return Optional.of(new ArchiveException(ArchiveError.ALREADY_DESTROYED, r.id()));
            case PERMANENT:
                return Optional.of(new ArchiveException(ArchiveError.DESTROY_PERMANENT, r.id()));
            case HELD:
                return Optional.of(new ArchiveException(ArchiveError.DESTROY_HELD, r.id(),
                        ((Due.Held) due).holds().stream().map(HoldId::value).collect(Collectors.joining(","))));
            case WAITING_EVENT:
                return Optional.of(new ArchiveException(ArchiveError.DESTROY_WAITING_EVENT, r.id(),
                        ((Due.WaitingEvent) due).event()));
            default:
                return due.isDue() ? Optional.empty()
                        : Optional.of(new ArchiveException(ArchiveError.DESTROY_NOT_DUE, r.id(), due.text(), asOf));
        }
    }

    /**
     * Draws up a destruction list (销毁清册) after appraisal (鉴定): every record must be due as of {@code asOf}.
     *
     * @param appraiser who appraised the records (鉴定人)
     * @param listId    the new list's id
     * @param entries   the records to destroy, not empty, no duplicates
     * @param asOf      the date every record must be due on
     * @return the list, awaiting approval
     * @throws ArchiveException SB-ARC-0309 empty, SB-ARC-0318 id in use, SB-ARC-0319 duplicate, and per record
     *                          SB-ARC-0003, -0301 permanent, -0302 not due, -0303 held, -0304 waiting, -0310 destroyed
     */
    public synchronized DestructionList appraise(Actor appraiser, DestructionListId listId, List<RecordId> entries,
            LocalDate asOf) {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(asOf, "asOf");
        catchUp();
        String joined = entries.stream().map(RecordId::value).collect(Collectors.joining(","));
        EventDraft event = draft(appraiser, ArchiveEvents.APPRAISE, ArchiveEvents.listSubject(listId))
                .with(ArchiveEvents.ENTRIES, joined).with(ArchiveEvents.AS_OF, asOf.toString());
        if (entries.isEmpty()) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_EMPTY, listId));
        }
        if (catalog.getList(listId).isPresent()) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_EXISTS, listId));
        }
        Set<RecordId> seen = new HashSet<>();
        for (RecordId id : entries) {
            if (!seen.add(id)) {
                throw refuse(event, new ArchiveException(ArchiveError.LIST_DUPLICATE_ENTRY, listId, id));
            }
            Map<String, String> payload = Map.of(ArchiveEvents.LIST, listId.value());
            ArchivedRecord r = require(appraiser, ArchiveEvents.APPRAISE, id, payload);
            Optional<ArchiveException> why = whyNotDestroyable(r, asOf);
            if (why.isPresent()) {
                trail.append(draft(appraiser, ArchiveEvents.APPRAISE, ArchiveEvents.recordSubject(id))
                        .withPayload(payload).refused(why.get().code()));
                throw refuse(event.with(ArchiveEvents.RECORD, id.value()), why.get());
            }
        }
        commit(withState(event, DestructionList.appraised(listId, appraiser.person(), clock.instant(), entries)));
        return catalog.getList(listId).orElseThrow();
    }

    /**
     * The head approves a destruction list (档案法 2020 第二十一条).
     *
     * @param head   the head of the organisation approving; not the appraiser
     * @param listId the list
     * @return the approved list
     * @throws ArchiveException SB-ARC-0307 no list, SB-ARC-0308 not awaiting approval, SB-ARC-0311 the head
     *                          appraised it
     */
    public synchronized DestructionList approve(Actor head, DestructionListId listId) {
        Objects.requireNonNull(listId, "listId");
        catchUp();
        EventDraft event = draft(head, ArchiveEvents.APPROVE, ArchiveEvents.listSubject(listId));
        DestructionList list = catalog.getList(listId)
                .orElseThrow(() -> refuse(event, new ArchiveException(ArchiveError.LIST_NOT_FOUND, listId)));
        if (list.status() != DestructionList.Status.APPRAISED) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_WRONG_STATE, listId, list.status(), "approve"));
        }
        if (list.appraisedBy().equals(head.person())) {
            throw refuse(event, new ArchiveException(ArchiveError.APPROVER_CONFLICT, listId, head.person()));
        }
        commit(withState(event, list.approve(head.person(), clock.instant())));
        return catalog.getList(listId).orElseThrow();
    }

    /**
     * Carries out an approved destruction list: at least two distinct supervisors (监销人) sign with the method
     * and date; every record must still be due on that date (holds placed since appraisal stop it). Each record
     * keeps its metadata remnant with a {@link Destruction} certificate; its content is deleted unless a kept
     * record shares the same content. Nothing is destroyed if any check fails. The list's
     * {@link ArchiveEvents#EXECUTE} event commits the destruction and comes first, the records'
     * {@link ArchiveEvents#DESTROY} events follow; content is deleted once the first is durable (should a later one
     * fail, the destruction stands and the trail's error is thrown).
     *
     * @param actor       who records the destruction
     * @param listId      the approved list
     * @param method      how it was destroyed, for example 粉碎 or 数据擦除
     * @param date        the date of destruction, not after today
     * @param supervisors the supervisors (监销人), at least two distinct persons
     * @return the executed list
     * @throws ArchiveException SB-ARC-0305 not approved, SB-ARC-0306 fewer than two supervisors, SB-ARC-0316 no
     *                          method, SB-ARC-0317 date after today, SB-ARC-0307/0308, and the per-record refusals
     *                          of {@link #appraise}
     */
    public synchronized DestructionList execute(Actor actor, DestructionListId listId, String method, LocalDate date,
            List<PersonId> supervisors) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(supervisors, "supervisors");
        Objects.requireNonNull(method, "method");
        catchUp();
        Set<PersonId> distinct = new LinkedHashSet<>(supervisors);
        String signers = distinct.stream().map(PersonId::value).collect(Collectors.joining(","));
        EventDraft event = draft(actor, ArchiveEvents.EXECUTE, ArchiveEvents.listSubject(listId))
                .with(ArchiveEvents.METHOD, method.strip()).with(ArchiveEvents.DATE, date.toString())
                .with(ArchiveEvents.SUPERVISORS, signers);
        DestructionList list = catalog.getList(listId)
                .orElseThrow(() -> refuse(event, new ArchiveException(ArchiveError.LIST_NOT_FOUND, listId)));
        if (list.status() == DestructionList.Status.APPRAISED) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_NOT_APPROVED, listId));
        }
        if (list.status() == DestructionList.Status.EXECUTED) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_WRONG_STATE, listId, list.status(), "execute"));
        }
        if (distinct.size() < 2) {
            throw refuse(event, new ArchiveException(ArchiveError.TOO_FEW_SUPERVISORS, listId, distinct.size()));
        }
        if (method.isBlank()) {
            throw refuse(event, new ArchiveException(ArchiveError.METHOD_BLANK, listId));
        }
        if (date.isAfter(today())) {
            throw refuse(event, new ArchiveException(ArchiveError.DESTRUCTION_DATE_FUTURE, listId, date, today()));
        }
        List<ArchivedRecord> records = new ArrayList<>();
        for (RecordId id : list.entries()) {
            Map<String, String> payload = Map.of(ArchiveEvents.LIST, listId.value());
            ArchivedRecord r = require(actor, ArchiveEvents.DESTROY, id, payload);
            Optional<ArchiveException> why = whyNotDestroyable(r, date);
            if (why.isPresent()) {
                trail.append(draft(actor, ArchiveEvents.DESTROY, ArchiveEvents.recordSubject(id)).withPayload(payload)
                        .refused(why.get().code()));
                throw refuse(event.with(ArchiveEvents.RECORD, id.value()), why.get());
            }
            records.add(r);
        }
        DestructionList executed = list.execute(method.strip(), date, List.copyOf(distinct));
        // decided before anything is written: content shared with a record kept after this list is kept
        List<String> deleted = new ArrayList<>();
        Set<RecordId> destroyedBefore = new HashSet<>();
        List<EventDraft> events = new ArrayList<>();
        events.add(null);
        int n = 0;
        for (ArchivedRecord r : records) {
            n++;
            boolean delete = !isShared(r.digests(), r.id(), destroyedBefore);
            destroyedBefore.add(r.id());
            if (delete) {
                deleted.add(r.id().value());
            }
            events.add(draft(actor, ArchiveEvents.DESTROY, ArchiveEvents.recordSubject(r.id()))
                    .with(ArchiveEvents.LIST, listId.value()).with(ArchiveEvents.METHOD, method.strip())
                    .with(ArchiveEvents.DATE, date.toString()).with(ArchiveEvents.SUPERVISORS, signers)
                    .with(ArchiveEvents.CERTIFICATE, destruction(executed, n).certificate())
                    .with(ArchiveEvents.CONTENT_DELETED, Boolean.toString(delete)));
        }
        // the list's event commits the destruction (content is deleted once it is durable); the records' follow
        events.set(0, withState(event.with(ArchiveEvents.ENTRIES,
                list.entries().stream().map(RecordId::value).collect(Collectors.joining(",")))
                .with(ArchiveEvents.DELETED, String.join(",", deleted)), executed));
        commit(events);
        LOG.info("destruction list {} executed: {} records, method {}, supervisors {}", listId, records.size(),
                method.strip(), signers);
        return catalog.getList(listId).orElseThrow();
    }

    /** Whether a record other than {@code except} and those in {@code destroying} keeps this content. */
    private boolean isShared(Digests digests, RecordId except, Set<RecordId> destroying) {
        boolean[] shared = {false};
        catalog.scan(RecordQuery.byContent(digests), r -> {
            if (!r.id().equals(except) && !destroying.contains(r.id()) && r.state() != RecordState.DESTROYED) {
                shared[0] = true;
                return false;
            }
            return true;
        });
        return shared[0];
    }

    /**
     * The destruction list with this id, if any.
     *
     * @param id the list's id
     * @return the list; empty when the catalog has none with that id
     */
    public Optional<DestructionList> destructionList(DestructionListId id) {
        return catalog.getList(id);
    }

    // ---- transfer ---------------------------------------------------------------------------------

    /**
     * Transfers records to an archive as a package (directory or zip) with a JSON manifest and digests, after a
     * four-property check at transfer; the records stay in this archive. The package is written first and then
     * recorded ({@link ArchiveEvents#TRANSFER_PACKAGE}, then a {@link ArchiveEvents#TRANSFER} per record); a
     * package whose event the trail does not take is removed again.
     *
     * @param actor     who transfers
     * @param packageId the package's id, written into the manifest
     * @param ids       the records to transfer, in package order
     * @param target    the directory or zip file to write; must not exist
     * @param format    a directory or a zip file
     * @return the manifest written into the package
     * @throws ArchiveException SB-ARC-0003, SB-ARC-0314 destroyed, SB-ARC-0315 the check failed, SB-ARC-0312
     *                          writing failed
     */
    public synchronized TransferManifest transfer(Actor actor, String packageId, List<RecordId> ids, Path target,
            PackageFormat format) {
        catchUp();
        String subject = ArchiveEvents.TRANSFER_SUBJECT_PREFIX + Texts.identifier(packageId, "package id", "移交包编号");
        EventDraft event = draft(actor, ArchiveEvents.TRANSFER_PACKAGE, subject)
                .with(ArchiveEvents.ENTRIES, ids.stream().map(RecordId::value).collect(Collectors.joining(",")))
                .with(ArchiveEvents.TARGET, target.toString());
        List<ArchivedRecord> records = new ArrayList<>();
        for (RecordId id : ids) {
            ArchivedRecord r = catalog.get(id).orElseThrow(
                    () -> refuse(event.with(ArchiveEvents.RECORD, id.value()), new ArchiveException(ArchiveError.RECORD_NOT_FOUND, id)));
            if (r.state() == RecordState.DESTROYED) {
                throw refuse(event.with(ArchiveEvents.RECORD, id.value()), new ArchiveException(ArchiveError.TRANSFER_DESTROYED, id));
            }
            records.add(r);
        }
        FourPropertyReport report = check.check(Occasion.TRANSFER, clock.instant(), records, catalog, content,
                operationLog(true));
        if (!report.passed()) {
            Finding first = report.findings().get(0);
            throw refuse(event.with(ArchiveEvents.RECORD, first.subject())
                    .with(ArchiveEvents.FINDINGS, Integer.toString(report.findings().size())),
                    new ArchiveException(ArchiveError.TRANSFER_CHECK_FAILED, first.subject(),
                            report.findings().stream().map(Finding::messageEn).collect(Collectors.joining("; "))));
        }
        TransferManifest manifest;
        try {
            manifest = TransferPackages.write(packageId, actor.person().value(), clock.instant(), records, content,
                    target, format);
        } catch (ArchiveException e) {
            throw refuse(event, e);
        }
        // the package's event commits the transfer; a package it does not record is removed again
        List<EventDraft> events = new ArrayList<>();
        events.add(event);
        for (ArchivedRecord r : records) {
            events.add(draft(actor, ArchiveEvents.TRANSFER, ArchiveEvents.recordSubject(r.id()))
                    .with(ArchiveEvents.PACKAGE, packageId));
        }
        long before = trail.size();
        try {
            commit(events);
        } catch (StatsbaseException e) {
            if (!recorded(event, before)) {
                deleteQuietly(target);
            }
            throw e;
        }
        return manifest;
    }

    private static void deleteQuietly(Path p) {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(p)) {
            for (Path x : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(x);
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("cannot remove the transfer package {} the trail does not record: {}", p, e.toString());
        }
    }

    /** Whether an event equal to {@code draft} follows sequence {@code after} in the trail. */
    private boolean recorded(EventDraft draft, long after) {
        boolean[] found = {false};
        try {
            trail.forEach(after + 1, e -> {
                found[0] = e.action().equals(draft.action()) && e.subject().equals(draft.subject())
                        && e.actor().equals(draft.actor()) && e.outcome() == draft.outcome()
                        && e.payload().equals(draft.payload());
                return !found[0];
            });
        } catch (RuntimeException unreadable) {
            LOG.debug("cannot read the trail back", unreadable);
        }
        return found[0];
    }

    // ---- four-property check ----------------------------------------------------------------------

    /**
     * Runs the four-property check on demand over the records {@code query} selects (and their archival
     * groups), with the trail as the operation log; the run is recorded ({@link ArchiveEvents#CHECK}).
     *
     * @param actor who runs the check (recorded)
     * @param query which records to check, for example {@link RecordQuery#all()}
     * @return the findings; {@link FourPropertyReport#passed()} when there is none
     */
    public FourPropertyReport check(Actor actor, RecordQuery query) {
        Objects.requireNonNull(query, "query");
        List<ArchivedRecord> records = new ArrayList<>();
        catalog.scan(query, r -> records.add(r));
        FourPropertyReport report = check.check(Occasion.ON_DEMAND, clock.instant(), records, catalog, content,
                operationLog(true));
        trail.append(draft(actor, ArchiveEvents.CHECK, ArchiveEvents.CHECK_SUBJECT)
                .with(ArchiveEvents.OCCASION, Occasion.ON_DEMAND.name())
                .with(ArchiveEvents.COUNT, Long.toString(report.recordsChecked()))
                .with(ArchiveEvents.FINDINGS, Integer.toString(report.findings().size()))
                .with(ArchiveEvents.PASSED, Boolean.toString(report.passed())));
        return report;
    }

    /** The trail as an operation log: one pass collects the records whose filing it records. */
    private OperationLog operationLog(boolean verifyChain) {
        Set<String> logged = new HashSet<>();
        trail.forEach(1, e -> {
            if (e.action().equals(ArchiveEvents.INGEST) && e.outcome() == Outcome.DONE) {
                logged.add(e.subject());
            }
            return true;
        });
        Optional<String> broken;
        if (verifyChain) {
            Verification v = trail.verify();
            broken = v.intact() ? Optional.empty() : v.firstBrokenLink().map(Object::toString).or(() -> Optional.of("broken"));
        } else {
            broken = Optional.empty();
        }
        return new OperationLog() {
            @Override
            public boolean hasLog(RecordId id) {
                return logged.contains(ArchiveEvents.recordSubject(id));
            }

            @Override
            public Optional<String> brokenChain() {
                return broken;
            }
        };
    }

    /** Builds an {@link Archive}. Thread safety: not thread-safe. */
    public static final class Builder {
        private ArchiveCatalog catalog;
        private ContentStore content;
        private Trail trail;
        private RetentionSchedule schedule = RetentionSchedule.statutory();
        private Clock clock = Clock.systemUTC();
        private FourPropertyCheck check = FourPropertyCheck.standard();

        private Builder() {
        }

        /**
         * The catalog (required).
         *
         * @param value the catalog
         * @return this builder
         */
        public Builder catalog(ArchiveCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * The content store (required).
         *
         * @param value the content store
         * @return this builder
         */
        public Builder contentStore(ContentStore value) {
            this.content = Objects.requireNonNull(value, "contentStore");
            return this;
        }

        /**
         * The trail every operation is written to (required).
         *
         * @param value the trail
         * @return this builder
         */
        public Builder trail(Trail value) {
            this.trail = Objects.requireNonNull(value, "trail");
            return this;
        }

        /**
         * The retention schedule (default: the statutory minimums).
         *
         * @param value the retention schedule
         * @return this builder
         */
        public Builder schedule(RetentionSchedule value) {
            this.schedule = Objects.requireNonNull(value, "schedule");
            return this;
        }

        /**
         * The clock (default: system UTC).
         *
         * @param value the clock that dates operations
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The four-property check (default: {@link FourPropertyCheck#standard()}).
         *
         * @param value the four-property check
         * @return this builder
         */
        public Builder check(FourPropertyCheck value) {
            this.check = Objects.requireNonNull(value, "check");
            return this;
        }

        /**
         * The archive, its catalog brought up to the trail ({@link Archive#recover}; when that fails, it is
         * logged and tried again by the first operation).
         *
         * @return the archive
         * @throws ArchiveException SB-ARC-0006 if the catalog, content store or trail is missing
         */
        public Archive build() {
            if (catalog == null) {
                throw new ArchiveException(ArchiveError.MISSING_COMPONENT, "catalog");
            }
            if (content == null) {
                throw new ArchiveException(ArchiveError.MISSING_COMPONENT, "content store");
            }
            if (trail == null) {
                throw new ArchiveException(ArchiveError.MISSING_COMPONENT, "trail");
            }
            Archive archive = new Archive(this);
            archive.recoverOnOpen();
            return archive;
        }
    }
}
