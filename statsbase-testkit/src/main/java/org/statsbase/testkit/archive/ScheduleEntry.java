package org.statsbase.testkit.archive;

import java.util.Objects;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.CountingStart;

/**
 * One line of a generated retention schedule (保管期限表): a class, its period and where counting starts.
 *
 * @param recordClass the class
 * @param period      the retention period
 * @param start       formation, or an event counted from its date or the next 1 January
 *
 * <p>Thread safety: immutable.
 */
public record ScheduleEntry(RecordClass recordClass, RetentionPeriod period, CountingStart start) {

    /**
     * Checks for nulls.
     *
     * @param recordClass the class
     * @param period the retention period
     * @param start formation, or an event counted from its date or the next 1 January
     */
    public ScheduleEntry {
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
    }

    /**
     * The entry in the JSON form {@link org.statsbase.archive.retention.RetentionSchedule#parse} reads.
     *
     * @return one JSON object, as a line of the schedule file
     */
    public String json() {
        String retention = period.isPermanent() ? "permanent" : Integer.toString(period.years().getAsInt());
        String counting = start.event().map(e -> "{\"event\": \"" + e + "\", \"from\": \""
                + (start.nextYear() ? "next-year" : "date") + "\"}").orElse("\"formation\"");
        return "{\"class\": \"" + recordClass.value() + "\", \"retention\": \"" + retention + "\", \"counting\": "
                + counting + "}";
    }
}
