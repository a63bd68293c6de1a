package org.statsbase.archive.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;

/**
 * Decides when a record may be disposed of, under a {@link RetentionSchedule} (统计法实施条例 第二十二、二十三条
 * and the office's schedule): the period that applies is the longer of the schedule's period for the record's
 * class and the retention in its DA/T 46 metadata; counting starts on 1 January of the year after formation, or
 * from the class's event; the due date is the first day disposal may start (formed 2024-05-10, two years → due
 * 2027-01-01). A destroyed record answers {@code DESTROYED}; a permanent one {@code PERMANENT}; one with an
 * active hold {@code HELD}; one waiting for its counting event {@code WAITING_EVENT}.
 *
 * <p>Thread safety: immutable.
 */
public final class Retention {

    private final RetentionSchedule schedule;

    private Retention(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Retention under {@code schedule}.
     *
     * @param schedule the retention schedule
     * @return retention under {@code schedule}
     */
    public static Retention of(RetentionSchedule schedule) {
        return new Retention(Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * The schedule.
     *
     * @return the retention schedule
     */
    public RetentionSchedule schedule() {
        return schedule;
    }

    /**
     * What the schedule says for {@code recordClass}.
     *
     * @param recordClass the record class
     * @return its period and where counting starts
     * @throws ArchiveException SB-ARC-0103 if neither the schedule nor the law knows the class
     */
    public ClassRetention classRetention(RecordClass recordClass) {
        return schedule.retentionOf(recordClass)
                .orElseThrow(() -> new ArchiveException(ArchiveError.UNKNOWN_RECORD_CLASS, recordClass));
    }

    /**
     * The answer for a record as of {@code asOf}.
     *
     * @param record the record
     * @param asOf   the date asked about
     * @return a due date, or permanent, held, waiting for the counting event or destroyed
     * @throws ArchiveException SB-ARC-0103 if the record's class is unknown to the schedule
     */
    public Due due(ArchivedRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        if (record.destruction().isPresent()) {
            return new Due.Destroyed(record.destruction().get().date());
        }
        ClassRetention cr = classRetention(record.recordClass());
        RetentionPeriod period = cr.period().max(record.metadata().retention());
        if (period.isPermanent()) {
            return new Due.Permanent();
        }
        List<HoldId> held = record.activeHolds().stream().map(Hold::id).toList();
        if (!held.isEmpty()) {
            return new Due.Held(held);
        }
        return dueDate(period, cr.start(), record.formed(), record.countingEvent(), asOf);
    }

    /**
     * The answer for material of {@code recordClass} formed on {@code formed}, without holds (what the
     * command line's {@code archive due --class --formed} answers).
     *
     * @param recordClass the record class
     * @param formed      the formation date
     * @param eventDate   the counting event's date, empty when not (yet) known
     * @param asOf        the date asked about
     * @return a due date, or permanent, or waiting for the counting event
     */
    public Due due(RecordClass recordClass, LocalDate formed, Optional<LocalDate> eventDate, LocalDate asOf) {
        Objects.requireNonNull(formed, "formed");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(asOf, "asOf");
        ClassRetention cr = classRetention(recordClass);
        if (cr.period().isPermanent()) {
            return new Due.Permanent();
        }
        return dueDate(cr.period(), cr.start(), formed, eventDate, asOf);
    }

    /**
     * The due date a catalog stores for its due index: the date of an {@link Due.On} answer ignoring holds
     * (holds are excluded by the catalog's state), empty for permanent, waiting or destroyed records.
     *
     * @param record the record
     * @return the due date ignoring holds; empty for permanent, waiting or destroyed records
     */
    public Optional<LocalDate> indexDate(ArchivedRecord record) {
        if (record.destruction().isPresent()) {
            return Optional.empty();
        }
        ClassRetention cr = classRetention(record.recordClass());
        RetentionPeriod period = cr.period().max(record.metadata().retention());
        if (period.isPermanent()) {
            return Optional.empty();
        }
        Due d = dueDate(period, cr.start(), record.formed(), record.countingEvent(), LocalDate.MIN);
        return d instanceof Due.On on ? Optional.of(on.date()) : Optional.empty();
    }

    private static Due dueDate(RetentionPeriod period, CountingStart start, LocalDate formed,
            Optional<LocalDate> eventDate, LocalDate asOf) {
        LocalDate from;
        if (start.event().isEmpty()) {
            from = formed;
        } else if (eventDate.isPresent()) {
            from = eventDate.get();
        } else {
            return new Due.WaitingEvent(start.event().get());
        }
        LocalDate begin = start.nextYear() ? LocalDate.of(from.getYear() + 1, 1, 1) : from;
        return new Due.On(begin.plusYears(period.years().orElseThrow()), asOf);
    }
}
