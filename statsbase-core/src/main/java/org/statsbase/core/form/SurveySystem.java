package org.statsbase.core.form;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.period.ReportingPeriod;

/**
 * A survey system (统计调查制度: under 统计法, every statistical survey comes with such a system, the
 * document that sets out its report forms, their indicators and how they are filed — cited by
 * content, as DOMAIN.md asks, because the 2024 amendment renumbered the articles) with the report
 * forms (统计报表) it defines.
 *
 * <p>Survey systems are published yearly and revised; statsbase ships none. A system is built in
 * code or read from one JSON file holding the system, its forms and their indicators; the schema is
 * documented in the {@linkplain org.statsbase.core.form package description}.
 *
 * <p>Thread safety: immutable.
 */
public final class SurveySystem {

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final int year;
    private final String version;
    private final Map<String, ReportForm> forms;

    private SurveySystem(String id, String nameZh, String nameEn, int year, String version,
            Map<String, ReportForm> forms) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.year = year;
        this.version = version;
        this.forms = forms;
    }

    /**
     * A survey system; the forms are bound to it ({@link ReportForm#surveySystemId()}).
     *
     * @param id the system's id
     * @param nameZh the Chinese name, not blank
     * @param year the year it is for
     * @param forms its forms
     * @return a survey system; the forms are bound to it ({@link ReportForm#surveySystemId()})
     * @throws StatsbaseException {@link CoreError#FORM_BAD_ID} for a blank id,
     *         {@link CoreError#FORM_YEAR_OUT_OF_RANGE} for a year outside
     *         {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR},
     *         {@link CoreError#FORM_DUPLICATE_ID} if two forms share a form number
     */
    public static SurveySystem of(String id, String nameZh, int year, List<ReportForm> forms) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(forms, "forms");
        String systemId = ConfigIds.normalize(id)
                .orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, id));
        if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
            throw new StatsbaseException(CoreError.FORM_YEAR_OUT_OF_RANGE, year,
                    ReportingPeriod.MIN_YEAR + "-" + ReportingPeriod.MAX_YEAR);
        }
        Map<String, ReportForm> byId = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            ReportForm form = Objects.requireNonNull(forms.get(i), "forms[" + i + "]");
            if (byId.putIfAbsent(form.id(), form.inSystem(systemId)) != null) {
                throw new StatsbaseException(CoreError.FORM_DUPLICATE_ID, form.id(),
                        "#" + (List.copyOf(byId.keySet()).indexOf(form.id()) + 1));
            }
        }
        return new SurveySystem(systemId, Indicator.requireText(nameZh, "nameZh"), "", year, "",
                Collections.unmodifiableMap(byId));
    }

    /**
     * Reads a survey system from a JSON file.
     *
     * @param file the file to read
     * @return the survey system
     * @throws DataFileException if the file is unreadable or has problems (all of them reported)
     */
    public static SurveySystem load(Path file) {
        return load(file, InputLimits.defaults());
    }

    /**
     * Reads a survey system from a JSON file under {@code limits} (the one-argument form uses
     * {@link InputLimits#defaults()}: a survey system of a census can run to megabytes).
     *
     * @param file the file to read
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the survey system
     * @throws DataFileException if the file is unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202})
     *                           or has problems (all of them reported)
     */
    public static SurveySystem load(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return SurveySystemReader.read(file, limits);
    }

    /**
     * Reads a survey system from JSON.
     *
     * @param source a name for the input in error messages (a file or resource name)
     * @param in the stream, read to its end and not closed
     * @return the survey system
     * @throws DataFileException if the input is unreadable or has problems (all of them reported)
     */
    public static SurveySystem read(String source, InputStream in) {
        return read(source, in, InputLimits.defaults());
    }

    /**
     * Reads a survey system from JSON under {@code limits}.
     *
     * @param source a name for the input in error messages (a file or resource name)
     * @param in the stream, read to its end and not closed
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the survey system
     * @throws DataFileException if the input is unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202})
     *                           or has problems (all of them reported)
     */
    public static SurveySystem read(String source, InputStream in, InputLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        return SurveySystemReader.read(source, in, limits);
    }

    /**
     * This system with an English name ({@code ""} removes it).
     *
     * @param nameEn the English name, not blank
     * @return a new system; this one is unchanged
     */
    public SurveySystem withNameEn(String nameEn) {
        return new SurveySystem(id, nameZh, Objects.requireNonNull(nameEn, "nameEn").strip(), year, version, forms);
    }

    /**
     * This system with a version label such as {@code 2026.1} ({@code ""} removes it).
     *
     * @param version the version label
     * @return a new system; this one is unchanged
     */
    public SurveySystem withVersion(String version) {
        return new SurveySystem(id, nameZh, nameEn, year, Objects.requireNonNull(version, "version").strip(), forms);
    }

    /**
     * The id, normalised like a code.
     *
     * @return the id, normalised like a code
     */
    public String id() {
        return id;
    }

    /**
     * The Chinese name, for example 工业统计报表制度.
     *
     * @return the Chinese name, for example 工业统计报表制度
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
     * The year the system applies to.
     *
     * @return the year the system applies to
     */
    public int year() {
        return year;
    }

    /**
     * The version label, if given.
     *
     * @return the version label, if given
     */
    public Optional<String> version() {
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    /**
     * The forms in file order.
     *
     * @return the forms in file order
     */
    public List<ReportForm> forms() {
        return List.copyOf(forms.values());
    }

    /**
     * The form with this form number (normalised like a code), if the system has it; never throws.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @return the form with this form number (normalised like a code), if the system has it
     */
    public Optional<ReportForm> form(String formId) {
        Objects.requireNonNull(formId, "formId");
        return ConfigIds.normalize(formId).map(forms::get);
    }

    /**
     * The indicator of a form, if both exist; never throws.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param code the form's 表号
     * @return the indicator of a form, if both exist; never throws
     */
    public Optional<Indicator> indicator(String formId, String code) {
        return form(formId).flatMap(form -> form.indicator(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveySystem other && id.equals(other.id) && nameZh.equals(other.nameZh)
                && nameEn.equals(other.nameEn) && year == other.year && version.equals(other.version)
                && forms().equals(other.forms());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, nameZh, nameEn, year, version, forms());
    }

    @Override
    public String toString() {
        return id + " " + nameZh + " " + year + (version.isEmpty() ? "" : " v" + version) + " " + forms.keySet();
    }
}
