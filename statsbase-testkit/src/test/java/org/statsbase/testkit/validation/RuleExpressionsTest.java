package org.statsbase.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.Schema;

/** How {@link RuleExpressions} writes names and literals of the rule language (statsbase-validation README). */
class RuleExpressionsTest {

    @Test
    void plainNamesAreWrittenAsIsOthersInBrackets() {
        assertThat(RuleExpressions.reference("B01")).isEqualTo("B01");
        assertThat(RuleExpressions.reference("_x9")).isEqualTo("_x9");
        assertThat(RuleExpressions.reference("and")).isEqualTo("[and]");
        assertThat(RuleExpressions.reference("PREV")).isEqualTo("[PREV]");
        assertThat(RuleExpressions.reference("B204-1.01")).isEqualTo("[B204-1.01]");
        assertThat(RuleExpressions.reference("9A")).isEqualTo("[9A]");
        assertThat(RuleExpressions.reference("营业收入")).isEqualTo("[营业收入]");
    }

    @Test
    void namesARuleCannotWriteAreRefused() {
        for (String name : List.of("", "a]b", "a\nb", " B01")) {
            assertThatThrownBy(() -> RuleExpressions.reference(name)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot write");
        }
    }

    @Test
    void literals() {
        assertThat(RuleExpressions.textLiteral("it's")).isEqualTo("'it''s'");
        assertThat(RuleExpressions.textLiteral("")).isEqualTo("''");
        assertThat(RuleExpressions.numberLiteral(new BigDecimal("-3.50"))).isEqualTo("(-3.50)");
        assertThat(RuleExpressions.numberLiteral(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void theDepthIsBounded() {
        RuleExpressions expressions = RuleExpressions.over(List.of("B01"), List.of("C01"));
        assertThat(expressions.schema()).isEqualTo(Schema.of(expressions.schema().columns(), List.of()));
        assertThat(expressions.schema().columns()).hasSize(2);
        assertThatThrownBy(() -> expressions.conditions(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> expressions.broken(RuleExpressions.MAX_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
        assertThat(expressions.conditions(RuleExpressions.MAX_DEPTH)).isNotNull();
    }
}
