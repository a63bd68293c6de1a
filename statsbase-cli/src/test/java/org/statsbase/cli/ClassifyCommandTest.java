package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify size} and {@code classify above-scale}. Expected tiers are read off the 2017
 * table in DOMAIN.md by hand (工业: X 300–1000 and Y 2000–40000 are 中型; 零售业 限额以上 ≥ 500万元).
 */
class ClassifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void sizeAnswersWithRowTiersAndDecidingMetric() {
        MainTest.Run run = run("classify", "size", "--industry", "C13", "--employees", "350", "--revenue", "5000");
        assertThat(run.exit()).isZero();
        assertThat(run.first().get("size").asText()).isEqualTo("MEDIUM");
        assertThat(run.first().get("tiers").get("employees").asText()).isEqualTo("MEDIUM");
        assertThat(run.first().get("tiers").get("revenue").asText()).isEqualTo("MEDIUM");
        assertThat(run.first().get("row").asText()).isNotBlank();
        assertThat(run.first().has("decided_by")).isTrue();
    }

    @Test
    void theLowestTierDecides() {
        MainTest.Run run = run("classify", "size", "--industry", "1311", "--employees", "1000", "--revenue", "299");
        assertThat(run.first().get("size").asText()).isEqualTo("MICRO");
        assertThat(run.first().get("decided_by").asText()).isEqualTo("revenue");
    }

    @Test
    void outOfScopeIsAnAnswer() {
        MainTest.Run run = run("classify", "size", "--industry", "J6610", "--employees", "5000");
        assertThat(run.exit()).isZero();
        assertThat(run.first().get("size").asText()).isEqualTo("OUT_OF_SCOPE");
    }

    @Test
    void tooCoarseIsRefusedAndMissingMetricIsMalformed() {
        MainTest.Run coarse = run("classify", "size", "--industry", "70", "--employees", "5", "--revenue", "5");
        assertThat(coarse.exit()).isEqualTo(1);
        assertThat(coarse.first().get("error").get("code").asText()).startsWith("SB-CORE-07");

        MainTest.Run missing = run("classify", "size", "--industry", "C13", "--employees", "350");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.first().get("error").get("code").asText()).startsWith("SB-CORE-07");

        MainTest.Run notANumber = run("classify", "size", "--industry", "C13", "--employees", "many");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0005");

        MainTest.Run badCode = run("classify", "size", "--industry", "Z99", "--employees", "1");
        assertThat(badCode.exit()).isEqualTo(2);
        assertThat(badCode.first().get("error").get("code").asText()).startsWith("SB-CORE-05");
    }

    @Test
    void aboveScaleRetailAtAndBelowTheThreshold() {
        MainTest.Run above = run("classify", "above-scale", "--industry", "52", "--revenue", "600");
        assertThat(above.exit()).isZero();
        assertThat(above.first().get("above_scale").asBoolean()).isTrue();
        assertThat(above.first().get("category").asText()).isEqualTo("RETAIL");
        assertThat(above.first().get("threshold").decimalValue()).isEqualByComparingTo("500");

        MainTest.Run below = run("classify", "above-scale", "--industry", "52", "--revenue", "499.99");
        assertThat(below.exit()).isZero();
        assertThat(below.first().get("above_scale").asBoolean()).isFalse();
    }

    @Test
    void aboveScaleFlagsAndUnitKinds() {
        assertThat(run("classify", "above-scale", "--industry", "E4710", "--qualified").first()
                .get("above_scale").asBoolean()).isTrue();
        assertThat(run("classify", "above-scale", "--industry", "7010", "--developer").first()
                .get("category").asText()).isEqualTo("REAL_ESTATE_DEVELOPMENT");
        MainTest.Run misplacedFlag = run("classify", "above-scale", "--industry", "C13", "--revenue", "1", "--developer");
        assertThat(misplacedFlag.exit()).isEqualTo(2);
        MainTest.Run individualInIndustry = run("classify", "above-scale", "--industry", "C13", "--revenue", "90000",
                "--unit-kind", "individual");
        assertThat(individualInIndustry.first().get("above_scale").asBoolean()).isFalse();
        assertThat(run("classify", "above-scale", "--industry", "C13", "--revenue", "1", "--unit-kind", "shop").exit())
                .isEqualTo(2);
    }

    @Test
    void batchOfEnterprises() throws IOException {
        Path file = dir.resolve("enterprises.csv");
        Files.writeString(file, "industry,employees,revenue,assets\nC13,350,5000,\n70,5,5,\nC13,abc,1,\n",
                StandardCharsets.UTF_8);
        MainTest.Run run = run("classify", "size", "--file", file.toString());
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0).get("size").asText()).isEqualTo("MEDIUM");
        assertThat(run.lines().get(1).get("error").get("code").asText()).startsWith("SB-CORE-07");
        assertThat(run.lines().get(2).get("error").get("line").asLong()).isEqualTo(4);
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void absurdNumbersAreMalformedInputWithShortMessages() {
        for (String[] args : new String[][] {
                {"classify", "above-scale", "--industry", "52", "--revenue", "1e999999999"},
                {"classify", "above-scale", "--industry", "52", "--revenue", "1e-999999999"},
                {"classify", "size", "--industry", "C13", "--employees", "350", "--revenue", "1e999999999"},
                {"classify", "size", "--industry", "C13", "--employees", "12.5", "--revenue", "5000"}}) {
            MainTest.Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.first().get("error").get("code").asText()).startsWith("SB-CORE-0");
            assertThat(run.first().get("error").get("message_en").asText()).hasSizeLessThan(400);
        }
    }
}
