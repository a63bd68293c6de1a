package org.statsbase.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

class ClassPathRuleSetProviderTest {

    private final ClassPathRuleSetProvider provider = new ClassPathRuleSetProvider();

    @Test
    void findsARuleSetByIdWithItsIncludes() {
        RuleSetDefinition set = provider.find("sample-rules").orElseThrow();
        assertThat(set.id()).isEqualTo("sample-rules");
        assertThat(set.version()).contains("1");
        assertThat(set.rules()).extracting(RuleDefinition::id).containsExactly("P001", "S001");
        assertThat(set.source()).isEqualTo("classpath:META-INF/statsbase/rules/sample-rules.yaml");
        assertThat(provider.find("no-such-rules")).isEmpty();
    }

    @Test
    void listsTheIdsOfTheBaseFolder() {
        // parts/ is a sub-folder of included files, not a rule set
        assertThat(provider.ids()).contains("sample-rules", "twice", "wrong-id").doesNotContain("parts",
                "shared-part");
        assertThat(provider.base()).isEqualTo(ClassPathRuleSetProvider.DEFAULT_BASE);
        assertThat(provider.description()).contains("META-INF/statsbase/rules/");
    }

    @Test
    void aFileMustDeclareTheIdItIsFiledUnder() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> provider.find("wrong-id"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SB-VAL-0417");
            assertThat(p.messageEn()).contains("other-id").contains("wrong-id");
        });
    }

    @Test
    void twoFilesForOneIdAreAnError() {
        StatsbaseException e = catchThrowableOfType(StatsbaseException.class, () -> provider.find("twice"));
        assertThat(e.code()).isEqualTo("SB-VAL-0416");
        assertThat(e.messageEn()).contains("twice.yaml").contains("twice.json");
    }

    @Test
    void idsThatCannotNameAFileAreRefused() {
        for (String id : new String[] {"../secret", "a/b", ".hidden", "", "x y", "a..b"}) {
            StatsbaseException e = catchThrowableOfType(StatsbaseException.class, () -> provider.find(id));
            assertThat(e.code()).as(id).isEqualTo("SB-VAL-0418");
        }
    }

    @Test
    void anotherBaseFolder() {
        ClassPathRuleSetProvider other = ClassPathRuleSetProvider.of(getClass().getClassLoader(),
                "/org/statsbase/validation/spi/rules");
        assertThat(other.base()).isEqualTo("org/statsbase/validation/spi/rules/");
        assertThat(other.ids()).containsExactly("alt");
        assertThat(other.find("alt").orElseThrow().rules()).extracting(RuleDefinition::id).containsExactly("ALT1");
        assertThat(other.find("sample-rules")).isEmpty();
    }

    @Test
    void listsAndReadsRuleSetsInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : new String[] {"META-INF/statsbase/", "META-INF/statsbase/rules/"}) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            write(out, "META-INF/statsbase/rules/in-jar.yaml", "id: in-jar\nincludes: [common/base.json]\n");
            write(out, "META-INF/statsbase/rules/common/base.json", "{\"id\": \"base\", \"rules\": "
                    + "[{\"id\": \"J1\", \"check\": \"A > 0\"}]}");
            write(out, "META-INF/statsbase/rules/README.txt", "not a rule set");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClassPathRuleSetProvider inJar = ClassPathRuleSetProvider.of(loader, ClassPathRuleSetProvider.DEFAULT_BASE);
            assertThat(inJar.ids()).containsExactly("in-jar");
            assertThat(inJar.find("in-jar").orElseThrow().rules()).extracting(RuleDefinition::id)
                    .containsExactly("J1");
        }
    }

    private static void write(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
