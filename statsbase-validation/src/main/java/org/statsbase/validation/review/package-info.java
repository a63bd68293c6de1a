/**
 * Compiled rule sets and reviews (数据审核): {@link org.statsbase.validation.review.RuleSet#compile}
 * turns a rule-set definition into an immutable evaluator; a review of a dataset gives a
 * {@link org.statsbase.validation.review.ReviewReport} with R-validate-style counts per rule,
 * every violation with the values it read, and the acceptance of records under an
 * {@link org.statsbase.validation.review.ExplanationPolicy}. API package.
 */
package org.statsbase.validation.review;
