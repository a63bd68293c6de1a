package org.statsbase.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Providers and lookups as values: equality, descriptions, refused nulls, folders listed from plain directories. */
class ProviderValuesTest {

    @Test
    void directoryProvidersAreEqualByTheirNormalizedDirectory(@TempDir Path dir) {
        DirectoryRuleSetProvider provider = DirectoryRuleSetProvider.of(dir.resolve("a/../rules"));
        assertThat(provider.directory()).isEqualTo(dir.resolve("rules"));
        assertThat(provider).isEqualTo(DirectoryRuleSetProvider.of(dir.resolve("rules")))
                .hasSameHashCodeAs(DirectoryRuleSetProvider.of(dir.resolve("rules")))
                .isNotEqualTo(DirectoryRuleSetProvider.of(dir.resolve("other")))
                .isNotEqualTo(dir.resolve("rules"));
        assertThat(provider.hashCode()).isNotEqualTo(DirectoryRuleSetProvider.of(dir.resolve("other")).hashCode());
        assertThat(provider.toString()).contains(dir.resolve("rules").toString());
    }

    @Test
    void lookupsRefuseNullProvidersAndNameWhereTheyLook(@TempDir Path dir) {
        DirectoryRuleSetProvider local = DirectoryRuleSetProvider.of(dir);
        assertThatThrownBy(() -> RuleSets.of(local, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("provider");
        assertThatThrownBy(() -> RuleSets.discover(local, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("provider");
        assertThat(RuleSets.of(local).toString()).contains(dir.toString());
        assertThat(new ClassPathRuleSetProvider().toString()).contains(ClassPathRuleSetProvider.DEFAULT_BASE);
    }

    @Test
    void idsAreValidatedAndKept() {
        assertThat(RuleSetIds.requireValid("sample-rules")).isEqualTo("sample-rules");
    }

    @Test
    void aClassPathFolderThatIsAPlainDirectoryIsListed(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("alpha.yaml"), "id: alpha\nrules:\n  - {id: R1, check: A}\n");
        Files.writeString(folder.resolve("notes.txt"), "no rule set");
        Files.createDirectories(folder.resolve("beta.yaml"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            ClassPathRuleSetProvider provider = ClassPathRuleSetProvider.of(loader, "rules");
            assertThat(provider.ids()).containsExactly("alpha");
            assertThat(provider.find("alpha")).isPresent();
        }
    }
}
