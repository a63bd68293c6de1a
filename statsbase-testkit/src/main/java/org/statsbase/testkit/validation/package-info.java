/**
 * jqwik arbitraries and AssertJ assertions for statsbase-validation (review rules, 审核公式):
 * well-typed and broken expressions of the rule language ({@link
 * org.statsbase.testkit.validation.RuleExpressions}), rules and rule sets ({@link
 * org.statsbase.testkit.validation.RuleDefinitions}), datasets ({@link
 * org.statsbase.testkit.validation.Datasets}), whole reviews ({@link
 * org.statsbase.testkit.validation.ReviewCases}), and {@link
 * org.statsbase.testkit.validation.ReviewAssertions} for reports, violations and rule counts.
 * {@link org.statsbase.testkit.validation.ValidationArbitraryProvider} makes {@code @ForAll Schema},
 * {@code @ForAll ColumnarDataset}, {@code @ForAll Dataset} and {@code @ForAll ReviewCase} work.
 */
package org.statsbase.testkit.validation;
