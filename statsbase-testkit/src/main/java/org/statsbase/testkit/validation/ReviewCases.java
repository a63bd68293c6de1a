package org.statsbase.testkit.validation;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for whole reviews ({@link ReviewCase}): a schema of {@link Datasets#schemas()},
 * a rule set of {@link RuleDefinitions#ruleSets} over it and a dataset of {@link Datasets#datasets}
 * of it.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class ReviewCases {

    private ReviewCases() {
    }

    /**
     * Reviews with the defaults of {@link RuleDefinitions} and {@link Datasets}.
     *
     * @return review cases whose rules compile against their schema
     */
    public static Arbitrary<ReviewCase> cases() {
        return cases(RuleDefinitions.DEFAULT_MAX_RULES, RuleDefinitions.DEFAULT_DEPTH, Datasets.DEFAULT_MAX_RECORDS);
    }

    /**
     * Reviews of up to {@code maxRules} rules of depth {@code maxDepth} on up to {@code maxRecords} records.
     *
     * @param maxRules the most rules, at least 1
     * @param maxDepth the deepest expression
     * @param maxRecords the most records, at least 0
     * @return review cases whose rules compile against their schema
     */
    public static Arbitrary<ReviewCase> cases(int maxRules, int maxDepth, int maxRecords) {
        return Datasets.schemas().flatMap(schema -> Combinators.combine(
                RuleDefinitions.ruleSets(schema, maxRules, maxDepth),
                Datasets.datasets(schema, maxRecords, Datasets.DEFAULT_MISSING_SHARE))
                .as((rules, data) -> new ReviewCase(schema, rules, data)));
    }
}
