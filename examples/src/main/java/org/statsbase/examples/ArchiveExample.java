package org.statsbase.examples;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.statsbase.archive.Actor;
import org.statsbase.archive.Archive;
import org.statsbase.archive.Filing;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Finding;
import org.statsbase.archive.integrity.FourPropertyReport;
import org.statsbase.archive.integrity.Property;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * The archive example (统计资料管理制度): a <strong>synthetic</strong> township statistics station files a year of
 * material with statsbase-archive — twelve monthly forms (原始调查资料, 2 years), twelve monthly ledgers (统计台账,
 * 2 years), four quarterly summaries (汇总性统计资料, 定期10年, archival codes {@code Z109-WS·2023-D10-TJZ-0001}…)
 * and the annual summary (重要的汇总性统计资料, 永久, {@code Z109-WS·2023-Y-TJZ-0001}). In March 2026 an
 * enforcement inspection (统计执法检查) places a hold on the June material; the station lists what falls due in
 * 2026, draws up a destruction list (销毁清册) — the held form is refused — has it approved by the head, is refused
 * once with a single supervisor, destroys with two, and prints the four-property report (DA/T 70-2018).
 *
 * <p>Everything is invented: the station, its people and every figure (a seeded {@link Random}); the clocks are
 * fixed (filing on 2024-01-20, disposal on 2026-03-02), so every run prints the same.
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.ArchiveExample}
 */
public final class ArchiveExample {

    static final long SEED = 20261127L;
    static final int YEAR = 2023;
    static final int DUE_YEAR = 2026;
    static final LocalDate FILED_ON = LocalDate.of(2024, 1, 20);
    static final LocalDate DISPOSAL_ON = LocalDate.of(2026, 3, 2);
    static final ArchivalGroup QUARTERLY = ArchivalGroup.of("Z109", ArchivalCode.DOCUMENTS, YEAR, RetentionCode.D10, "TJZ");
    static final ArchivalGroup ANNUAL = ArchivalGroup.of("Z109", ArchivalCode.DOCUMENTS, YEAR, RetentionCode.Y, "TJZ");
    static final Actor ARCHIVIST = Actor.of("档案员-示例", "archivist");
    static final Actor APPRAISER = Actor.of("鉴定员-示例", "appraiser");
    static final Actor HEAD = Actor.of("站长-示例", "head");
    static final Actor INSPECTOR = Actor.of("执法员-示例", "inspector");
    static final List<PersonId> TWO_SUPERVISORS = List.of(PersonId.of("监销人甲"), PersonId.of("监销人乙"));
    static final HoldId INSPECTION = HoldId.of("ZF-2026-003");
    /** The month the inspection looks at. */
    static final int INSPECTED_MONTH = 6;
    static final DestructionListId FIRST_LIST = DestructionListId.of("XH-2026-01");
    static final DestructionListId LIST = DestructionListId.of("XH-2026-02");

    private ArchiveExample() {
    }

    /**
     * What the example computed, for printing and for its test.
     *
     * @param filed          every record as filed
     * @param dueInYear      the records whose due date falls in {@link #DUE_YEAR}, with their dates
     * @param heldOnDueList  the records due in that year but held
     * @param appraisalRefusal the refusal of the list naming the held form
     * @param oneSupervisor  the refusal of execution with one supervisor
     * @param executed       the destruction list as executed
     * @param after          every record after the disposal
     * @param report         the four-property report
     * @param archive        the archive (catalog, content store, trail) at the end
     */
    record Outcome(List<ArchivedRecord> filed, Map<RecordId, LocalDate> dueInYear, List<RecordId> heldOnDueList,
            ArchiveException appraisalRefusal, ArchiveException oneSupervisor, DestructionList executed,
            List<ArchivedRecord> after, FourPropertyReport report, Archive archive) {
    }

