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

/** {@code statsbase access check}: exit 0 permit, 1 deny with the rule's code, 2 bad input. */
class AccessCommandTest {

    @TempDir
    Path dir;

    private static CliRun check(String jurisdiction, String purpose, String level, String dataClass, String region,
            String action) {
        return CliRun.of("access", "check", "--role", "statistician", "--clearance", "internal", "--jurisdiction",
                jurisdiction, "--purpose", purpose, "--level", level, "--class", dataClass, "--region", region,
                "--action", action);
    }

    @Test
    void townshipStaffReadTheirOwnTownshipWithExitZero() {
        CliRun run = check("320102001", "statistical", "internal", "unit", "320102001001", "read");
        assertThat(run.exit()).as(run.stdout()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("decision").asText()).isEqualTo("PERMIT");
        assertThat(out.get("rule").asText()).isEqualTo("PERMITTED");
        assertThat(out.get("code").isNull()).isTrue();
        assertThat(out.get("jurisdiction").asText()).isEqualTo("320102001000");
        assertThat(out.get("reason_en").asText()).startsWith("permitted");
    }

    @Test
    void aNeighbouringTownshipIsDeniedWithExitOne() {
        CliRun run = check("320102001", "statistical", "internal", "unit", "320102002", "read");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode out = run.only();
        assertThat(out.get("decision").asText()).isEqualTo("DENY");
        assertThat(out.get("rule").asText()).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(out.get("code").asText()).isEqualTo("SB-CONF-0204");
        assertThat(out.get("reason_zh").asText()).contains("管辖范围");
    }

    @Test
    void unitLevelDataForAnotherPurposeAndDataAboveClearanceAreDenied() {
        assertThat(check("320102", "other", "internal", "unit", "320102001", "read").only().get("code").asText())
                .isEqualTo("SB-CONF-0202");
        assertThat(check("320102", "statistical", "机密", "aggregate", "320102", "read").only().get("code").asText())
                .isEqualTo("SB-CONF-0203");
        assertThat(check("320102", "statistical", "internal", "aggregate", "320102", "publish").only().get("code")
                .asText()).isEqualTo("SB-CONF-0205");
    }

    @Test
    void aBatchOfRequestsExitsWithTheHighestCode() throws IOException {
        Path csv = dir.resolve("requests.csv");
        Files.writeString(csv, "role,clearance,jurisdiction,purpose,level,class,region,action\n"
                + "public,public,32,other,public,aggregate,44,read\n"
                + "auxiliary-investigator,internal,320102001,statistical,internal,unit,320102001,export\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("access", "check", "--file", csv.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> out = run.json();
        assertThat(out.get(0).get("permitted").asBoolean()).isTrue();
        assertThat(out.get(1).get("code").asText()).isEqualTo("SB-CONF-0201");
    }

    @Test
    void badInputGetsTypedErrorsWithExitTwo() {
        CliRun role = CliRun.of("access", "check", "--role", "king", "--clearance", "internal", "--jurisdiction", "32",
                "--purpose", "statistical", "--level", "internal", "--class", "unit", "--region", "32", "--action",
                "read");
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.errorCode()).isEqualTo("SB-CLI-0015");
        assertThat(check("320102", "statistical", "public", "unit", "320102", "read").errorCode())
                .isEqualTo("SB-CONF-0207");
        assertThat(check("99", "statistical", "internal", "unit", "320102", "read").errorCode())
                .startsWith("SB-CORE-03");
        assertThat(check("320102", "statistical", "internal", "unit", "320102", "delete").errorCode())
                .isEqualTo("SB-CLI-0015");
        assertThat(CliRun.of("access").errorCode()).isEqualTo("SB-CLI-0014");
    }
}
