package org.statsbase.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.statsbase.core.error.StatsbaseException;

/** ISO-8601 times given on the command line: an instant, a date-time with offset, or a local date-time or date taken as Beijing time. */
final class Times {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    /**
     * The instant {@code text} names; {@code null} for {@code null}.
     *
     * @throws StatsbaseException SB-CLI-0022 naming {@code option}
     */
    static Instant instant(String option, String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(s.replace(' ', 'T')).atZone(BEIJING).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(s).atStartOfDay(BEIJING).toInstant();
                    } catch (DateTimeParseException notDate) {
                        throw new StatsbaseException(CliError.BAD_TIME, option, text);
                    }
                }
            }
        }
    }
}
