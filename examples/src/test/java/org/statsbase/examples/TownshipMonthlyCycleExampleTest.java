package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statsbase.examples.TownshipMonthlyCycleExample.Cycle;
import org.statsbase.examples.TownshipMonthlyCycleExample.Enterprise;
import org.statsbase.examples.TownshipMonthlyCycleExample.Part;
import org.statsbase.examples.TownshipMonthlyCycleExample.Refused;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.ReviewQuery;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.EntryKind;
import org.statsbase.reporting.accountability.FigureEntry;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.reporting.deadline.DeadlineReport;
import org.statsbase.reporting.deadline.DeadlineStatus;
import org.statsbase.reporting.deadline.ReportingStatus;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;

/**
 * The reporting-cycle example runs through, and what it shows is what the trail holds: the facts are
 * read back here through the library (trail, submissions, deadlines, accountability) — the chain is
 * intact, the proxy's figure carries its authorisation, the late unit is listed, the returned report
 * is accepted after its resubmission, each planted mistake was refused before it was fixed, and each
 * of the twenty enterprises is forwarded or shown as not forwarded.
 */
class TownshipMonthlyCycleExampleTest {

    private static Cycle cycle;
    private static String output;

    @BeforeAll
    static void runTheExample() {
        cycle = TownshipMonthlyCycleExample.cycle();
        output = print(cycle);
    }

