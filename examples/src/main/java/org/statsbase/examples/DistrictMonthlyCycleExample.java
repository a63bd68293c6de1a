package org.statsbase.examples;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.statsbase.archive.Archive;
import org.statsbase.archive.Filing;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.confidentiality.access.AccessControl;
import org.statsbase.confidentiality.access.AccessDecision;
import org.statsbase.confidentiality.access.AccessPolicy;
import org.statsbase.confidentiality.access.Action;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Role;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.Classification;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.classification.DataClassifier;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.examples.TownshipMonthlyCycleExample.Cycle;
import org.statsbase.examples.TownshipMonthlyCycleExample.Enterprise;
import org.statsbase.examples.TownshipMonthlyCycleExample.Part;
import org.statsbase.examples.TownshipMonthlyCycleExample.Refused;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.reporting.deadline.DeadlineReport;
import org.statsbase.reporting.deadline.ReportingStatus;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.LedgerBook;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.Trail;
import org.statsbase.trail.Verification;

/**
 * The README's first command: one <strong>synthetic</strong> district's monthly cycle through every module,
 * on ONE trail — the register (statsbase-core: codes, size by 统计上大中小微型企业划分办法（2017）, "四上"),
 * the review on submitting (statsbase-validation, rule set {@value TownshipMonthlyCycleExample#RULE_SET_ID}),
 * submission, deadlines and accountability (statsbase-reporting, incl. a refused red-line attempt and a figure
 * derived from a ledger), filing of the accepted forms with a hold and the due list (statsbase-archive), and
 * the district table classified, its access decided and its cells protected (statsbase-confidentiality);
 * at the end the trail is verified against its head (statsbase-trail).
 *
 * <p>It reuses the other examples: {@link TownshipMonthlyCycleExample} runs the month, {@link LedgerExample}
 * supplies the ledger, {@link PublishedTableExample} the table. Everything is invented; seeds and fixed
 * clocks make every run print the same, hashes included.
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -jar examples/target/statsbase-examples.jar}
 */
public final class DistrictMonthlyCycleExample {

    /** The district of every example: 重庆市江北区 (invented data). */
    static final String DISTRICT = "500105";
    static final HoldId HOLD = HoldId.of("ZF-2026-011");
    static final LocalDate FILED_ON = LocalDate.of(2026, 11, 21);
    static final RetentionPeriod RETENTION = RetentionPeriod.ofYears(2);
    static final LocalDate DUE_LIST_ASOF = LocalDate.of(2029, 12, 31);
    static final org.statsbase.archive.Actor ARCHIVIST = org.statsbase.archive.Actor.of("档案员-示例", "archivist");
    static final org.statsbase.archive.Actor INSPECTOR = org.statsbase.archive.Actor.of("执法员-示例", "inspector");
    /** The day the district table is released (10:00 Beijing time). */
    static final Instant RELEASE = Instant.parse("2026-11-25T02:00:00Z");

    /** One register line: the unit's codes, size and "四上" status, or why they could not be decided. */
    record RegisterLine(String unitId, boolean creditCodeValid, String size, boolean aboveScale) {
    }

    /**
     * What the run leaves, for printing and for the test.
     *
     * @param cycle        the township month (trail, submissions, deadlines, refusals)
     * @param register     one line per enterprise of the register
     * @param history      the accountability chain of the returned report's revenue
     * @param ledgerFigure revenue (02, 千元) of October derived from one enterprise's ledger
     * @param filed        the accepted forms as filed
     * @param held         the filed record under the inspection hold
     * @param due          each filed record's due state as of {@link #DUE_LIST_ASOF}
     * @param classification the district table's classification before release
     * @param decisions    the access decisions, in order
     * @param table        the protected district table
     * @param verification the trail verified against its head at the end
     * @param head         that head
     */
    record Outcome(Cycle cycle, List<RegisterLine> register, FigureHistory history, DerivedFigure ledgerFigure,
            List<ArchivedRecord> filed, RecordId held, Map<RecordId, Due> due, Classification classification,
            List<AccessDecision> decisions, ProtectedTable table, Verification verification, Anchor head) {
    }

    private DistrictMonthlyCycleExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Runs the cycle and prints it to {@code out}. */
    static void run(PrintStream out) {
        print(compute(), out);
    }

    static Outcome compute() {
        // Reporting, with validation on submitting, on one trail.
        Cycle cycle = TownshipMonthlyCycleExample.cycle();
        Trail trail = cycle.trail();

        // Core: the register of the township's enterprises, classified from their own October figures.
        List<RegisterLine> register = cycle.enterprises().stream().map(DistrictMonthlyCycleExample::classify).toList();

        Enterprise returned = cycle.playing(Part.RETURNED);
        FigureHistory history = Accountability.over(trail).verifiedFigure(returned.key(),
                TownshipMonthlyCycleExample.FIGURE);

        // A ledger (统计台账) kept on the same trail for one enterprise; October's revenue derived from it.
        Enterprise onTime = cycle.playing(Part.ON_TIME);
        LedgerBook book = LedgerBook.open(trail, onTime.id());
        Random random = new Random(LedgerExample.SEED);
        ReportingPeriod october = TownshipMonthlyCycleExample.PERIOD;
        List<LedgerPosting> postings = LedgerExample.month(random, october.firstDay().getMonthValue());
        // posted one by one: an import (importPostings) gets a random id, and this run must print the same hashes
        postings.forEach(p -> book.record(p, LedgerExample.CLERK));
        DerivedFigure ledgerFigure = LedgerDerivation.derive(book.ledger(), LedgerExample.mapping(), october)
                .figure("02").orElseThrow();

        // Archive: the accepted forms filed on the same trail, one held for an inspection, the due list.
        Clock archiveClock = Clock.fixed(FILED_ON.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));
        Archive archive = Archive.builder().catalog(InMemoryArchiveCatalog.create())
                .contentStore(InMemoryContentStore.create()).trail(trail).clock(archiveClock).build();
        List<ArchivedRecord> filed = new ArrayList<>();
        for (Enterprise e : cycle.enterprises()) {
            // the refusing enterprise never created its report: nothing to file
            cycle.submissions().state(e.key()).filter(s -> s.state() == SubmissionState.FORWARDED)
                    .ifPresent(s -> filed.add(archive.ingest(ARCHIVIST, filing(e, s), csv(s))));
        }
        RecordId held = recordId(returned);
        archive.placeHold(INSPECTOR, held, HOLD, HoldKind.INSPECTION, "统计执法检查：核查营业收入更正 / inspection of the corrected revenue");
        Map<RecordId, Due> due = new LinkedHashMap<>();
        filed.forEach(r -> due.put(r.id(), archive.due(r.id(), DUE_LIST_ASOF)));

        // Confidentiality: the district table classified, access decided (and recorded), cells protected.
        DivisionCode county = TownshipMonthlyCycleExample.COUNTY;
        DataItem tableItem = DataItem.aggregate("revenue.by-township-industry/" + october, county)
                .withReleaseAt(RELEASE).withDisclosureChecked(true);
        Classification classification = DataClassifier.standard(SecretItems.empty()).classify(tableItem,
                RELEASE.minusSeconds(86_400));
        AccessControl access = AccessControl.of(AccessPolicy.standard(), trail);
        DivisionCode township = TownshipMonthlyCycleExample.TOWNSHIP;
        Subject statistician = Subject.of("township-reviewer-liu", Role.STATISTICIAN, ConfidentialityLevel.INTERNAL,
                township, Purpose.STATISTICAL);
        Subject reader = Subject.of("public-reader", Role.PUBLIC, ConfidentialityLevel.PUBLIC, county,
                Purpose.STATISTICAL);
        Resource forms = Resource.of(TownshipMonthlyCycleExample.FORM + "/" + october + "/" + township,
                ConfidentialityLevel.INTERNAL, DataClass.UNIT_LEVEL, township);
        Resource tableBeforeRelease = Resource.of(tableItem.id(), classification.level(), DataClass.AGGREGATE, county);
        List<AccessDecision> decisions = List.of(access.decide(statistician, forms, Action.READ),
                access.decide(reader, forms, Action.READ), access.decide(reader, tableBeforeRelease, Action.READ));
        ProtectedTable table = PublishedTableExample.compute(DISTRICT).table();

