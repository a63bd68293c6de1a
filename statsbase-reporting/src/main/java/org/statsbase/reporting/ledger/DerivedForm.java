package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;

/**
 * A form's figures for one unit and period as derived from the unit's ledger, each with its provenance
 * ({@link LedgerDerivation#derive}).
 *
 * <p>Thread safety: immutable.
 */
public final class DerivedForm {

    private final String unitId;
    private final String formId;
    private final ReportingPeriod period;
    private final List<DerivedFigure> figures;
    private final Map<String, DerivedFigure> byCode;

    DerivedForm(String unitId, String formId, ReportingPeriod period, List<DerivedFigure> figures) {
        this.unitId = unitId;
        this.formId = formId;
        this.period = period;
        this.figures = List.copyOf(figures);
        Map<String, DerivedFigure> m = new LinkedHashMap<>();
        figures.forEach(f -> m.put(f.code(), f));
        this.byCode = m;
    }

    /**
     * The unit.
     *
     * @return the unit whose ledger the figures come from
     */
    public String unitId() {
        return unitId;
    }

    /**
     * The form.
     *
     * @return the form id
     */
    public String formId() {
        return formId;
    }

    /**
     * The reporting period.
     *
     * @return the reporting period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Every figure, in the mapping's order.
     *
     * @return every figure, in the mapping's order
     */
    public List<DerivedFigure> figures() {
        return figures;
    }

    /**
     * The figure with this code.
     *
     * @param code the figure's code, for example {@code B01}
     * @return the figure; empty when the mapping has no such code
     */
    public Optional<DerivedFigure> figure(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The rounded figures by code, in the mapping's order: what the form would report.
     *
     * @return the rounded figures by code, in the mapping's order: what the form would report
     */
    public Map<String, BigDecimal> values() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        figures.forEach(f -> m.put(f.code(), f.rounded()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The rounded figures as a one-record dataset of statsbase-validation keyed by {@code keyColumn} =
     * the unit id, to give review rules the ledger's values: {@code ReviewContext.withForm("ledger", ...)}
     * lets a rule read {@code form("ledger").B01}.
     *
     * @param keyColumn the name of the key column holding the unit id
     * @return a one-record dataset: the unit id under {@code keyColumn}, then each rounded figure under its code
     */
    public Dataset asDataset(String keyColumn) {
        Objects.requireNonNull(keyColumn, "keyColumn");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(keyColumn, unitId);
        figures.forEach(f -> row.put(f.code(), f.rounded()));
        return ColumnarDataset.fromMaps("ledger " + unitId + " " + formId + " " + period, List.of(row),
                List.of(keyColumn));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivedForm f && unitId.equals(f.unitId) && formId.equals(f.formId)
                && period.equals(f.period) && figures.equals(f.figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, formId, period, figures);
    }

    @Override
    public String toString() {
        return "DerivedForm[" + unitId + " " + formId + " " + period + " " + values() + "]";
    }
}
