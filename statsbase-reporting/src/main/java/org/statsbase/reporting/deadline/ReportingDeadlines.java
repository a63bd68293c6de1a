package org.statsbase.reporting.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.NotInRegisterException;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * Deadlines, urging (催报) and refusal (拒报) over the trail: 数据采集审核报送制度 with 统计法 2009
 * 第四十二条 (迟报, reporting after the deadline) and 第四十一条 (拒报, refusing, or still not reporting in
 * time after being urged — 经催报后仍未按时提供). Deadlines and exemptions come from the core
 * {@link DeadlineCalendar}; who must report from the {@link BusinessRegister} (先进库、后有数) and the
 * unit ids the caller expects to report a form.
 *
 * <h2>How a status is decided ({@link #status})</h2>
 * Only events recorded at or before the instant asked about count.
 * <ul>
 *   <li>{@link ReportingStatus#EXEMPT} when the calendar exempts the period;</li>
 *   <li>"submitted" means the <b>first</b> carried-out {@code submission.submit} of the subject. 迟报 is
 *       providing the material after the deadline; the material was provided when first submitted. A
 *       return with a query (退回/查询) is part of review (审核) after submission, so correcting and
 *       resubmitting it, or reopening an accepted report, does not make an on-time report late;</li>
 *   <li>submitted not after the deadline: {@link ReportingStatus#ON_TIME} (exactly at the deadline is on
 *       time, as {@link DeadlineCalendar#isLate} says); after it: {@link ReportingStatus#LATE}, or
 *       {@link ReportingStatus#REFUSING} when the unit had been urged and submitted only after the urging's
 *       deadline (经催报后仍未按时提供 is 拒报 even if the report comes later);</li>
 *   <li>not submitted: {@link ReportingStatus#NOT_DUE} until the deadline has passed, then
 *       {@link ReportingStatus#OVERDUE}; once urged {@link ReportingStatus#URGED} until the urging's deadline
 *       has passed, then {@link ReportingStatus#REFUSING}.</li>
 * </ul>
 * <b>Refusal is computed</b>, not declared: it is a fact of times (urged, urging deadline passed,
 * nothing submitted), so a list of refusing units never depends on an office remembering to flag
 * one. {@link #flagRefusing} records the office's finding ({@code submission.refusing}) as the
 * evidence enforcement starts from; it is accepted only for a unit whose computed status is
 * {@code REFUSING}, and shows as {@link DeadlineStatus#flaggedRefusing()}.
 *
 * <p>The <b>first</b> urging decides refusal: once a unit has let an urging's deadline pass, a later
 * urging (allowed, for example a second notice before enforcement) does not undo the refusal. A new
 * urging while one runs is refused ({@code SB-REP-0405}). Urgings recorded after the first submission
 * do not count.
 *
 * <p>Refused attempts (urging too early, urging a submitted report, …) are recorded in the trail as
 * {@code REFUSED} events carrying the error code, then thrown as typed errors.
 *
 * <p>The clock given decides "now" for urging and flagging; give the clock the trail stamps events
 * with.
 *
 * <p>Thread safety: safe for concurrent use. Urging and flagging are checked and recorded under one
 * lock of this object; a submission recorded concurrently through another object may land just
 * before an urging — the status then ignores that urging, since it follows the first submission.
 */
public final class ReportingDeadlines {

    private final Trail trail;
    private final DeadlineCalendar calendar;
    private final BusinessRegister register;
    private final Clock clock;
    private final Object recording = new Object();

    private ReportingDeadlines(Trail trail, DeadlineCalendar calendar, BusinessRegister register, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.register = Objects.requireNonNull(register, "register");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Deadlines over {@code trail}, with "now" from the UTC system clock.
     *
     * @param trail    the trail the reporting steps are recorded in
     * @param calendar the deadline of each form and period
     * @param register the business register (名录库) deciding which units are expected
     * @return the deadline service
     */
    public static ReportingDeadlines of(Trail trail, DeadlineCalendar calendar, BusinessRegister register) {
        return of(trail, calendar, register, Clock.systemUTC());
    }

    /**
     * Deadlines over {@code trail}, with "now" from {@code clock} (the clock the trail stamps with).
     *
     * @param trail    the trail the reporting steps are recorded in
     * @param calendar the deadline of each form and period
     * @param register the business register (名录库) deciding which units are expected
     * @param clock    the clock "now" is read from
     * @return the deadline service
     */
    public static ReportingDeadlines of(Trail trail, DeadlineCalendar calendar, BusinessRegister register,
            Clock clock) {
        return new ReportingDeadlines(trail, calendar, register, clock);
    }

    /**
     * The calendar.
     *
     * @return the deadline calendar
     */
    public DeadlineCalendar calendar() {
        return calendar;
    }

    /**
     * The status of a submission at {@code at}.
     *
     * @param key the unit, form and period
     * @param at  the instant the status is of
     * @return the status of a submission at {@code at}
     * @throws NotInRegisterException if the unit is not in the register for the whole period
     * @throws StatsbaseException     {@code SB-CORE-1020} if the calendar has no rule for the form
     */
    public DeadlineStatus status(SubmissionKey key, Instant at) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        register.require(key.unitId(), key.period());
        return StatusReader.read(calendar, key, trail.bySubject(key.subject()), at);
    }

    /**
     * The status of a submission now.
     *
     * @param key the unit, form and period
     * @return the status of a submission now
     */
    public DeadlineStatus status(SubmissionKey key) {
        return status(key, clock.instant());
    }

    /**
     * The status of every unit expected to report {@code formId} for {@code period}, at {@code at}:
     * one pass over the trail.
     *
     * @param expectedUnitIds the units expected to report the form (duplicates count once)
     * @param formId the form, for example {@code B204-1}
     * @param period the reporting period
     * @param at     the instant the statuses are of
     * @return every expected unit's status, with the expected units not in the register
     * @throws ReportingException {@code SB-REP-0002} if an id is no valid unit id
     * @throws StatsbaseException {@code SB-CORE-1020} if the calendar has no rule for the form
     */
    public DeadlineReport report(String formId, ReportingPeriod period, Collection<String> expectedUnitIds,
            Instant at) {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(expectedUnitIds, "expectedUnitIds");
        Objects.requireNonNull(at, "at");
        SortedSet<String> notInRegister = new TreeSet<>();
        Map<String, SubmissionKey> bySubject = new LinkedHashMap<>();
        for (String unitId : new TreeSet<>(expectedUnitIds)) {
            SubmissionKey key = SubmissionKey.of(unitId, formId, period);
            if (register.isInRegister(unitId, period)) {
                bySubject.put(key.subject(), key);
            } else {
                notInRegister.add(unitId);
            }
        }
        calendar.dueAt(formId, period); // fails early when no rule covers the form
        Map<String, List<TrailEvent>> events = new HashMap<>();
        if (!bySubject.isEmpty()) {
            trail.forEach(1, e -> {
                if (bySubject.containsKey(e.subject())) {
                    events.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
                }
                return true;
            });
        }
        List<DeadlineStatus> entries = new ArrayList<>(bySubject.size());
        bySubject.forEach((subject, key) ->
                entries.add(StatusReader.read(calendar, key, events.getOrDefault(subject, List.of()), at)));
        return DeadlineReport.of(formId, period, at, entries, notInRegister);
    }

    /**
     * {@link #report(String, ReportingPeriod, Collection, Instant)} now.
     *
     * @param formId          the form, for example {@code B204-1}
     * @param period          the reporting period
     * @param expectedUnitIds the units expected to report the form (duplicates count once)
     * @return every expected unit's status now
     */
    public DeadlineReport report(String formId, ReportingPeriod period, Collection<String> expectedUnitIds) {
        return report(formId, period, expectedUnitIds, clock.instant());
    }

    /**
     * Records that the office urges a unit to report (催报), with the urging's own deadline.
     *
     * @param office       the person of the statistics office recording the urging (role {@link Role#OFFICE})
     * @param urgeDeadline the urging's deadline: not reported by then, the unit is refusing
     * @param text         the urging's text (may be empty)
     * @param key the submission urged
     * @return the recorded {@code submission.urge} event
     * @throws NotInRegisterException if the unit is not in the register for the period
     * @throws ReportingException     {@code SB-REP-0401} before the deadline has passed, {@code -0402} when the
     *                                report was submitted, {@code -0403} for an exempt period, {@code -0404}
     *                                when the urging's deadline is not after now, {@code -0405} while an
     *                                earlier urging runs; each refused attempt is recorded first
     */
    public TrailEvent urge(PersonId office, SubmissionKey key, Instant urgeDeadline, String text) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(urgeDeadline, "urgeDeadline");
        Objects.requireNonNull(text, "text");
        EventDraft draft = EventDraft.of(office.value(), Role.OFFICE.name(), ReportingEvents.URGE, key.subject())
                .with(ReportingEvents.DEADLINE, urgeDeadline.toString())
                .with(ReportingEvents.TEXT, text);
        synchronized (recording) {
            Instant now = clock.instant();
            try {
                DeadlineStatus s = status(key, now);
                switch (s.status()) {
                    case EXEMPT -> throw new ReportingException(ReportingError.URGE_EXEMPT, key);
                    case ON_TIME, LATE -> throw submitted(key, s);
                    case REFUSING -> {
                        if (s.submittedAt().isPresent()) {
                            throw submitted(key, s);
                        }
                    }
                    case NOT_DUE -> throw new ReportingException(ReportingError.URGE_BEFORE_DEADLINE, key,
                            s.dueAt().orElseThrow(), now);
                    case URGED -> throw new ReportingException(ReportingError.URGE_PENDING, key,
                            s.urgeSequences().get(0), s.urgeDeadline().orElseThrow());
                    case OVERDUE -> {
                        // the unit to urge
                    }
                }
                if (!urgeDeadline.isAfter(now)) {
                    throw new ReportingException(ReportingError.URGE_DEADLINE_NOT_AFTER_NOW, key, urgeDeadline, now);
                }
            } catch (StatsbaseException e) {
                trail.append(draft.refused(e.code()));
                throw e;
            }
            return trail.append(draft);
        }
    }

    private static ReportingException submitted(SubmissionKey key, DeadlineStatus s) {
        return new ReportingException(ReportingError.URGE_ALREADY_SUBMITTED, key, s.submittedAt().orElseThrow(),
                s.submitSequence().orElseThrow());
    }

    /**
     * Records the office's finding that a unit refuses to report (拒报: urged, and not reported by the
     * urging's deadline); payload {@code urged} = the sequence of the first urging.
     *
     * @param office the person of the statistics office (role {@link Role#OFFICE})
     * @param key the submission the unit refuses
     * @return the recorded {@code submission.refusing} event
     * @throws NotInRegisterException if the unit is not in the register for the period
     * @throws ReportingException     {@code SB-REP-0406} unless the computed status is refusing,
     *                                {@code -0407} when flagged already, {@code -0403} for an exempt period;
     *                                each refused attempt is recorded first
     */
    public TrailEvent flagRefusing(PersonId office, SubmissionKey key) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(key, "key");
        EventDraft draft = EventDraft.of(office.value(), Role.OFFICE.name(), ReportingEvents.REFUSING, key.subject());
        synchronized (recording) {
            Instant now = clock.instant();
            try {
                DeadlineStatus s = status(key, now);
                if (s.status() == ReportingStatus.EXEMPT) {
                    throw new ReportingException(ReportingError.URGE_EXEMPT, key);
                }
                if (s.status() != ReportingStatus.REFUSING) {
                    throw new ReportingException(ReportingError.NOT_REFUSING, key, s.status().nameZh(),
                            s.status().nameEn());
                }
                if (s.flaggedRefusing()) {
                    throw new ReportingException(ReportingError.REFUSING_ALREADY_FLAGGED, key,
                            s.refusingSequences().get(0));
                }
                draft = draft.with(ReportingEvents.URGED, Long.toString(s.urgeSequences().get(0)));
            } catch (StatsbaseException e) {
                trail.append(draft.refused(e.code()));
                throw e;
            }
            return trail.append(draft);
        }
    }

    @Override
    public String toString() {
        return "ReportingDeadlines[" + trail.store().describe() + ", " + calendar + "]";
    }
}
