package org.statsbase.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDefinitionTest {

    @Test
    void toleranceEqualsByValue() {
        RuleSetDefinition rules = RuleSetDefinition.of("s", List.of(RuleDefinition.of("R1", "B01 >= 0")));
        assertThat(rules.withTolerance(new BigDecimal("0.0000"))).isEqualTo(rules);
        assertThat(rules.withTolerance(new BigDecimal("0.50")).tolerance()).isEqualByComparingTo("0.5")
                .hasToString("0.5");
        assertThatThrownBy(() -> rules.withTolerance(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
