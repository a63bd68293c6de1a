package org.statsbase.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.form.SurveySystem;
import org.statsbase.core.io.InputLimits;

/**
 * A {@code --form FILE} (a survey system, 统计调查制度, as {@link SurveySystem#load} reads it) and the
 * form chosen in it: the only one, or the one {@code --form-id} names.
 *
 * @param system the survey system read
 * @param form   the form chosen
 */
record Forms(SurveySystem system, ReportForm form) {

    /**
     * Reads the file and picks the form.
     *
     * @return empty when no {@code --form} was given
     * @throws StatsbaseException when the file is unreadable or broken (every problem), when it holds
     *                            several forms and no id was given, or no form of that id
     */
    static Optional<Forms> load(Path file, String formId, InputLimits limits) {
        if (file == null) {
            if (formId != null) {
                throw new StatsbaseException(CliError.MISSING_VALUE, "--form (--form-id names a form of it)");
            }
            return Optional.empty();
        }
        SurveySystem system = SurveySystem.load(file, limits);
        String ids = system.forms().stream().map(ReportForm::id).collect(Collectors.joining(", "));
        if (formId != null) {
            ReportForm form = system.form(formId.strip())
                    .orElseThrow(() -> new StatsbaseException(CliError.FORM_NOT_FOUND, file, formId, ids));
            return Optional.of(new Forms(system, form));
        }
        if (system.forms().size() != 1) {
            throw new StatsbaseException(CliError.FORM_ID_REQUIRED, file, ids);
        }
        return Optional.of(new Forms(system, system.forms().get(0)));
    }
}