    private static String print(Cycle c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TownshipMonthlyCycleExample.print(c, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String mainOutput() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TownshipMonthlyCycleExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<TrailEvent> events(Enterprise e) {
        return cycle.trail().bySubject(e.key().subject());
    }

    @Test
    void twentySyntheticEnterprisesEachPartPlayedAsOftenAsTheStorySays() {
        assertThat(output).contains("SYNTHETIC", "虚构");
        assertThat(cycle.enterprises()).hasSize(TownshipMonthlyCycleExample.ENTERPRISES)
                .allSatisfy(e -> assertThat(e.name()).startsWith("【示例】"));
        assertThat(cycle.enterprises().stream().map(Enterprise::id).distinct()).hasSize(20);
        for (Part p : Part.values()) {
            assertThat(cycle.enterprises().stream().filter(e -> e.part() == p)).as(p.name()).hasSize(p.count);
        }
    }

    @Test
    void theTrailVerifiesAgainstItsHeadAndTheOutputShowsThatHead() {
        Trail trail = cycle.trail();
        Anchor head = trail.head();
        Verification v = trail.verify(head);
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(trail.size());
        assertThat(output).contains("head 链头 #" + head.sequence() + " " + head.hash().hex(),
                "Trail.verify(head): intact 完整, " + trail.size() + " events checked");
    }

    @Test
    void everyRefusalPrintedIsARefusedEventOfTheTrailWithItsCode() {
        assertThat(cycle.refusals()).isNotEmpty();
        for (Refused r : cycle.refusals()) {
            TrailEvent e = cycle.trail().bySubjectPrefix("").stream().filter(x -> x.sequence() == r.sequence())
                    .findFirst().orElseThrow();
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.payload(ReportingEvents.ERROR)).contains(r.code());
            assertThat(e.actor()).isEqualTo(r.actor());
            assertThat(output).contains("  #" + r.sequence() + " " + r.messageEn());
        }
        long refusedInTrail = cycle.trail().bySubjectPrefix("").stream()
                .filter(e -> e.outcome() == Outcome.REFUSED).count();
        assertThat(output).contains(refusedInTrail + " of them refused attempts");
    }

    @Test
    void eachMandatoryMistakeIsRefusedOnSubmittingThenFixedAndSubmitted() {
        for (Part p : List.of(Part.WRONG_CREDIT_CODE, Part.UNBALANCED_EXPENSES, Part.REVENUE_MISSING)) {
            Enterprise e = cycle.playing(p);
            List<TrailEvent> submits = events(e).stream()
                    .filter(x -> x.action().equals(ReportingEvents.SUBMIT)).toList();
            assertThat(submits).as(p.name()).hasSize(2);
            assertThat(submits.get(0).outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(submits.get(0).payload(ReportingEvents.ERROR)).contains("SB-REP-0301");
            assertThat(submits.get(1).outcome()).isEqualTo(Outcome.DONE);
            assertThat(submits.get(1).payload(ReportingEvents.REVIEW_BLOCKING)).contains("0");
            Submission s = cycle.submissions().state(e.key()).orElseThrow();
            assertThat(s.values()).as(p.name()).isEqualTo(new TreeMap<>(e.figures()));
        }
    }

    @Test
    void verifyFailuresStandOnlyWithAnAcceptedExplanation() {
        Enterprise explained = cycle.playing(Part.VERIFY_EXPLAINED);
        Enterprise boilerplate = cycle.playing(Part.BOILERPLATE_THEN_EXPLAINED);
        for (Enterprise e : List.of(explained, boilerplate)) {
            Submission s = cycle.submissions().state(e.key()).orElseThrow();
            assertThat(s.explanations()).singleElement()
                    .satisfies(x -> assertThat(x.text()).isEqualTo(TownshipMonthlyCycleExample.GOOD_EXPLANATION));
            assertThat(cycle.submissions().review(e.key()).violations())
                    .anySatisfy(v -> assertThat(v.ruleId()).isEqualTo("U08"));
            assertThat(cycle.submissions().blockingRules(e.key())).isEmpty();
        }
        assertThat(events(boilerplate)).anySatisfy(x -> {
            assertThat(x.action()).isEqualTo(ReportingEvents.EXPLAIN);
            assertThat(x.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(x.payload(ReportingEvents.ERROR)).contains("SB-REP-0303");
            assertThat(x.payload(ReportingEvents.TEXT)).contains(TownshipMonthlyCycleExample.BOILERPLATE_EXPLANATION);
        });
    }

    @Test
    void theLateUnitIsUrgedAndListedAsLateAndTheOtherIsRefusing() {
        Enterprise late = cycle.playing(Part.LATE_URGED);
        Enterprise refusing = cycle.playing(Part.REFUSING);
        DeadlineReport report = cycle.deadlineReport();
        assertThat(report.late()).extracting(DeadlineStatus::unitId).containsExactly(late.id());
        assertThat(report.refusing()).extracting(DeadlineStatus::unitId).containsExactly(refusing.id());
        assertThat(report.entries()).filteredOn(s -> !s.urgeSequences().isEmpty()).extracting(DeadlineStatus::unitId)
                .containsExactlyInAnyOrder(late.id(), refusing.id());
        assertThat(cycle.beforeUrging().overdue()).extracting(DeadlineStatus::unitId)
                .containsExactlyInAnyOrder(late.id(), refusing.id());
        assertThat(cycle.afterUrging().urged()).extracting(DeadlineStatus::unitId)
                .containsExactlyInAnyOrder(late.id(), refusing.id());
        DeadlineStatus l = report.late().get(0);
        assertThat(l.submittedAt().orElseThrow()).isAfter(l.dueAt().orElseThrow())
                .isBefore(l.urgeDeadline().orElseThrow());
        assertThat(report.refusing().get(0).flaggedRefusing()).isTrue();
        assertThat(report.withStatus(ReportingStatus.ON_TIME)).hasSize(18);

        assertThat(output).contains("late 迟报: " + late.id() + " (");
        assertThat(output).contains("urged 经催报: " + List.of(late.id(), refusing.id()).stream().sorted()
                .collect(Collectors.joining(", ")));
        assertThat(output).contains("refusing 拒报: " + refusing.id() + " (flagged 已认定 #"
                + report.refusing().get(0).refusingSequences().get(0) + ")");
    }

    @Test
    void theProxyFigureOfTheDefenceUnitCarriesTheAuthorisation() {
        Enterprise defence = cycle.playing(Part.DEFENCE_PROXY);
        Submission s = cycle.submissions().state(defence.key()).orElseThrow();
        String authorisation = cycle.authorisation().id();
        assertThat(cycle.authorisation().unitId()).isEqualTo(defence.id());
        assertThat(s.proxyValues()).containsEntry(TownshipMonthlyCycleExample.FIGURE, authorisation);
        assertThat(s.proxyValues().keySet()).isEqualTo(s.values().keySet());
        assertThat(s.state()).isEqualTo(SubmissionState.FORWARDED);

        FigureHistory h = Accountability.over(cycle.trail()).verifiedFigure(defence.key(), TownshipMonthlyCycleExample.FIGURE);
        assertThat(h.verifiedIntact()).isTrue();
        assertThat(h.valueChanges()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.proxyAuthorisation()).contains(authorisation);
            assertThat(v.knownRole()).contains(Role.PROXY_FILLER);
        });
        assertThat(h.entries(EntryKind.PROXY_AUTHORISATION)).singleElement()
                .satisfies(a -> assertThat(a.sequence()).isEqualTo(cycle.authorisation().sequence()));
        assertThat(output).contains("under proxy authorisation 依代填授权 " + authorisation);
        // no ordinary enterprise has a figure entered by proxy, and the proxy's attempt on one was refused
        for (Enterprise e : cycle.enterprises()) {
            if (e != defence) {
                cycle.submissions().state(e.key()).ifPresent(x -> assertThat(x.proxyValues()).as(e.id()).isEmpty());
            }
        }
        assertThat(cycle.refusals()).anySatisfy(r -> assertThat(r.code()).isEqualTo("SB-REP-0205"));
    }

    @Test
    void theReturnedReportIsAnsweredResubmittedAndAcceptedAndTheReviewersAttemptIsInTheFiguresHistory() {
        Enterprise returned = cycle.playing(Part.RETURNED);
        Submission s = cycle.submissions().state(returned.key()).orElseThrow();
        assertThat(s.submissions()).isEqualTo(2);
        assertThat(s.queries()).singleElement().satisfies(q -> {
            assertThat(q.returned()).isTrue();
            assertThat(q.answered()).isTrue();
            assertThat(q.by()).isEqualTo(TownshipMonthlyCycleExample.TOWNSHIP_REVIEWER.person());
        });
        assertThat(s.state()).isEqualTo(SubmissionState.FORWARDED);

        FigureHistory h = Accountability.over(cycle.trail()).verifiedFigure(returned.key(),
                TownshipMonthlyCycleExample.FIGURE);
        long returnedAt = h.entries(EntryKind.RETURN).get(0).sequence();
        List<FigureEntry> submits = h.entries(EntryKind.SUBMIT);
        long accepted = h.acceptance().orElseThrow().sequence();
        assertThat(submits).hasSize(2);
        assertThat(submits.get(0).sequence()).isLessThan(returnedAt);
        assertThat(submits.get(1).sequence()).isGreaterThan(returnedAt).isLessThan(accepted);
        assertThat(h.acceptance().orElseThrow().knownRole()).contains(Role.COUNTY_REVIEWER);
        assertThat(h.entries(EntryKind.FORWARD)).singleElement()
                .satisfies(f -> assertThat(f.knownRole()).contains(Role.COUNTY_REVIEWER));
        assertThat(h.refusedAttempts()).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(TownshipMonthlyCycleExample.TOWNSHIP_REVIEWER.person().value());
            assertThat(a.errorCode()).contains("SB-REP-0203");
            assertThat(a.change().orElseThrow().before()).isEqualTo(returned.figures().get("B02"));
        });
        assertThat(h.currentValue()).isEqualTo(s.value("B02"))
                .contains(TownshipMonthlyCycleExample.corrected(returned.figures().get("B02")));
        assertThat(h.enteredBy()).contains(returned.filler().person().value());

