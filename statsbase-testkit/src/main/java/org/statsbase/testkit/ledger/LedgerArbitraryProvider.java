package org.statsbase.testkit.ledger;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;

/**
 * Makes {@code @ForAll Ledger}, {@code LedgerEntry}, {@code LedgerPosting}, {@code OriginalRecord} and
 * {@code LedgerMapping} work. Registered through {@code META-INF/services} and the testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class LedgerArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public LedgerArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Ledger.class) || targetType.isOfType(LedgerEntry.class)
                || targetType.isOfType(LedgerPosting.class) || targetType.isOfType(OriginalRecord.class)
                || targetType.isOfType(LedgerMapping.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Ledger.class)) {
            return Set.of(Ledgers.ledgers());
        }
        if (targetType.isOfType(LedgerEntry.class)) {
            return Set.of(Ledgers.entries());
        }
        if (targetType.isOfType(LedgerPosting.class)) {
            return Set.of(LedgerPostings.postings());
        }
        if (targetType.isOfType(OriginalRecord.class)) {
            return Set.of(LedgerPostings.originalRecords());
        }
        return Set.of(LedgerMappings.mappings());
    }
}
