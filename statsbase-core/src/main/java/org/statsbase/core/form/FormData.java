package org.statsbase.core.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.period.ReportingPeriod;

/**
 * The figures one statistical unit reports on one form for one reporting period (报表数据): the
 * key is (unit id, period, form id), the values are by indicator code. An indicator without a
 * value is {@linkplain FormValue#missing() missing}.
 *
 * <p>The unit id is the caller's identifier of the unit (usually its 统一社会信用代码) and is kept as
 * given, stripped; form id and indicator codes are normalised like codes.
 * {@link #of(ReportForm, String, ReportingPeriod, Map)} additionally checks the data against the
 * form's definition.
 *
 * <p>Thread safety: immutable.
 */
public final class FormData {

    private final String unitId;
    private final ReportingPeriod period;
    private final String formId;
    private final Map<String, FormValue> values;

    private FormData(String unitId, ReportingPeriod period, String formId, Map<String, FormValue> values) {
        this.unitId = unitId;
        this.period = period;
        this.formId = formId;
        this.values = values;
    }

    /**
     * Form data without checking it against a form definition. Missing values may be left out or
     * given as {@link FormValue#missing()}; either way they are not stored.
     *
     * @param unitId the unit's id in the business register
     * @param period the reporting period
     * @param formId the form's 表号, for example {@code B204-1}
     * @param values indicator code → value
     * @return the data, unchecked
     * @throws StatsbaseException {@link CoreError#FORM_BAD_ID} for a blank unit id, form id or indicator code
     */
    public static FormData of(String unitId, ReportingPeriod period, String formId, Map<String, FormValue> values) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(values, "values");
        String unit = unitId.strip();
        if (unit.isEmpty()) {
            throw new StatsbaseException(CoreError.FORM_BAD_ID, unitId);
        }
        String form = ConfigIds.normalize(formId).orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, formId));
        Map<String, FormValue> byCode = new LinkedHashMap<>();
        for (Map.Entry<String, FormValue> e : values.entrySet()) {
            String code = Objects.requireNonNull(e.getKey(), "indicator code");
            FormValue value = Objects.requireNonNull(e.getValue(), "value of " + code);
            String normal = ConfigIds.normalize(code)
                    .orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, code));
            if (!value.isMissing()) {
                byCode.put(normal, value);
            }
        }
        return new FormData(unit, period, form, Collections.unmodifiableMap(byCode));
    }

    /**
     * Form data checked against the form: the period has the form's frequency, every code is an
     * indicator of the form, numbers go to NUMBER/INTEGER indicators (whole numbers to INTEGER) and
     * texts to the others (an ISO date to DATE, {@code true}/{@code false} to BOOLEAN).
     *
     * @param form the form definition the values must fit
     * @param unitId the unit's id in the business register
     * @param period the reporting period
     * @param values indicator code → value
     * @return the data, checked
     * @throws StatsbaseException {@link CoreError#FORM_DATA_FREQUENCY_MISMATCH},
     *         {@link CoreError#FORM_DATA_UNKNOWN_INDICATOR} or {@link CoreError#FORM_DATA_WRONG_VALUE}
     */
    public static FormData of(ReportForm form, String unitId, ReportingPeriod period, Map<String, FormValue> values) {
        Objects.requireNonNull(form, "form");
        FormData data = of(unitId, period, form.id(), values);
        if (period.frequency() != form.frequency()) {
            throw new StatsbaseException(CoreError.FORM_DATA_FREQUENCY_MISMATCH, form.id(),
                    form.frequency().nameZh(), period);
        }
        for (Map.Entry<String, FormValue> e : data.values.entrySet()) {
            Indicator indicator = form.indicator(e.getKey()).orElseThrow(
                    () -> new StatsbaseException(CoreError.FORM_DATA_UNKNOWN_INDICATOR, form.id(), e.getKey()));
            if (!fits(indicator.type(), e.getValue())) {
                throw new StatsbaseException(CoreError.FORM_DATA_WRONG_VALUE, form.id(), indicator.code(),
                        indicator.type(), e.getValue());
            }
        }
        return data;
    }

    private static boolean fits(IndicatorType type, FormValue value) {
        switch (type) {
            case NUMBER:
                return value instanceof FormValue.Decimal;
            case INTEGER:
                return value instanceof FormValue.Decimal d && isWhole(d.value());
            case DATE:
                return value instanceof FormValue.Text t && isIsoDate(t.value());
            case BOOLEAN:
                return value instanceof FormValue.Text t && (t.value().equals("true") || t.value().equals("false"));
            default:
                return value instanceof FormValue.Text;
        }
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The reporting unit's id as given, stripped.
     *
     * @return the reporting unit's id as given, stripped
     */
    public String unitId() {
        return unitId;
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
     * The form number (表号).
     *
     * @return the form number (表号)
     */
    public String formId() {
        return formId;
    }

    /**
     * The values that are not missing, by indicator code, in the order given.
     *
     * @return the values that are not missing, by indicator code, in the order given
     */
    public Map<String, FormValue> values() {
        return values;
    }

    /**
     * The value of an indicator: {@link FormValue#missing()} when there is none; never throws.
     *
     * @param code the indicator code
     * @return the value of an indicator: {@link FormValue#missing()} when there is none; never throws
     */
    public FormValue value(String code) {
        Objects.requireNonNull(code, "code");
        return ConfigIds.normalize(code).map(values::get).orElse(FormValue.missing());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormData other && unitId.equals(other.unitId) && period.equals(other.period)
                && formId.equals(other.formId) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, period, formId, values);
    }

    @Override
    public String toString() {
        return "FormData[" + unitId + ", " + period + ", " + formId + ", " + values + "]";
    }
}
