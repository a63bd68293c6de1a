package org.statsbase.bench.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.ledger.AccountTerm;
import org.statsbase.reporting.ledger.FigureBasis;
import org.statsbase.reporting.ledger.FigureMapping;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;

/**
 * A seeded synthetic ledger of a manufacturing enterprise and a 30-figure mapping over it.
 *
 * <p>Accounts: 60 first-level accounts {@code 5001}, {@code 5002}, … each with 5 sub-accounts
 * ({@code 500101} … {@code 500105}): 300 accounts in all. Entries are dated uniformly over 2026 (in
 * date order, as a ledger is kept), amounts in 元 with 2 decimals up to 10⁶; one in 1 000 entries is
 * reversed. Original records are shared by groups of entries (one invoice, several lines), so that
 * the heap holds the entries and not a million digests.
 *
 * <p>The mapping: 15 figures, each 本期 and 本年累计 (30 in all); figure i takes the prefix of account i
 * (its five sub-accounts) with sign +1, the exact account i + 15 with sign −1 and the prefix of account
 * i + 30 with sign +1; reported in 千元 with 1 decimal.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class LedgerHeap {

    /** The seed of every heap. */
    public static final long SEED = 20261127L;
    /** Entries of the benchmark's ledger. */
    public static final int DEFAULT_SIZE = 1_000_000;

    private final List<LedgerEntry> entries;
    private final LedgerMapping mapping;

    private LedgerHeap(List<LedgerEntry> entries, LedgerMapping mapping) {
        this.entries = entries;
        this.mapping = mapping;
    }

    /** A heap of {@code size} entries. */
    public static LedgerHeap of(int size) {
        SplittableRandom random = new SplittableRandom(SEED);
        OriginalRecord[] records = new OriginalRecord[4096];
        for (int i = 0; i < records.length; i++) {
            String description = "销售发票 No." + (100000 + i);
            records[i] = OriginalRecord.of(String.format("%064x", (long) description.hashCode() & 0xffffffffL),
                    description);
        }
        PersonId clerk = PersonId.of("P-001");
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<LedgerEntry> entries = new ArrayList<>(size + size / 1000);
        long id = 0;
        for (int i = 0; i < size; i++) {
            LocalDate date = start.plusDays((long) i * 365 / size);
            String account = account(random.nextInt(60), random.nextInt(6));
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 100_000_000L), 2);
            LedgerEntry e = LedgerEntry.of(++id, LedgerPosting.amount(date, account, amount,
                    records[random.nextInt(records.length)]), clerk);
            entries.add(e);
            if (random.nextInt(1000) == 0) {
                entries.add(LedgerEntry.reversing(++id, e, "重复登记", clerk));
            }
        }
        return new LedgerHeap(List.copyOf(entries), thirtyFigures());
    }

    private static String account(int first, int sub) {
        String base = Integer.toString(5001 + first);
        return sub == 0 ? base : base + "0" + sub;
    }

    private static LedgerMapping thirtyFigures() {
        List<FigureMapping> figures = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            List<AccountTerm> terms = List.of(AccountTerm.prefix(account(i, 0), 1),
                    AccountTerm.account(account(i + 15, 0), -1), AccountTerm.prefix(account(i + 30, 0), 1));
            for (FigureBasis basis : FigureBasis.values()) {
                figures.add(FigureMapping.of(String.format("%02d%s", i + 1, basis == FigureBasis.PERIOD ? "" : "Y"),
                        basis, terms).withUnits("元", "千元").withDecimals(1));
            }
        }
        return LedgerMapping.of("B204-1", figures);
    }

    /** The entries, in id order. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /** A fresh ledger of the entries (its index not yet built). */
    public Ledger ledger() {
        return Ledger.of("UNIT-0001", entries);
    }

    /** The 30-figure mapping. */
    public LedgerMapping mapping() {
        return mapping;
    }
}
