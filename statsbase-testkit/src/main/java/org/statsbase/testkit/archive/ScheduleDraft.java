package org.statsbase.testkit.archive;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.retention.StatutoryRule;
import org.statsbase.archive.retention.StatutoryRules;

/**
 * A generated retention schedule before it is built: an office's name and date and its lines. Build it through
 * {@link RetentionSchedule#with} ({@link #build()}) or through its JSON file form ({@link #json()},
 * {@link #parse()}); a draft that shortens a statutory minimum of 统计法实施条例 第二十二、二十三条 must be refused
 * either way.
 *
 * @param name    the schedule's name
 * @param date    the date it takes effect
 * @param entries its lines, one per class
 *
 * <p>Thread safety: immutable.
 */
public record ScheduleDraft(String name, LocalDate date, List<ScheduleEntry> entries) {

    /**
     * Checks for nulls and copies the entries.
     *
     * @param name the schedule's name
     * @param date the date it takes effect
     * @param entries its lines, one per class
     */
    public ScheduleDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
    }

    /**
     * The first line that shortens a statutory minimum, with the rule it breaks, if any.
     *
     * @return the first shortening line's rule; empty when no line shortens a minimum
     */
    public Optional<StatutoryRule> firstShortened() {
        StatutoryRules law = StatutoryRules.standard();
        return entries.stream().flatMap(e -> law.rule(e.recordClass())
                .filter(r -> e.period().isShorterThan(r.minimum())).stream()).findFirst();
    }

    /**
     * Builds the schedule line by line from the statutory one.
     *
     * @return the schedule
     */
    public RetentionSchedule build() {
        RetentionSchedule s = RetentionSchedule.statutory().named(name, date);
        for (ScheduleEntry e : entries) {
            s = s.with(e.recordClass(), e.period(), e.start());
        }
        return s;
    }

    /**
     * The schedule as the JSON file an office keeps.
     *
     * @return the JSON text
     */
    public String json() {
        return "{\"name\": \"" + name + "\", \"date\": \"" + date + "\", \"classes\": ["
                + entries.stream().map(ScheduleEntry::json).collect(Collectors.joining(", ")) + "]}";
    }

    /**
     * Loads {@link #json()} as a file would be loaded.
     *
     * @return the schedule read back from {@link #json()}
     */
    public RetentionSchedule parse() {
        return RetentionSchedule.parse(new ByteArrayInputStream(json().getBytes(StandardCharsets.UTF_8)), name);
    }
}