    /** Runs the example and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        print(compute(), out);
    }

    static Outcome compute() {
        ArchiveCatalog catalog = InMemoryArchiveCatalog.create();
        ContentStore content = InMemoryContentStore.create();
        InMemoryEventStore events = InMemoryEventStore.create();

        // January 2024: the station files 2023's material.
        Archive filing = open(catalog, content, events, FILED_ON);
        Random random = new Random(SEED);
        List<ArchivedRecord> filed = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            // a monthly form is formed when it is submitted, on the 5th of the next month
            filed.add(file(filing, formId(m), "original-survey", month.plusMonths(1).atDay(5),
                    "【示例】城关镇规模以上工业生产月报 " + month, RetentionPeriod.ofYears(2), form(random, month)));
            filed.add(file(filing, ledgerId(m), "ledger", month.atEndOfMonth(),
                    "【示例】城关镇工业统计台账 " + month, RetentionPeriod.ofYears(2), ledger(random, month)));
        }
        for (int q = 1; q <= 4; q++) {
            Filing f = filing(RecordId.of("quarterly-" + YEAR + "-q" + q), "aggregated",
                    YearMonth.of(YEAR, q * 3).atEndOfMonth(), "【示例】城关镇工业统计季度汇总 " + YEAR + " Q" + q,
                    RetentionCode.D10.period()).inGroup(QUARTERLY);
            filed.add(filing.ingest(ARCHIVIST, f, bytes(summary(random, "Q" + q))));
        }
        filed.add(filing.ingest(ARCHIVIST, filing(RecordId.of("annual-" + YEAR), "important-aggregated",
                LocalDate.of(YEAR, 12, 31), "【示例】城关镇 " + YEAR + " 年统计年报汇总", RetentionPeriod.PERMANENT)
                .inGroup(ANNUAL), bytes(summary(random, "annual"))));

        // March 2026: the archive is opened again over the same stores.
        Archive archive = open(catalog, content, events, DISPOSAL_ON);
        archive.placeHold(INSPECTOR, formId(INSPECTED_MONTH), INSPECTION, HoldKind.INSPECTION,
                "统计执法检查：核查 " + YEAR + " 年 " + INSPECTED_MONTH + " 月规上工业产值");

        Map<RecordId, LocalDate> dueInYear = new LinkedHashMap<>();
        List<RecordId> held = new ArrayList<>();
        LocalDate endOfYear = LocalDate.of(DUE_YEAR, 12, 31);
        catalog.scan(RecordQuery.all(), r -> {
            Due d = archive.due(r.id(), endOfYear);
            if (d instanceof Due.On on && on.date().getYear() == DUE_YEAR) {
                dueInYear.put(r.id(), on.date());
            } else if (d.kind() == Due.Kind.HELD && archive.retention().indexDate(r)
                    .filter(x -> x.getYear() == DUE_YEAR).isPresent()) {
                held.add(r.id());
            }
            return true;
        });

        // Appraisal: everything due by now plus the held form; the held form is refused.
        List<RecordId> dueNow = dueInYear.entrySet().stream().filter(e -> !e.getValue().isAfter(DISPOSAL_ON))
                .map(Map.Entry::getKey).toList();
        List<RecordId> withHeld = new ArrayList<>(dueNow);
        withHeld.addAll(held);
        ArchiveException appraisalRefusal = refusal(() -> archive.appraise(APPRAISER, FIRST_LIST, withHeld, DISPOSAL_ON));
        archive.appraise(APPRAISER, LIST, dueNow, DISPOSAL_ON);
        archive.approve(HEAD, LIST);
        ArchiveException oneSupervisor = refusal(() -> archive.execute(ARCHIVIST, LIST, "粉碎", DISPOSAL_ON,
                TWO_SUPERVISORS.subList(0, 1)));
        DestructionList executed = archive.execute(ARCHIVIST, LIST, "粉碎", DISPOSAL_ON, TWO_SUPERVISORS);

        FourPropertyReport report = archive.check(ARCHIVIST, RecordQuery.all());
        List<ArchivedRecord> after = catalog.list(RecordQuery.all(), Integer.MAX_VALUE);
        return new Outcome(filed, dueInYear, held, appraisalRefusal, oneSupervisor, executed, after, report, archive);
    }

    static RecordId formId(int month) {
        return RecordId.of(String.format("form-%d-%02d", YEAR, month));
    }

    static RecordId ledgerId(int month) {
        return RecordId.of(String.format("ledger-%d-%02d", YEAR, month));
    }

    private static Archive open(ArchiveCatalog catalog, ContentStore content, InMemoryEventStore events, LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));
        return Archive.builder().catalog(catalog).contentStore(content)
                .trail(Trail.open(events, HashAlgorithm.SHA_256, clock)).clock(clock).build();
    }

    private static Filing filing(RecordId id, String recordClass, LocalDate formed, String title, RetentionPeriod retention) {
        Metadata m = Metadata.builder().title(title).responsibleParty("【示例】城关镇统计站").date(formed)
                .retention(retention).format("CSV").build();
        return Filing.of(id, RecordClass.of(recordClass), formed, m);
    }

    private static ArchivedRecord file(Archive archive, RecordId id, String recordClass, LocalDate formed, String title,
            RetentionPeriod retention, String csv) {
        return archive.ingest(ARCHIVIST, filing(id, recordClass, formed, title, retention), bytes(csv));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Random random, YearMonth month) {
        StringBuilder b = new StringBuilder("# SYNTHETIC / 虚构数据\nunit,indicator,value\n");
        for (int u = 1; u <= 5; u++) {
            b.append("SYNTHETIC-MFG-00").append(u).append(",industrial_output_10k_yuan,")
                    .append(500 + random.nextInt(5000)).append('\n');
        }
        return b.append("# period ").append(month).append('\n').toString();
    }

    private static String ledger(Random random, YearMonth month) {
        StringBuilder b = new StringBuilder("# SYNTHETIC / 虚构数据\ndate,unit,account,amount\n");
        for (int i = 0; i < 8; i++) {
            b.append(month.atDay(1 + random.nextInt(month.lengthOfMonth()))).append(",SYNTHETIC-MFG-00")
                    .append(1 + random.nextInt(5)).append(",sales,").append(10 + random.nextInt(900)).append('\n');
        }
        return b.toString();
    }

    private static String summary(Random random, String period) {
        return "# SYNTHETIC / 虚构数据\nperiod,industrial_output_10k_yuan,units\n" + YEAR + " " + period + ","
                + (20000 + random.nextInt(60000)) + ",5\n";
    }

    private interface Attempt {
        void run();
    }

    private static ArchiveException refusal(Attempt attempt) {
        try {
            attempt.run();
        } catch (ArchiveException e) {
            return e;
        }
        throw new IllegalStateException("expected a refusal");
    }

    static void print(Outcome o, PrintStream out) {
        out.println("statsbase archive example — SYNTHETIC data / 虚构数据 (城关镇统计站, " + YEAR + ")");
        out.println();
        out.println("Filed on " + FILED_ON + " / 归档: " + o.filed().size() + " records");
        for (ArchivedRecord r : o.filed()) {
            if (r.metadata().archivalCode().isPresent() || r.id().equals(formId(1)) || r.id().equals(ledgerId(1))) {
                out.printf("  %-18s %-20s formed %s  %-26s %s%n", r.id(), r.recordClass(), r.formed(),
                        r.metadata().archivalCode().map(Object::toString).orElse("-"),
                        r.digests().sha256().hex().substring(0, 16) + "…");
            }
        }
        out.println("  … and the other monthly forms and ledgers / 其余月报与台账");
        out.println();
        out.println("Hold placed on " + DISPOSAL_ON + " / 保全: " + formId(INSPECTED_MONTH) + " (" + INSPECTION + ", "
                + HoldKind.INSPECTION.nameZh() + ")");
        out.println();
        out.println("Due in " + DUE_YEAR + " / " + DUE_YEAR + " 年到期: " + o.dueInYear().size() + " records");
        o.dueInYear().forEach((id, date) -> out.printf("  %-22s due %s%n", id, date));
        o.heldOnDueList().forEach(id -> out.printf("  %-22s HELD (would be due in %d)%n", id, DUE_YEAR));
        out.println();
        out.println("Disposal / 销毁:");
        out.println("  list " + FIRST_LIST + " refused: " + o.appraisalRefusal().code() + " " + o.appraisalRefusal().messageZh());
        out.println("  list " + LIST + ": " + o.executed().entries().size() + " records appraised by "
                + o.executed().appraisedBy() + ", approved by " + o.executed().approvedBy().orElseThrow());
        out.println("  one supervisor refused: " + o.oneSupervisor().code() + " " + o.oneSupervisor().messageEn());
        out.println("  executed on " + DISPOSAL_ON + ", method 粉碎, supervisors " + TWO_SUPERVISORS);
        long destroyed = o.after().stream().filter(r -> r.destruction().isPresent()).count();
        out.println("  destroyed " + destroyed + "; metadata remnants and certificates kept, e.g. "
                + o.after().stream().flatMap(r -> r.destruction().stream()).findFirst()
                        .map(d -> d.certificate()).orElse("-"));
        out.println();
        FourPropertyReport rep = o.report();
        out.println("Four-property check / 四性检测 (" + rep.occasion().name() + ", " + rep.recordsChecked()
                + " records): " + (rep.passed() ? "PASSED / 通过" : "FAILED / 未通过"));
        for (Property p : Property.values()) {
            out.printf("  %-13s %s %s%n", p, p.nameZh(), rep.passed(p) ? "ok" : rep.findings(p).size() + " findings");
        }
        for (Finding f : rep.findings()) {
            out.println("  - " + f.property() + " " + f.subject() + ": " + f.messageEn());
        }
        out.println();
        out.println("Trail / 操作日志: " + o.archive().trail().size() + " events, intact: "
                + o.archive().trail().verify().intact());
    }
}
