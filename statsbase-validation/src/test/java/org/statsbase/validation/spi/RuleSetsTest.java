package org.statsbase.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

class RuleSetsTest {

    @Test
    void explicitProvidersComeFirstAndTheFirstWins(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sample-rules.yaml"), "id: sample-rules\nrules:\n  - {id: LOCAL, check: A}\n");
        DirectoryRuleSetProvider local = DirectoryRuleSetProvider.of(dir);
        ClassPathRuleSetProvider shipped = new ClassPathRuleSetProvider();
        assertThat(RuleSets.of(local, shipped).find("sample-rules").rules()).extracting(RuleDefinition::id)
                .containsExactly("LOCAL");
        assertThat(RuleSets.of(shipped, local).find("sample-rules").rules()).extracting(RuleDefinition::id)
                .containsExactly("P001", "S001");
        // an explicit directory overrides what the service loader finds
        assertThat(RuleSets.discover(local).find("sample-rules").rules()).extracting(RuleDefinition::id)
                .containsExactly("LOCAL");
    }

    @Test
    void notFoundSaysWhereItLooked(@TempDir Path dir) {
        RuleSets lookup = RuleSets.of(DirectoryRuleSetProvider.of(dir), new ClassPathRuleSetProvider());
        RuleSetNotFoundException e = catchThrowableOfType(RuleSetNotFoundException.class,
                () -> lookup.find("no-such-rules"));
        assertThat(e.code()).isEqualTo("SB-VAL-0415");
        assertThat(e.id()).isEqualTo("no-such-rules");
        assertThat(e.lookedIn()).containsExactly("directory " + dir,
                "class path META-INF/statsbase/rules/<id>{.yaml,.yml,.json}");
        assertThat(e.messageEn()).contains("no-such-rules").contains("directory " + dir);
        assertThat(e.messageZh()).contains("找不到审核规则集");
        assertThat(lookup.lookup("no-such-rules")).isEmpty();
        assertThat(catchThrowableOfType(RuleSetNotFoundException.class, () -> RuleSets.of().find("x")).messageEn())
                .contains("(no providers)");
    }

    @Test
    void theServiceLoaderFindsTheClassPathProvider() {
        RuleSets discovered = RuleSets.discover();
        assertThat(discovered.providers()).hasAtLeastOneElementOfType(ClassPathRuleSetProvider.class);
        assertThat(discovered.find("sample-rules").id()).isEqualTo("sample-rules");
        assertThat(discovered.ids()).contains("sample-rules");
    }

    @Test
    void idsAreTheUnion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("local.json"), "{\"id\": \"local\"}");
        SortedSet<String> ids = RuleSets.of(DirectoryRuleSetProvider.of(dir), new ClassPathRuleSetProvider()).ids();
        assertThat(ids).contains("local", "sample-rules");
        assertThat(ids).isEqualTo(new TreeSet<>(ids));
        assertThatThrownBy(() -> ids.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isImmutable(@TempDir Path dir) {
        RuleSets one = RuleSets.of(new ClassPathRuleSetProvider());
        RuleSets two = one.with(DirectoryRuleSetProvider.of(dir));
        assertThat(one.providers()).hasSize(1);
        assertThat(two.providers()).hasSize(2);
        assertThatThrownBy(() -> two.providers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anIdTwoDiscoveredProvidersKnowIsAmbiguous(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(RuleSetProvider.class.getName()),
                FixedProvider.class.getName() + "\n" + OtherFixedProvider.class.getName() + "\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            RuleSets discovered = RuleSets.discover();
            StatsbaseException e = catchThrowableOfType(StatsbaseException.class, () -> discovered.find("fixed"));
            assertThat(e.code()).isEqualTo("SB-VAL-0416");
            assertThat(e.messageEn()).contains("fixed-a").contains("fixed-b");
            // an explicit provider settles it
            assertThat(RuleSets.discover(new FixedProvider()).find("fixed").source()).isEqualTo("fixed-a");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A provider for the service-loader test. */
    public static class FixedProvider implements RuleSetProvider {
        private final String source;

        public FixedProvider() {
            this("fixed-a");
        }

        FixedProvider(String source) {
            this.source = source;
        }

        @Override
        public Optional<RuleSetDefinition> find(String id) {
            return id.equals("fixed")
                    ? Optional.of(new RuleSetDefinition("fixed", Optional.empty(), java.math.BigDecimal.ZERO,
                            java.util.List.of(), source))
                    : Optional.empty();
        }

        @Override
        public SortedSet<String> ids() {
            return new TreeSet<>(java.util.List.of("fixed"));
        }

        @Override
        public String description() {
            return source;
        }
    }

    /** A second provider of the same id. */
    public static final class OtherFixedProvider extends FixedProvider {
        public OtherFixedProvider() {
            super("fixed-b");
        }
    }
}
