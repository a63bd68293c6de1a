/**
 * The review-rule benchmark (审核公式, statsbase-validation): one synthetic monthly industrial form,
 * the same records and the same checks for statsbase's review engine, Hibernate Validator 9.1 (the
 * checks as bean constraints) and Aviator 5.4 (the checks as expressions evaluated per record).
 * Never run by the build: see the module's README.md for the commands.
 */
package org.statsbase.bench.review;
