package org.statsbase.archive.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code of statsbase-archive: well-formed, unique, bilingual, with the same placeholders in both languages. */
class ArchiveErrorTest {

    private static final Pattern CODE = Pattern.compile("SB-ARC-\\d{4}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void codesAreWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (ArchiveError e : ArchiveError.values()) {
            assertThat(e.code()).matches(CODE);
            assertThat(seen.add(e.code())).as("duplicate %s", e.code()).isTrue();
        }
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5"};
        for (ArchiveError e : ArchiveError.values()) {
            assertThat(e.templateZh()).as(e.code()).isNotBlank().doesNotContainPattern("^[\\x00-\\x7F]*$");
            assertThat(e.templateEn()).as(e.code()).isNotBlank();
            assertThat(e.formatZh(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            assertThat(e.formatEn(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            ArchiveException ex = new ArchiveException(e, args);
            assertThat(ex.code()).isEqualTo(e.code());
            assertThat(ex.getMessage()).startsWith(e.code());
        }
    }

    @Test
    void storageBlockIsReservedForTheStores() {
        for (ArchiveError e : ArchiveError.values()) {
            if (e.code().startsWith("SB-ARC-06")) {
                assertThat(e.name()).matches("(CONTENT|CATALOG|STORE|FILE|JDBC).*");
            }
        }
    }
}
