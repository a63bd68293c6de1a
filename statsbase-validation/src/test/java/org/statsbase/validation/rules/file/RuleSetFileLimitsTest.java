package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.error.RuleSetException;

/** Rule-set files read under an {@link InputLimits}: lowered, the limit problem SB-VAL-0403; raised, the same file reads. */
class RuleSetFileLimitsTest {

    private static final String YAML = """
            id: b204-1
            tolerance: 0.05
            rules:
              - id: R001
                check: B01 >= B02
                meta: {source: {doc: x}}
            """;

    private static RuleSetException refused(Runnable read) {
        return catchThrowableOfType(RuleSetException.class, read::run);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAndReadOnceRaised(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b204-1.yaml"), YAML);
        int size = YAML.getBytes(StandardCharsets.UTF_8).length;
        RuleSetException e = refused(() -> RuleSetFiles.read(file,
                InputLimits.configuration().withMaxInputBytes(size - 1)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SB-VAL-0403");
            assertThat(p.messageEn()).contains("max_file_bytes", String.valueOf(size - 1));
        });
        assertThat(RuleSetFiles.read(file, InputLimits.configuration().withMaxInputBytes(size)).rules()).hasSize(1);
        assertThat(RuleSetFiles.read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "s.yaml",
                RuleSetFormat.YAML, InputLimits.configuration().withMaxInputBytes(size)).id()).isEqualTo("b204-1");
        assertThat(refused(() -> RuleSetFiles.read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)),
                "s.yaml", RuleSetFormat.YAML, InputLimits.configuration().withMaxInputBytes(size - 1))).problems())
                .extracting(p -> p.code()).containsExactly("SB-VAL-0403");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        // root object 1, rules 2, rule 3, meta 4, source 5
        RuleSetException e = refused(() -> RuleSetFiles.parse(YAML, "s.yaml", RuleSetFormat.YAML,
                InputLimits.configuration().withMaxNestingDepth(4)));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("SB-VAL-0403");
            assertThat(p.messageEn()).contains("max_nesting_depth");
        });
        assertThat(RuleSetFiles.parse(YAML, "s.yaml", RuleSetFormat.YAML,
                InputLimits.configuration().withMaxNestingDepth(5)).rules()).hasSize(1);
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() {
        String json = "{\"id\": \"x\", \"tolerance\": 1234.5, \"rules\": []}";
        RuleSetException e = refused(() -> RuleSetFiles.parse(json, "s.json", RuleSetFormat.JSON,
                InputLimits.configuration().withMaxNumberLength(4)));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("SB-VAL-0403"));
        assertThat(RuleSetFiles.parse(json, "s.json", RuleSetFormat.JSON,
                InputLimits.configuration().withMaxNumberLength(5)).id()).isEqualTo("x");
    }

    @Test
    void theProblemsListedFollowTheLimit() {
        StringBuilder json = new StringBuilder("{\"id\": \"x\", \"rules\": [");
        for (int i = 0; i < 10; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"R\", \"check\": \"B01 >= 0\"}");
        }
        String text = json.append("]}").toString();
        // nine duplicate ids: three listed and one saying the list was cut
        assertThat(refused(() -> RuleSetFiles.parse(text, "s.json", RuleSetFormat.JSON,
                InputLimits.configuration().withMaxProblems(3))).problems()).hasSize(4);
        assertThat(refused(() -> RuleSetFiles.parse(text, "s.json", RuleSetFormat.JSON,
                InputLimits.configuration().withMaxProblems(9))).problems()).hasSize(9);
    }
}
