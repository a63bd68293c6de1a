package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.SourceLocation;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.LocalizedText;

class RuleSetFilesTest {

    static Path sample(String name) {
        try {
            return Path.of(RuleSetFilesTest.class.getResource("samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of a definition, without where it was written. */
    static RuleSetDefinition content(RuleSetDefinition definition) {
        SourceLocation nowhere = SourceLocation.of("");
        List<RuleDefinition> rules = definition.rules().stream()
                .map(r -> new RuleDefinition(r.id(), r.check(), nowhere, r.when(), nowhere, r.severity(), r.name(),
                        r.message(), r.meta(), nowhere))
                .collect(Collectors.toList());
        return new RuleSetDefinition(definition.id(), definition.version(), definition.tolerance(), rules, "");
    }

    static List<String> codesAndPlaces(RuleSetException e) {
        return e.problems().stream()
                .map(p -> p.code() + " " + p.location().line() + ":" + p.location().column())
                .collect(Collectors.toList());
    }

    static RuleSetException problemsOf(String text, RuleSetFormat format) {
        return catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.parse(text, format == RuleSetFormat.JSON ? "bad.json" : "bad.yaml", format));
    }

    @Test
    void theJsonAndYamlSamplesSayTheSame() {
        RuleSetDefinition yaml = RuleSetFiles.read(sample("b204-1-monthly.yaml"));
        RuleSetDefinition json = RuleSetFiles.read(sample("b204-1-monthly.json"));
        assertThat(content(json)).isEqualTo(content(yaml));
        assertThat(yaml.source()).endsWith("b204-1-monthly.yaml");
    }

    @Test
    void readsEveryKey() {
        RuleSetDefinition set = RuleSetFiles.read(sample("b204-1-monthly.yaml"));
        assertThat(set.id()).isEqualTo("b204-1-monthly");
        assertThat(set.version()).contains("2026.1");
        assertThat(set.tolerance()).isEqualByComparingTo("0.5");
        // included rules first, in include order, then the file's own
        assertThat(set.rules()).extracting(RuleDefinition::id).containsExactly("C001", "C002", "R001", "R002", "R003");
        RuleDefinition r001 = set.rules().get(2);
        assertThat(r001.check()).isEqualTo("B01 >= B02");
        assertThat(r001.when()).contains("B04 > 0");
        assertThat(r001.severity()).isEqualTo(Severity.MANDATORY);
        assertThat(r001.name()).isEqualTo(LocalizedText.of("营业收入不小于主营业务收入", "Revenue not below main business revenue"));
        assertThat(r001.message().zh()).isEqualTo("营业收入{B01}小于主营业务收入{B02}");
        assertThat(r001.meta()).containsExactly(Map.entry("source", "统计调查制度 2026"), Map.entry("year", "2026"),
                Map.entry("reviewed", "true"), Map.entry("refs", "[1,2]"), Map.entry("owner", "{\"unit\":\"工业处\"}"));
        RuleDefinition r002 = set.rules().get(3);
        assertThat(r002.severity()).isEqualTo(Severity.VERIFY);
        assertThat(r002.when()).isEmpty();
        assertThat(r002.name()).isEqualTo(LocalizedText.of("营业收入增速异常", "营业收入增速异常"));
        assertThat(r002.message()).isEqualTo(LocalizedText.of("营业收入增速超出 ±50%", ""));
        assertThat(set.rules().get(4).check()).isEqualTo("B05 = B06 + B07\n  + B08\n");
        assertThat(set.rules().get(0).severity()).isEqualTo(Severity.QUASI_MANDATORY);
        assertThat(set.rules().get(1).severity()).isEqualTo(Severity.MANDATORY);
        assertThat(set.rules().get(1).name()).isEqualTo(LocalizedText.EMPTY);
    }

    @Test
    void defaultsAreTheDesignDocuments() {
        RuleSetDefinition set = RuleSetFiles.parse("{\"id\": \"x\", \"rules\": [{\"id\": \"R1\", \"check\": \"B01 > 0\"}]}",
                "x.json", RuleSetFormat.JSON);
        assertThat(set.version()).isEmpty();
        assertThat(set.tolerance()).isEqualTo(BigDecimal.ZERO);
        RuleDefinition rule = set.rules().get(0);
        assertThat(rule.severity()).isEqualTo(Severity.MANDATORY);
        assertThat(rule.when()).isEmpty();
        assertThat(rule.whenLocation()).isEqualTo(rule.location());
        assertThat(rule.meta()).isEmpty();
        assertThat(RuleSetFiles.parse("id: x", "x.yaml", RuleSetFormat.YAML).rules()).isEmpty();
    }

    /** Computed from the files: the text at each check/when location is the expression's first line. */
    @Test
    void checkAndWhenLocationsPointAtTheExpressionText() throws IOException {
        for (String name : List.of("b204-1-monthly.yaml", "b204-1-monthly.json", "common.yaml", "common.json")) {
            RuleSetDefinition set = RuleSetFiles.read(sample(name));
            for (RuleDefinition rule : set.rules()) {
                assertStartsAt(rule.check(), rule.checkLocation());
                rule.when().ifPresent(when -> assertStartsAt(when, rule.whenLocation()));
            }
        }
        RuleDefinition r001 = RuleSetFiles.read(sample("b204-1-monthly.yaml")).rules().get(2);
        assertThat(r001.checkLocation().line()).isEqualTo(8);
        assertThat(r001.checkLocation().column()).isEqualTo(12);
        // a quoted scalar: the text starts one column after the quote
        RuleDefinition r002 = RuleSetFiles.read(sample("b204-1-monthly.yaml")).rules().get(3);
        assertThat(r002.checkLocation().line()).isEqualTo(15);
        assertThat(r002.checkLocation().column()).isEqualTo(13);
        // a literal block: the first content line
        RuleDefinition r003 = RuleSetFiles.read(sample("b204-1-monthly.yaml")).rules().get(4);
        assertThat(r003.checkLocation().line()).isEqualTo(22);
        assertThat(r003.checkLocation().column()).isEqualTo(7);
        RuleDefinition json = RuleSetFiles.read(sample("b204-1-monthly.json")).rules().get(2);
        assertThat(json.checkLocation().line()).isEqualTo(9);
        assertThat(json.checkLocation().column()).isEqualTo(17);
    }

    private static void assertStartsAt(String text, SourceLocation location) {
        try {
            List<String> lines = Files.readAllLines(Path.of(location.source()), StandardCharsets.UTF_8);
            String line = lines.get(location.line() - 1);
            String firstLine = text.lines().findFirst().orElse("");
            assertThat(line.substring(location.column() - 1)).as("%s for %s", location, text).startsWith(firstLine);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void positionsInsideAnExpressionMapToTheFile() {
        String yaml = "id: x\nrules:\n  - id: R1\n    check: B01 >= B02\n";
        RuleDefinition rule = RuleSetFiles.parse(yaml, "x.yaml", RuleSetFormat.YAML).rules().get(0);
        // the compiler finds B02 at column 8 of the check text
        assertThat(rule.checkLocation().within(1, 8)).isEqualTo(new SourceLocation("x.yaml", 4, 19));
        assertThat(yaml.lines().toList().get(3).substring(18)).isEqualTo("B02");
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsPlace() {
        String yaml = String.join("\n",
                "id: bad",
                "tolerence: 0",
                "tolerance: -1",
                "includes: common.yaml",
                "rules:",
                "  - id: R001",
                "    chek: B01 > 0",
                "    severity: mandatory",
                "  - check: B02 > 0",
                "    name: {zh: 名称, fr: nom}",
                "    meta: [a]",
                "  - id: R003",
                "    check: [42]",
                "    when: ''",
                "    id: R004",
                "  - plain text",
                "");
        RuleSetException e = problemsOf(yaml, RuleSetFormat.YAML);
        assertThat(codesAndPlaces(e)).containsExactly(
                "SB-VAL-0405 2:1", // tolerence
                "SB-VAL-0408 3:12", // tolerance -1
                "SB-VAL-0407 4:11", // includes is not an array
                "SB-VAL-0406 6:5", // R001 has no check
                "SB-VAL-0405 7:5", // chek
                "SB-VAL-0408 8:15", // severity spelled in lower case
                "SB-VAL-0406 9:5", // the second rule has no id
                "SB-VAL-0405 10:20", // fr
                "SB-VAL-0407 11:11", // meta is not an object
                "SB-VAL-0407 13:12", // check is an array
                "SB-VAL-0420 14:11", // blank when
                "SB-VAL-0409 15:5", // id twice
                "SB-VAL-0407 16:5"); // a rule that is not an object
        RuleProblem typo = e.problems().get(4);
        assertThat(typo.found()).isEqualTo("chek");
        assertThat(typo.expected()).isEqualTo("check");
        assertThat(typo.messageEn()).contains("$.rules[0]").contains("id, check, when, severity, name, message, meta");
        assertThat(typo.messageZh()).contains("未知的键");
        assertThat(e.problems().get(0).expected()).isEqualTo("tolerance");
        assertThat(e.problems().get(0).toString()).startsWith("bad.yaml:2:1: SB-VAL-0405 ");
        assertThat(e.getMessage()).contains("bad.yaml").contains("13");
    }

    @Test
    void jsonProblemsHaveTheirPlacesToo() {
        String json = String.join("\n",
                "{",
                "  \"id\": 7,",
                "  \"version\": true,",
                "  \"rules\": [",
                "    {\"id\": \"R1\", \"check\": \"B01 > 0\", \"severity\": \"URGENT\", \"mesage\": \"x\"},",
                "    {\"id\": \"R1\", \"check\": \"B01 > 1\", \"name\": {}}",
                "  ],",
                "  \"rules\": []",
                "}");
        RuleSetException e = problemsOf(json, RuleSetFormat.JSON);
        assertThat(codesAndPlaces(e)).containsExactly(
                "SB-VAL-0407 2:9", // id is a number
                "SB-VAL-0407 3:14", // version is a boolean
                "SB-VAL-0408 5:50", // URGENT
                "SB-VAL-0405 5:60", // mesage
                "SB-VAL-0410 6:12", // R1 again (its other problem does not hide the duplicate)
                "SB-VAL-0420 6:46", // an empty name
                "SB-VAL-0409 8:3"); // rules twice
    }

    @Test
    void ruleIdsAreUniqueWithinAFile() {
        String yaml = "id: x\nrules:\n  - {id: R1, check: A > 0}\n  - {id: R1, check: B > 0}\n";
        RuleSetException e = problemsOf(yaml, RuleSetFormat.YAML);
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0410 4:10");
        assertThat(e.problems().get(0).messageEn()).contains("R1").contains("bad.yaml:3:10");
    }

    @Test
    void theRootMustBeAnObjectWithAnId() {
        assertThat(codesAndPlaces(problemsOf("- a\n- b\n", RuleSetFormat.YAML))).containsExactly("SB-VAL-0407 1:1");
        assertThat(codesAndPlaces(problemsOf("{}", RuleSetFormat.JSON))).containsExactly("SB-VAL-0406 1:1");
        assertThat(codesAndPlaces(problemsOf("", RuleSetFormat.YAML))).containsExactly("SB-VAL-0407 0:0");
        assertThat(codesAndPlaces(problemsOf("# nothing\n", RuleSetFormat.YAML))).containsExactly("SB-VAL-0407 0:0");
    }

    @Test
    void malformedFilesGiveTheParsersPlace() {
        RuleSetException json = problemsOf("{\"id\": \"x\",\n  \"rules\": [\n}", RuleSetFormat.JSON);
        assertThat(codesAndPlaces(json)).containsExactly("SB-VAL-0402 3:1");
        assertThat(json.problems().get(0).messageEn()).startsWith("not well-formed JSON");
        RuleSetException yaml = problemsOf("id: x\nrules: [a, b\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(yaml)).hasSize(1).containsExactly("SB-VAL-0402 2:13");
        assertThat(codesAndPlaces(problemsOf("{\"id\": \"x\"} {}", RuleSetFormat.JSON)))
                .containsExactly("SB-VAL-0402 1:13");
        assertThat(codesAndPlaces(problemsOf("id: x\n---\nid: y\n", RuleSetFormat.YAML)))
                .containsExactly("SB-VAL-0404 3:1");
    }

    @Test
    void aByteOrderMarkIsNotContent() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        assertThat(RuleSetFiles.read(new ByteArrayInputStream(all), "x.json", RuleSetFormat.JSON).id()).isEqualTo("x");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.read(
                new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}), "bad.json", RuleSetFormat.JSON));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0401 0:0");
    }

    @Test
    void yamlWordsStayText() {
        RuleSetDefinition set = RuleSetFiles.parse("id: x\nversion: 1.10\nrules:\n  - {id: R1, check: A > 0, name: {zh: 否, en: no}}\n",
                "x.yaml", RuleSetFormat.YAML);
        assertThat(set.version()).contains("1.10");
        assertThat(set.rules().get(0).name().en()).isEqualTo("no");
        // unquoted YAML scalars that YAML reads as numbers or booleans stand, as written, where text is expected
        RuleSetDefinition plain = RuleSetFiles.parse("id: 1001\nrules:\n  - {id: 007, check: B01 > 0, name: True, "
                + "message: {en: 1.0}, severity: HINT}\n", "x.yaml", RuleSetFormat.YAML);
        assertThat(plain.id()).isEqualTo("1001");
        assertThat(plain.rules().get(0).id()).isEqualTo("007");
        assertThat(plain.rules().get(0).name()).isEqualTo(LocalizedText.of("True", "True"));
        assertThat(plain.rules().get(0).message().en()).isEqualTo("1.0");
        // JSON says what it means: a number is not a text
        assertThat(codesAndPlaces(problemsOf("{\"id\": 1001}", RuleSetFormat.JSON))).containsExactly("SB-VAL-0407 1:8");
    }

    @Test
    void toleranceIsABoundedNonNegativeNumber() {
        assertThat(RuleSetFiles.parse("id: x\ntolerance: 0.0001", "x.yaml", RuleSetFormat.YAML).tolerance())
                .isEqualByComparingTo("0.0001");
        assertThat(RuleSetFiles.parse("{\"id\": \"x\", \"tolerance\": 1E+3}", "x.json", RuleSetFormat.JSON).tolerance())
                .isEqualByComparingTo("1000");
        for (String bad : List.of("-0.01", "1e13", ".inf", ".nan", "0x10", "1e-30")) {
            assertThat(codesAndPlaces(problemsOf("id: x\ntolerance: " + bad, RuleSetFormat.YAML))).as(bad)
                    .containsExactly("SB-VAL-0408 2:12");
        }
        assertThat(codesAndPlaces(problemsOf("id: x\ntolerance: '0.5'", RuleSetFormat.YAML)))
                .containsExactly("SB-VAL-0407 2:12");
    }

    @Test
    void aFileWithAnUnknownExtensionIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.txt"), "id: x");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.read(file));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0419 0:0");
        RuleSetException missing = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(dir.resolve("none.yaml")));
        assertThat(codesAndPlaces(missing)).containsExactly("SB-VAL-0401 0:0");
        RuleSetException directory = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(Files.createDirectory(dir.resolve("d.yaml"))));
        assertThat(codesAndPlaces(directory)).containsExactly("SB-VAL-0401 0:0");
    }

    @Test
    void aStreamCannotInclude() {
        RuleSetException e = problemsOf("id: x\nincludes: [common.yaml]\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0414 2:12");
    }

    @Test
    void readsClassPathResourcesWithTheirIncludes() {
        RuleSetDefinition set = RuleSetFiles.readResource(getClass().getClassLoader(),
                "org/statsbase/validation/rules/file/samples/b204-1-monthly.json");
        assertThat(set.source()).isEqualTo("classpath:org/statsbase/validation/rules/file/samples/b204-1-monthly.json");
        assertThat(content(set)).isEqualTo(content(RuleSetFiles.read(sample("b204-1-monthly.yaml"))));
        assertThat(set.rules().get(0).location().source())
                .isEqualTo("classpath:org/statsbase/validation/rules/file/samples/common.json");
    }

    /** The example of RULESETS.md is a valid rule set. */
    @Test
    void theDocumentedExampleReads(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("RULESETS.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Files.writeString(dir.resolve("common.yaml"), "id: common\nrules:\n  - {id: C001, check: B01 >= 0}\n");
        RuleSetDefinition set = RuleSetFiles.read(Files.writeString(dir.resolve("b204-1-monthly.yaml"), example));
        assertThat(set.rules()).extracting(RuleDefinition::id).containsExactly("C001", "R001", "R002", "R003");
        assertThat(set.rules().get(2).message()).isEqualTo(LocalizedText.of("营业收入增速超出 ±50%", ""));
    }

    @Test
    void theSchemaShipsWithTheModule() {
        assertThat(RuleSetFiles.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(Optional.ofNullable(RuleSetFiles.class.getClassLoader().getResource(RuleSetFiles.SCHEMA_RESOURCE)))
                .isPresent();
    }
}
