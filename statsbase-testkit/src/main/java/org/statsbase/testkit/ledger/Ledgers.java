package org.statsbase.testkit.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerPosting;

/**
 * Arbitraries of valid ledgers (统计台账): ordinary entries by one of a few clerks, some of them
 * reversed (红字冲销) or corrected (reversal plus new entry) as accounting practice does it, so every
 * ledger satisfies {@link Ledger#of}'s checks.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Ledgers {

    /** The (synthetic) unit id generated ledgers belong to. */
    public static final String UNIT = "UNIT-0001";

    private Ledgers() {
    }

    /**
     * Clerks who enter entries.
     *
     * @return clerks' person ids
     */
    public static Arbitrary<PersonId> clerks() {
        return Arbitraries.of("P-001", "P-002", "统计员-王").map(PersonId::of);
    }

    /**
     * Ledgers of up to 80 postings from {@link LedgerPostings#postings()}, with reversals and corrections.
     *
     * @return ledgers (统计台账) of up to 80 postings
     */
    public static Arbitrary<Ledger> ledgers() {
        return ledgers(LedgerPostings.postings().list().ofMaxSize(80));
    }

    /**
     * Ledgers of the given postings, each possibly reversed or corrected later.
     *
     * @param postings the postings to enter
     * @return ledgers of those postings
     */
    public static Arbitrary<Ledger> ledgers(Arbitrary<List<LedgerPosting>> postings) {
        Arbitrary<List<Integer>> fates = Arbitraries.integers().between(0, 9).list().ofSize(80);
        return Combinators.combine(postings, fates, clerks(), LedgerPostings.postings()).as(Ledgers::build);
    }

    /**
     * Entries of generated ledgers, reversing and correcting ones included.
     *
     * @return entries of every kind
     */
    public static Arbitrary<LedgerEntry> entries() {
        return ledgers().filter(l -> l.size() > 0).flatMap(l -> Arbitraries.of(l.entries()));
    }

    private static Ledger build(List<LedgerPosting> postings, List<Integer> fates, PersonId clerk,
            LedgerPosting replacement) {
        List<LedgerEntry> entries = new ArrayList<>();
        long id = 0;
        for (LedgerPosting p : postings) {
            entries.add(LedgerEntry.of(++id, p, clerk));
        }
        Set<Long> reversed = new HashSet<>();
        int originals = entries.size();
        for (int i = 0; i < originals; i++) {
            int fate = fates.get(i % fates.size());
            LedgerEntry e = entries.get(i);
            if (fate == 0 && reversed.add(e.id())) {
                entries.add(LedgerEntry.reversing(++id, e, "重复登记 entered twice", clerk));
            } else if (fate == 1 && reversed.add(e.id())) {
                entries.add(LedgerEntry.reversing(++id, e, "金额录错 wrong amount", clerk));
                entries.add(LedgerEntry.correcting(++id, replacement, e.id(), "金额录错 wrong amount", clerk));
            }
        }
        return Ledger.of(UNIT, entries);
    }
}
