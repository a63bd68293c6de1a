package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry behind a derived figure, with the sign its account carries in the figure: the figure's
 * unrounded value (in the ledger's unit) is the sum of the {@link #signedQuantity()} of its
 * contributions (数出有据).
 *
 * <p>Thread safety: immutable.
 *
 * @param entry the ledger entry
 * @param sign  +1 or −1
 */
public record Contribution(LedgerEntry entry, int sign) {

    /**
     * Checks the components.
     *
     * @param entry the ledger entry
     * @param sign  +1 or −1
     */
    public Contribution {
        Objects.requireNonNull(entry, "entry");
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign is +1 or -1: " + sign);
        }
    }

    /**
     * The entry's quantity times the sign.
     *
     * @return the entry's quantity times the sign
     */
    public BigDecimal signedQuantity() {
        return sign > 0 ? entry.quantity() : entry.quantity().negate();
    }
}
