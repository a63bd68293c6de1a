package org.statsbase.core.org;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer of {@link TransferRules#check} (国统字〔2021〕85号 二（二）): whether the rule covers the
 * transfer, and whether it is accepted or refused, with every reason.
 *
 * <p>Thread safety: immutable.
 */
public final class TransferDecision {

    private final Transfer transfer;
    private final boolean covered;
    private final List<TransferRefusal> refusals;

    TransferDecision(Transfer transfer, boolean covered, List<TransferRefusal> refusals) {
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.covered = covered;
        this.refusals = List.copyOf(refusals);
    }

    /**
     * The transfer decided on.
     *
     * @return the transfer decided on
     */
    public Transfer transfer() {
        return transfer;
    }

    /**
     * Whether the township-statistician rule applied (otherwise the transfer needs nothing).
     *
     * @return whether the township-statistician rule applied (otherwise the transfer needs nothing)
     */
    public boolean isCovered() {
        return covered;
    }

    /**
     * Whether the transfer may go ahead.
     *
     * @return whether the transfer may go ahead
     */
    public boolean isAccepted() {
        return refusals.isEmpty();
    }

    /**
     * Every reason for refusal; empty when accepted.
     *
     * @return every reason for refusal; empty when accepted
     */
    public List<TransferRefusal> refusals() {
        return refusals;
    }

    /**
     * The reasons, as a set.
     *
     * @return the reasons, as a set
     */
    public Set<TransferRefusalReason> reasons() {
        return refusals.stream().map(TransferRefusal::reason).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The transfer, if accepted.
     *
     * @return the transfer, if accepted
     * @throws TransferRefusedException if refused
     */
    public Transfer orElseThrow() {
        if (!refusals.isEmpty()) {
            throw new TransferRefusedException(transfer, refusals);
        }
        return transfer;
    }

    @Override
    public String toString() {
        return (isAccepted() ? "accepted " : "refused " + refusals + " ") + transfer;
    }
}
