package org.statsbase.cli;

import java.util.Optional;
import java.util.function.Function;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.error.StatsbaseException;

/** Option values read by name, with the typed errors of the command line. */
final class Choices {

    private Choices() {
    }

    /**
     * The value {@code text} names.
     *
     * @throws StatsbaseException SB-CLI-0006 when missing, SB-CLI-0015 listing {@code allowed} when unknown
     */
    static <T> T required(String option, String text, Function<String, Optional<T>> byName, String allowed) {
        if (text == null) {
            throw new StatsbaseException(CliError.MISSING_VALUE, option);
        }
        return byName.apply(text).orElseThrow(() -> new StatsbaseException(CliError.BAD_CHOICE, option, text, allowed));
    }

    /**
     * The division code {@code text}.
     *
     * @throws StatsbaseException SB-CLI-0006 when missing; the code's own SB-CORE-03xx error when invalid
     */
    static DivisionCode division(String option, String text) {
        if (text == null) {
            throw new StatsbaseException(CliError.MISSING_VALUE, option);
        }
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(text);
        return check.orElseThrow();
    }
}