        Anchor head = trail.head();
        return new Outcome(cycle, register, history, ledgerFigure, filed, held, due, classification, decisions, table,
                trail.verify(head), head);
    }

    private static RegisterLine classify(Enterprise e) {
        CodeCheck<UnifiedSocialCreditCode, ?> credit = UnifiedSocialCreditCode.check(e.creditCode());
        IndustryCode industry = IndustryCode.parse(e.industry());
        // the form's revenue is in 千元, the classifiers' tables in 万元
        BigDecimal revenue = new BigDecimal(e.figures().get("B02")).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        String size;
        try {
            size = EnterpriseSizeClassifier.standard2017().classify(industry, SizeMetrics.none()
                    .withEmployees(Long.parseLong(e.figures().get("C01"))).withRevenue(revenue)).size().nameZh();
        } catch (StatsbaseException ex) {
            size = ex.code();
        }
        boolean above = AboveScaleClassifier.standard().classify(AboveScaleInput.of(industry, revenue)).isAboveScale();
        return new RegisterLine(e.id(), credit.isValid(), size, above);
    }

    static RecordId recordId(Enterprise e) {
        return RecordId.of(String.format("%s-%s-%s", TownshipMonthlyCycleExample.FORM, TownshipMonthlyCycleExample.PERIOD,
                e.id()).toLowerCase());
    }

    private static Filing filing(Enterprise e, Submission s) {
        LocalDate formed = s.firstSubmitted().map(t -> t.atZone(TownshipMonthlyCycleExample.ZONE).toLocalDate())
                .orElse(FILED_ON);
        Metadata m = Metadata.builder().title("【示例】" + e.name() + " " + TownshipMonthlyCycleExample.FORM + " "
                + TownshipMonthlyCycleExample.PERIOD).responsibleParty("【示例】乡镇统计站").date(formed)
                .retention(RETENTION).format("CSV").build();
        return Filing.of(recordId(e), RecordClass.of("original-survey"), formed, m);
    }

    private static ByteArrayInputStream csv(Submission s) {
        String text = "indicator,value\n" + new TreeMap<>(s.values()).entrySet().stream()
                .map(x -> x.getKey() + "," + x.getValue()).collect(Collectors.joining("\n")) + "\n";
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------
    // Printing

    static void print(Outcome o, PrintStream out) {
        Cycle c = o.cycle();
        out.println("statsbase — 一个区县的月度统计全流程 / one district's monthly cycle, SYNTHETIC 虚构数据");
        out.println("District 区县 " + DISTRICT + ", township 乡镇 " + TownshipMonthlyCycleExample.TOWNSHIP + ", form 表 "
                + TownshipMonthlyCycleExample.FORM + ", period 报告期 " + TownshipMonthlyCycleExample.PERIOD);
        out.println();

        out.println("1. 名录库 Register (statsbase-core)");
        long valid = o.register().stream().filter(RegisterLine::creditCodeValid).count();
        long above = o.register().stream().filter(RegisterLine::aboveScale).count();
        Map<String, Long> sizes = o.register().stream()
                .collect(Collectors.groupingBy(RegisterLine::size, TreeMap::new, Collectors.counting()));
        out.println("  " + o.register().size() + " units 单位; valid credit codes 信用代码有效 " + valid + "; above scale 四上 "
                + above + "; sizes 规模 " + sizes);
        out.println();

        out.println("2. 审核 Review on submitting (statsbase-validation, rule set "
                + TownshipMonthlyCycleExample.RULE_SET_ID + ")");
        Map<String, Long> codes = c.refusals().stream()
                .collect(Collectors.groupingBy(Refused::code, TreeMap::new, Collectors.counting()));
        out.println("  refused steps 被拒绝的操作 by code: " + codes);
        out.println();

        out.println("3. 报送 Submission, deadlines, accountability (statsbase-reporting)");
        Map<String, Long> states = c.enterprises().stream().map(e -> c.submissions().state(e.key())
                .map(s -> s.state().nameZh() + " " + s.state().nameEn()).orElse("未建表 none"))
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        out.println("  states 状态: " + states);
        Refused redLine = redLine(c);
        out.println("  red line 红线: #" + redLine.sequence() + " " + redLine.actor() + " " + redLine.code() + " "
                + redLine.messageZh());
        out.println("                 " + redLine.messageEn());
        DeadlineReport report = c.deadlineReport();
        out.println("  deadlines 时限: on time 按时 " + report.withStatus(ReportingStatus.ON_TIME).size() + ", late 迟报 "
                + ids(report.late()) + ", refusing 拒报 " + ids(report.refusing()));
        FigureHistory h = o.history();
        out.println("  accountability 数据责任链 " + c.playing(Part.RETURNED).id() + " " + TownshipMonthlyCycleExample.FIGURE
                + ": " + h.entries().size() + " entries, current 现值 " + h.currentValue().orElse("—") + " by "
                + h.enteredBy().orElse("—") + ", refused attempts 被拒改数 " + h.refusedAttempts().size()
                + ", accepted 验收 " + h.acceptance().map(a -> a.actor()).orElse("—"));
        out.println("  ledger 台账 " + c.playing(Part.ON_TIME).id() + ": 02 营业收入 " + o.ledgerFigure().rounded()
                .toPlainString() + " 千元 from " + o.ledgerFigure().provenance().size() + " entries 条记账 (数出有据)");
        out.println();

        out.println("4. 归档 Archive (statsbase-archive)");
        out.println("  filed 归档 " + o.filed().size() + " accepted forms 已验收报表, retention 保管期限 " + RETENTION
                + "; hold 保全 " + HOLD + " on " + o.held());
        Map<String, Long> dueKinds = o.due().values().stream()
                .collect(Collectors.groupingBy(d -> d.kind().name(), TreeMap::new, Collectors.counting()));
        out.println("  due list as of 到期清单截至 " + DUE_LIST_ASOF + ": " + dueKinds);
        out.println();

        out.println("5. 公布 Publication (statsbase-confidentiality)");
        out.println("  district table 区县汇总表 before release 公布前: " + o.classification().level().nameZh() + " "
                + o.classification().level().nameEn() + ", grade 级别 " + o.classification().grade());
        for (AccessDecision d : o.decisions()) {
            out.println("  " + d.subject().id() + " " + d.action() + " " + d.resource().id() + ": "
                    + (d.permitted() ? "permitted 准许" : "denied 拒绝 " + d.code().orElse("")) + " — " + d.reasonZh());
        }
        ProtectedTable t = o.table();
        out.println("  table 表 " + t.rules().spec() + ": " + t.cells().size() + " cells, primary 主隐藏 "
                + t.count(CellStatus.PRIMARY) + ", secondary 次隐藏 " + t.count(CellStatus.SECONDARY) + ", audit 审计 "
                + (t.audit().passed() ? "passed 通过" : "FAILED 未通过"));
        out.println();

        out.println("6. 留痕 Trail (statsbase-trail)");
        Verification v = o.verification();
        out.println("  " + c.trail().size() + " events 条, head 链头 #" + o.head().sequence() + " "
                + o.head().hash().hex().substring(0, 16) + "…; verify(head): "
                + (v.intact() ? "intact 完整" : "BROKEN 已损坏") + ", " + v.eventsChecked() + " checked 已校验");
        out.println();
        out.println("More 更多: TownshipMonthlyCycleExample, LedgerExample, ArchiveExample, PublishedTableExample, "
                + "DistrictRegisterExample (java -cp examples/target/statsbase-examples.jar org.statsbase.examples.…)");
    }

    /** The refused attempt of the township reviewer to change an enterprise's figure (red line 4). */
    static Refused redLine(Cycle c) {
        return c.refusals().stream().filter(r -> r.actor().equals(TownshipMonthlyCycleExample.TOWNSHIP_REVIEWER
                .person().value())).findFirst().orElseThrow();
    }

    private static String ids(List<org.statsbase.reporting.deadline.DeadlineStatus> entries) {
        return entries.isEmpty() ? "—" : entries.stream().map(s -> s.unitId()).collect(Collectors.joining(", "));
    }
}
