package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.statsbase.validation.rules.file.RuleSetFilesTest.codesAndPlaces;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

class RuleSetIncludesTest {

    static Path resource(String name) {
        try {
            return Path.of(RuleSetIncludesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void includesResolveRelativeToTheIncludingFileAndComeFirst() {
        RuleSetDefinition set = RuleSetFiles.read(resource("includes/root.yaml"));
        // shared.yaml is reached twice (a diamond): read once, its rules counted once
        assertThat(set.rules()).extracting(RuleDefinition::id).containsExactly("S1", "A1", "B1", "ROOT1");
        assertThat(set.rules().get(0).location().source()).endsWith("includes/shared.yaml");
        assertThat(set.rules().get(2).location().source()).endsWith("includes/parts/b.json");
        // the root file's id, version and tolerance are the rule set's
        assertThat(set.id()).isEqualTo("root");
        assertThat(set.version()).isEmpty();
        assertThat(set.tolerance()).isZero();
    }

    @Test
    void includesOfClassPathResourcesResolveTheSameWay() {
        RuleSetDefinition set = RuleSetFiles.readResource(getClass().getClassLoader(),
                "/org/statsbase/validation/rules/file/includes/root.yaml");
        assertThat(set.rules()).extracting(RuleDefinition::id).containsExactly("S1", "A1", "B1", "ROOT1");
        assertThat(set.rules().get(0).location().source())
                .isEqualTo("classpath:org/statsbase/validation/rules/file/includes/shared.yaml");
    }

    @Test
    void anIncludeCycleIsReportedWithItsChain() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(resource("cycle/a.yaml")));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0411 2:12");
        RuleProblem cycle = e.problems().get(0);
        assertThat(cycle.location().source()).endsWith("cycle/b.yaml");
        assertThat(cycle.messageEn()).matches("include cycle: \\S*cycle/a\\.yaml -> \\S*cycle/b\\.yaml -> \\S*cycle/a\\.yaml");
        assertThat(cycle.messageZh()).startsWith("引用形成循环：");

        RuleSetException self = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(resource("cycle/self.yaml")));
        assertThat(codesAndPlaces(self)).containsExactly("SB-VAL-0411 2:12");
        assertThat(self.problems().get(0).messageEn()).matches("include cycle: \\S*self\\.yaml -> \\S*self\\.yaml");
    }

    @Test
    void aCycleThroughTheClassPathIsFoundToo() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.readResource(
                getClass().getClassLoader(), "org/statsbase/validation/rules/file/cycle/b.yaml"));
        assertThat(e.problems().get(0).messageEn()).isEqualTo("include cycle: "
                + "classpath:org/statsbase/validation/rules/file/cycle/b.yaml -> "
                + "classpath:org/statsbase/validation/rules/file/cycle/a.yaml -> "
                + "classpath:org/statsbase/validation/rules/file/cycle/b.yaml");
    }

    @Test
    void ruleIdsAreUniqueAcrossIncludes() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(resource("dup/root.yaml")));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0410 4:9");
        RuleProblem duplicate = e.problems().get(0);
        assertThat(duplicate.location().source()).endsWith("dup/root.yaml");
        assertThat(duplicate.messageEn()).matches("rule id R001 is used twice \\(first at \\S*dup/other\\.yaml:5:9\\)");
    }

    @Test
    void badIncludePathsAreReportedWhereTheyAreWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\nrules: 3\n");
        Files.writeString(dir.resolve("other.json"), "{\"id\": \"other\", \"rulez\": []}");
        Path root = Files.writeString(dir.resolve("root.yaml"), String.join("\n",
                "id: root",
                "includes:",
                "  - /etc/common.yaml",
                "  - common.txt",
                "  - missing.yaml",
                "  - 'C:\\rules\\x.yaml'",
                "  - broken.yaml",
                "  - sub/../other.json",
                "rules: []",
                ""));
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.read(root));
        assertThat(codesAndPlaces(e)).containsExactly(
                "SB-VAL-0413 3:5",
                "SB-VAL-0413 4:5",
                "SB-VAL-0412 5:5",
                "SB-VAL-0413 6:5",
                "SB-VAL-0407 2:8", // in broken.yaml: problems of included files come after the root's, with their names
                "SB-VAL-0405 1:17"); // in other.json
        assertThat(e.problems().get(4).location().source()).endsWith("broken.yaml");
        assertThat(e.problems().get(5).location().source()).endsWith("other.json");
        assertThat(e.problems().get(2).messageEn()).contains("missing.yaml");
    }

    @Test
    void includeChainsAreBounded(@TempDir Path dir) throws IOException {
        int files = RuleSetLimits.MAX_INCLUDE_DEPTH + 4;
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve("f" + i + ".yaml"), "id: f" + i + "\nincludes: [f" + (i + 1) + ".yaml]\n");
        }
        Files.writeString(dir.resolve("f" + files + ".yaml"), "id: last\n");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetFiles.read(dir.resolve("f0.yaml")));
        assertThat(codesAndPlaces(e)).containsExactly("SB-VAL-0403 2:12");
        assertThat(e.problems().get(0).messageEn()).contains("max_include_depth");
    }

    @Test
    void theNumberOfFilesIsBounded(@TempDir Path dir) throws IOException {
        StringBuilder includes = new StringBuilder("id: wide\nincludes:\n");
        for (int i = 0; i < RuleSetLimits.MAX_FILES + 5; i++) {
            Files.writeString(dir.resolve("p" + i + ".yaml"), "id: p" + i + "\n");
            includes.append("  - p").append(i).append(".yaml\n");
        }
        Path root = Files.writeString(dir.resolve("wide.yaml"), includes.toString());
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetFiles.read(root));
        assertThat(codesAndPlaces(e)).hasSize(6).allMatch(s -> s.startsWith("SB-VAL-0403 "));
    }
}
