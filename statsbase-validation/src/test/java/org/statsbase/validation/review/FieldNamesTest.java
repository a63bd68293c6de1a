package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.RuleProblem;

/**
 * A violation lists the fields its rule read, once each, in order of first use, named as the rule names them
 * ({@code B01}, {@code prev.B01}, {@code yoy.B01}, {@code form("B205").X}); a reference's field may be a bracketed
 * code.
 */
class FieldNamesTest {

    @Test
    void violationsNameTheFieldsAsTheRuleDoes() {
        Table now = Table.with("unit:TEXT", "B01", "B 01").key("unit").row("u1", 10, 1).build();
        Table prev = Table.with("unit:TEXT", "B01", "B 01").key("unit").row("u1", 7, 2).build();
        Table yoy = Table.with("unit:TEXT", "B01").key("unit").row("u1", 3).build();
        Table other = Table.with("unit:TEXT", "X").key("unit").row("u1", 4).build();
        RuleSet rules = RuleSet.compile(Rules.of(
                "B01 + [B 01] + B01 > prev.B01 + prev.[B 01] + yoy.B01 + form(\"B205\").X + prev.B01"));
        ReviewReport r = rules.review(now,
                ReviewContext.empty().withPrevious(prev).withYearAgo(yoy).withForm("B205", other));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.fields()).containsExactly(
                    new FieldValue("B01", Value.of(10)),
                    new FieldValue("B 01", Value.of(1)),
                    new FieldValue("prev.B01", Value.of(7)),
                    new FieldValue("prev.B 01", Value.of(2)),
                    new FieldValue("yoy.B01", Value.of(3)),
                    new FieldValue("form(\"B205\").X", Value.of(4)));
            // 21 > 23 is false by 21 - 23
            assertThat(v.imbalance()).contains(new java.math.BigDecimal("-2"));
        });
    }

    @Test
    void aReferenceNeedsAFieldAfterItsPoint() {
        List<RuleProblem> p = SyntaxErrorTest.problems("prev.(B01) > 0");
        assertThat(p).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("SB-VAL-0102");
            assertThat(q.location().column()).isEqualTo(6);
            assertThat(q.found()).isEqualTo("'('");
            assertThat(q.expected()).isEqualTo("a field name after '.'");
        });
        assertThat(SyntaxErrorTest.problems("form(\"B205\").'X' > 0").get(0).expected())
                .isEqualTo("a field name after '.'");
    }
}
