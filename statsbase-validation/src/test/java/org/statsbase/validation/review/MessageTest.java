package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Rendered messages: placeholders are expressions, braces escape, missing renders NA. */
class MessageTest {

    private static Violation only(String check, String when, LocalizedText message, Table t) {
        RuleDefinition r = RuleDefinition.of("R1", check).withMessage(message);
        if (when != null) {
            r = r.withWhen(when);
        }
        List<Violation> v = RuleSet.compile(RuleSetDefinition.of("m", List.of(r))).review(t).violations();
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    @Test
    void placeholdersEscapesAndMissing() {
        Table t = Table.with("id:TEXT", "B01", "B02", "C:TEXT").key("id").row("u", 5, null, "x").build();
        Violation v = only("B01 > 6 or coalesce(B02, 0) > 0", null,
                LocalizedText.of("{{B01}}={B01}，B02={B02}，差{B01 - 6}，{C}", "{{B01}}={B01}, B02={B02}"), t);
        assertThat(v.message().zh()).isEqualTo("{B01}=5，B02=NA，差-1，x");
        assertThat(v.message().en()).isEqualTo("{B01}=5, B02=NA");
    }

    @Test
    void oneLanguageServesBoth() {
        Table t = Table.with("id:TEXT", "B01").key("id").row("u", 5).build();
        Violation v = only("B01 > 6", null, LocalizedText.of("营业收入{B01}偏低", ""), t);
        assertThat(v.message()).isEqualTo(LocalizedText.of("营业收入5偏低", "营业收入5偏低"));
    }

    @Test
    void aPlaceholderThatCannotBeEvaluatedDoesNotHideTheViolation() {
        Table t = Table.with("id:TEXT", "B01", "C:TEXT").key("id").row("u", 5, "x").build();
        Violation v = only("B01 > 6", null, LocalizedText.of("{B01 + C}", "{B01 + C}"), t);
        assertThat(v.message().zh()).isEqualTo("#ERROR");
    }

    @Test
    void fieldsListWhenFirstThenCheckEachOnce() {
        Table t = Table.with("id:TEXT", "B01", "B02", "B03").key("id").row("u", 5, 7, 1).build();
        Violation v = only("B01 >= B02 and B01 > 0", "B03 > 0 and B01 > 0", LocalizedText.EMPTY, t);
        assertThat(v.fields()).extracting(f -> f.field()).containsExactly("B03", "B01", "B02");
        assertThat(v.message().zh()).isEqualTo("违反规则 R1：B01 >= B02 and B01 > 0");
    }
}
