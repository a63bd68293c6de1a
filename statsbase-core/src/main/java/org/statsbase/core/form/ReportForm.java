package org.statsbase.core.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.period.Frequency;

/**
 * A statistical report form (统计报表) of a survey system (统计调查制度): its form number (表号, for
 * example {@code B204-1}), name, {@link Frequency} and indicators (指标) in form order.
 *
 * <p>The form number is normalised like a code (NFKC, trimmed, upper-cased: {@code b204-1} is
 * {@code B204-1}). Indicator codes are unique within a form; a form has at least one indicator.
 * A form inside a {@link SurveySystem} knows the system's id.
 *
 * <p>Thread safety: immutable.
 */
public final class ReportForm {

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final Frequency frequency;
    private final String surveySystemId;
    private final Map<String, Indicator> indicators;

    private ReportForm(String id, String nameZh, String nameEn, Frequency frequency, String surveySystemId,
            Map<String, Indicator> indicators) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.frequency = frequency;
        this.surveySystemId = surveySystemId;
        this.indicators = indicators;
    }

    /**
     * A form outside any survey system (add it to one with {@link SurveySystem#of}).
     *
     * @param id the form's 表号, for example {@code B204-1}
     * @param nameZh the Chinese name, not blank
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @param indicators the indicators, in form order
     * @return a form outside any survey system (add it to one with {@link SurveySystem#of})
     * @throws StatsbaseException {@link CoreError#FORM_BAD_ID} for a blank form number,
     *         {@link CoreError#FORM_NO_INDICATORS} without indicators,
     *         {@link CoreError#FORM_DUPLICATE_INDICATOR} if two indicators share a code
     */
    public static ReportForm of(String id, String nameZh, Frequency frequency, List<Indicator> indicators) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(indicators, "indicators");
        String formId = ConfigIds.normalize(id).orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, id));
        if (indicators.isEmpty()) {
            throw new StatsbaseException(CoreError.FORM_NO_INDICATORS, formId);
        }
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = Objects.requireNonNull(indicators.get(i), "indicators[" + i + "]");
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw new StatsbaseException(CoreError.FORM_DUPLICATE_INDICATOR, formId, indicator.code(),
                        "#" + (List.copyOf(byCode.keySet()).indexOf(indicator.code()) + 1));
            }
        }
        return new ReportForm(formId, Indicator.requireText(nameZh, "nameZh"), "", frequency, "",
                Collections.unmodifiableMap(byCode));
    }

    /**
     * This form with an English name ({@code ""} removes it).
     *
     * @param nameEn the English name, not blank
     * @return a new form; this one is unchanged
     */
    public ReportForm withNameEn(String nameEn) {
        return new ReportForm(id, nameZh, Objects.requireNonNull(nameEn, "nameEn").strip(), frequency,
                surveySystemId, indicators);
    }

    ReportForm inSystem(String systemId) {
        return new ReportForm(id, nameZh, nameEn, frequency, systemId, indicators);
    }

    /**
     * The form number (表号), for example {@code B204-1}.
     *
     * @return the form number (表号), for example {@code B204-1}
     */
    public String id() {
        return id;
    }

    /**
     * The Chinese name, for example 工业企业财务状况.
     *
     * @return the Chinese name, for example 工业企业财务状况
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name, if given.
     *
     * @return the English name, if given
     */
    public Optional<String> nameEn() {
        return nameEn.isEmpty() ? Optional.empty() : Optional.of(nameEn);
    }

    /**
     * How often the form is filed.
     *
     * @return how often the form is filed
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The id of the survey system the form belongs to, if it is in one.
     *
     * @return the id of the survey system the form belongs to, if it is in one
     */
    public Optional<String> surveySystemId() {
        return surveySystemId.isEmpty() ? Optional.empty() : Optional.of(surveySystemId);
    }

    /**
     * The indicators in form order.
     *
     * @return the indicators in form order
     */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /**
     * The indicator with this code (normalised like a code), if the form has it; never throws.
     *
     * @param code the indicator code
     * @return the indicator with this code (normalised like a code), if the form has it; never throws
     */
    public Optional<Indicator> indicator(String code) {
        Objects.requireNonNull(code, "code");
        return ConfigIds.normalize(code).map(indicators::get);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportForm other && id.equals(other.id) && nameZh.equals(other.nameZh)
                && nameEn.equals(other.nameEn) && frequency == other.frequency
                && surveySystemId.equals(other.surveySystemId) && indicators().equals(other.indicators());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, nameZh, nameEn, frequency, surveySystemId, indicators());
    }

    @Override
    public String toString() {
        return id + " " + nameZh + " (" + frequency + ", " + indicators.size() + " indicators)";
    }
}
