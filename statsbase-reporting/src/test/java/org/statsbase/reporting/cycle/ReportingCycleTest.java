package org.statsbase.reporting.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.EntryKind;
import org.statsbase.reporting.accountability.FigureEntry;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.reporting.accountability.ValueChange;
import org.statsbase.reporting.deadline.ReportingDeadlines;
import org.statsbase.reporting.deadline.ReportingStatus;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.reporting.handover.Handover;
import org.statsbase.reporting.handover.Handovers;
import org.statsbase.reporting.handover.ReportingItemKind;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.Trail;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * Deadlines, accountability and handover read the events the submission workflow ({@link Submissions})
 * writes: one unit's late October report, urged, returned and accepted, its figure's history, and a
 * handover whose successor acts only once both sides signed.
 */
class ReportingCycleTest {

    private static final ReportingPeriod OCT = ReportingPeriod.ofMonth(2026, 10);
    private static final Instant DUE = Instant.parse("2026-11-16T04:00:00Z");
    private static final String FORM = Fixtures.FORM;
    private static final SubmissionKey K = SubmissionKey.of("U1", FORM, OCT);
    private static final DivisionCode TOWNSHIP = DivisionCode.parse("500105001000");

    private static final ReportForm B204 = ReportForm.of(FORM, "工业产值", Frequency.MONTHLY, List.of(
            Indicator.of("B01", "工业总产值", IndicatorType.NUMBER), Indicator.of("B02", "销售产值", IndicatorType.NUMBER)));
    private static final RuleSet RULES = RuleSet.compile(RuleSetFiles.parse("""
            id: b204-1-cycle
            rules:
              - id: R001
                check: not is_missing(B01)
                severity: MANDATORY
            """, "b204-1-cycle.yaml", RuleSetFormat.YAML), B204);
    private static final BusinessRegister REGISTER = BusinessRegister.builder()
            .add(StatisticalUnit.legalEntity("U1", "甲制造有限公司", IndustryCode.parse("1311"),
                    DivisionCode.parse("500105001001")), LocalDate.of(2020, 1, 1))
            .build();

    private static final Actor FILLER = Actor.staff(PersonId.of("u1-filler"), Role.FILLER, "U1");
    private static final Actor LEAD = Actor.staff(PersonId.of("u1-lead"), Role.STATISTICS_LEAD, "U1");
    private static final Actor HEAD = Actor.staff(PersonId.of("u1-head"), Role.UNIT_HEAD, "U1");
    private static final Actor SUCCESSOR = Actor.staff(PersonId.of("u1-new-filler"), Role.FILLER, "U1");
    private static final Actor REVIEWER = Actor.official(PersonId.of("t-reviewer"), Role.TOWNSHIP_REVIEWER, TOWNSHIP);
    private static final PersonId OFFICER = PersonId.of("t-office");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-10T01:00:00Z"));
    private final Trail trail = Fixtures.trail(clock);
    private final Submissions submissions = Submissions.builder().trail(trail).register(REGISTER)
            .ruleSets(Map.of(FORM, RULES)).forms(List.of(B204)).clock(clock).build();
    private final ReportingDeadlines deadlines = ReportingDeadlines.of(trail, Fixtures.calendar(), REGISTER, clock);
    private final Handovers handovers = Handovers.over(trail);

    private void signAll(Actor filler) {
        submissions.sign(filler, K);
        submissions.sign(LEAD, K);
        submissions.sign(HEAD, K);
    }

