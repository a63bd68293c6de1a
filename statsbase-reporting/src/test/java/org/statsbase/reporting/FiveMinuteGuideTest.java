package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.FigureEntry;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.reporting.deadline.DeadlineReport;
import org.statsbase.reporting.deadline.DeadlineStatus;
import org.statsbase.reporting.deadline.ReportingDeadlines;
import org.statsbase.reporting.deadline.ReportingStatus;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.LedgerAgreement;
import org.statsbase.reporting.ledger.LedgerBook;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * The README's five-minute guide (五分钟上手), run as written: each snippet of the guide is the body of
 * one method here, and {@link #everySnippetOfTheReadmeGuideIsCodeOfThisTest()} fails when the README and
 * this file drift apart.
 */
class FiveMinuteGuideTest {

    /** The form B204-1 (工业产值) and its review formulas, as statsbase-core and statsbase-validation define them. */
    private static final ReportForm B204 = ReportForm.of("B204-1", "工业产值", Frequency.MONTHLY, List.of(
            Indicator.of("B01", "工业总产值", IndicatorType.NUMBER),
            Indicator.of("B02", "销售产值", IndicatorType.NUMBER)));

    private static final RuleSet RULES = RuleSet.compile(RuleSetFiles.parse("""
            id: b204-1
            rules:
              - id: R001
                check: not is_missing(B01)
                severity: MANDATORY
              - id: R002
                check: B02 <= B01
                severity: QUASI_MANDATORY
            """, "b204-1.yaml", RuleSetFormat.YAML), B204);

    private final ReportForm b204 = B204;
    private final RuleSet rules = RULES;

    // The objects the first snippet builds and the later ones use.
    private BusinessRegister register;
    private Trail trail;
    private Submissions submissions;
    private SubmissionKey k;

    /** Snippet 1: register, create, enter, sign, submit, return with a query, answer, resubmit, accept. */
    private void reportingCycle() {
        BusinessRegister register = BusinessRegister.builder()         // 名录库: who must report
                .add(StatisticalUnit.legalEntity("U1", "甲制造有限公司", IndustryCode.parse("1311"),
                        DivisionCode.parse("500105001001")), LocalDate.of(2020, 1, 1))
                .add(StatisticalUnit.legalEntity("U2", "乙制造有限公司", IndustryCode.parse("1311"),
                        DivisionCode.parse("500105001002")), LocalDate.of(2020, 1, 1))
                .build();
        Clock clock = Clock.fixed(Instant.parse("2026-11-10T02:00:00Z"), ZoneOffset.UTC);   // fixed, for the deadline list below
        Trail trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, clock);  // or a FileEventStore
        Submissions submissions = Submissions.builder().trail(trail).register(register)
                .ruleSets(Map.of("B204-1", rules)).forms(List.of(b204))          // 报送时审核 review on submitting
                .clock(clock).build();

        SubmissionKey k = SubmissionKey.of("U1", "B204-1", ReportingPeriod.ofMonth(2026, 10));
        Actor filler = Actor.staff(PersonId.of("u1-filler"), Role.FILLER, "U1");
        Actor lead = Actor.staff(PersonId.of("u1-lead"), Role.STATISTICS_LEAD, "U1");
        Actor head = Actor.staff(PersonId.of("u1-head"), Role.UNIT_HEAD, "U1");
        Actor reviewer = Actor.official(PersonId.of("t-liu"), Role.TOWNSHIP_REVIEWER,
                DivisionCode.parse("500105001000"));

        submissions.create(filler, k);                                          // 创建 create a draft
        submissions.enter(filler, k, Map.of("B01", "1200", "B02", "1100"));     // 填报 enter values
        submissions.sign(filler, k);                                            // 签署 sign: 填表人
        submissions.sign(lead, k);                                              // 统计负责人
        submissions.sign(head, k);                                              // 单位负责人
        submissions.submit(filler, k);                                          // 报送 submit (reviewed here)
        submissions.returnWithQuery(reviewer, k, "销售产值与上月相比偏高，请核实");   // 退回 return with query Q1
        submissions.answer(filler, k, "Q1", "本月新增订单两笔，数据无误");            // 答复 answer
        submissions.submit(filler, k);                                          // 重新报送 resubmit
        submissions.accept(reviewer, k);                                        // 验收 accept
        Submission s = submissions.state(k).orElseThrow();                      // ACCEPTED, read back from the trail

        this.register = register;
        this.trail = trail;
        this.submissions = submissions;
        this.k = k;
    }

    @Test
    void reportingCycleEndsAcceptedWithEveryStepInTheTrail() {
        reportingCycle();

        Submission s = submissions.state(k).orElseThrow();
        assertThat(s.state()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(s.values()).containsExactly(Map.entry("B01", "1200"), Map.entry("B02", "1100"));
        assertThat(s.signatures()).containsOnlyKeys(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD);
        assertThat(s.queries()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("Q1");
            assertThat(q.answered()).isTrue();
        });
        assertThat(s.submissions()).isEqualTo(2);
        assertThat(Submission.read(trail, k)).contains(s);
        assertThat(trail.verify().intact()).isTrue();
    }

    /** Snippet 2: who reported on time, late or not at all. */
    private DeadlineReport deadlineList() {
        DeadlineCalendar calendar = DeadlineCalendar.builder().source("本地报表制度：次月16日12时前报送")
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON)).build();
        ReportingDeadlines deadlines = ReportingDeadlines.of(trail, calendar, register);
        DeadlineReport report = deadlines.report("B204-1", ReportingPeriod.ofMonth(2026, 10),
                List.of("U1", "U2"), Instant.parse("2026-11-20T00:00:00Z"));
        report.withStatus(ReportingStatus.ON_TIME);      // U1 按时报送: its first submit was before the deadline
        report.overdue();                                 // U2 逾期未报: the ones to urge (催报)
        return report;
    }

    @Test
    void deadlineListShowsTheOnTimeUnitAndTheOverdueOne() {
        reportingCycle();

        DeadlineReport report = deadlineList();
        assertThat(report.withStatus(ReportingStatus.ON_TIME))
                .extracting(DeadlineStatus::unitId).containsExactly("U1");
        assertThat(report.overdue()).extracting(DeadlineStatus::unitId).containsExactly("U2");
        assertThat(report.late()).isEmpty();
        assertThat(report.notInRegister()).isEmpty();
        // 2026-11-16 12:00 Beijing time, 04:00 UTC.
        assertThat(report.overdue().get(0).dueAt()).contains(Instant.parse("2026-11-16T04:00:00Z"));
    }

    /** Snippet 3: the accountability chain of one figure. */
    private FigureHistory accountabilityChain() {
        FigureHistory h = Accountability.over(trail).verifiedFigure(k, "B01");  // verifies the whole trail first
        h.verifiedIntact();                            // true: no event changed, removed or reordered
        h.currentValue();                              // Optional[1200]
        h.enteredBy();                                 // Optional[u1-filler]
        h.currentSignatures().keySet();                // FILLER, STATISTICS_LEAD, UNIT_HEAD
        h.acceptance().map(FigureEntry::actor);        // Optional[t-liu]
        h.entries();                                   // every step, each with actor, role, time, hash
        return h;
    }

    @Test
    void accountabilityChainNamesWhoEnteredSignedAndAcceptedTheFigure() {
        reportingCycle();

        FigureHistory h = accountabilityChain();
        assertThat(h.verifiedIntact()).isTrue();
        assertThat(h.currentValue()).contains("1200");
        assertThat(h.enteredBy()).contains("u1-filler");
        assertThat(h.currentSignatures()).containsOnlyKeys(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD);
        assertThat(h.acceptance().map(FigureEntry::actor)).contains("t-liu");
        assertThat(h.entries()).extracting(FigureEntry::action).contains(ReportingEvents.ENTER,
                ReportingEvents.SUBMIT, ReportingEvents.RETURN, ReportingEvents.ANSWER, ReportingEvents.ACCEPT);
    }

    /** Snippet 4: a figure derived from the unit's ledger (统计台账), and the check against what was submitted. */
    private DerivedFigure ledgerDerivedFigure(Path invoice123, Path invoice131) throws IOException {
        LedgerBook book = LedgerBook.open(trail, "U1");                          // 统计台账, kept in the same trail
        PersonId clerk = PersonId.of("u1-clerk");
        book.record(LedgerPosting.amount(LocalDate.of(2026, 10, 12), "6001", new BigDecimal("700000"),
                OriginalRecord.of(sha256(invoice123), "销售发票 No.00123")), clerk);   // 原始记录: the voucher's digest
        book.record(LedgerPosting.amount(LocalDate.of(2026, 10, 25), "6001", new BigDecimal("500400"),
                OriginalRecord.of(sha256(invoice131), "销售发票 No.00131")), clerk);
        LedgerMapping mapping = LedgerMapping.parse("""
                form: B204-1
                unit: 千元
                figures:
                  - {code: B01, name: 工业总产值, basis: 本月, accounts: [{prefix: "6001"}]}
                """, "b204-1-ledger.yaml");
        ReportingPeriod october = ReportingPeriod.ofMonth(2026, 10);
        DerivedFigure b01 = LedgerDerivation.derive(book.ledger(), mapping, october).figure("B01").orElseThrow();
        b01.rounded();                                 // 1200 (千元): 1200400 元, rounded half up
        b01.provenance();                              // the two entries, each with its original record
        LedgerAgreement.of(book, mapping).check(october, submissions.state(k).orElseThrow().values())
                .agrees();                             // true: the submitted B01 is the ledger's
        return b01;
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(HashAlgorithm.SHA_256.newDigest().digest(Files.readAllBytes(file)));
    }

    @Test
    void ledgerDerivedFigureIsTheRoundedSumOfItsEntriesAndAgreesWithTheSubmission(@TempDir Path dir)
            throws IOException {
        reportingCycle();
        Path invoice123 = Files.writeString(dir.resolve("invoice-00123.pdf"), "销售发票 No.00123 金额 700000.00");
        Path invoice131 = Files.writeString(dir.resolve("invoice-00131.pdf"), "销售发票 No.00131 金额 500400.00");

        DerivedFigure b01 = ledgerDerivedFigure(invoice123, invoice131);
        assertThat(b01.sourceTotal()).isEqualByComparingTo("1200400");
        assertThat(b01.unrounded()).isEqualByComparingTo("1200.4");
        assertThat(b01.rounded()).isEqualTo(new BigDecimal("1200"));
        assertThat(b01.provenance()).extracting(c -> c.entry().record().description())
                .containsExactly("销售发票 No.00123", "销售发票 No.00131");
        assertThat(b01.provenance().get(0).entry().record().digestHex()).isEqualTo(sha256(invoice123));
        assertThat(LedgerAgreement.of(LedgerBook.open(trail, "U1"), LedgerMapping.parse("""
                form: B204-1
                unit: 千元
                figures:
                  - {code: B01, basis: 本月, accounts: [{prefix: "6001"}]}
                """, "m.yaml")).check(ReportingPeriod.ofMonth(2026, 10), Map.of("B01", "1300")).agrees())
                .as("a submitted 1300 disagrees with the ledger's 1200").isFalse();
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
