package org.statsbase.archive;

/**
 * The trail vocabulary of the archive: the action names and payload keys every archive operation is
 * recorded with in statsbase-trail, carried out or refused ({@code Outcome.REFUSED} with payload
 * {@code error} = the SB-ARC code). DA/T 70-2018 security: the operation log of each record is its trail
 * subject.
 *
 * <p>Subjects: {@code archive/{recordId}} for records ({@link #recordSubject}), {@code archive/list/{listId}}
 * for destruction lists ({@link #listSubject}), {@code archive/transfer/{packageId}} for transfers, and
 * {@code archive/run/…} for runs over the whole archive. Record ids contain no slash, so these never collide. Actors are
 * person ids; roles are free text supplied by the caller (for example {@code archivist}, {@code head}).
 *
 * <p>The trail comes first: every event of a change carried out ({@code Outcome.DONE}) of {@link #INGEST},
 * {@link #COUNTING_EVENT}, {@link #HOLD_PLACE}, {@link #HOLD_RELEASE}, {@link #APPRAISE}, {@link #APPROVE} and
 * {@link #EXECUTE} carries in {@link #STATE} the catalog entry (record or destruction list, as JSON) the change
 * leads to, and {@link #EXECUTE} names in {@link #DELETED} the records whose content it deletes; the archive
 * applies these to the catalog after the event is durable and replays them when the catalog lacks them
 * ({@code Archive#recover}). {@link #RESCHEDULE} is replayed by recomputing the stored due dates.
 * {@link #DESTROY}, {@link #TRANSFER}, {@link #TRANSFER_PACKAGE} and {@link #CHECK} change no catalog entry.
 *
 * <p>Thread safety: constants only.
 */
public final class ArchiveEvents {

    private ArchiveEvents() {
    }

    /** Prefix of every archive subject. */
    public static final String SUBJECT_PREFIX = "archive/";
    /** Prefix of destruction-list subjects. */
    public static final String LIST_SUBJECT_PREFIX = "archive/list/";
    /** Prefix of transfer subjects. */
    public static final String TRANSFER_SUBJECT_PREFIX = "archive/transfer/";
    /** Subject of on-demand four-property checks (a slash, so no record id can take it). */
    public static final String CHECK_SUBJECT = "archive/run/check";
    /** Subject of due-date reindexing after a schedule change. */
    public static final String REINDEX_SUBJECT = "archive/run/reindex";

    /** A record is filed; payload {@link #RECORD_CLASS}, {@link #FORMED}, {@link #SHA256}, {@link #SM3}, {@link #SIZE}, {@link #ARCHIVAL_CODE}, {@link #DUE}. */
    public static final String INGEST = "archive.ingest";
    /** The counting event of a record is recorded; payload {@link #EVENT_DATE}, {@link #DUE}. */
    public static final String COUNTING_EVENT = "archive.event";
    /** A hold is placed; payload {@link #HOLD}, {@link #HOLD_KIND}, {@link #REASON}. */
    public static final String HOLD_PLACE = "archive.hold";
    /** A hold is released; payload {@link #HOLD}, {@link #REASON}. */
    public static final String HOLD_RELEASE = "archive.release";
    /** A destruction list is drawn up after appraisal (subject: the list); payload {@link #ENTRIES}, {@link #AS_OF}. */
    public static final String APPRAISE = "archive.appraise";
    /** The head approves a destruction list (subject: the list). */
    public static final String APPROVE = "archive.approve";
    /**
     * A destruction list is carried out (subject: the list); payload {@link #METHOD}, {@link #DATE},
     * {@link #SUPERVISORS}, {@link #ENTRIES}, {@link #DELETED}, {@link #STATE}. It is appended before the
     * {@link #DESTROY} events of its records and is the one that commits the destruction.
     */
    public static final String EXECUTE = "archive.execute";
    /** A record's content is destroyed (subject: the record); payload {@link #LIST}, {@link #METHOD}, {@link #DATE}, {@link #SUPERVISORS}, {@link #CERTIFICATE}, {@link #CONTENT_DELETED}. */
    public static final String DESTROY = "archive.destroy";
    /** A record is transferred (subject: the record); payload {@link #PACKAGE}. */
    public static final String TRANSFER = "archive.transfer";
    /** A transfer package is written (subject: the package); payload {@link #ENTRIES}, {@link #TARGET}. */
    public static final String TRANSFER_PACKAGE = "archive.transfer.package";
    /**
     * A four-property check is run on demand (subject {@link #CHECK_SUBJECT}); payload {@link #OCCASION}, {@link #COUNT},
     * {@link #FINDINGS}, {@link #PASSED}. The checks at archiving and transfer are part of {@link #INGEST} and
     * {@link #TRANSFER_PACKAGE} (refused with {@link #FINDINGS} when they fail).
     */
    public static final String CHECK = "archive.check";
    /** The stored due dates are recomputed after a schedule change (subject {@link #REINDEX_SUBJECT}); payload {@link #COUNT}, {@link #REASON} (the schedule's name). */
    public static final String RESCHEDULE = "archive.reschedule";

