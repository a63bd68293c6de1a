/**
 * Runnable programs a new user starts from. {@link org.statsbase.examples.DistrictMonthlyCycleExample}, the jar's main class, runs one
 * synthetic district's month through every module on one trail. {@link org.statsbase.examples.DistrictRegisterExample}
 * builds a synthetic district register, checks every unit's codes and classifies size and
 * "四上" status. {@link org.statsbase.examples.MonthlyIndustrialReviewExample} reviews a synthetic
 * monthly industrial form against a rule set of review formulas (审核公式) with statsbase-validation.
 * {@link org.statsbase.examples.TownshipMonthlyCycleExample} runs one synthetic township's monthly
 * reporting cycle (填报、审核、签署、报送、催报、退回、验收、上报) with statsbase-reporting and reads the
 * accountability chain of one figure back from the trail.
 * {@link org.statsbase.examples.ArchiveExample} files a synthetic station's year of material with
 * statsbase-archive, holds it for an inspection, disposes of what is due and prints the four-property report.
 * Examples are not API: copy from them.
 */
package org.statsbase.examples;
