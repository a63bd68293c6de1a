package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statsbase ledger derive|compare}: figures with their entries; exit 0/1/2. */
class LedgerCommandTest {

    private static final String D = "a".repeat(64);

    @TempDir
    Path dir;

    private Path ledger;
    private Path mapping;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void files() throws IOException {
        ledger = write("ledger.csv", "date,account,quantity,record_digest,record_description\n"
                + "2026-09-30,600101,100000," + D + ",销售发票 1\n"
                + "2026-10-03,600101,1234500," + D + ",销售发票 2\n"
                + "2026-10-20,6401,300.50," + D + ",出库单 3\n"
                + "2026-11-01,600102,5," + D + ",销售发票 4\n");
        mapping = write("sx203.yaml", """
                form: SX203
                unit: 千元
                figures:
                  - {code: "01", name: 营业收入, basis: PERIOD, accounts: [{prefix: "6001"}]}
                  - {code: "01Y", basis: YEAR_TO_DATE, accounts: [{prefix: "6001"}]}
                  - {code: "02", basis: PERIOD, decimals: 2, accounts: [{prefix: "6001"}, {account: "6401", sign: -1}]}
                """);
    }

    @Test
    void deriveReportsEveryFigureWithItsEntries() {
        CliRun run = CliRun.of("ledger", "derive", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--period", "2026-10", "--unit", "UNIT-1");
        assertThat(run.exit()).isZero();
        JsonNode o = run.only();
        assertThat(o.get("unit").asText()).isEqualTo("UNIT-1");
        assertThat(o.get("form").asText()).isEqualTo("SX203");
        assertThat(o.get("period").asText()).isEqualTo("2026-10");
        assertThat(o.get("ledger_entries").asInt()).isEqualTo(4);
        JsonNode f01 = o.get("figures").get(0);
        assertThat(f01.get("code").asText()).isEqualTo("01");
        assertThat(f01.get("name").asText()).isEqualTo("营业收入");
        assertThat(f01.get("value").decimalValue()).isEqualByComparingTo("1235");
        assertThat(f01.get("unrounded").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(f01.get("unit").asText()).isEqualTo("千元");
        assertThat(f01.get("entries")).hasSize(1);
        JsonNode entry = f01.get("entries").get(0);
        assertThat(entry.get("entry").asInt()).isEqualTo(2);
        assertThat(entry.get("date").asText()).isEqualTo("2026-10-03");
        assertThat(entry.get("record_description").asText()).isEqualTo("销售发票 2");
        assertThat(entry.get("record_digest").asText()).isEqualTo(D);
        assertThat(entry.get("sign").asInt()).isEqualTo(1);
        assertThat(o.get("figures").get(1).get("value").decimalValue()).isEqualByComparingTo("1335");
        JsonNode f02 = o.get("figures").get(2);
        assertThat(f02.get("value").toString()).isEqualTo("1234.20");
        assertThat(f02.get("entries")).extracting(e -> e.get("sign").asInt()).containsExactly(1, -1);

        CliRun summary = CliRun.of("ledger", "derive", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--period", "2026-10", "--summary");
        assertThat(summary.only().get("unit").asText()).isEqualTo("ledger.csv");
        assertThat(summary.only().get("figures").get(0).has("entries")).isFalse();
        assertThat(summary.only().get("figures").get(0).get("entry_count").asInt()).isEqualTo(1);
    }

    @Test
    void aMalformedLedgerListsEveryBadLineAndExitsTwo() throws IOException {
        Path bad = write("bad.csv", "date,account,quantity,record_digest,record_description\n"
                + "2026-10-32,6001,1," + D + ",x\n"
                + "2026-10-01,6001,1e3," + D + ",y\n");
        CliRun run = CliRun.of("ledger", "derive", "--ledger", bad.toString(), "--mapping", mapping.toString(),
                "--period", "2026-10");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode error = run.only().get("error");
        assertThat(error.get("code").asText()).isEqualTo("SB-CORE-0002");
        assertThat(error.get("problems")).extracting(p -> p.get("line").asInt()).containsExactly(2, 3);
        assertThat(error.get("problems")).extracting(p -> p.get("field").asText()).containsExactly("date", "quantity");
    }

    @Test
    void aMalformedMappingListsEveryProblemWithItsPath() throws IOException {
        Path bad = write("bad.yaml", "form: SX203\nfigures:\n  - {code: A, basis: monthly, accounts: [], colour: red}\n");
        CliRun run = CliRun.of("ledger", "derive", "--ledger", ledger.toString(), "--mapping", bad.toString(),
                "--period", "2026-10");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.only().get("error").get("problems")).extracting(p -> p.get("field").asText())
                .contains("$.figures[0].colour", "$.figures[0].basis", "$.figures[0].accounts");
    }

    @Test
    void aBadPeriodIsMalformedInput() {
        CliRun run = CliRun.of("ledger", "derive", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--period", "2026-13");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).startsWith("SB-CORE-");
    }

    @Test
    void compareAgreesWithExitZeroAndListsDifferencesWithExitOne() throws IOException {
        Path agrees = write("ok.json", """
                {"unit": "UNIT-1", "form": "SX203", "period": "2026-10",
                 "values": {"01": 1235, "01Y": "1335", "02": 1234.2, "99": "not compared"}}
                """);
        CliRun ok = CliRun.of("ledger", "compare", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--submission", agrees.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.only().get("agrees").asBoolean()).isTrue();
        assertThat(ok.only().get("differences")).isEmpty();

        Path differs = write("differs.json", """
                {"period": "2026-10", "values": {"01": 1236, "01Y": "千", "02": null}}
                """);
        CliRun run = CliRun.of("ledger", "compare", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--submission", differs.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode o = run.only();
        assertThat(o.get("agrees").asBoolean()).isFalse();
        assertThat(o.get("differences")).extracting(d -> d.get("code").asText() + " " + d.get("kind").asText())
                .containsExactly("01 DIFFERENT", "01Y NOT_A_NUMBER", "02 MISSING");
        JsonNode d01 = o.get("differences").get(0);
        assertThat(d01.get("ledger_value").decimalValue()).isEqualByComparingTo("1235");
        assertThat(d01.get("difference").decimalValue()).isEqualByComparingTo("1");
        assertThat(d01.get("entries").get(0).get("entry").asInt()).isEqualTo(2);
        assertThat(o.get("differences").get(1).get("difference").isNull()).isTrue();
    }

    @Test
    void aMalformedSubmissionOrAnotherFormIsMalformedInput() throws IOException {
        Path noPeriod = write("np.json", "{\"values\": {}}");
        CliRun run = CliRun.of("ledger", "compare", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--submission", noPeriod.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0030");
        Path other = write("other.json", "{\"form\": \"B204-1\", \"period\": \"2026-10\", \"values\": {}}");
        CliRun mismatch = CliRun.of("ledger", "compare", "--ledger", ledger.toString(), "--mapping",
                mapping.toString(), "--submission", other.toString());
        assertThat(mismatch.exit()).isEqualTo(2);
        assertThat(mismatch.errorCode()).isEqualTo("SB-CLI-0031");
        Path unknown = write("unknown.json", "{\"period\": \"2026-10\", \"values\": {}, \"extra\": 1}");
        assertThat(CliRun.of("ledger", "compare", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--submission", unknown.toString()).errorCode()).isEqualTo("SB-CLI-0030");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CliRun run = CliRun.of("ledger", "derive", "--ledger", ledger.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0013");
    }
}
