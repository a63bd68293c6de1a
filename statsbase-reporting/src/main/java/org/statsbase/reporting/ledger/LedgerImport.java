package org.statsbase.reporting.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The result of an import into a {@link LedgerBook}: every entry it added, all committed together.
 *
 * <p>Thread safety: immutable.
 *
 * @param importId the id the trail events of the import carry
 * @param source   the file (or other name) the postings came from
 * @param entries  the entries added, in order
 */
public record LedgerImport(String importId, String source, List<LedgerEntry> entries) {

    /**
     * Checks and copies the components.
     *
     * @param importId the id the trail events of the import carry
     * @param source   the file (or other name) the postings came from
     * @param entries  the entries added, in order
     */
    public LedgerImport {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
    }
}
