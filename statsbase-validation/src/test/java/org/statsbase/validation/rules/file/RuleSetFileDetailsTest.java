package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.validation.rules.file.RuleSetFilesTest.codesAndPlaces;
import static org.statsbase.validation.rules.file.RuleSetFilesTest.problemsOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Exact problems, values and locations of small rule-set files, one detail of the reader at a time. */
class RuleSetFileDetailsTest {

    private static final String RULE = "rules:\n  - id: R1\n    check: A > 0\n";

    private static RuleSetDefinition yaml(String text) {
        return RuleSetFiles.parse(text, "ok.yaml", RuleSetFormat.YAML);
    }

    private static RuleSetDefinition json(String text) {
        return RuleSetFiles.parse(text, "ok.json", RuleSetFormat.JSON);
    }

    @Test
    void closestSuggestsTheNearestKeyWithinTwoEditsIgnoringCase() {
        List<String> allowed = List.of("id", "check", "when");
        assertThat(RuleSetFileParser.closest("ID", allowed)).isEqualTo("id");
        assertThat(RuleSetFileParser.closest("chk", allowed)).isEqualTo("check");
        assertThat(RuleSetFileParser.closest("x", List.of("xyz"))).isEqualTo("xyz");
        assertThat(RuleSetFileParser.closest("abcd", List.of("abcdxyz", "q"))).isEqualTo("abcdxyz | q");
        assertThat(RuleSetFileParser.closest("zzzzz", allowed)).isEqualTo("id | check | when");
        // a tie goes to the first allowed key
        assertThat(RuleSetFileParser.closest("ab", List.of("aa", "bb"))).isEqualTo("aa");
        assertThat(RuleSetFileParser.closest("ba", List.of("aa", "bb"))).isEqualTo("aa");
        // very long keys are not compared at all
        String long41 = "a".repeat(41);
        assertThat(RuleSetFileParser.closest(long41, List.of(long41, "b"))).isEqualTo(long41 + " | b");
        String long40 = "a".repeat(40);
        assertThat(RuleSetFileParser.closest(long40, List.of(long40, "b"))).isEqualTo(long40);
    }

    @Test
    void aTypoInAKeyNamesTheIntendedKey() {
        RuleSetException e = problemsOf("id: x\nrules:\n  - id: R1\n    chek: A > 0\n    check: A > 0\n",
                RuleSetFormat.YAML);
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0405 4:5");
        assertThat(e.problems().get(0).messageEn()).contains("chek");
    }

