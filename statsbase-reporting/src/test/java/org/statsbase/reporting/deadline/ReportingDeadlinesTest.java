package org.statsbase.reporting.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.testing.Fixtures.append;
import static org.statsbase.reporting.testing.Fixtures.draft;
import static org.statsbase.reporting.testing.Fixtures.submit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.NotInRegisterException;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/** 统计法 2009 第四十二条 (迟报) and 第四十一条 (拒报, 经催报后仍未按时提供) against DOMAIN.md's sample deadline. */
class ReportingDeadlinesTest {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.ofMonth(2026, 10);
    /** 2026-11-16 12:00 in Asia/Shanghai. */
    private static final Instant DUE = Instant.parse("2026-11-16T04:00:00Z");
    private static final PersonId OFFICER = PersonId.of("office-1");
    private static final SubmissionKey A = SubmissionKey.of("U-A", Fixtures.FORM, OCTOBER);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    private final Trail trail = Fixtures.trail(clock);
    private final ReportingDeadlines deadlines = ReportingDeadlines.of(trail, Fixtures.calendar(),
            Fixtures.register(List.of("U-A", "U-B", "U-C", "U-D", "U-E")), clock);

    private static void assertCode(Throwable t, ErrorCode code) {
        assertThat(t).isInstanceOfSatisfying(StatsbaseException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private TrailEvent lastEvent() {
        List<TrailEvent> all = trail.events();
        return all.get(all.size() - 1);
    }

    @Test
    void notSubmittedIsNotDueUpToAndIncludingTheDeadlineInstantThenOverdue() {
        assertThat(deadlines.status(A, DUE.minusSeconds(3600)).status()).isEqualTo(ReportingStatus.NOT_DUE);
        DeadlineStatus atDeadline = deadlines.status(A, DUE);
        assertThat(atDeadline.status()).isEqualTo(ReportingStatus.NOT_DUE);
        assertThat(atDeadline.dueAt()).contains(DUE);
        assertThat(atDeadline.lateBy()).isZero();
        DeadlineStatus after = deadlines.status(A, DUE.plusNanos(1));
        assertThat(after.status()).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(after.lateBy()).isEqualTo(Duration.ofNanos(1));
        assertThat(after.evidence()).isEmpty();
    }

    @Test
    void submittedExactlyAtTheDeadlineIsOnTimeAndOneSecondAfterIsLateByOneSecond() {
        TrailEvent onTime = append(trail, clock, DUE, submit(A));
        DeadlineStatus a = deadlines.status(A, DUE.plus(Duration.ofDays(30)));
        assertThat(a.status()).isEqualTo(ReportingStatus.ON_TIME);
        assertThat(a.submittedAt()).contains(DUE);
        assertThat(a.evidence()).containsExactly(onTime.sequence());

        SubmissionKey b = SubmissionKey.of("U-B", Fixtures.FORM, OCTOBER);
        TrailEvent late = append(trail, clock, DUE.plusSeconds(1), submit(b));
        DeadlineStatus s = deadlines.status(b, DUE.plus(Duration.ofDays(30)));
        assertThat(s.status()).isEqualTo(ReportingStatus.LATE);
        assertThat(s.lateBy()).isEqualTo(Duration.ofSeconds(1))
                .isEqualTo(Fixtures.calendar().lateBy(Fixtures.FORM, OCTOBER, late.time()));
        assertThat(s.evidence()).containsExactly(late.sequence());
    }

    @Test
    void anExemptPeriodIsExemptAndCannotBeUrged() {
        SubmissionKey january = SubmissionKey.of("U-A", Fixtures.FORM, ReportingPeriod.ofMonth(2027, 1));
        clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        DeadlineStatus s = deadlines.status(january);
        assertThat(s.status()).isEqualTo(ReportingStatus.EXEMPT);
        assertThat(s.dueAt()).isEmpty();
        assertThatThrownBy(() -> deadlines.urge(OFFICER, january, Instant.parse("2027-03-05T00:00:00Z"), "请报送"))
                .satisfies(t -> assertCode(t, ReportingError.URGE_EXEMPT));
        assertThat(lastEvent().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(lastEvent().payload(ReportingEvents.ERROR)).contains("SB-REP-0403");
    }

    @Test
    void urgingBeforeTheDeadlineHasPassedIsRefusedAndTheAttemptRecorded() {
        clock.set(DUE);
        assertThatThrownBy(() -> deadlines.urge(OFFICER, A, DUE.plus(Duration.ofDays(3)), "请尽快报送"))
                .satisfies(t -> assertCode(t, ReportingError.URGE_BEFORE_DEADLINE));
        TrailEvent refused = lastEvent();
        assertThat(refused.action()).isEqualTo(ReportingEvents.URGE);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.actor()).isEqualTo("office-1");
        assertThat(refused.role()).isEqualTo(Role.OFFICE.name());
        assertThat(refused.payload(ReportingEvents.DEADLINE)).contains(DUE.plus(Duration.ofDays(3)).toString());
        // a refused urging urges nothing
        assertThat(deadlines.status(A, DUE.plus(Duration.ofDays(1))).status()).isEqualTo(ReportingStatus.OVERDUE);
    }

    @Test
    void urgingASubmittedReportIsRefused() {
        append(trail, clock, DUE.plusSeconds(60), submit(A));
        clock.set(DUE.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> deadlines.urge(OFFICER, A, DUE.plus(Duration.ofDays(3)), "请报送"))
                .satisfies(t -> assertCode(t, ReportingError.URGE_ALREADY_SUBMITTED));
        assertThat(lastEvent().outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void anUrgedUnitIsUrgedUpToItsUrgingDeadlineThenRefusingAndTheOfficeMayFlagIt() {
        Instant urgeAt = DUE.plus(Duration.ofDays(1));
        Instant urgeDeadline = DUE.plus(Duration.ofDays(4));
        clock.set(urgeAt);
        TrailEvent urge = deadlines.urge(OFFICER, A, urgeDeadline, "请于三日内报送");
        assertThat(urge.outcome()).isEqualTo(Outcome.DONE);
        assertThat(urge.payload(ReportingEvents.DEADLINE)).contains(urgeDeadline.toString());

        DeadlineStatus urged = deadlines.status(A, urgeDeadline);
        assertThat(urged.status()).isEqualTo(ReportingStatus.URGED);
        assertThat(urged.urgeDeadline()).contains(urgeDeadline);
        assertThat(urged.evidence()).containsExactly(urge.sequence());

        clock.set(urgeAt.plusSeconds(60));
        assertThatThrownBy(() -> deadlines.urge(OFFICER, A, urgeDeadline.plusSeconds(1), "再次催报"))
                .satisfies(t -> assertCode(t, ReportingError.URGE_PENDING));
        assertThatThrownBy(() -> deadlines.flagRefusing(OFFICER, A))
                .satisfies(t -> assertCode(t, ReportingError.NOT_REFUSING));

        DeadlineStatus refusing = deadlines.status(A, urgeDeadline.plusNanos(1));
        assertThat(refusing.status()).isEqualTo(ReportingStatus.REFUSING);
        assertThat(refusing.flaggedRefusing()).isFalse();

        clock.set(urgeDeadline.plus(Duration.ofHours(1)));
        TrailEvent flag = deadlines.flagRefusing(OFFICER, A);
        assertThat(flag.action()).isEqualTo(ReportingEvents.REFUSING);
        assertThat(flag.payload(ReportingEvents.URGED)).contains(Long.toString(urge.sequence()));
        DeadlineStatus flagged = deadlines.status(A);
        assertThat(flagged.status()).isEqualTo(ReportingStatus.REFUSING);
        assertThat(flagged.flaggedRefusing()).isTrue();
        assertThat(flagged.evidence()).containsExactly(urge.sequence(), flag.sequence());
        assertThatThrownBy(() -> deadlines.flagRefusing(OFFICER, A))
                .satisfies(t -> assertCode(t, ReportingError.REFUSING_ALREADY_FLAGGED));

        // a second notice may follow a refusal; the first urging still decides
        TrailEvent second = deadlines.urge(OFFICER, A, urgeDeadline.plus(Duration.ofDays(5)), "第二次催报");
        DeadlineStatus after = deadlines.status(A);
        assertThat(after.status()).isEqualTo(ReportingStatus.REFUSING);
        assertThat(after.urgeDeadline()).contains(urgeDeadline);
        assertThat(after.urgeSequences()).containsExactly(urge.sequence(), second.sequence());
    }

    @Test
    void anUrgingWhoseDeadlineIsNotAfterNowIsRefused() {
        Instant now = DUE.plus(Duration.ofDays(1));
        clock.set(now);
        assertThatThrownBy(() -> deadlines.urge(OFFICER, A, now, "请报送"))
                .satisfies(t -> assertCode(t, ReportingError.URGE_DEADLINE_NOT_AFTER_NOW));
        assertThat(deadlines.status(A).status()).isEqualTo(ReportingStatus.OVERDUE);
    }

    @Test
    void aReportAfterUrgingIsLateWithinTheUrgingDeadlineAndRefusingAfterIt() {
        SubmissionKey b = SubmissionKey.of("U-B", Fixtures.FORM, OCTOBER);
        Instant urgeDeadline = DUE.plus(Duration.ofDays(4));
        clock.set(DUE.plus(Duration.ofDays(1)));
        deadlines.urge(OFFICER, A, urgeDeadline, "请报送");
        deadlines.urge(OFFICER, b, urgeDeadline, "请报送");
        append(trail, clock, urgeDeadline, submit(A));
        append(trail, clock, urgeDeadline.plusSeconds(1), submit(b));
        Instant later = urgeDeadline.plus(Duration.ofDays(10));

        DeadlineStatus a = deadlines.status(A, later);
        assertThat(a.status()).isEqualTo(ReportingStatus.LATE);
        assertThat(a.lateBy()).isEqualTo(Duration.between(DUE, urgeDeadline));
        DeadlineStatus sb = deadlines.status(b, later);
        assertThat(sb.status()).isEqualTo(ReportingStatus.REFUSING);
        assertThat(sb.submittedAt()).contains(urgeDeadline.plusSeconds(1));
        assertThat(sb.evidence()).hasSize(2);
    }

    @Test
    void aReturnAndResubmissionAfterTheDeadlineKeepAnOnTimeReportOnTime() {
        TrailEvent refusedFirst = append(trail, clock, DUE.minus(Duration.ofDays(3)), submit(A).refused("SB-REP-0301"));
        TrailEvent first = append(trail, clock, DUE.minus(Duration.ofDays(2)), submit(A));
        append(trail, clock, DUE.minus(Duration.ofDays(1)), draft("rev-1", Role.TOWNSHIP_REVIEWER,
                ReportingEvents.RETURN, A).with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "营业收入偏低"));
        append(trail, clock, DUE.plus(Duration.ofDays(2)), submit(A));
        DeadlineStatus s = deadlines.status(A, DUE.plus(Duration.ofDays(3)));
        assertThat(s.status()).isEqualTo(ReportingStatus.ON_TIME);
        assertThat(s.submitSequence()).hasValue(first.sequence());
        assertThat(s.evidence()).doesNotContain(refusedFirst.sequence());
    }

    @Test
    void aRefusedSubmitDoesNotCountAsSubmitted() {
        append(trail, clock, DUE.minusSeconds(10), submit(A).refused("SB-REP-0301"));
        TrailEvent late = append(trail, clock, DUE.plusSeconds(10), submit(A));
        DeadlineStatus s = deadlines.status(A, DUE.plusSeconds(20));
        assertThat(s.status()).isEqualTo(ReportingStatus.LATE);
        assertThat(s.submitSequence()).hasValue(late.sequence());
    }

    @Test
    void aStatusAskedForAPastInstantIgnoresLaterEvents() {
        append(trail, clock, DUE.plus(Duration.ofDays(2)), submit(A));
        assertThat(deadlines.status(A, DUE.plus(Duration.ofDays(1))).status()).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(deadlines.status(A, DUE.plus(Duration.ofDays(2))).status()).isEqualTo(ReportingStatus.LATE);
    }

    @Test
    void aUnitNotInTheRegisterHasNoStatusAndCannotBeUrged() {
        SubmissionKey stranger = SubmissionKey.of("U-X", Fixtures.FORM, OCTOBER);
        assertThatThrownBy(() -> deadlines.status(stranger, DUE)).isInstanceOf(NotInRegisterException.class);
        clock.set(DUE.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> deadlines.urge(OFFICER, stranger, DUE.plus(Duration.ofDays(3)), "请报送"))
                .isInstanceOf(NotInRegisterException.class);
        assertThat(lastEvent().payload(ReportingEvents.ERROR)).contains("SB-CORE-0613");
    }

    @Test
    void theReportListsEachExpectedUnitOnceSortedByUnitIdWithItsEvidence() {
        SubmissionKey b = SubmissionKey.of("U-B", Fixtures.FORM, OCTOBER);
        SubmissionKey c = SubmissionKey.of("U-C", Fixtures.FORM, OCTOBER);
        SubmissionKey d = SubmissionKey.of("U-D", Fixtures.FORM, OCTOBER);
        TrailEvent onTime = append(trail, clock, DUE.minusSeconds(1), submit(c));
        TrailEvent late = append(trail, clock, DUE.plus(Duration.ofDays(1)), submit(b));
        clock.set(DUE.plus(Duration.ofDays(2)));
        TrailEvent urgeD = deadlines.urge(OFFICER, d, DUE.plus(Duration.ofDays(5)), "请报送");
        TrailEvent urgeA = deadlines.urge(OFFICER, A, DUE.plus(Duration.ofDays(3)), "请报送");
        Instant at = DUE.plus(Duration.ofDays(4));

        DeadlineReport report = deadlines.report(Fixtures.FORM, OCTOBER,
                List.of("U-E", "U-D", "U-C", "U-B", "U-A", "U-X", "U-A"), at);
        assertThat(report.entries()).extracting(DeadlineStatus::unitId)
                .containsExactly("U-A", "U-B", "U-C", "U-D", "U-E");
        assertThat(report.entries()).extracting(DeadlineStatus::status).containsExactly(ReportingStatus.REFUSING,
                ReportingStatus.LATE, ReportingStatus.ON_TIME, ReportingStatus.URGED, ReportingStatus.OVERDUE);
        assertThat(report.notInRegister()).containsExactly("U-X");
        assertThat(report.late()).singleElement().satisfies(e -> {
            assertThat(e.unitId()).isEqualTo("U-B");
            assertThat(e.evidence()).containsExactly(late.sequence());
            assertThat(e.lateBy()).isEqualTo(Duration.ofDays(1));
        });
        assertThat(report.urged()).singleElement().satisfies(e -> assertThat(e.evidence()).containsExactly(urgeD.sequence()));
        assertThat(report.refusing()).singleElement().satisfies(e -> assertThat(e.evidence()).containsExactly(urgeA.sequence()));
        assertThat(report.overdue()).extracting(DeadlineStatus::unitId).containsExactly("U-E");
        assertThat(report.withStatus(ReportingStatus.ON_TIME)).singleElement()
                .satisfies(e -> assertThat(e.evidence()).containsExactly(onTime.sequence()));
        for (DeadlineStatus e : report.entries()) {
            assertThat(e).isEqualTo(deadlines.status(e.key(), at));
        }
    }

    @Test
    void anUrgingWithAnUnreadableDeadlineIsATypedError() {
        append(trail, clock, DUE.plusSeconds(5), draft("office-1", Role.OFFICE, ReportingEvents.URGE, A)
                .with(ReportingEvents.DEADLINE, "next week"));
        assertThatThrownBy(() -> deadlines.status(A, DUE.plusSeconds(10)))
                .satisfies(t -> assertCode(t, ReportingError.URGE_DEADLINE_UNREADABLE));
    }
}
