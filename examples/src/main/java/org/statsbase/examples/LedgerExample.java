package org.statsbase.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.Contribution;
import org.statsbase.reporting.ledger.Correction;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.DerivedForm;
import org.statsbase.reporting.ledger.LedgerBook;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerFiles;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * The ledger example (电子统计台账, 数出有据): one <strong>synthetic</strong> manufacturing enterprise keeps
 * a year of ledger entries on the trail, imported month by month; its monthly industrial-output form
 * (an invented 【示例】SX203, mapping in {@code synthetic-ledger-mapping.yaml}) is derived for each month
 * with year-to-date figures; one figure's provenance is printed down to the original records; a wrong
 * entry is corrected with a reversing entry and the figures change accordingly; a bad import file is
 * refused whole; reopening the book from the trail gives the same ledger.
 *
 * <p>Everything is invented: the enterprise, its accounts, entries, invoices and figures (a seeded
 * {@link Random}, so every run prints the same).
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.LedgerExample}
 */
public final class LedgerExample {

    static final String MAPPING_RESOURCE = "org/statsbase/examples/synthetic-ledger-mapping.yaml";
    static final String UNIT = "SYNTHETIC-MFG-001";
    static final long SEED = 20261127L;
    static final int YEAR = 2026;
    static final PersonId CLERK = PersonId.of("统计员-示例");
    /** The month whose figure's provenance is printed and in which the wrong entry sits. */
    static final int SHOWN_MONTH = 10;
    /** The wrong amount entered (an invoice of 12 000.00 元 keyed as 120 000.00) and the right one. */
    static final BigDecimal WRONG = new BigDecimal("120000.00");
    static final BigDecimal RIGHT = new BigDecimal("12000.00");

    private LedgerExample() {
    }

    /** What the example computed, for printing and for its test. */
    record Outcome(LedgerMapping mapping, List<DerivedForm> before, LedgerEntry wrong, Correction correction,
            List<DerivedForm> after, List<String> refusedImport, boolean unchangedByRefusal, boolean replayedEqual,
            boolean trailIntact) {
    }

    /** Runs the example and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        print(compute(), out);
    }

    static Outcome compute() {
        LedgerMapping mapping = mapping();
        Trail trail = Trail.open(InMemoryEventStore.create());
        LedgerBook book = LedgerBook.open(trail, UNIT);
        Random random = new Random(SEED);
        LedgerEntry wrong = null;
        for (int month = 1; month <= 12; month++) {
            List<LedgerPosting> postings = month(random, month);
            if (month == SHOWN_MONTH) {
                postings.add(LedgerPosting.amount(LocalDate.of(YEAR, month, 18), "600102", WRONG,
                        record("销售发票 No.20261018-07（示例）")));
            }
            List<LedgerEntry> added = book.importPostings(postings, "ledger-" + YEAR + "-" + month + ".csv", CLERK)
                    .entries();
            if (month == SHOWN_MONTH) {
                wrong = added.get(added.size() - 1);
            }
        }
        List<DerivedForm> before = deriveYear(book, mapping);
        Correction correction = book.correct(Objects.requireNonNull(wrong).id(),
                LedgerPosting.amount(wrong.date(), wrong.account(), RIGHT, wrong.record()),
                "发票金额12000.00元误录为120000.00元（多录一个0） / invoice amount keyed with an extra zero", CLERK);
        List<DerivedForm> after = deriveYear(book, mapping);
        org.statsbase.reporting.ledger.Ledger kept = book.ledger();
        List<String> refused = refusedImport(book);
        boolean unchanged = book.ledger().equals(kept);
        boolean replayed = LedgerBook.open(trail, UNIT).ledger().equals(book.ledger());
        return new Outcome(mapping, before, wrong, correction, after, refused, unchanged, replayed,
                trail.verify().intact());
    }

    static LedgerMapping mapping() {
        try (InputStream in = LedgerExample.class.getClassLoader().getResourceAsStream(MAPPING_RESOURCE)) {
            return LedgerMapping.parse(new String(Objects.requireNonNull(in, MAPPING_RESOURCE).readAllBytes(),
                    StandardCharsets.UTF_8), MAPPING_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DerivedForm> deriveYear(LedgerBook book, LedgerMapping mapping) {
        List<DerivedForm> forms = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            forms.add(LedgerDerivation.derive(book.ledger(), mapping, ReportingPeriod.ofMonth(YEAR, month)));
        }
        return forms;
    }

    /** One month of invented entries: sales of two products, other revenue, costs, inventory, output. */
    static List<LedgerPosting> month(Random random, int month) {
        List<LedgerPosting> postings = new ArrayList<>();
        int days = LocalDate.of(YEAR, month, 1).lengthOfMonth();
        for (int i = 0; i < 24; i++) {
            LocalDate date = LocalDate.of(YEAR, month, 1 + random.nextInt(days));
            String product = random.nextBoolean() ? "600101" : "600102";
            BigDecimal sale = BigDecimal.valueOf(200_000 + random.nextInt(800_000))
                    .add(BigDecimal.valueOf(random.nextInt(100), 2));
            String invoice = String.format("销售发票 No.%d%02d%02d-%02d（示例）", YEAR, month, date.getDayOfMonth(), i);
            postings.add(LedgerPosting.amount(date, product, sale, record(invoice)));
            postings.add(LedgerPosting.amount(date, "6401", sale.multiply(new BigDecimal("0.72"))
                    .setScale(2, java.math.RoundingMode.HALF_UP), record("出库单 " + invoice)));
            postings.add(LedgerPosting.of(date, "C01", BigDecimal.valueOf(20 + random.nextInt(60), 0)
                    .add(BigDecimal.valueOf(random.nextInt(10), 1)), "吨", record("产品入库单 " + invoice)));
        }
        LocalDate end = LocalDate.of(YEAR, month, days);
        postings.add(LedgerPosting.amount(end, "6051", BigDecimal.valueOf(10_000 + random.nextInt(40_000)),
                record("其他业务收入：废料销售单 " + YEAR + "-" + month + "（示例）")));
        postings.add(LedgerPosting.amount(end, "1405", BigDecimal.valueOf(random.nextInt(600_000) - 300_000),
                record("月末库存商品盘点表 " + YEAR + "-" + month + "（示例）")));
        return postings;
    }

