package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.error.ValidationError;

/** The language's and the review's codes (01xx, 02xx, 03xx, 06xx): unique, in their block, both languages. */
class LanguageErrorCodesTest {

    @Test
    void codesAreUniqueAndInTheirBlock() {
        Set<String> seen = new HashSet<>();
        for (ValidationError e : ValidationError.values()) {
            assertThat(seen.add(e.code())).as(e.code()).isTrue();
            String block = e.code().substring("SB-VAL-".length(), "SB-VAL-".length() + 2);
            String prefix = switch (block) {
                case "01" -> "SYNTAX_";
                case "02" -> "CHECK_";
                case "03" -> e.name().startsWith("EVAL_") ? "EVAL_" : "LIMIT_";
                case "06" -> e.name().startsWith("REVIEW_") ? "REVIEW_" : "EXPLANATION_";
                default -> "";
            };
            assertThat(e.name()).as(e.code()).startsWith(prefix);
            assertThat(e.templateZh()).isNotBlank();
            assertThat(e.templateEn()).isNotBlank();
        }
    }
}
