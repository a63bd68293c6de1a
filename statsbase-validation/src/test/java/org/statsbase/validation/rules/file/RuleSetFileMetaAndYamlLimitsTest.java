package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Structured meta values as compact JSON, and the YAML reader configured from the {@link InputLimits}. */
class RuleSetFileMetaAndYamlLimitsTest {

    private static final String HEAD = "id: x\nrules:\n  - id: R1\n    check: A > 0\n    meta:\n";

    @Test
    void structuredMetaValuesAreCompactJson() {
        RuleSetDefinition set = RuleSetFiles.parse(HEAD
                + "      plain: 5\n"
                + "      none: null\n"
                + "      text: s\n"
                + "      nested: {a: {x: 1}, b: [[1, 0x1F], true, True, \"s\", null, 2.50], c: x}\n",
                "meta.yaml", RuleSetFormat.YAML);
        Map<String, String> meta = set.rules().get(0).meta();
        assertThat(meta).containsEntry("plain", "5").containsEntry("none", "null").containsEntry("text", "s");
        assertThat(meta.get("nested")).isEqualTo("{\"a\":{\"x\":1},\"b\":[[1,\"0x1F\"],true,true,\"s\",null,2.50],"
                + "\"c\":\"x\"}");
        assertThat(meta.keySet()).containsExactly("plain", "none", "text", "nested");
    }

    /** Meta nested so that the whole file is {@code depth} objects and arrays deep. */
    private static String nested(int depth) {
        int inner = depth - 4; // root, rules, the rule, meta
        return HEAD + "      deep: " + "{a: ".repeat(inner) + "1" + "}".repeat(inner) + "\n";
    }

    @Test
    void yamlNestingFollowsTheConfiguredDepth() {
        InputLimits limits = InputLimits.configuration().withMaxNestingDepth(60);
        RuleSetDefinition set = RuleSetFiles.parse(nested(60), "deep.yaml", RuleSetFormat.YAML, limits);
        assertThat(set.rules().get(0).meta().get("deep")).startsWith("{\"a\":{\"a\":");
    }

    @Test
    void yamlLongerThanSnakeYamlsDefaultReadsWhenTheLimitAllows() {
        StringBuilder yaml = new StringBuilder("id: x\n");
        String comment = "# " + "c".repeat(98) + "\n";
        while (yaml.length() < 3_300_000) {
            yaml.append(comment);
        }
        yaml.append("rules:\n  - id: R1\n    check: A > 0\n");
        InputLimits limits = InputLimits.configuration().withMaxInputBytes(8_000_000);
        assertThat(RuleSetFiles.parse(yaml.toString(), "long.yaml", RuleSetFormat.YAML, limits).rules()).hasSize(1);
    }
}
