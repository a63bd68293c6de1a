package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;

/** Every code of statsbase-cli: well-formed, unique, bilingual, with every placeholder filled in both languages. */
class CliErrorTest {

    private static final Pattern CODE = Pattern.compile("SB-CLI-\\d{4}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void codesAreWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (CliError e : CliError.values()) {
            assertThat(e.code()).matches(CODE);
            assertThat(seen.add(e.code())).as("duplicate %s", e.code()).isTrue();
        }
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5"};
        for (CliError e : CliError.values()) {
            assertThat(e.templateZh()).as(e.code()).isNotBlank().doesNotContainPattern("^[\\x00-\\x7F]*$");
            assertThat(e.templateEn()).as(e.code()).isNotBlank();
            assertThat(e.formatZh(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            assertThat(e.formatEn(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            StatsbaseException ex = new StatsbaseException(e, args);
            assertThat(ex.code()).isEqualTo(e.code());
            assertThat(ex.getMessage()).startsWith(e.code());
        }
    }
}