    /** Payload: the record class. */
    public static final String RECORD_CLASS = "class";
    /** Payload: the formation date (ISO). */
    public static final String FORMED = "formed";
    /** Payload: the SHA-256 digest (hex). */
    public static final String SHA256 = "sha256";
    /** Payload: the SM3 digest (hex). */
    public static final String SM3 = "sm3";
    /** Payload: the content length. */
    public static final String SIZE = "size";
    /** Payload: the archival code. */
    public static final String ARCHIVAL_CODE = "archival_code";
    /** Payload: the due answer (a date, PERMANENT, HELD, WAITING_EVENT). */
    public static final String DUE = "due";
    /** Payload: the counting event's date. */
    public static final String EVENT_DATE = "event_date";
    /** Payload: the hold id. */
    public static final String HOLD = "hold";
    /** Payload: the hold kind. */
    public static final String HOLD_KIND = "hold_kind";
    /** Payload: a reason text. */
    public static final String REASON = "reason";
    /** Payload: the record ids, comma-separated. */
    public static final String ENTRIES = "entries";
    /** Payload: the date the appraisal was made for. */
    public static final String AS_OF = "as_of";
    /** Payload: the destruction list id. */
    public static final String LIST = "list";
    /** Payload: the destruction method. */
    public static final String METHOD = "method";
    /** Payload: a date (ISO). */
    public static final String DATE = "date";
    /** Payload: the supervisors' ids, comma-separated. */
    public static final String SUPERVISORS = "supervisors";
    /** Payload: the destruction certificate. */
    public static final String CERTIFICATE = "certificate";
    /** Payload: whether the content bytes were deleted ({@code false} when another kept record shares them). */
    public static final String CONTENT_DELETED = "content_deleted";
    /** Payload: the transfer package id. */
    public static final String PACKAGE = "package";
    /** Payload: where the package was written. */
    public static final String TARGET = "target";
    /** Payload: archiving, transfer or on demand. */
    public static final String OCCASION = "occasion";
    /** Payload: the number of findings. */
    public static final String FINDINGS = "findings";
    /** Payload: whether the check passed. */
    public static final String PASSED = "passed";
    /** Payload: a count. */
    public static final String COUNT = "count";
    /**
     * Payload: the catalog entry the change leads to — the record or destruction list as JSON, without its catalog
     * revision — which the archive applies after the event is durable and replays on recovery.
     */
    public static final String STATE = "state";
    /** Payload of {@link #EXECUTE}: the records whose content the destruction deletes, comma-separated. */
    public static final String DELETED = "content_deleted_records";
    /** Payload: the record concerned, on list events that refuse because of one record. */
    public static final String RECORD = "record";

    /**
     * The trail subject of a record: {@code archive/{id}}.
     *
     * @param id the record's id
     * @return the trail subject of a record: {@code archive/{id}}
     */
    public static String recordSubject(org.statsbase.archive.record.RecordId id) {
        return SUBJECT_PREFIX + id.value();
    }

    /**
     * The trail subject of a destruction list: {@code archive/list/{id}}.
     *
     * @param id the list's id
     * @return the trail subject of a destruction list: {@code archive/list/{id}}
     */
    public static String listSubject(org.statsbase.archive.record.DestructionListId id) {
        return LIST_SUBJECT_PREFIX + id.value();
    }
}
