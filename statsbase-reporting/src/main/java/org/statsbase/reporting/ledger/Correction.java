package org.statsbase.reporting.ledger;

import java.util.Objects;

/**
 * A correction of a ledger entry as accounting practice makes it: a reversing entry (红字冲销) that
 * cancels the wrong entry, and the new entry that replaces it, both with the reason.
 *
 * <p>Thread safety: immutable.
 *
 * @param reversal    the reversing entry
 * @param replacement the new entry
 */
public record Correction(LedgerEntry reversal, LedgerEntry replacement) {

    /**
     * Checks the components.
     *
     * @param reversal    the reversing entry
     * @param replacement the new entry
     */
    public Correction {
        Objects.requireNonNull(reversal, "reversal");
        Objects.requireNonNull(replacement, "replacement");
    }
}
