package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.Value;

class SmokeTest {

    @Test
    void evaluates() {
        assertThat(Rules.eval("1 + 2 * 3")).isEqualTo(Value.of(7));
        assertThat(Rules.eval("1 / 0")).isEqualTo(Value.missing());
        assertThat(Rules.eval("false and 1/0 > 1")).isEqualTo(Value.of(false));
        Table t = Table.with("id:TEXT", "B01", "B02").key("id").row("a", 5, 6).row("b", 7, null).build();
        ReviewReport r = RuleSet.compile(Rules.of("B01 >= B02")).review(t);
        assertThat(r.summaries().get(0)).isEqualTo(new RuleSummary("R1", org.statsbase.core.level.Severity.MANDATORY,
                2, 0, 1, 1, 0));
        assertThat(r.violations().get(0).imbalance()).contains(new BigDecimal("-1"));
        System.out.println(r.toJson());
    }
}
