package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * An explanation (情况说明) covers every violation of the rule by records with that key: with duplicate keys
 * (five records of unit u1 here) all of them, whether it is the explainer's first explanation or a later one.
 */
class ExplainerTest {

    private static final Explanation WHY = Explanation.of("该单位本月停产检修，收入为负系冲减上月预收",
            "张三", Instant.parse("2026-11-05T08:00:00Z"));

    @Test
    void anExplanationCoversEveryViolationOfTheKey() {
        Table.Builder b = Table.with("unit:TEXT", "B01").key("unit");
        for (int i = 0; i < 5; i++) {
            b.row("u1", -1 - i);
        }
        Table t = b.row("u2", -1).row("u3", -2).build();
        RuleSet rules = RuleSet.compile(RuleSetDefinition.of("t",
                List.of(RuleDefinition.of("R1", "B01 >= 0").withSeverity(Severity.VERIFY))));
        ReviewReport r = rules.review(t);
        RecordKey u1 = RecordKey.of("unit", "u1");
        RecordKey u2 = RecordKey.of("unit", "u2");
        // first explanation: found by one scan
        ReviewReport first = r.explainer().explain("R1", u1, WHY).report();
        assertThat(first.violations(u1)).hasSize(5).allSatisfy(v -> assertThat(v.explanation()).contains(WHY));
        assertThat(first.violations()).filteredOn(v -> v.explanation().isPresent()).hasSize(5);
        // later explanations: found through the index
        ReviewReport later = r.explainer().explain("R1", u2, WHY).explain("R1", u1, WHY).report();
        assertThat(later.violations()).filteredOn(v -> v.explanation().isPresent()).hasSize(6);
        assertThat(later.violations(RecordKey.of("unit", "u3"))).singleElement()
                .satisfies(v -> assertThat(v.explanation()).isEmpty());
    }
}
