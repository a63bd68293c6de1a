package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statsbase classify data}: the clauses of the classification, the secret-items file, bad input. */
class ClassifyDataCommandTest {

    @TempDir
    Path dir;

    @Test
    void unitLevelDataIsInternalAndNeverPublic() {
        CliRun run = CliRun.of("classify", "data", "--class", "unit", "--region", "320102001",
                "--released-at", "2026-01-01", "--disclosure-checked", "--as-of", "2026-11-27T00:00:00Z");
        assertThat(run.exit()).as(run.stdout()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("level").asText()).isEqualTo("INTERNAL");
        assertThat(out.get("level_zh").asText()).isEqualTo("内部");
        assertThat(out.get("class_zh").asText()).isEqualTo("基层数据");
        assertThat(out.get("region").asText()).isEqualTo("320102001000");
        assertThat(out.get("grade").asText()).isEqualTo("IMPORTANT");
        assertThat(out.get("public_from").isNull()).isTrue();
        assertThat(out.get("reasons").get(0).get("rule").asText()).isEqualTo("UNIT_LEVEL_NEVER_PUBLIC");
        assertThat(out.get("reasons").get(0).get("reason_zh").asText()).contains("第二十五条");
    }

    @Test
    void aCheckedAggregateIsPublicFromItsReleaseTimeInBeijingTime() {
        String[] args = {"classify", "data", "--class", "aggregate", "--region", "320102",
                "--released-at", "2026-11-20 09:00", "--disclosure-checked", "--as-of", ""};
        args[args.length - 1] = "2026-11-20T00:59:59Z";
        JsonNode before = CliRun.of(args).only();
        assertThat(before.get("level").asText()).isEqualTo("INTERNAL");
        assertThat(before.get("public_from").asText()).isEqualTo("2026-11-20T01:00:00Z");
        args[args.length - 1] = "2026-11-20T01:00:00Z";
        JsonNode at = CliRun.of(args).only();
        assertThat(at.get("level").asText()).isEqualTo("PUBLIC");
        assertThat(at.get("released").asBoolean()).isTrue();
    }

    @Test
    void aConfiguredSecretItemKeepsItsLevelForItsPeriod() throws IOException {
        Path items = dir.resolve("secret-items.json");
        Files.writeString(items, """
                {"items": [{"pattern": "gdp.quarterly.*", "level": "机密", "period_years": 2, "source": "test"}]}""",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("classify", "data", "--item", "gdp.quarterly.32", "--class", "aggregate", "--region",
                "32", "--formed-at", "2026-10-15T00:00:00Z", "--secret-items", items.toString(),
                "--as-of", "2027-01-01T00:00:00Z");
        assertThat(run.exit()).as(run.stdout()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("level").asText()).isEqualTo("HIGHLY_SECRET");
        assertThat(out.get("state_secret").asBoolean()).isTrue();
        assertThat(out.get("secrecy_years").asInt()).isEqualTo(2);
        assertThat(out.get("declassifies_at").asText()).isEqualTo("2028-10-15T00:00:00Z");
        assertThat(out.get("grade").asText()).isEqualTo("CORE");
    }

    @Test
    void aBatchAnswersEveryRowAndABadRowGetsItsLine() throws IOException {
        Path csv = dir.resolve("items.csv");
        Files.writeString(csv, "class,region,released-at,disclosure-checked,as-of\n"
                + "aggregate,320102,2026-01-01,yes,2026-06-01\n"
                + "secret,320102,,,2026-06-01\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("classify", "data", "--file", csv.toString());
        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> out = run.json();
        assertThat(out.get(0).get("level").asText()).isEqualTo("PUBLIC");
        assertThat(out.get(1).get("error").get("code").asText()).isEqualTo("SB-CLI-0015");
        assertThat(out.get(1).get("error").get("line").asLong()).isEqualTo(3);
    }

    @Test
    void badInputGetsTypedErrorsWithExitTwo() throws IOException {
        assertThat(CliRun.of("classify", "data", "--class", "unit").errorCode()).isEqualTo("SB-CLI-0006");
        assertThat(CliRun.of("classify", "data", "--class", "micro", "--region", "32").errorCode())
                .isEqualTo("SB-CLI-0015");
        assertThat(CliRun.of("classify", "data", "--class", "unit", "--region", "3x").errorCode())
                .startsWith("SB-CORE-03");
        assertThat(CliRun.of("classify", "data", "--class", "unit", "--region", "32", "--as-of", "tomorrow")
                .errorCode()).isEqualTo("SB-CLI-0022");
        assertThat(CliRun.of("classify", "data", "--class", "aggregate", "--region", "320102001",
                "--aggregated-at", "county").errorCode()).isEqualTo("SB-CONF-0112");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"items\": [{\"id\": \"a\", \"level\": \"内部\", \"source\": \"s\"}]}",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("classify", "data", "--item", "a", "--class", "unit", "--region", "32",
                "--secret-items", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.only().get("error").get("problems").get(0).get("message_en").asText())
                .startsWith("SB-CONF-0105");
        assertThat(CliRun.of("classify", "data", "--class", "unit", "--region", "32", "--secret-items",
                bad.toString()).errorCode()).isEqualTo("SB-CLI-0006");
    }
}
