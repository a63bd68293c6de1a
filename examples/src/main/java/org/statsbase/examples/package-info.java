/**
 * Runnable programs a new user starts from. {@link org.statsbase.examples.DistrictRegisterExample}
 * builds a synthetic district register, checks every unit's codes and classifies size and
 * "四上" status. {@link org.statsbase.examples.MonthlyIndustrialReviewExample} reviews a synthetic
 * monthly industrial form against a rule set of review formulas (审核公式) with statsbase-validation.
 * Examples are not API: copy from them.
 */
package org.statsbase.examples;
