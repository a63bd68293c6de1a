package org.statsbase.testkit.validation;

import java.util.Objects;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * A review to run: a rule set well-typed against a schema and a dataset of that schema
 * (statsbase-validation, {@code RuleSet.compile(ruleSet, schema).review(data)}).
 *
 * @param schema  the schema the rules are compiled against
 * @param ruleSet the rules
 * @param data    the records to review
 *
 * <p>Thread safety: immutable.
 */
public record ReviewCase(Schema schema, RuleSetDefinition ruleSet, ColumnarDataset data) {

    /**
     * Validates the components: none may be null, the data must have the schema.
     *
     * @param schema the schema the rules are compiled against
     * @param ruleSet the rules
     * @param data the records to review
     */
    public ReviewCase {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(data, "data");
        if (!data.schema().equals(schema)) {
            throw new IllegalArgumentException("the data's schema " + data.schema() + " is not " + schema);
        }
    }

    /** The rules (id, level, check, when), the tolerance and the records, one per line, for failure reports. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("ReviewCase[tolerance ").append(ruleSet.tolerance().toPlainString());
        for (RuleDefinition rule : ruleSet.rules()) {
            out.append("\n  ").append(rule.id()).append(" (").append(rule.severity()).append(") check: ")
                    .append(rule.check());
            rule.when().ifPresent(w -> out.append("  when: ").append(w));
        }
        return out.append("\n").append(Datasets.describe(data, 100)).append("]").toString();
    }
}
