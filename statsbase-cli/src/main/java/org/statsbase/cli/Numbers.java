package org.statsbase.cli;

import java.math.BigDecimal;
import org.statsbase.core.error.StatsbaseException;

/** Numbers from options and batch cells: plain decimals, never guessed. */
final class Numbers {

    private Numbers() {
    }

    /** The decimal, or {@code null} for {@code null}; a typed usage error when it is not a number. */
    static BigDecimal decimal(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new StatsbaseException(CliError.BAD_NUMBER, option, text);
        }
    }
}
