package org.statsbase.confidentiality.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code of statsbase-confidentiality: well-formed, unique, bilingual, with the same placeholders in both languages. */
class ConfidentialityErrorTest {

    private static final Pattern CODE = Pattern.compile("SB-CONF-\\d{4}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void codesAreWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (ConfidentialityError e : ConfidentialityError.values()) {
            assertThat(e.code()).matches(CODE);
            assertThat(seen.add(e.code())).as("duplicate %s", e.code()).isTrue();
        }
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5"};
        for (ConfidentialityError e : ConfidentialityError.values()) {
            assertThat(e.templateZh()).as(e.code()).isNotBlank().doesNotContainPattern("^[\\x00-\\x7F]*$");
            assertThat(e.templateEn()).as(e.code()).isNotBlank();
            assertThat(e.formatZh(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            assertThat(e.formatEn(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            ConfidentialityException ex = new ConfidentialityException(e, args);
            assertThat(ex.code()).isEqualTo(e.code());
            assertThat(ex.getMessage()).startsWith(e.code());
        }
    }
}
