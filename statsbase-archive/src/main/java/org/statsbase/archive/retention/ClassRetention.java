package org.statsbase.archive.retention;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;

/**
 * What a schedule says for one record class: its retention period, where counting starts, and the statutory
 * rule it respects (if the law sets one for the class).
 *
 * @param recordClass the class
 * @param period      the retention period (never shorter than the statutory minimum)
 * @param start       where counting starts
 * @param statutory   the statutory rule of the class, if any
 *
 * <p>Thread safety: immutable.
 */
public record ClassRetention(RecordClass recordClass, RetentionPeriod period, CountingStart start,
        Optional<StatutoryRule> statutory) {

    /**
     * Checks for nulls.
     *
     * @param recordClass the class
     * @param period      the retention period (never shorter than the statutory minimum)
     * @param start       where counting starts
     * @param statutory   the statutory rule of the class, if any
     */
    public ClassRetention {
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(statutory, "statutory");
    }
}
