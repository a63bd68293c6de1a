package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an include path leads from a file, a class-path resource and plain bytes, and what each reads. */
class RuleSourceTest {

    private static final ClassLoader LOADER = RuleSourceTest.class.getClassLoader();

    @Test
    void includePathsMustBeRelativeSlashSeparatedWithAKnownExtension() {
        assertThat(RuleSource.includeFormat("a/b.yml")).contains(RuleSetFormat.YAML);
        assertThat(RuleSource.includeFormat("b.json")).contains(RuleSetFormat.JSON);
        for (String bad : new String[] {"", "  ", "/b.yaml", "\\b.yaml", "a\\b.yaml", ":b.yaml", "c:b.yaml",
                "\0b.yaml", "a\0.yaml", "b.txt"}) {
            assertThat(RuleSource.includeFormat(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aFileResolvesNextToItself(@TempDir Path dir) throws IOException {
        RuleSource main = RuleSource.file(dir.resolve("main.yaml"), RuleSetFormat.YAML);
        RuleSource child = main.resolve("sub/../part.json").orElseThrow();
        assertThat(child.name()).isEqualTo(dir.resolve("part.json").toString());
        assertThat(child.format()).isEqualTo(RuleSetFormat.JSON);
        assertThat(main.resolve("part.txt")).isEmpty();
        assertThat(main.resolve("/abs.yaml")).isEmpty();
        RuleSource bare = RuleSource.file(Path.of("main.yaml"), RuleSetFormat.YAML);
        assertThat(bare.resolve("part.yaml").orElseThrow().name()).isEqualTo("part.yaml");

        assertThatThrownBy(() -> child.read(100)).isInstanceOf(NoSuchFileException.class);
        Files.writeString(dir.resolve("part.json"), "{}", StandardCharsets.UTF_8);
        assertThat(child.read(100)).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(child.read(0)).hasSize(1);
    }

    @Test
    void aResourceResolvesWithinTheClassPath() throws IOException {
        RuleSource main = RuleSource.resource(LOADER, "/META-INF/statsbase/rules/bean-review.yaml",
                RuleSetFormat.YAML);
        assertThat(main.name()).isEqualTo("classpath:META-INF/statsbase/rules/bean-review.yaml");
        assertThat(main.key()).isEqualTo(main.name());
        assertThat(main.format()).isEqualTo(RuleSetFormat.YAML);
        assertThat(new String(main.read(1 << 20), StandardCharsets.UTF_8)).contains("id: bean-review");
        assertThat(main.resolve("./x/../other.json").orElseThrow().name())
                .isEqualTo("classpath:META-INF/statsbase/rules/other.json");
        assertThat(main.resolve("other.json").orElseThrow().format()).isEqualTo(RuleSetFormat.JSON);
        assertThat(main.resolve("../../../top.yaml").orElseThrow().name()).isEqualTo("classpath:top.yaml");
        assertThat(main.resolve("../../../../above.yaml")).isEmpty();
        assertThat(main.resolve("other.txt")).isEmpty();

        RuleSource top = RuleSource.resource(LOADER, "top.yaml", RuleSetFormat.YAML);
        assertThat(top.resolve("next.yaml").orElseThrow().name()).isEqualTo("classpath:next.yaml");
        assertThat(top.resolve("../next.yaml")).isEmpty();
        assertThatThrownBy(() -> top.read(100)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("classpath:top.yaml");
    }

    @Test
    void bytesHaveNoBaseAndAKeyOfTheirOwn() throws IOException {
        RuleSource text = RuleSource.bytes("id: x".getBytes(StandardCharsets.UTF_8), "inline", RuleSetFormat.YAML);
        assertThat(text.name()).isEqualTo("inline");
        assertThat(text.key()).isEqualTo("text:inline");
        assertThat(text.hasBase()).isFalse();
        assertThat(text.format()).isEqualTo(RuleSetFormat.YAML);
    }
}
