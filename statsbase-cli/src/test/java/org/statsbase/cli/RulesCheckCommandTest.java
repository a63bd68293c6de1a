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

/** {@code statsbase rules check}: every problem of every file with file:line:column; exit 0/1/2. */
class RulesCheckCommandTest {

    static final String FORMS = """
            {"id": "demo-2026", "name": "示例制度", "year": 2026, "forms": [
              {"id": "B204-1", "name": "财务状况", "frequency": "MONTHLY", "indicators": [
                {"code": "B01", "name": "营业收入", "type": "NUMBER"},
                {"code": "B02", "name": "主营业务收入", "type": "NUMBER"},
                {"code": "B05", "name": "备注", "type": "TEXT"}]},
              {"id": "B205", "name": "从业人员", "frequency": "MONTHLY", "indicators": [
                {"code": "C01", "name": "从业人员", "type": "INTEGER"}]}]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path fine() throws IOException {
        return write("fine.yaml", """
                id: demo
                version: "2026.1"
                rules:
                  - id: R001
                    check: B01 >= B02
                  - id: R002
                    check: len(B05) < 100
                    severity: HINT
                """);
    }

    private Path broken() throws IOException {
        return write("broken.yaml", """
                id: broken
                rules:
                  - id: R001
                    check: B01 >= + 
                  - id: R002
                    check: frobnicate(B01) > 0
                  - id: R003
                    check: abs(B01, B02) > 0
                """);
    }

    @Test
    void aFineFileExitsZeroWithItsRuleSet() throws IOException {
        Path file = fine();
        CliRun run = CliRun.of("rules", "check", file.toString());
        assertThat(run.exit()).isZero();
        JsonNode o = run.only();
        assertThat(o.get("file").asText()).isEqualTo(file.toString());
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("rule_set").asText()).isEqualTo("demo");
        assertThat(o.get("version").asText()).isEqualTo("2026.1");
        assertThat(o.get("rules").asInt()).isEqualTo(2);
        assertThat(o.get("problems")).isEmpty();
        assertThat(o.get("error").isNull()).isTrue();

        CliRun text = CliRun.of("rules", "check", "--format", "text", file.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.lines()).containsExactly(file + ": ok, rule set demo 2026.1, 2 rule(s)");
    }

    @Test
    void everyProblemOfEveryFileIsReportedWithFileLineAndColumn() throws IOException {
        Path good = fine();
        Path bad = broken();
        CliRun run = CliRun.of("rules", "check", bad.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> files = run.json();
        assertThat(files).extracting(f -> f.get("valid").asBoolean()).containsExactly(false, true);
        JsonNode problems = files.get(0).get("problems");
        assertThat(problems).hasSize(3);
        List<String> codes = new ArrayList<>();
        for (JsonNode p : problems) {
            assertThat(p.get("file").asText()).endsWith("broken.yaml");
            assertThat(p.get("line").asInt()).isPositive();
            assertThat(p.get("column").asInt()).isPositive();
            assertThat(p.get("code").asText()).matches("SB-VAL-\\d{4}");
            assertThat(p.get("message_zh").asText()).isNotBlank();
            assertThat(p.get("message_en").asText()).isNotBlank();
            assertThat(p.has("found")).isTrue();
            assertThat(p.has("expected")).isTrue();
            codes.add(p.get("code").asText());
        }
        assertThat(codes).containsExactly("SB-VAL-0102", "SB-VAL-0202", "SB-VAL-0203");
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(4);
        assertThat(problems.get(1).get("line").asInt()).isEqualTo(6);
        assertThat(problems.get(1).get("column").asInt()).isEqualTo(12);
        assertThat(problems.get(2).get("line").asInt()).isEqualTo(8);
        assertThat(files.get(0).get("rule_set").asText()).isEqualTo("broken");

        CliRun text = CliRun.of("rules", "check", "--format", "text", bad.toString(), good.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.lines()).hasSize(4);
        for (String line : text.lines().subList(0, 3)) {
            assertThat(line).matches(".*broken\\.yaml:\\d+:\\d+: SB-VAL-\\d{4} .+ / .+");
        }
        assertThat(text.lines().get(1)).contains("broken.yaml:6:12: SB-VAL-0202", "frobnicate");
        assertThat(text.lines().get(3)).endsWith("ok, rule set demo 2026.1, 2 rule(s)");
    }

    @Test
    void fileProblemsAreLocatedToo() throws IOException {
        Path bad = write("keys.yaml", "id: k\nrules:\n  - id: R1\n    chekc: B01 > 0\n");
        CliRun run = CliRun.of("rules", "check", "--format", "text", bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stdout()).contains("keys.yaml:4:5: SB-VAL-0405", "keys.yaml:3:").contains("SB-VAL-0406");
    }

    @Test
    void anUnreadableFileIsBadInput() throws IOException {
        Path absent = dir.resolve("absent.yaml");
        CliRun run = CliRun.of("rules", "check", absent.toString(), fine().toString());
        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> files = run.json();
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("valid").asBoolean()).isFalse();
        assertThat(files.get(0).get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0401");
        assertThat(files.get(1).get("valid").asBoolean()).isTrue();

        Path notRules = write("rules.txt", "id: x\n");
        CliRun unknownFormat = CliRun.of("rules", "check", notRules.toString());
        assertThat(unknownFormat.exit()).isEqualTo(2);
        assertThat(unknownFormat.only().get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0419");
    }

    @Test
    void againstAFormUnknownIndicatorsAndTypesAreFound() throws IOException {
        Path forms = write("forms.json", FORMS);
        Path rules = write("form.yaml", "id: f\nrules:\n  - id: R1\n    check: B99 > 0\n  - id: R2\n    check: B05 > 1\n");
        CliRun run = CliRun.of("rules", "check", rules.toString(), "--form", forms.toString(), "--form-id", "B204-1");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode problems = run.only().get("problems");
        assertThat(problems).extracting(p -> p.get("code").asText()).containsExactly("SB-VAL-0201", "SB-VAL-0204");
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(4);

        CliRun without = CliRun.of("rules", "check", rules.toString());
        assertThat(without.exit()).as("without a form, fields are not known").isZero();
    }

    @Test
    void formChoiceErrorsAreTypedUsageErrors() throws IOException {
        Path forms = write("forms.json", FORMS);
        Path rules = fine();
        CliRun several = CliRun.of("rules", "check", rules.toString(), "--form", forms.toString());
        assertThat(several.exit()).isEqualTo(2);
        assertThat(several.errorCode()).isEqualTo("SB-CLI-0018");
        assertThat(several.only().get("error").get("message_en").asText()).contains("B204-1", "B205");

        CliRun unknown = CliRun.of("rules", "check", rules.toString(), "--form", forms.toString(), "--form-id", "X9");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.errorCode()).isEqualTo("SB-CLI-0019");

        CliRun idWithoutForm = CliRun.of("rules", "check", rules.toString(), "--form-id", "B204-1");
        assertThat(idWithoutForm.exit()).isEqualTo(2);
        assertThat(idWithoutForm.errorCode()).isEqualTo("SB-CLI-0006");

        Path brokenForms = write("broken-forms.json", "{\"id\": \"x\"}");
        CliRun broken = CliRun.of("rules", "check", rules.toString(), "--form", brokenForms.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.only().get("error").get("code").asText()).startsWith("SB-CORE-");
        assertThat(broken.only().get("error").get("problems")).isNotEmpty();

        CliRun brokenText = CliRun.of("rules", "check", rules.toString(), "--form", brokenForms.toString(),
                "--format", "text");
        assertThat(brokenText.exit()).isEqualTo(2);
        assertThat(brokenText.stdout()).startsWith("error SB-CORE-");
    }

    @Test
    void usageErrorsAreTyped() throws IOException {
        CliRun noFile = CliRun.of("rules", "check");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.errorCode()).isEqualTo("SB-CLI-0013");

        CliRun badFormat = CliRun.of("rules", "check", "--format", "xml", fine().toString());
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.errorCode()).isEqualTo("SB-CLI-0015");

        CliRun noSubcommand = CliRun.of("rules");
        assertThat(noSubcommand.exit()).isEqualTo(2);
        assertThat(noSubcommand.errorCode()).isEqualTo("SB-CLI-0014");
    }
}
