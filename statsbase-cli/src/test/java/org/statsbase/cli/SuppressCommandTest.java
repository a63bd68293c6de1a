package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statsbase suppress}: the protected table, its audit; exit 0/2. */
class SuppressCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /**
     * Three townships × two sections; (001, F) has one unit and is primary under freq(3). The cheapest
     * protection is the rectangle with township 002 (the smallest F partner able to absorb it).
     */
    private Path microdata() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFunit,township,industry,revenue,group\n");
        String[] towns = {"110101001000", "110101002000", "110101003000"};
        int n = 0;
        for (String t : towns) {
            for (String ind : new String[] {"C1311", "F5110"}) {
                int units = t.endsWith("001000") && ind.startsWith("F") ? 1 : 3;
                for (int u = 0; u < units; u++) {
                    long value = t.endsWith("002000") ? 10 : 100;
                    csv.append("U").append(n++).append(',').append(t).append(',').append(ind).append(',').append(value)
                            .append(',').append(n % 2 == 0 ? "G1" : "").append('\n');
                }
            }
        }
        return write("units.csv", csv.toString());
    }

    @Test
    void printsTheProtectedTableAndItsAudit() throws IOException {
        CliRun run = CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--row-hierarchy", "division", "--col-hierarchy", "industry:SECTION", "--rules", "freq(3)");
        assertThat(run.exit()).as(run.stdout()).isZero();
        JsonNode o = run.only();
        assertThat(o.get("rules").asText()).isEqualTo("freq(3,10)");
        assertThat(o.get("level").asText()).isEqualTo("unit");
        // rows: Total, county, 3 townships; cols: Total, C, F
        assertThat(o.get("summary").get("cells").asInt()).isEqualTo(15);
        assertThat(o.get("summary").get("primary").asInt()).isEqualTo(1);
        assertThat(o.get("audit").get("passed").asBoolean()).isTrue();
        List<String> suppressed = new ArrayList<>();
        for (JsonNode c : o.get("cells")) {
            if (!c.get("status").asText().equals("safe")) {
                suppressed.add(c.get("row").asText() + "×" + c.get("col").asText() + ":" + c.get("status").asText());
                assertThat(c.get("published").isNull()).isTrue();
            } else {
                assertThat(c.get("published").decimalValue()).isEqualByComparingTo(c.get("value").decimalValue());
            }
        }
        assertThat(suppressed).containsExactly("110101001000×C:secondary", "110101001000×F:primary",
                "110101002000×C:secondary", "110101002000×F:secondary");
        assertThat(o.get("summary").get("secondary_value").decimalValue()).isEqualByComparingTo("360");
        JsonNode primary = o.get("audit").get("cells").get(1);
        assertThat(primary.get("row").asText()).isEqualTo("110101001000");
        assertThat(primary.get("min").decimalValue()).isEqualByComparingTo("70");
        assertThat(primary.get("max").decimalValue()).isEqualByComparingTo("130");
        assertThat(primary.get("upper_protection").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void holdingLevelAndCsvFormat() throws IOException {
        CliRun run = CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--holding", "group", "--col-hierarchy", "industry:section", "--rules", "freq(3)",
                "--format", "csv");
        assertThat(run.exit()).isZero();
        List<String> lines = run.lines();
        assertThat(lines.get(0)).startsWith("row,row_level,col,col_level,value,contributors,status,published");
        assertThat(lines).hasSize(1 + 4 * 3);
        // at holding level group G1 joins units: (002, F) and (003, F) have two respondents each and become primary too
        assertThat(lines).anyMatch(l -> l.startsWith("110101001000,1,F,1,100,1,primary,,\"freq(3,10)\",10,10,"));
        assertThat(lines).anyMatch(l -> l.startsWith("110101003000,1,F,1,300,2,primary,,"));
        assertThat(lines).filteredOn(l -> l.contains(",primary,") || l.contains(",secondary,")).allMatch(l -> l.endsWith(",true"));
    }

    @Test
    void malformedInputIsExitTwoWithACode() throws IOException {
        Path bad = write("bad.csv", "unit,township,industry,revenue\nU1,110101001000,C13,12x\n");
        CliRun notNumber = CliRun.of("suppress", "--microdata", bad.toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--rules", "freq(3)");
        assertThat(notNumber.exit()).isEqualTo(2);
        assertThat(notNumber.errorCode()).isEqualTo("SB-CLI-0050");
        assertThat(notNumber.only().get("error").get("message_en").asText()).contains("line 2");
        Path badCode = write("code.csv", "unit,township,industry,revenue\nU1,110101001000,C13,12\nU2,11010100,C13,5\n");
        CliRun code = CliRun.of("suppress", "--microdata", badCode.toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--row-hierarchy", "division", "--rules", "freq(3)");
        assertThat(code.errorCode()).isEqualTo("SB-CLI-0050");
        assertThat(code.only().get("error").get("message_en").asText()).contains("line 3").contains("SB-CONF-0304");
        assertThat(CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--rules", "nk(2)").errorCode()).isEqualTo("SB-CONF-0401");
        assertThat(CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "township",
                "--value", "revenue", "--rules", "p(10)").errorCode()).isEqualTo("SB-CLI-0051");
        assertThat(CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--rules", "p(10)", "--row-hierarchy", "division:town").errorCode()).isEqualTo("SB-CLI-0052");
        assertThat(CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "turnover", "--rules", "p(10)").errorCode()).isEqualTo("SB-CLI-0024");
        assertThat(CliRun.of("suppress", "--microdata", microdata().toString(), "--rows", "township", "--cols", "industry",
                "--value", "revenue", "--rules", "p(10)", "--format", "xml").errorCode()).isEqualTo("SB-CLI-0015");
    }

    @Test
    void helpHasAnExample() {
        CliRun help = CliRun.of("suppress", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("statsbase suppress --microdata units.csv");
    }
}
