package org.statsbase.reporting.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.ZonedDateTime;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.TrailEvent;

/** Reads a {@link DeadlineStatus} from the events of one submission subject. Stateless. */
final class StatusReader {

    private StatusReader() {
    }

    /**
     * @param events the subject's events in trail order (any events; only submit, urge and refusing
     *               events carried out at or before {@code asOf} count)
     */
    static DeadlineStatus read(DeadlineCalendar calendar, SubmissionKey key, List<TrailEvent> events, Instant asOf) {
        DeadlineStatus.Builder b = DeadlineStatus.builder(key, asOf);
        Optional<ZonedDateTime> due = calendar.dueAt(key.formId(), key.period());
        TrailEvent submit = null;
        TrailEvent firstUrge = null;
        List<Long> urges = new ArrayList<>();
        List<Long> flags = new ArrayList<>();
        for (TrailEvent e : events) {
            if (e.outcome() != Outcome.DONE || e.time().isAfter(asOf)) {
                continue;
            }
            switch (e.action()) {
                case ReportingEvents.SUBMIT -> {
                    if (submit == null) {
                        submit = e;
                    }
                }
                case ReportingEvents.URGE -> {
                    // An urging recorded after the first submission urges nothing.
                    if (submit == null) {
                        urges.add(e.sequence());
                        if (firstUrge == null) {
                            firstUrge = e;
                        }
                    }
                }
                case ReportingEvents.REFUSING -> flags.add(e.sequence());
                default -> {
                    // other steps do not bear on the deadline
                }
            }
        }
        b.refusing(flags);
        Instant urgeDeadline = firstUrge == null ? null : urgeDeadline(key, firstUrge);
        if (firstUrge != null) {
            b.urged(urgeDeadline, urges);
        }
        if (submit != null) {
            b.submitted(submit.time(), submit.sequence());
        }
        if (due.isEmpty()) {
            return b.status(ReportingStatus.EXEMPT).build();
        }
        Instant deadline = due.get().toInstant();
        b.dueAt(deadline);
        if (submit != null) {
            Duration late = calendar.lateBy(key.formId(), key.period(), submit.time());
            b.lateBy(late);
            if (late.isZero()) {
                return b.status(ReportingStatus.ON_TIME).build();
            }
            boolean afterUrging = urgeDeadline != null && submit.time().isAfter(urgeDeadline);
            return b.status(afterUrging ? ReportingStatus.REFUSING : ReportingStatus.LATE).build();
        }
        if (!asOf.isAfter(deadline)) {
            return b.status(ReportingStatus.NOT_DUE).build();
        }
        b.lateBy(Duration.between(deadline, asOf));
        if (urgeDeadline == null) {
            return b.status(ReportingStatus.OVERDUE).build();
        }
        return b.status(asOf.isAfter(urgeDeadline) ? ReportingStatus.REFUSING : ReportingStatus.URGED).build();
    }

    static Instant urgeDeadline(SubmissionKey key, TrailEvent urge) {
        String text = urge.payload(ReportingEvents.DEADLINE).orElse("");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ReportingException(ReportingError.URGE_DEADLINE_UNREADABLE, e, key, urge.sequence(), text);
        }
    }
}
