package org.statsbase.core.org;

import java.util.List;
import org.statsbase.core.error.StatsbaseException;

/**
 * A transfer {@link TransferRules} refuses under 国统字〔2021〕85号 二（二）. Every reason found is
 * in {@link #refusals()}; the exception's own code, message and {@link #reason()} are those of
 * the first.
 *
 * <p>Thread safety: immutable.
 */
public final class TransferRefusedException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    private final transient Transfer transfer;
    private final transient List<TransferRefusal> refusals;

    TransferRefusedException(Transfer transfer, List<TransferRefusal> refusals) {
        super(refusals.get(0).reason().error(), refusals.get(0).args());
        this.transfer = transfer;
        this.refusals = List.copyOf(refusals);
    }

    /**
     * The reason of the first refusal.
     *
     * @return the reason of the first refusal
     */
    public TransferRefusalReason reason() {
        return refusals.get(0).reason();
    }

    /**
     * Every reason found; never empty.
     *
     * @return every reason found; never empty
     */
    public List<TransferRefusal> refusals() {
        return refusals;
    }

    /**
     * The transfer refused.
     *
     * @return the transfer refused
     */
    public Transfer transfer() {
        return transfer;
    }
}
