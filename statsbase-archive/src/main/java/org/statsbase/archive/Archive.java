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
 * <p>Never destroyed too early: a record is destroyed only when {@link Retention#due} answers a reached due date
 * at execution time, whatever the catalog's stored due date says.
 *
 * <p>Thread safety: safe for concurrent use; operations that change the archive are serialised on the instance.
 */
public final class Archive {

    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);

    private final ArchiveCatalog catalog;
    private final ContentStore content;
    private final Trail trail;
    private final Retention retention;
    private final Clock clock;
    private final FourPropertyCheck check;

    private Archive(Builder b) {
        this.catalog = b.catalog;
        this.content = b.content;
        this.trail = b.trail;
        this.retention = Retention.of(b.schedule);
        this.clock = b.clock;
        this.check = b.check;
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
     * at archiving and, when it passes, enters the record in the catalog.
     *
     * @param actor  who files the record
     * @param filing the record's id, class, formation date, metadata and archival group
     * @param in     the content, read to its end; the caller closes it
     * @return the record as catalogued, with its digests, archival code and stored due date
     * @throws ArchiveException SB-ARC-0004 id in use, SB-ARC-0103 unknown class, SB-ARC-0105 an event date for a
     *                          class counted from formation, SB-ARC-0409/0410 item numbers, SB-ARC-0502 the check
     *                          failed — each recorded as a refused {@link ArchiveEvents#INGEST}
     */
    public synchronized ArchivedRecord ingest(Actor actor, Filing filing, InputStream in) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(in, "in");
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
        ArchivedRecord stored;
        try {
            stored = catalog.put(record);
        } catch (ArchiveException e) {
            if (catalog.count(RecordQuery.byContent(digests)) == 0) {
                content.delete(digests);
            }
            throw refuse(event, e);
        }
        trail.append(event.with(ArchiveEvents.DUE, retention.due(stored, today()).text()));
        return stored;
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
        ArchivedRecord stored = catalog.update(changed.withDueOn(retention.indexDate(changed)));
        trail.append(event.with(ArchiveEvents.DUE, retention.due(stored, today()).text()));
        return stored;
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
        ArchivedRecord stored = catalog.update(r.withHold(hold));
        trail.append(event);
        return stored;
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
        ArchivedRecord stored = catalog.update(released);
        trail.append(event);
        return stored;
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
        List<ArchivedRecord> changed = new ArrayList<>();
        catalog.scan(RecordQuery.all(), r -> {
            if (!r.dueOn().equals(retention.indexDate(r))) {
                changed.add(r);
            }
            return true;
        });
        for (ArchivedRecord r : changed) {
            catalog.update(r.withDueOn(retention.indexDate(r)));
        }
        trail.append(draft(actor, ArchiveEvents.RESCHEDULE, ArchiveEvents.REINDEX_SUBJECT)
                .with(ArchiveEvents.COUNT, Integer.toString(changed.size()))
                .with(ArchiveEvents.REASON, retention.schedule().name()));
        return changed.size();
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
        DestructionList stored = catalog.putList(DestructionList.appraised(listId, appraiser.person(), clock.instant(),
                entries));
        trail.append(event);
        return stored;
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
        EventDraft event = draft(head, ArchiveEvents.APPROVE, ArchiveEvents.listSubject(listId));
        DestructionList list = catalog.getList(listId)
                .orElseThrow(() -> refuse(event, new ArchiveException(ArchiveError.LIST_NOT_FOUND, listId)));
        if (list.status() != DestructionList.Status.APPRAISED) {
            throw refuse(event, new ArchiveException(ArchiveError.LIST_WRONG_STATE, listId, list.status(), "approve"));
        }
        if (list.appraisedBy().equals(head.person())) {
            throw refuse(event, new ArchiveException(ArchiveError.APPROVER_CONFLICT, listId, head.person()));
        }
        DestructionList stored = catalog.updateList(list.approve(head.person(), clock.instant()));
        trail.append(event);
        return stored;
    }

    /**
     * Carries out an approved destruction list: at least two distinct supervisors (监销人) sign with the method
     * and date; every record must still be due on that date (holds placed since appraisal stop it). Each record
     * keeps its metadata remnant with a {@link Destruction} certificate; its content is deleted unless a kept
     * record shares the same content. Nothing is destroyed if any check fails.
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
        List<PersonId> signed = List.copyOf(distinct);
        PersonId head = list.approvedBy().orElseThrow();
        int n = 0;
        for (ArchivedRecord r : records) {
            n++;
            String certificate = listId.value() + "/" + n;
            ArchivedRecord destroyed = catalog.update(r.withDestruction(
                    Destruction.of(listId, head, method.strip(), date, signed, certificate)));
            boolean shared = isShared(destroyed.digests(), destroyed.id());
            boolean deleted = !shared && content.delete(destroyed.digests());
            trail.append(draft(actor, ArchiveEvents.DESTROY, ArchiveEvents.recordSubject(r.id()))
                    .with(ArchiveEvents.LIST, listId.value()).with(ArchiveEvents.METHOD, method.strip())
                    .with(ArchiveEvents.DATE, date.toString()).with(ArchiveEvents.SUPERVISORS, signers)
                    .with(ArchiveEvents.CERTIFICATE, certificate)
                    .with(ArchiveEvents.CONTENT_DELETED, Boolean.toString(deleted)));
        }
        DestructionList stored = catalog.updateList(list.execute(method.strip(), date, signed));
        LOG.info("destruction list {} executed: {} records, method {}, supervisors {}", listId, records.size(),
                method.strip(), signers);
        trail.append(event.with(ArchiveEvents.ENTRIES,
                list.entries().stream().map(RecordId::value).collect(Collectors.joining(","))));
        return stored;
    }

    private boolean isShared(Digests digests, RecordId except) {
        boolean[] shared = {false};
        catalog.scan(RecordQuery.byContent(digests), r -> {
            if (!r.id().equals(except) && r.state() != RecordState.DESTROYED) {
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
     * four-property check at transfer; the records stay in this archive.
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
        for (ArchivedRecord r : records) {
            trail.append(draft(actor, ArchiveEvents.TRANSFER, ArchiveEvents.recordSubject(r.id()))
                    .with(ArchiveEvents.PACKAGE, packageId));
        }
        trail.append(event);
        return manifest;
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
         * The archive.
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
            return new Archive(this);
        }
    }
}
