package org.statsbase.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleDefinition;

class DirectoryRuleSetProviderTest {

    @Test
    void findsAndListsTheFilesOfADirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("monthly.yaml"), "id: monthly\nincludes: [shared/common.json]\n"
                + "rules:\n  - {id: M1, check: A > 0}\n");
        Files.createDirectory(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/common.json"), "{\"id\": \"common\", \"rules\": [{\"id\": \"C1\", "
                + "\"check\": \"B > 0\"}]}");
        Files.writeString(dir.resolve("annual.yml"), "id: annual\n");
        Files.writeString(dir.resolve("notes.txt"), "not a rule set");
        Files.writeString(dir.resolve("UPPER.YAML"), "id: UPPER\n");
        DirectoryRuleSetProvider provider = DirectoryRuleSetProvider.of(dir);
        assertThat(provider.ids()).containsExactly("annual", "monthly");
        assertThat(provider.find("monthly").orElseThrow().rules()).extracting(RuleDefinition::id)
                .containsExactly("C1", "M1");
        assertThat(provider.find("annual").orElseThrow().rules()).isEmpty();
        assertThat(provider.find("common")).isEmpty();
        assertThat(provider.description()).isEqualTo("directory " + dir);
        assertThat(provider).isEqualTo(DirectoryRuleSetProvider.of(dir)).hasSameHashCodeAs(
                DirectoryRuleSetProvider.of(dir));
    }

    @Test
    void errorsAreTyped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("both.yaml"), "id: both\n");
        Files.writeString(dir.resolve("both.json"), "{\"id\": \"both\"}");
        Files.writeString(dir.resolve("named.json"), "{\"id\": \"another\"}");
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\nrules:\n  - {id: R1, chek: A}\n");
        DirectoryRuleSetProvider provider = DirectoryRuleSetProvider.of(dir);
        assertThat(catchThrowableOfType(StatsbaseException.class, () -> provider.find("both")).code())
                .isEqualTo("SB-VAL-0416");
        assertThat(catchThrowableOfType(RuleSetException.class, () -> provider.find("named")).problems())
                .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("SB-VAL-0417"));
        RuleSetException broken = catchThrowableOfType(RuleSetException.class, () -> provider.find("broken"));
        assertThat(broken.problems()).extracting(p -> p.code() + " " + p.location().line() + ":"
                + p.location().column()).containsExactly("SB-VAL-0406 3:5", "SB-VAL-0405 3:14");
        assertThat(catchThrowableOfType(StatsbaseException.class, () -> provider.find("../both")).code())
                .isEqualTo("SB-VAL-0418");
    }

    @Test
    void aMissingDirectoryHasNoRuleSets(@TempDir Path dir) {
        DirectoryRuleSetProvider provider = DirectoryRuleSetProvider.of(dir.resolve("absent"));
        assertThat(provider.ids()).isEmpty();
        assertThat(provider.find("anything")).isEmpty();
    }
}