    @Test
    void aLateUrgedReturnedAndAcceptedReportAndTheHistoryOfItsFigure() {
        submissions.create(FILLER, K);
        submissions.enter(FILLER, K, Map.of("B01", "1200", "B02", "1100"));
        clock.set(DUE.plus(Duration.ofDays(1)));
        assertThat(deadlines.status(K).status()).isEqualTo(ReportingStatus.OVERDUE);
        deadlines.urge(OFFICER, K, DUE.plus(Duration.ofDays(3)), "请于 11 月 19 日 12 时前报送");
        assertThat(deadlines.status(K).status()).isEqualTo(ReportingStatus.URGED);

        clock.set(DUE.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> submissions.enter(REVIEWER, K, Map.of("B01", "1300")))
                .isInstanceOf(SubmissionRefusedException.class);
        signAll(FILLER);
        submissions.submit(FILLER, K);
        submissions.returnWithQuery(REVIEWER, K, "产值与上月相比偏高，请核实");
        submissions.answer(FILLER, K, submissions.state(K).orElseThrow().openQueries().get(0).id(), "已核实并更正");
        submissions.enter(FILLER, K, Map.of("B01", "1250"));
        signAll(FILLER);
        submissions.submit(FILLER, K);
        submissions.accept(REVIEWER, K);

        clock.set(DUE.plus(Duration.ofDays(10)));
        assertThat(deadlines.status(K).status()).as("submitted within the urging's deadline: late, not refusing")
                .isEqualTo(ReportingStatus.LATE);
        assertThat(deadlines.report(FORM, OCT, List.of("U1")).late()).hasSize(1);

        FigureHistory h = Accountability.over(trail).verifiedFigure(K, "B01");
        assertThat(h.verifiedIntact()).isTrue();
        assertThat(h.valueChanges()).extracting(e -> e.change().orElseThrow())
                .containsExactly(ValueChange.of("", "1200"), ValueChange.of("1200", "1250"));
        assertThat(h.refusedAttempts()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("t-reviewer");
            assertThat(e.change()).contains(ValueChange.of("1200", "1300"));
        });
        assertThat(h.entries(EntryKind.URGE)).hasSize(1);
        assertThat(h.entries(EntryKind.RETURN)).hasSize(1);
        assertThat(h.entries(EntryKind.ANSWER)).hasSize(1);
        assertThat(h.currentValue()).isEqualTo(submissions.state(K).orElseThrow().value("B01")).contains("1250");
        assertThat(h.currentSignatures()).containsOnlyKeys(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD);
        assertThat(h.acceptance()).map(FigureEntry::actor).contains("t-reviewer");
    }

    @Test
    void theSuccessorActsOnlyOnceBothSidesSignedTheHandover() {
        submissions.create(FILLER, K);
        submissions.enter(FILLER, K, Map.of("B01", "1200"));
        Handover h = handovers.record("U1", Role.FILLER, FILLER.person(), SUCCESSOR.person(), List.of());
        assertThat(h.items(ReportingItemKind.OPEN_SUBMISSION)).hasSize(1);

        assertThatThrownBy(() -> submissions.enter(SUCCESSOR, K, Map.of("B01", "1300")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-REP-0207"));
        handovers.sign(h.id(), HandoverParty.OUTGOING, FILLER.person());
        assertThatThrownBy(() -> handovers.sign(h.id(), HandoverParty.INCOMING, FILLER.person()))
                .hasMessageContaining("SB-REP-0502");
        assertThatThrownBy(() -> submissions.enter(SUCCESSOR, K, Map.of("B01", "1300")))
                .isInstanceOf(SubmissionRefusedException.class);
        handovers.sign(h.id(), HandoverParty.INCOMING, SUCCESSOR.person());
        assertThat(submissions.enter(SUCCESSOR, K, Map.of("B01", "1300")).value("B01")).contains("1300");
        assertThat(Accountability.over(trail).figure(K, "B01").enteredBy()).contains("u1-new-filler");
    }

    @Test
    void aTownshipStatisticiansSuccessorReviewsOnlyOnceTheHandoverIsSigned() {
        submissions.create(FILLER, K);
        submissions.enter(FILLER, K, Map.of("B01", "1200"));
        submissions.sign(FILLER, K);
        submissions.sign(LEAD, K);
        submissions.sign(HEAD, K);
        submissions.submit(FILLER, K);
        Actor newReviewer = Actor.official(PersonId.of("t-new-reviewer"), Role.TOWNSHIP_REVIEWER, TOWNSHIP);
        // The station's post is handed over; it covers U1's open work.
        Handover h = handovers.record("STATION-500105001", Role.TOWNSHIP_REVIEWER, REVIEWER.person(),
                newReviewer.person(), List.of("U1"), List.of());
        assertThat(h.items(ReportingItemKind.OPEN_SUBMISSION)).hasSize(1);

        assertThatThrownBy(() -> submissions.accept(newReviewer, K))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-REP-0207"));
        handovers.sign(h.id(), HandoverParty.OUTGOING, REVIEWER.person());
        handovers.sign(h.id(), HandoverParty.INCOMING, newReviewer.person());
        assertThat(submissions.accept(newReviewer, K).state()).hasToString("ACCEPTED");
    }
}
