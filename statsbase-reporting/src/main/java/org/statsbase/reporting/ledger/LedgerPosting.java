package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;

/**
 * What a caller asks to record in a ledger (统计台账): the date, the account or category, the
 * quantity in its unit (元 for an amount of money) and the original record (原始记录) it comes from.
 * The ledger gives it an id and the person who entered it ({@link LedgerEntry}).
 *
 * <p>Accounts and units are NFKC-normalised and stripped (a full-width {@code ６００１} is
 * {@code 6001}); accounts compare as text, so {@code 6001} and {@code 600101} are different accounts
 * that a mapping may select together by the prefix {@code 6001}.
 *
 * <p>Thread safety: immutable.
 *
 * @param date     the date the entry belongs to (the period it counts in)
 * @param account  account code or category, at most 64 characters
 * @param quantity the amount or quantity, at most 20 integer digits and 6 decimals
 * @param unit     its unit, for example {@code 元}, {@code 吨}, {@code 千瓦时}
 * @param record   the original record
 */
public record LedgerPosting(LocalDate date, String account, BigDecimal quantity, String unit, OriginalRecord record) {

    /** The unit of money amounts. */
    public static final String YUAN = "元";

    /**
     * Checks and normalises the components.
     *
     * @param date     the date the entry belongs to (the period it counts in)
     * @param account  account code or category, at most 64 characters
     * @param quantity the amount or quantity, at most 20 integer digits and 6 decimals
     * @param unit     its unit, for example {@code 元}, {@code 吨}, {@code 千瓦时}
     * @param record   the original record
     * @throws ReportingException {@code SB-REP-0705}/{@code -0706} for a field out of bounds
     */
    public LedgerPosting {
        date = EntryFields.date(date);
        account = EntryFields.account(Objects.requireNonNull(account, "account"));
        quantity = EntryFields.quantity(quantity);
        unit = EntryFields.unit(Objects.requireNonNull(unit, "unit"));
        Objects.requireNonNull(record, "record");
    }

    /**
     * A posting of a quantity in a unit.
     *
     * @param date     the date the entry counts in
     * @param account  the account code or category, at most 64 characters
     * @param quantity the quantity, at most 20 integer digits and 6 decimals
     * @param unit     its unit, for example {@code 吨}
     * @param record   the original record
     * @return the posting
     */
    public static LedgerPosting of(LocalDate date, String account, BigDecimal quantity, String unit,
            OriginalRecord record) {
        return new LedgerPosting(date, account, quantity, unit, record);
    }

    /**
     * A posting of an amount of money in 元.
     *
     * @param date    the date the entry counts in
     * @param account the account code or category, at most 64 characters
     * @param yuan    the amount in 元, at most 20 integer digits and 6 decimals
     * @param record  the original record
     * @return the posting, unit {@code 元}
     */
    public static LedgerPosting amount(LocalDate date, String account, BigDecimal yuan, OriginalRecord record) {
        return new LedgerPosting(date, account, yuan, YUAN, record);
    }

    /**
     * This posting with the quantity negated: what a reversing entry records.
     *
     * @return a new posting; this one is unchanged
     */
    public LedgerPosting negated() {
        return new LedgerPosting(date, account, quantity.negate(), unit, record);
    }
}
