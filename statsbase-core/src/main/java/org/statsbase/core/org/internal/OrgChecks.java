package org.statsbase.core.org.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.text.NumberText;

/** Checks of the data given to the org value types: blank text and nonsense numbers or dates are
 * bad data (typed errors with the field named in Chinese and English), {@code null} is a
 * programmer error.
 *
 * <p>Thread safety: stateless; safe to use from any thread. */
public final class OrgChecks {

    private OrgChecks() {
    }

    /** The text stripped; a typed error when blank. */
    public static String text(String value, String fieldZh, String fieldEn) {
        Objects.requireNonNull(value, fieldEn);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new StatsbaseException(CoreError.ORG_BLANK_TEXT, fieldZh, fieldEn);
        }
        return stripped;
    }

    /** The number, when {@code >= min}. */
    public static long atLeast(long value, long min, String fieldZh, String fieldEn) {
        if (value < min) {
            throw new StatsbaseException(CoreError.ORG_NUMBER_OUT_OF_RANGE, fieldZh, fieldEn, ">= " + min, value);
        }
        return value;
    }

    /** The number, when strictly positive. */
    public static BigDecimal positive(BigDecimal value, String fieldZh, String fieldEn) {
        Objects.requireNonNull(value, fieldEn);
        if (value.signum() <= 0) {
            throw new StatsbaseException(CoreError.ORG_NUMBER_OUT_OF_RANGE, fieldZh, fieldEn, "> 0",
                    NumberText.of(value));
        }
        return value;
    }

    /** Fails when {@code later} is before {@code earlier}. */
    public static void notBefore(LocalDate later, String laterZh, String laterEn,
            LocalDate earlier, String earlierZh, String earlierEn) {
        Objects.requireNonNull(later, laterEn);
        Objects.requireNonNull(earlier, earlierEn);
        if (later.isBefore(earlier)) {
            throw new StatsbaseException(CoreError.ORG_DATES_OUT_OF_ORDER,
                    laterZh, laterEn, later, earlierZh, earlierEn, earlier);
        }
    }
}
