package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;

/**
 * One entry of a ledger (统计台账): a {@link LedgerPosting} with its id and the person who entered it,
 * and, for a reversing entry (红字冲销), the entry it reverses and why; for the new entry of a
 * correction, the entry it replaces and why. Entries are never changed: a correction is a reversing
 * entry plus a new one (accounting practice; 统计法 2009 第二十一条 on keeping ledgers).
 *
 * <p>In a {@link LedgerBook} the id is the sequence of the trail event that recorded the entry.
 *
 * <p>Thread safety: immutable.
 */
public final class LedgerEntry {

    private final long id;
    private final LedgerPosting posting;
    private final PersonId enteredBy;
    private final long reverses;
    private final long corrects;
    private final String reason;

    private LedgerEntry(long id, LedgerPosting posting, PersonId enteredBy, long reverses, long corrects,
            String reason) {
        if (id < 1) {
            throw new IllegalArgumentException("an entry id is positive: " + id);
        }
        this.id = id;
        this.posting = Objects.requireNonNull(posting, "posting");
        this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        this.reverses = reverses;
        this.corrects = corrects;
        this.reason = reason;
    }

    /**
     * An ordinary entry.
     *
     * @param id        the id, unique and increasing within the ledger
     * @param posting   what was posted
     * @param enteredBy who entered it
     * @return the entry, neither reversing nor correcting
     */
    public static LedgerEntry of(long id, LedgerPosting posting, PersonId enteredBy) {
        return new LedgerEntry(id, posting, enteredBy, 0, 0, "");
    }

    /**
     * A reversing entry of {@code reversed}: its date, account, unit and record, the quantity negated.
     *
     * @param id        the id, unique and increasing within the ledger
     * @param reversed  the entry reversed
     * @param reason    why, one line, not blank
     * @param enteredBy who entered the reversal
     * @return the reversing entry
     * @throws ReportingException {@code SB-REP-0704} for a blank reason, {@code SB-REP-0705} for a multi-line one
     */
    public static LedgerEntry reversing(long id, LedgerEntry reversed, String reason, PersonId enteredBy) {
        Objects.requireNonNull(reversed, "reversed");
        if (reversed.id >= id) {
            throw new IllegalArgumentException("a reversing entry comes after the entry it reverses");
        }
        return new LedgerEntry(id, reversed.posting.negated(), enteredBy, reversed.id, 0, reasonText(reason));
    }

    /**
     * The new entry of a correction of entry {@code corrected}.
     *
     * @param id        the id, unique and increasing within the ledger
     * @param posting   what should have been posted
     * @param corrected the id of the entry corrected
     * @param reason    why, one line, not blank
     * @param enteredBy who entered the correction
     * @return the new entry
     */
    public static LedgerEntry correcting(long id, LedgerPosting posting, long corrected, String reason,
            PersonId enteredBy) {
        if (corrected < 1 || corrected >= id) {
            throw new IllegalArgumentException("a correcting entry comes after the entry it corrects");
        }
        return new LedgerEntry(id, posting, enteredBy, 0, corrected, reasonText(reason));
    }

    /** An entry read back from the trail: {@link Ledger#withEntries} checks that a reversal mirrors its entry. */
    static LedgerEntry replayed(long id, LedgerPosting posting, PersonId enteredBy, long reverses, long corrects,
            String reason) {
        return new LedgerEntry(id, posting, enteredBy, reverses, corrects,
                reverses != 0 || corrects != 0 ? reasonText(reason) : "");
    }

    private static String reasonText(String reason) {
        if (Objects.requireNonNull(reason, "reason").isBlank()) {
            throw new ReportingException(ReportingError.LEDGER_REASON_BLANK);
        }
        return EntryFields.text("reason", reason);
    }

    /**
     * The id: unique and increasing within the ledger.
     *
     * @return the id, unique and increasing within the ledger (the sequence of the entry's trail event)
     */
    public long id() {
        return id;
    }

    /**
     * What was posted.
     *
     * @return what was posted
     */
    public LedgerPosting posting() {
        return posting;
    }

    /**
     * The date the entry counts in.
     *
     * @return the date the entry counts in
     */
    public LocalDate date() {
        return posting.date();
    }

    /**
     * The account or category.
     *
     * @return the account code or category
     */
    public String account() {
        return posting.account();
    }

    /**
     * The quantity (negative in a reversing entry of a positive one).
     *
     * @return the quantity (negative in a reversing entry of a positive one)
     */
    public BigDecimal quantity() {
        return posting.quantity();
    }

    /**
     * The unit of the quantity.
     *
     * @return the unit of the quantity
     */
    public String unit() {
        return posting.unit();
    }

    /**
     * The original record.
     *
     * @return the original record the entry rests on
     */
    public OriginalRecord record() {
        return posting.record();
    }

    /**
     * Who entered the entry.
     *
     * @return who entered the entry
     */
    public PersonId enteredBy() {
        return enteredBy;
    }

    /**
     * The id of the entry this one reverses, if it is a reversing entry.
     *
     * @return the id of the entry reversed; empty when this is not a reversing entry
     */
    public OptionalLong reverses() {
        return reverses == 0 ? OptionalLong.empty() : OptionalLong.of(reverses);
    }

    /**
     * The id of the entry this one replaces, if it is the new entry of a correction.
     *
     * @return the id of the entry replaced; empty when this is not the new entry of a correction
     */
    public OptionalLong corrects() {
        return corrects == 0 ? OptionalLong.empty() : OptionalLong.of(corrects);
    }

    /**
     * Why the entry was reversed or corrected.
     *
     * @return why the entry was reversed or corrected; empty for an ordinary entry
     */
    public Optional<String> reason() {
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    /**
     * Whether this is a reversing entry.
     *
     * @return true when this is a reversing entry
     */
    public boolean isReversal() {
        return reverses != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerEntry e && id == e.id && reverses == e.reverses && corrects == e.corrects
                && posting.equals(e.posting) && enteredBy.equals(e.enteredBy) && reason.equals(e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, posting, enteredBy, reverses, corrects, reason);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("LedgerEntry[").append(id).append(' ').append(date()).append(' ')
                .append(account()).append(' ').append(quantity().toPlainString()).append(unit()).append(" by ")
                .append(enteredBy);
        if (reverses != 0) {
            b.append(" reverses ").append(reverses);
        }
        if (corrects != 0) {
            b.append(" corrects ").append(corrects);
        }
        if (!reason.isEmpty()) {
            b.append(" (").append(reason).append(')');
        }
        return b.append(']').toString();
    }
}