        // every entry of the history is a line of the printed chain, with its sequence and hash
        for (FigureEntry e : h.entries()) {
            Pattern line = Pattern.compile("(?m)^" + e.sequence() + "\\s+.*" + e.hash().hex().substring(0, 12) + "$");
            assertThat(line.matcher(output).find()).as("entry #%d", e.sequence()).isTrue();
        }
    }

    @Test
    void everyEnterpriseIsForwardedOrShownAsNotForwardedWithItsDeadlineStatus() {
        DeadlineReport report = cycle.deadlineReport();
        int forwarded = 0;
        for (Enterprise e : cycle.enterprises()) {
            var s = cycle.submissions().state(e.key());
            DeadlineStatus d = report.entries().stream().filter(x -> x.unitId().equals(e.id())).findFirst()
                    .orElseThrow();
            Pattern row = Pattern.compile("(?m)^" + e.id() + "\\s+" + Pattern.quote(e.name()) + ".*$");
            var m = row.matcher(output);
            assertThat(m.find()).as(e.id()).isTrue();
            if (s.isPresent() && s.get().state() == SubmissionState.FORWARDED) {
                forwarded++;
                assertThat(s.get().forwardedTo()).contains(TownshipMonthlyCycleExample.CITY);
                assertThat(s.get().accepted()).isPresent();
                assertThat(m.group()).endsWith("已上报 " + TownshipMonthlyCycleExample.CITY);
            } else {
                assertThat(m.group()).as(e.id()).contains("未上报 not forwarded: " + d.status().nameZh());
                assertThat(e.part()).isEqualTo(Part.REFUSING);
            }
        }
        assertThat(forwarded).isEqualTo(19);
    }

    @Test
    void everyRunPrintsTheSame() {
        assertThat(print(TownshipMonthlyCycleExample.cycle())).isEqualTo(output);
        assertThat(mainOutput()).isEqualTo(output);
        assertThat(TownshipMonthlyCycleExample.enterprises(TownshipMonthlyCycleExample.SEED + 1))
                .isNotEqualTo(cycle.enterprises());
    }

    @Test
    void queriesAreAnsweredBeforeAcceptance() {
        for (Enterprise e : cycle.enterprises()) {
            cycle.submissions().state(e.key()).ifPresent(s ->
                    assertThat(s.queries()).as(e.id()).allMatch(ReviewQuery::answered));
        }
    }
}
