package org.statsbase.reporting.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * The requirement that a submission agree with the unit's ledger (数出有据): the submission workflow
 * may ask it before accepting a submission of a form the mapping covers. Derives the figures from the
 * ledger as it is at the time of the check and compares them ({@link LedgerComparison}).
 *
 * <p>Thread safety: immutable; as thread-safe as the ledger supplier ({@link LedgerBook#ledger()} is).
 */
public final class LedgerAgreement {

    private final Supplier<Ledger> ledger;
    private final LedgerMapping mapping;

    private LedgerAgreement(Supplier<Ledger> ledger, LedgerMapping mapping) {
        this.ledger = ledger;
        this.mapping = mapping;
    }

    /**
     * Agreement with the ledger {@code ledger} gives at each check, for example {@code book::ledger}.
     *
     * @param ledger  supplies the ledger at each check, for example {@code book::ledger}
     * @param mapping which accounts make which figure of the form
     * @return the agreement check
     */
    public static LedgerAgreement of(Supplier<Ledger> ledger, LedgerMapping mapping) {
        return new LedgerAgreement(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Agreement with a fixed ledger.
     *
     * @param ledger  the ledger to compare with
     * @param mapping which accounts make which figure of the form
     * @return the agreement check
     */
    public static LedgerAgreement of(Ledger ledger, LedgerMapping mapping) {
        Objects.requireNonNull(ledger, "ledger");
        return of(() -> ledger, mapping);
    }

    /**
     * The form this agreement covers.
     *
     * @return the form this agreement covers
     */
    public String formId() {
        return mapping.formId();
    }

    /**
     * The comparison of {@code submitted} with the ledger's figures for {@code period}.
     *
     * @param period    the reporting period
     * @param submitted the submitted values by figure code, as {@link LedgerComparison#of} takes them
     * @return the comparison, one figure per code of the mapping
     */
    public LedgerComparison check(ReportingPeriod period, Map<String, ?> submitted) {
        return LedgerComparison.of(LedgerDerivation.derive(ledger.get(), mapping, period), submitted);
    }

    /**
     * Every differing figure (empty when the submission agrees).
     *
     * @param period    the reporting period
     * @param submitted the submitted values by figure code, as {@link LedgerComparison#of} takes them
     * @return every differing figure (empty when the submission agrees)
     */
    public List<FigureDifference> differences(ReportingPeriod period, Map<String, ?> submitted) {
        return check(period, submitted).differences();
    }

    /**
     * Throws when the submission disagrees with the ledger.
     *
     * @param period    the reporting period
     * @param submitted the submitted values by figure code, as {@link LedgerComparison#of} takes them
     * @throws ReportingException {@code SB-REP-0731} naming the differing figures
     */
    public void require(ReportingPeriod period, Map<String, ?> submitted) {
        List<FigureDifference> d = differences(period, submitted);
        if (!d.isEmpty()) {
            throw new ReportingException(ReportingError.LEDGER_DISAGREES, d.size(),
                    d.stream().map(FigureDifference::code).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String toString() {
        return "LedgerAgreement[" + mapping + "]";
    }
}
