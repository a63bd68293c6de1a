package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.transfer.TransferPackages;

/** {@code statsbase archive …}: the stateless due answer, and the whole workflow on an H2 catalog and file stores. */
class ArchiveCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // ---- due (stateless) --------------------------------------------------------------------------

    @Test
    void dueCountsFromTheFirstOfJanuaryAfterFormation() {
        CliRun run = CliRun.of("archive", "due", "--class", "ledger", "--formed", "2024-05-10", "--as-of", "2026-06-01");
        assertThat(run.exit()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("answer").asText()).isEqualTo("2027-01-01");
        assertThat(out.get("due_now").asBoolean()).isFalse();
        assertThat(out.get("statutory_minimum").asText()).isEqualTo("2y");
        assertThat(out.get("rule").asText()).contains("第二十三条");

        JsonNode due = CliRun.of("archive", "due", "--class", "ledger", "--formed", "2024-05-10", "--as-of", "2027-01-01").only();
        assertThat(due.get("due_now").asBoolean()).isTrue();
    }

    @Test
    void importantAggregatedMaterialIsPermanent() {
        CliRun run = CliRun.of("archive", "due", "--class", "important-aggregated", "--formed", "2024-12-31");
        assertThat(run.exit()).isZero();
        assertThat(run.only().get("answer").asText()).isEqualTo("PERMANENT");
        // every answer has the same keys; what does not apply is null
        assertThat(run.only().get("date").isNull()).isTrue();
        assertThat(run.only().get("holds").isNull()).isTrue();
    }

    @Test
    void aClassCountedFromAnEventWaitsForIt() throws IOException {
        Path schedule = write("office.json", """
                {"name": "城关镇统计站保管期限表", "date": "2026-01-01", "classes": [
                  {"class": "enforcement-case", "retention": "30", "counting": {"event": "case-closed", "from": "next-year"}},
                  {"class": "aggregated", "retention": "D30"}]}
                """);
        CliRun waiting = CliRun.of("archive", "due", "--class", "enforcement-case", "--formed", "2024-03-01",
                "--schedule", schedule.toString());
        assertThat(waiting.exit()).isZero();
        assertThat(waiting.only().get("answer").asText()).isEqualTo("WAITING_EVENT");
        assertThat(waiting.only().get("event").asText()).isEqualTo("case-closed");

        JsonNode counted = CliRun.of("archive", "due", "--class", "enforcement-case", "--formed", "2024-03-01",
                "--event-date", "2025-07-01", "--schedule", schedule.toString()).only();
        assertThat(counted.get("answer").asText()).isEqualTo("2056-01-01");
        JsonNode lengthened = CliRun.of("archive", "due", "--class", "aggregated", "--formed", "2024-03-01",
                "--schedule", schedule.toString()).only();
        assertThat(lengthened.get("answer").asText()).isEqualTo("2055-01-01");
    }

    @Test
    void aScheduleThatShortensAMinimumIsRefused() throws IOException {
        Path schedule = write("short.json", """
                {"name": "bad", "date": "2026-01-01", "classes": [{"class": "aggregated", "retention": "5"}]}
                """);
        CliRun run = CliRun.of("archive", "due", "--class", "ledger", "--formed", "2024-05-10", "--schedule", schedule.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-ARC-0101");
        assertThat(run.only().get("error").get("message_zh").asText()).contains("统计法实施条例");
    }

    @Test
    void badInputIsTyped() {
        assertThat(CliRun.of("archive", "due", "--class", "ledger", "--formed", "10/05/2024").errorCode()).isEqualTo("SB-CLI-0040");
        assertThat(CliRun.of("archive", "due", "--class", "minutes", "--formed", "2024-05-10").errorCode()).isEqualTo("SB-ARC-0103");
        assertThat(CliRun.of("archive", "due", "--class", "ledger").errorCode()).isEqualTo("SB-CLI-0042");
        CliRun noStores = CliRun.of("archive", "hold", "--record", "r1", "--hold", "h1", "--reason", "x");
        assertThat(noStores.exit()).isEqualTo(2);
        assertThat(noStores.errorCode()).isEqualTo("SB-CLI-0041");
        assertThat(CliRun.of("archive").errorCode()).isEqualTo("SB-CLI-0014");
    }

    @Test
    void helpShowsAnExample() {
        for (String sub : List.of("due", "ingest", "check", "hold", "release", "dispose", "transfer")) {
            CliRun run = CliRun.of("archive", sub, "--help");
            assertThat(run.exit()).as(sub).isZero();
            assertThat(run.stdout()).as(sub).contains("statsbase archive " + sub);
        }
        assertThat(CliRun.of("archive", "dispose", "execute", "--help").stdout()).contains("--supervisor 监销人甲");
    }

    // ---- the workflow on a persistent archive -----------------------------------------------------

    private String[] args(String... rest) {
        List<String> all = new ArrayList<>(List.of("archive"));
        all.add(rest[0]);
        int i = 1;
        if (rest[0].equals("dispose")) {
            all.add(rest[1]);
            i = 2;
        }
        all.addAll(List.of("--catalog", "jdbc:h2:" + dir.resolve("catalog").toAbsolutePath(),
                "--content", dir.resolve("content").toString(), "--trail", dir.resolve("trail").toString()));
        for (; i < rest.length; i++) {
            all.add(rest[i]);
        }
        return all.toArray(String[]::new);
    }

    private CliRun ingest(String id, String cls, String formed, String... more) throws IOException {
        Path file = write(id + ".csv", "# synthetic\nindicator,value\nB01," + id.length() * 97 + "\n");
        List<String> a = new ArrayList<>(List.of("ingest", "--file", file.toString(), "--id", id, "--class", cls,
                "--formed", formed, "--title", "【示例】" + id, "--responsible", "城关镇统计站"));
        a.addAll(List.of(more));
        return CliRun.of(args(a.toArray(String[]::new)));
    }

    @Test
    void fileHoldDisposeCheckAndTransferOnAPersistentArchive() throws IOException {
        CliRun filed = ingest("ledger-2020-05", "ledger", "2020-05-31");
        assertThat(filed.exit()).as(filed.stdout()).isZero();
        assertThat(filed.only().get("due").get("answer").asText()).isEqualTo("2023-01-01");
        assertThat(filed.only().get("sha256").asText()).hasSize(64);
        assertThat(ingest("ledger-2020-06", "ledger", "2020-06-30").exit()).isZero();
        CliRun coded = ingest("annual-2020", "important-aggregated", "2020-12-31", "--group", "Z109-WS·2020-Y-TJZ");
        assertThat(coded.only().get("archival_code").asText()).isEqualTo("Z109-WS·2020-Y-TJZ-0001");
        assertThat(coded.only().get("due").get("answer").asText()).isEqualTo("PERMANENT");
        // the same id again is refused, and recorded
        CliRun again = ingest("ledger-2020-05", "ledger", "2020-05-31");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errorCode()).isEqualTo("SB-ARC-0004");

        assertThat(CliRun.of(args("hold", "--record", "ledger-2020-06", "--hold", "ZF-2026-003", "--kind", "INSPECTION",
                "--reason", "统计执法检查", "--actor", "inspector")).exit()).isZero();
        JsonNode held = CliRun.of(args("due", "--record", "ledger-2020-06")).only();
        assertThat(held.get("answer").asText()).isEqualTo("HELD");
        assertThat(held.get("holds").get(0).asText()).isEqualTo("ZF-2026-003");

        CliRun withHeld = CliRun.of(args("dispose", "appraise", "--list", "XH-1", "--record", "ledger-2020-05",
                "--record", "ledger-2020-06", "--actor", "appraiser"));
        assertThat(withHeld.exit()).isEqualTo(1);
        assertThat(withHeld.errorCode()).isEqualTo("SB-ARC-0303");
        assertThat(withHeld.only().get("refused").asBoolean()).isTrue();
        CliRun permanent = CliRun.of(args("dispose", "appraise", "--list", "XH-2", "--record", "annual-2020", "--actor", "appraiser"));
        assertThat(permanent.errorCode()).isEqualTo("SB-ARC-0301");

        CliRun appraised = CliRun.of(args("dispose", "appraise", "--list", "XH-3", "--all-due", "--actor", "appraiser"));
        assertThat(appraised.exit()).as(appraised.stdout()).isZero();
        assertThat(appraised.only().get("entries").toString()).isEqualTo("[\"ledger-2020-05\"]");
        assertThat(CliRun.of(args("dispose", "approve", "--list", "XH-3", "--actor", "appraiser")).errorCode())
                .isEqualTo("SB-ARC-0311");
        assertThat(CliRun.of(args("dispose", "execute", "--list", "XH-3", "--method", "粉碎", "--supervisor", "s1",
                "--supervisor", "s2")).errorCode()).isEqualTo("SB-ARC-0305");
        assertThat(CliRun.of(args("dispose", "approve", "--list", "XH-3", "--actor", "head", "--role", "head")).exit()).isZero();
        CliRun one = CliRun.of(args("dispose", "execute", "--list", "XH-3", "--method", "粉碎", "--supervisor", "s1",
                "--supervisor", "s1"));
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.errorCode()).isEqualTo("SB-ARC-0306");
        CliRun executed = CliRun.of(args("dispose", "execute", "--list", "XH-3", "--method", "粉碎", "--supervisor", "s1",
                "--supervisor", "s2"));
        assertThat(executed.exit()).as(executed.stdout()).isZero();
        assertThat(executed.only().get("status").asText()).isEqualTo("EXECUTED");
        JsonNode gone = CliRun.of(args("due", "--record", "ledger-2020-05")).only();
        assertThat(gone.get("answer").asText()).isEqualTo("DESTROYED");

        assertThat(CliRun.of(args("release", "--record", "ledger-2020-06", "--hold", "ZF-2026-003", "--reason", "检查结束"))
                .only().get("holds").get(0).get("active").asBoolean()).isFalse();
        assertThat(CliRun.of(args("release", "--record", "ledger-2020-06", "--hold", "ZF-2026-003", "--reason", "again"))
                .errorCode()).isEqualTo("SB-ARC-0202");

        CliRun check = CliRun.of(args("check"));
        assertThat(check.exit()).as(check.stdout()).isZero();
        assertThat(check.only().get("passed").asBoolean()).isTrue();
        assertThat(check.only().get("records_checked").asLong()).isEqualTo(3);

        Path pkg = dir.resolve("YJ-1.zip");
        CliRun transfer = CliRun.of(args("transfer", "--package", "YJ-1", "--record", "annual-2020", "--to", pkg.toString(),
                "--format", "ZIP"));
        assertThat(transfer.exit()).as(transfer.stdout()).isZero();
        assertThat(TransferPackages.verify(pkg).entries()).hasSize(1);
        assertThat(transfer.only().get("entries").get(0).get("sha256").asText())
                .isEqualTo(coded.only().get("sha256").asText());
        CliRun destroyed = CliRun.of(args("transfer", "--package", "YJ-2", "--record", "ledger-2020-05", "--to",
                dir.resolve("YJ-2").toString()));
        assertThat(destroyed.errorCode()).isEqualTo("SB-ARC-0314");

        // every operation, refused ones included, is in a trail that verifies
        CliRun audit = CliRun.of("audit", "verify", "--store", dir.resolve("trail").toString());
        assertThat(audit.exit()).isZero();
        assertThat(audit.only().get("events_checked").asLong()).isGreaterThan(15);
    }

    @Test
    void aCatalogThatIsNotAJdbcUrlIsRefused() {
        CliRun run = CliRun.of("archive", "check", "--catalog", dir.resolve("catalog").toString(),
                "--content", dir.resolve("content").toString(), "--trail", dir.resolve("trail").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0043");
    }

    @Test
    void dueDatesAreComputedNotCopied() {
        // formed on the last day of a year, one day later is the next year: two different due dates
        String a = CliRun.of("archive", "due", "--class", "ledger", "--formed", "2024-12-31").only().get("answer").asText();
        String b = CliRun.of("archive", "due", "--class", "ledger", "--formed", "2025-01-01").only().get("answer").asText();
        assertThat(LocalDate.parse(b)).isEqualTo(LocalDate.parse(a).plusYears(1));
    }
}
