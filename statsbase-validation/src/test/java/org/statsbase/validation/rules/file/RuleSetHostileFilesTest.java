package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.statsbase.validation.rules.file.RuleSetFilesTest.codesAndPlaces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Files written to hurt the reader: every one ends in a typed error, quickly, never a hang or a StackOverflowError. */
class RuleSetHostileFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static RuleSetException refused(String text, RuleSetFormat format) {
        return assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.parse(text, "hostile", format)));
    }

    private static List<String> codes(RuleSetException e) {
        return e.problems().stream().map(RuleProblem::code).distinct().collect(Collectors.toList());
    }

    /** The classic: ten aliases of ten aliases of … nine levels, 10^9 "lol"s if expanded. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("id: lol\nrules:\n  - id: R1\n    check: A > 0\n    meta:\n");
        yaml.append("      a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("      a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ",").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void billionLaughsAreRefusedQuickly() {
        RuleSetException e = refused(billionLaughs(), RuleSetFormat.YAML);
        assertThat(codes(e)).containsExactly("SB-VAL-0404");
        // the first anchor, where it is written
        assertThat(codesAndPlaces(e).get(0)).isEqualTo("SB-VAL-0404 6:11");
        assertThat(e.problems().get(0).messageEn()).contains("anchor").contains("&a0");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageEn()).contains("alias").contains("*a8"));
        // 10 anchors and 90 aliases: all reported, under the cap
        assertThat(e.problems()).hasSize(100);
    }

    @Test
    void aliasesAnywhereAreRefused() {
        String yaml = "id: x\nrules:\n  - &r {id: R1, check: A > 0}\n  - *r\n  - id: R2\n    check: *c\n";
        RuleSetException e = refused(yaml, RuleSetFormat.YAML);
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0404 3:5", "SB-VAL-0404 4:5", "SB-VAL-0404 6:12");
    }

    @Test
    void mergeKeysAndTagsAreRefused() {
        String yaml = "id: x\nrules:\n  - id: !!python/object:os.system R1\n    check: !!str A > 0\n";
        RuleSetException e = refused(yaml, RuleSetFormat.YAML);
        assertThat(codes(e)).containsExactly("SB-VAL-0404");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void deepNestingIsALimitNotAStackOverflow() {
        String json = "[".repeat(200_000);
        assertThat(codes(refused(json, RuleSetFormat.JSON))).containsExactly("SB-VAL-0403");
        assertThat(codes(refused("[".repeat(200_000), RuleSetFormat.YAML))).containsAnyOf("SB-VAL-0403", "SB-VAL-0402");
        assertThat(codes(refused("- ".repeat(50_000) + "x\n", RuleSetFormat.YAML)))
                .containsAnyOf("SB-VAL-0403", "SB-VAL-0402");
        String deepMeta = "{\"id\": \"x\", \"rules\": [{\"id\": \"R1\", \"check\": \"A\", \"meta\": "
                + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + "}]}";
        RuleSetException meta = refused(deepMeta, RuleSetFormat.JSON);
        assertThat(codes(meta)).containsExactly("SB-VAL-0403");
        assertThat(meta.problems().get(0).messageEn()).contains("max_nesting_depth");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        byte[] huge = ("id: x\n# " + "x".repeat(RuleSetLimits.MAX_FILE_BYTES) + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("huge.yaml"), huge);
        RuleSetException fromFile = assertTimeoutPreemptively(QUICKLY,
                () -> catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.read(file)));
        assertThat(codesAndPlaces(fromFile)).containsExactly("SB-VAL-0403 0:0");
        assertThat(fromFile.problems().get(0).messageEn()).contains("max_file_bytes");
        RuleSetException fromStream = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(new ByteArrayInputStream(huge), "huge.yaml", RuleSetFormat.YAML));
        assertThat(codes(fromStream)).containsExactly("SB-VAL-0403");
    }

    @Test
    void hugeNumbersAreRefused() {
        String yaml = "id: x\ntolerance: 1" + "0".repeat(5_000) + "\n";
        // Jackson's YAML parser hands a number this long over as text
        assertThat(codes(refused(yaml, RuleSetFormat.YAML))).containsAnyOf("SB-VAL-0403", "SB-VAL-0407", "SB-VAL-0408");
        String json = "{\"id\": \"x\", \"tolerance\": 1" + "0".repeat(5_000) + "}";
        assertThat(codes(refused(json, RuleSetFormat.JSON))).containsAnyOf("SB-VAL-0403", "SB-VAL-0408");
    }

    @Test
    void theNumberOfProblemsIsCapped() {
        StringBuilder yaml = new StringBuilder("id: x\n");
        for (int i = 0; i < 1_000; i++) {
            yaml.append("k").append(i).append(": 1\n");
        }
        RuleSetException e = refused(yaml.toString(), RuleSetFormat.YAML);
        assertThat(e.problems()).hasSize(RuleSetLimits.MAX_PROBLEMS + 1);
        assertThat(e.problems()).filteredOn(p -> p.code().equals("SB-VAL-0403")).hasSize(1);
    }

    @Test
    void manyKeysAreNotQuadratic() {
        StringBuilder json = new StringBuilder("{\"id\": \"x\", \"rules\": [{\"id\": \"R1\", \"check\": \"A\", \"meta\": {");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": ").append(i);
        }
        json.append("}}]}");
        RuleSetDefinition set = assertTimeoutPreemptively(QUICKLY,
                () -> RuleSetFiles.parse(json.toString(), "wide.json", RuleSetFormat.JSON));
        assertThat(set.rules().get(0).meta()).hasSize(100_000);
    }
}
