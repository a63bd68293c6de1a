package org.statsbase.reporting.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * One property per clause: 迟报 is reporting after the deadline (统计法 2009 第四十二条), 拒报 includes
 * still not reporting in time after being urged (第四十一条); the lists of an office partition the units
 * expected to report, each with the events that prove its status.
 */
class DeadlineProperties {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.ofMonth(2026, 10);
    private static final Instant DUE = Instant.parse("2026-11-16T04:00:00Z");

    enum Kind { SUBMIT, SUBMIT_REFUSED, URGE, URGE_REFUSED, RETURN, FLAG }

    /** One event of one unit at {@code hours} after the deadline (negative: before). */
    record Step(int unit, int hours, Kind kind, int urgeHours) {
    }

    record Scenario(int units, List<Step> steps, int asOfHours) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(-72, 240), Arbitraries.of(Kind.class),
                Arbitraries.integers().between(1, 120)).as(Step::new);
        return Combinators.combine(Arbitraries.integers().between(1, 6), step.list().ofMaxSize(30),
                Arbitraries.integers().between(-80, 400)).as(Scenario::new);
    }

    private static String unit(int i) {
        return "U-" + i;
    }

    private record Run(Trail trail, ReportingDeadlines deadlines, Instant asOf, List<String> expected) {
    }

    private static Run run(Scenario s) {
        MutableClock clock = new MutableClock(DUE.minus(Duration.ofDays(10)));
        Trail trail = Fixtures.trail(clock);
        List<String> inRegister = new ArrayList<>();
        for (int i = 0; i < s.units(); i++) {
            inRegister.add(unit(i));
        }
        ReportingDeadlines deadlines = ReportingDeadlines.of(trail, Fixtures.calendar(), Fixtures.register(inRegister),
                clock);
        List<Step> steps = new ArrayList<>(s.steps());
        steps.sort(Comparator.comparingInt(Step::hours));
        for (Step step : steps) {
            SubmissionKey key = SubmissionKey.of(unit(step.unit()), Fixtures.FORM, OCTOBER);
            Instant at = DUE.plus(Duration.ofHours(step.hours()));
            EventDraft draft = switch (step.kind()) {
                case SUBMIT -> Fixtures.submit(key);
                case SUBMIT_REFUSED -> Fixtures.submit(key).refused("SB-REP-0301");
                case URGE, URGE_REFUSED -> Fixtures.draft("office", Role.OFFICE, ReportingEvents.URGE, key)
                        .with(ReportingEvents.DEADLINE, at.plus(Duration.ofHours(step.urgeHours())).toString())
                        .with(ReportingEvents.TEXT, "催报");
                case RETURN -> Fixtures.draft("rev", Role.TOWNSHIP_REVIEWER, ReportingEvents.RETURN, key)
                        .with(ReportingEvents.QUERY, "Q").with(ReportingEvents.TEXT, "请核实");
                case FLAG -> Fixtures.draft("office", Role.OFFICE, ReportingEvents.REFUSING, key)
                        .with(ReportingEvents.URGED, "1");
            };
            Fixtures.append(trail, clock, at, step.kind() == Kind.URGE_REFUSED ? draft.refused("SB-REP-0401") : draft);
        }
        List<String> expected = new ArrayList<>(inRegister);
        expected.add("U-9"); // expected but not in the register
        return new Run(trail, deadlines, DUE.plus(Duration.ofHours(s.asOfHours())), expected);
    }

    @Property(tries = 300)
    void theListsPartitionTheExpectedUnitsConsistentlyWithTheirStatus(@ForAll("scenarios") Scenario s) {
        Run r = run(s);
        DeadlineReport report = r.deadlines().report(Fixtures.FORM, OCTOBER, r.expected(), r.asOf());
        List<String> ids = report.entries().stream().map(DeadlineStatus::unitId).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(report.notInRegister()).containsExactly("U-9");
        Set<String> all = new TreeSet<>(ids);
        all.addAll(report.notInRegister());
        assertThat(all).containsExactlyInAnyOrderElementsOf(new HashSet<>(r.expected()));

        List<String> union = new ArrayList<>();
        for (ReportingStatus status : ReportingStatus.values()) {
            List<DeadlineStatus> list = report.withStatus(status);
            assertThat(list).allSatisfy(e -> assertThat(e.status()).isEqualTo(status));
            assertThat(list).extracting(DeadlineStatus::unitId).isSorted();
            list.forEach(e -> union.add(e.unitId()));
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(report.late()).isEqualTo(report.withStatus(ReportingStatus.LATE));
        assertThat(report.urged()).isEqualTo(report.withStatus(ReportingStatus.URGED));
        assertThat(report.refusing()).isEqualTo(report.withStatus(ReportingStatus.REFUSING));
        assertThat(report.overdue()).isEqualTo(report.withStatus(ReportingStatus.OVERDUE));
        for (DeadlineStatus e : report.entries()) {
            assertThat(r.deadlines().status(e.key(), r.asOf())).isEqualTo(e);
        }
    }

    @Property(tries = 300)
    void eachStatusFollowsItsClauseAndItsEvidenceIsOnTheTrail(@ForAll("scenarios") Scenario s) {
        Run r = run(s);
        DeadlineReport report = r.deadlines().report(Fixtures.FORM, OCTOBER, r.expected(), r.asOf());
        for (DeadlineStatus e : report.entries()) {
            List<TrailEvent> seen = r.trail().bySubject(e.key().subject()).stream()
                    .filter(ev -> !ev.time().isAfter(r.asOf())).toList();
            TrailEvent firstSubmit = seen.stream()
                    .filter(ev -> ev.action().equals(ReportingEvents.SUBMIT) && ev.outcome() == Outcome.DONE)
                    .findFirst().orElse(null);
            List<TrailEvent> urges = seen.stream()
                    .filter(ev -> ev.action().equals(ReportingEvents.URGE) && ev.outcome() == Outcome.DONE)
                    .filter(ev -> firstSubmit == null || ev.sequence() < firstSubmit.sequence()).toList();
            Instant urgeDeadline = urges.isEmpty() ? null
                    : Instant.parse(urges.get(0).payload(ReportingEvents.DEADLINE).orElseThrow());

            assertThat(e.dueAt()).contains(DUE);
            assertThat(e.submitSequence().isPresent()).isEqualTo(firstSubmit != null);
            if (firstSubmit != null) {
                assertThat(e.submitSequence()).hasValue(firstSubmit.sequence());
                assertThat(e.submittedAt()).contains(firstSubmit.time());
            }
            assertThat(e.urgeDeadline()).isEqualTo(java.util.Optional.ofNullable(urgeDeadline));
            switch (e.status()) {
                case ON_TIME -> assertThat(firstSubmit.time()).isBeforeOrEqualTo(DUE);
                case LATE -> {
                    assertThat(firstSubmit.time()).isAfter(DUE);
                    assertThat(e.lateBy()).isEqualTo(Duration.between(DUE, firstSubmit.time()));
                    if (urgeDeadline != null) {
                        assertThat(firstSubmit.time()).isBeforeOrEqualTo(urgeDeadline);
                    }
                }
                case NOT_DUE -> {
                    assertThat(firstSubmit).isNull();
                    assertThat(r.asOf()).isBeforeOrEqualTo(DUE);
                }
                case OVERDUE -> {
                    assertThat(firstSubmit).isNull();
                    assertThat(urges).isEmpty();
                    assertThat(r.asOf()).isAfter(DUE);
                    assertThat(e.lateBy()).isEqualTo(Duration.between(DUE, r.asOf()));
                }
                case URGED -> {
                    assertThat(firstSubmit).isNull();
                    assertThat(r.asOf()).isAfter(DUE).isBeforeOrEqualTo(urgeDeadline);
                }
                case REFUSING -> {
                    assertThat(urgeDeadline).isNotNull();
                    assertThat(r.asOf()).isAfter(DUE);
                    assertThat(firstSubmit == null ? r.asOf() : firstSubmit.time()).isAfter(urgeDeadline);
                }
                case EXEMPT -> throw new AssertionError("October is not exempt");
            }
            Set<Long> onTrail = new HashSet<>();
            seen.stream().filter(ev -> ev.outcome() == Outcome.DONE)
                    .filter(ev -> Set.of(ReportingEvents.SUBMIT, ReportingEvents.URGE, ReportingEvents.REFUSING)
                            .contains(ev.action()))
                    .forEach(ev -> onTrail.add(ev.sequence()));
            assertThat(onTrail).containsAll(e.evidence());
            if (EnumSet.of(ReportingStatus.NOT_DUE, ReportingStatus.OVERDUE).contains(e.status())) {
                assertThat(e.submitSequence()).isEmpty();
            }
        }
    }

    @Property(tries = 100)
    void aSubmittedReportKeepsItsStatusWhateverHappensAfter(@ForAll("scenarios") Scenario s,
            @ForAll @IntRange(min = 0, max = 500) int hoursLater) {
        Run r = run(s);
        Instant later = r.asOf().plus(Duration.ofHours(hoursLater));
        for (String unit : r.expected().subList(0, r.expected().size() - 1)) {
            SubmissionKey key = SubmissionKey.of(unit, Fixtures.FORM, OCTOBER);
            DeadlineStatus now = r.deadlines().status(key, r.asOf());
            if (now.submittedAt().isPresent()) {
                assertThat(r.deadlines().status(key, later).status()).isEqualTo(now.status());
            }
        }
    }
}