    @Test
    void toleranceBoundsAreInclusive() {
        assertThat(yaml("id: x\ntolerance: 0\n" + RULE).tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(yaml("id: x\ntolerance: 1000000000000\n" + RULE).tolerance())
                .isEqualByComparingTo(new BigDecimal("1E+12"));
        String eighteen = "0." + "0".repeat(17) + "1";
        assertThat(yaml("id: x\ntolerance: " + eighteen + "\n" + RULE).tolerance())
                .isEqualByComparingTo(new BigDecimal(eighteen));
        // trailing zeros do not count as decimals
        assertThat(yaml("id: x\ntolerance: 0.5" + "0".repeat(30) + "\n" + RULE).tolerance())
                .isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void toleranceOutsideItsBoundsIsAnInvalidValue() {
        assertThat(codesAndPlaces(problemsOf("id: x\ntolerance: -0.001\n" + RULE, RuleSetFormat.YAML)))
                .containsExactly("SB-VAL-0408 2:12");
        assertThat(codesAndPlaces(problemsOf("id: x\ntolerance: 1000000000000.001\n" + RULE, RuleSetFormat.YAML)))
                .containsExactly("SB-VAL-0408 2:12");
        String nineteen = "0." + "0".repeat(18) + "1";
        assertThat(codesAndPlaces(problemsOf("id: x\ntolerance: " + nineteen + "\n" + RULE, RuleSetFormat.YAML)))
                .containsExactly("SB-VAL-0408 2:12");
        RuleSetException text = problemsOf("{\"id\":\"x\",\"tolerance\":\"0.5\",\"rules\":[{\"id\":\"R1\","
                + "\"check\":\"A > 0\"}]}", RuleSetFormat.JSON);
        assertThat(codesAndPlaces(text)).containsExactly("SB-VAL-0407 1:23");
        assertThat(text.problems().get(0).messageEn()).contains("$.tolerance");
    }

    @Test
    void versionIsANumberOrAString() {
        assertThat(yaml("id: x\nversion: 2.10\n" + RULE).version()).contains("2.10");
        assertThat(yaml("id: x\nversion: v2\n" + RULE).version()).contains("v2");
        assertThat(json("{\"id\":\"x\",\"version\":3,\"rules\":[{\"id\":\"R1\",\"check\":\"A > 0\"}]}").version())
                .contains("3");
        assertThat(yaml("id: x\n" + RULE).version()).isEmpty();
        RuleSetException bool = problemsOf("{\"id\":\"x\",\"version\":true,\"rules\":[{\"id\":\"R1\","
                + "\"check\":\"A > 0\"}]}", RuleSetFormat.JSON);
        assertThat(codesAndPlaces(bool)).containsExactly("SB-VAL-0407 1:21");
        assertThat(bool.problems().get(0).messageEn()).contains("$.version").contains("string | number")
                .contains("boolean true");
        RuleSetException object = problemsOf("{\"id\":\"x\",\"version\":{},\"rules\":[{\"id\":\"R1\","
                + "\"check\":\"A > 0\"}]}", RuleSetFormat.JSON);
        assertThat(codesAndPlaces(object)).containsExactly("SB-VAL-0407 1:21");
        assertThat(object.problems().get(0).messageEn()).endsWith("found object");
    }

    @Test
    void anAliasedVersionIsOnlyAYamlFeatureProblem() {
        RuleSetException e = problemsOf("id: &v x\nversion: *v\n" + RULE, RuleSetFormat.YAML);
        assertThat(codes(e)).containsExactly("SB-VAL-0404");
        assertThat(codesAndPlaces(e)).contains("SB-VAL-0404 2:10");
    }

    @Test
    void aRootThatIsNotAnObjectIsOneWrongType() {
        RuleSetException scalar = problemsOf("5", RuleSetFormat.JSON);
        assertThat(codesAndPlaces(scalar)).containsExactly("SB-VAL-0407 1:1");
        assertThat(scalar.problems().get(0).messageEn()).contains("$").contains("number 5");
        assertThat(codesAndPlaces(problemsOf("[1, 2]", RuleSetFormat.JSON))).containsExactly("SB-VAL-0407 1:1");
        RuleSetException empty = problemsOf("# nothing but a comment\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(empty)).containsExactly("SB-VAL-0407 0:0");
        assertThat(empty.problems().get(0).messageEn()).contains("an empty file");
    }

    @Test
    void includesAndRulesMustBeArrays() {
        RuleSetException includes = problemsOf("id: x\nincludes: a.yaml\n" + RULE, RuleSetFormat.YAML);
        assertThat(codesAndPlaces(includes)).containsExactly("SB-VAL-0407 2:11");
        assertThat(includes.problems().get(0).messageEn()).contains("$.includes");
        RuleSetException rules = problemsOf("id: x\nrules: {id: R1}\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(rules)).containsExactly("SB-VAL-0407 2:8");
        assertThat(rules.problems().get(0).messageEn()).contains("$.rules");
    }

    @Test
    void wrongTypesInsideARuleAreReportedOnce() {
        String head = "id: x\nrules:\n  - id: R1\n    check: A > 0\n";
        RuleSetException severity = problemsOf(head + "    severity: [HINT]\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(severity)).containsExactly("SB-VAL-0407 5:15");
        RuleSetException message = problemsOf(head + "    message: [a]\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(message)).containsExactly("SB-VAL-0407 5:14");
        assertThat(message.problems().get(0).messageEn()).contains("string | object");
        RuleSetException meta = problemsOf(head + "    meta: [a]\n", RuleSetFormat.YAML);
        assertThat(codesAndPlaces(meta)).containsExactly("SB-VAL-0407 5:11");
        RuleSetException zh = problemsOf("{\"id\":\"x\",\"rules\":[{\"id\":\"R1\",\"check\":\"A > 0\","
                + "\"message\":{\"zh\":5,\"en\":\"e\"}}]}", RuleSetFormat.JSON);
        assertThat(codes(zh)).containsExactly("SB-VAL-0407");
        assertThat(zh.problems().get(0).messageEn()).contains("message.zh");
    }

    @Test
    void aLocalizedTextMayGiveOnlyOneLanguage() {
        RuleDefinition rule = yaml("id: x\nrules:\n  - id: R1\n    check: A > 0\n    message: {en: only}\n")
                .rules().get(0);
        assertThat(rule.message().en()).isEqualTo("only");
        assertThat(rule.message().zh()).isEmpty();
    }

    @Test
    void anAnchorOnACollectionIsReportedOnce() {
        RuleSetException e = problemsOf("id: x\nrules:\n  - &r\n    id: R1\n    check: A > 0\n",
                RuleSetFormat.YAML);
        assertThat(codes(e)).containsExactly("SB-VAL-0404");
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void anAnchorOnAScalarIsReportedWhereItIsWrittenWithItsName() {
        // Jackson drops scalar anchors; the reader finds them at the scalar's start, also after a tag
        RuleSetException plain = problemsOf("id: &v x\n" + RULE, RuleSetFormat.YAML);
        assertThat(codesAndPlaces(plain)).containsExactly("SB-VAL-0404 1:5");
        assertThat(plain.problems().get(0).messageEn()).contains("anchor").contains("&v");
        RuleSetException inFlow = problemsOf("id: x\nrules:\n  - id: R1\n    check: A > 0\n    message: {en: &first a, zh: b}\n",
                RuleSetFormat.YAML);
        assertThat(codesAndPlaces(inFlow)).containsExactly("SB-VAL-0404 5:19");
        assertThat(inFlow.problems().get(0).messageEn()).contains("&first").doesNotContain("&first a");
        RuleSetException afterTag = problemsOf("id: !!str &v x\n" + RULE, RuleSetFormat.YAML);
        assertThat(afterTag.problems()).extracting(p -> p.messageEn().contains("&v")).contains(true);
        RuleSetException empty = problemsOf("id: x\nversion: &n\n" + RULE, RuleSetFormat.YAML);
        assertThat(empty.problems().get(0).messageEn()).contains("&n");
        // the same characters inside quotes are text, not an anchor
        RuleDefinition quoted = yaml("id: x\nrules:\n  - id: R1\n    check: A > 0\n    message: {en: \"&v\"}\n")
                .rules().get(0);
        assertThat(quoted.message().en()).isEqualTo("&v");
    }

    @Test
    void aBlockScalarCheckStartsAtItsFirstNonBlankLine() {
        RuleDefinition rule = yaml("id: x\nrules:\n  - id: R1\n    check: |\n\n      A > 0\n").rules().get(0);
        assertThat(rule.checkLocation().line()).isEqualTo(6);
        assertThat(rule.checkLocation().column()).isEqualTo(7);
        RuleDefinition crlf = yaml("id: x\r\nrules:\r\n  - id: R1\r\n    check: >\r\n\r\n      A > 0\r\n")
                .rules().get(0);
        assertThat(crlf.checkLocation().line()).isEqualTo(6);
        assertThat(crlf.checkLocation().column()).isEqualTo(7);
        RuleDefinition cr = yaml("id: x\rrules:\r  - id: R1\r    check: |\r\r      A > 0\r").rules().get(0);
        assertThat(cr.checkLocation().line()).isEqualTo(6);
        assertThat(cr.checkLocation().column()).isEqualTo(7);
        RuleDefinition quoted = json("{\"id\":\"x\",\"rules\":[{\"id\":\"R1\",\"check\":\"A > 0\"}]}").rules().get(0);
        assertThat(quoted.checkLocation().column()).isEqualTo(40);
    }

    @Test
    void includePathsStartingWithAForbiddenCharacterAreInvalid(@TempDir Path dir) throws IOException {
        for (String path : List.of("\\\\b.yaml", ":b.yaml", "/b.yaml")) {
            Path main = write(dir, "main.yaml", "id: x\nincludes: ['" + path + "']\n" + RULE);
            RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                    () -> RuleSetFiles.read(main));
            assertThat(codes(e)).as(path).containsExactly("SB-VAL-0413");
        }
    }

    @Test
    void aCycleNamesOnlyTheFilesInTheCycle(@TempDir Path dir) throws IOException {
        Path main = write(dir, "a.yaml", "id: x\nincludes: [b.yaml]\n" + RULE);
        write(dir, "b.yaml", "id: y\nincludes: [b.yaml]\nrules:\n  - id: R2\n    check: A > 1\n");
        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(main));
        assertThat(codes(e)).containsExactly("SB-VAL-0411");
        assertThat(e.problems().get(0).messageEn()).contains("b.yaml -> ").doesNotContain("a.yaml");
    }

    @Test
    void anIncludeChainOfExactlyTheMaximumDepthReads(@TempDir Path dir) throws IOException {
        assertThat(chain(dir.resolve("ok"), RuleSetLimits.MAX_INCLUDE_DEPTH).rules()).hasSize(1);
        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> chain(dir.resolve("long"), RuleSetLimits.MAX_INCLUDE_DEPTH + 1));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0403 2:12");
        assertThat(e.problems().get(0).location().source())
                .endsWith("f" + (RuleSetLimits.MAX_INCLUDE_DEPTH - 1) + ".yaml");
    }

    /** {@code files} files, each including the next; the last one has the only rule. */
    private static RuleSetDefinition chain(Path dir, int files) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < files - 1; i++) {
            write(dir, "f" + i + ".yaml", "id: f" + i + "\nincludes: [f" + (i + 1) + ".yaml]\n");
        }
        write(dir, "f" + (files - 1) + ".yaml", "id: last\n" + RULE);
        return RuleSetFiles.read(dir.resolve("f0.yaml"));
    }

    @Test
    void aPathWithoutAFileNameHasNoFormat() {
        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(Path.of("/")));
        assertThat(codes(e)).containsExactly("SB-VAL-0419");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(RuleSetException e) {
        return e.problems().stream().map(p -> p.code()).distinct().toList();
    }
}
