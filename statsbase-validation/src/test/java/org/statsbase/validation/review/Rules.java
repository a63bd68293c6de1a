package org.statsbase.validation.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.internal.lang.Engine;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** Small helpers for building rule sets and evaluating expressions in tests. */
final class Rules {

    private Rules() {
    }

    /** A rule set of checks named R1, R2, … */
    static RuleSetDefinition of(String... checks) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (int i = 0; i < checks.length; i++) {
            rules.add(RuleDefinition.of("R" + (i + 1), checks[i]));
        }
        return RuleSetDefinition.of("test", rules);
    }

    /** The value of {@code expression} on record {@code row}. */
    static Value eval(String expression, Dataset data, int row) {
        return Engine.evaluate(expression, data, row, BigDecimal.ZERO);
    }

    /** The value of {@code expression} on a one-record table without columns. */
    static Value eval(String expression) {
        return eval(expression, Table.with("id:TEXT").key("id").row("u1").build(), 0);
    }

    /** The one summary of a one-rule review. */
    static RuleSummary summary(RuleSetDefinition rules, Dataset data) {
        return RuleSet.compile(rules).review(data).summaries().get(0);
    }
}
