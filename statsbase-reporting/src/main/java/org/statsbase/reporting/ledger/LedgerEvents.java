package org.statsbase.reporting.ledger;

/**
 * The trail vocabulary of ledgers: every ledger step is one event of statsbase-trail with the
 * subject {@code ledger/{unitId}}; the id of an entry is the sequence of the event that recorded it, so
 * every entry points at its evidence. Replaying the events of a subject gives the ledger back
 * ({@link LedgerBook#open}).
 *
 * <table>
 * <caption>Actions and payloads</caption>
 * <tr><th>action</th><th>payload</th></tr>
 * <tr><td>{@value #ENTRY}</td><td>{@value #DATE}, {@value #ACCOUNT}, {@value #QUANTITY}, {@value #UNIT},
 *     {@value #RECORD_DIGEST}, {@value #RECORD_DESCRIPTION}; for the new entry of a correction also
 *     {@value #CORRECTS} and {@value #REASON}; for an entry of an import {@value #IMPORT}</td></tr>
 * <tr><td>{@value #REVERSE}</td><td>the fields of {@value #ENTRY} (the reversed entry's date, account and
 *     unit, its quantity negated) plus {@value #REVERSES} and {@value #REASON}</td></tr>
 * <tr><td>{@value #IMPORT_COMMIT}</td><td>{@value #IMPORT}, {@value #COUNT}, {@value #SOURCE}: the entries of the
 *     import count only once this event is in the trail; REFUSED with the error code when a file was refused</td></tr>
 * </table>
 *
 * <p>Thread safety: constants only.
 */
public final class LedgerEvents {

    private LedgerEvents() {
    }

    /** Prefix of ledger subjects: {@code ledger/{unitId}}. */
    public static final String SUBJECT_PREFIX = "ledger/";
    /** The role ledger events are recorded in: the enterprise's statistician keeps the ledger (the name of {@code Role.FILLER}). */
    public static final String ROLE = "FILLER";

    /** An entry is recorded. */
    public static final String ENTRY = "ledger.entry";
    /** A reversing entry (红字冲销) is recorded. */
    public static final String REVERSE = "ledger.reverse";
    /** An import's entries are committed (or the import is refused). */
    public static final String IMPORT_COMMIT = "ledger.import";

    /** ISO-8601 date of the entry. */
    public static final String DATE = "date";
    /** Account or category code. */
    public static final String ACCOUNT = "account";
    /** Quantity as {@code BigDecimal.toPlainString()}. */
    public static final String QUANTITY = "quantity";
    /** Unit of the quantity (元 for money). */
    public static final String UNIT = "unit";
    /** SHA-256 digest of the original record, lower-case hex. */
    public static final String RECORD_DIGEST = "record.digest";
    /** Description of the original record. */
    public static final String RECORD_DESCRIPTION = "record.description";
    /** Id of the entry a reversing entry reverses. */
    public static final String REVERSES = "reverses";
    /** Id of the entry a correction's new entry replaces. */
    public static final String CORRECTS = "corrects";
    /** Reason of a reversal or correction. */
    public static final String REASON = "reason";
    /** Import id. */
    public static final String IMPORT = "import";
    /** Number of entries of an import. */
    public static final String COUNT = "count";
    /** File an import came from. */
    public static final String SOURCE = "source";

    /**
     * The subject of a unit's ledger.
     *
     * @param unitId the unit
     * @return the trail subject of the unit's ledger
     */
    public static String subject(String unitId) {
        return SUBJECT_PREFIX + unitId;
    }
}