    private static List<String> refusedImport(LedgerBook book) {
        String digest = sha256("x");
        String csv = "date,account,quantity,record_digest,record_description\n"
                + "2026-12-30,600101,1000.00," + digest + ",销售发票（示例）\n"
                + "2026-12-32,600101,1000.00," + digest + ",日期写错（示例）\n"
                + "2026-12-30,600101,1 000.00," + digest + ",金额含空格（示例）\n";
        try {
            book.importPostings(LedgerFiles.readCsv(new java.io.ByteArrayInputStream(
                    csv.getBytes(StandardCharsets.UTF_8)), "ledger-2026-12-extra.csv"), "ledger-2026-12-extra.csv", CLERK);
            throw new IllegalStateException("the bad file was read");
        } catch (DataFileException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    static OriginalRecord record(String description) {
        return OriginalRecord.of(sha256(description), description);
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(Outcome o, PrintStream out) {
        out.println("SYNTHETIC DATA — 以下企业、科目、凭证和数字均为虚构 (LedgerExample)");
        out.println("Unit " + UNIT + ", form " + o.mapping().formId() + ", " + o.before().get(11).figures().size()
                + " figures; ledger kept on the trail, imported month by month");
        out.println();
        out.println("Figures derived from the ledger (01 工业总产值, 02 营业收入 in 千元; 04 产量 in 吨):");
        out.printf("%-8s %10s %10s %10s %10s %10s %10s %10s%n", "month", "01", "01Y", "02", "02Y", "03", "04", "04Y");
        for (DerivedForm f : o.before()) {
            out.printf("%-8s %10s %10s %10s %10s %10s %10s %10s%n", f.period(), v(f, "01"), v(f, "01Y"), v(f, "02"),
                    v(f, "02Y"), v(f, "03"), v(f, "04"), v(f, "04Y"));
        }
        DerivedForm shown = o.before().get(SHOWN_MONTH - 1);
        DerivedFigure figure = shown.figure("02").orElseThrow();
        out.println();
        out.println("Provenance of 02 营业收入 for " + shown.period() + ": " + figure.rounded().toPlainString()
                + " 千元 = " + figure.unrounded().toPlainString() + " 千元 unrounded = " + figure.sourceTotal()
                .toPlainString() + " 元, from " + figure.provenance().size() + " entries (数出有据):");
        for (Contribution c : figure.provenance()) {
            LedgerEntry e = c.entry();
            out.printf("  #%-5d %s %-7s %s%14s 元  %s  sha256:%s…%n", e.id(), e.date(), e.account(),
                    c.sign() > 0 ? "+" : "-", e.quantity().toPlainString(), e.record().description(),
                    e.record().digestHex().substring(0, 12));
        }
        out.println();
        out.println("Correction (红字冲销 + new entry): entry #" + o.wrong().id() + " " + o.wrong().quantity().toPlainString()
                + " 元 → reversed by #" + o.correction().reversal().id() + " (" + o.correction().reversal().quantity()
                .toPlainString() + " 元), replaced by #" + o.correction().replacement().id() + " ("
                + o.correction().replacement().quantity().toPlainString() + " 元); reason: "
                + o.correction().reversal().reason().orElse(""));
        out.printf("%-8s %21s %21s %21s%n", "month", "01 before → after", "01Y before → after", "02Y before → after");
        for (int m = SHOWN_MONTH - 1; m <= 12; m++) {
            DerivedForm b = o.before().get(m - 1);
            DerivedForm a = o.after().get(m - 1);
            out.printf("%-8s %21s %21s %21s%n", b.period(), v(b, "01") + " → " + v(a, "01"),
                    v(b, "01Y") + " → " + v(a, "01Y"), v(b, "02Y") + " → " + v(a, "02Y"));
        }
        out.println();
        out.println("A bad import file is refused whole (nothing of it enters the ledger):");
        o.refusedImport().forEach(p -> out.println("  " + p));
        out.println();
        out.println("Ledger unchanged by the refused file: " + o.unchangedByRefusal());
        out.println("Ledger rebuilt from the trail equals the book: " + o.replayedEqual() + "; trail intact: "
                + o.trailIntact());
    }

    private static String v(DerivedForm f, String code) {
        return f.figure(code).orElseThrow().rounded().toPlainString();
    }
}
