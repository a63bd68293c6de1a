package org.statsbase.core.org;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * The staffing-adequacy rule of 国统字〔2021〕85号 二（二）: "统计人员数量应当与统计任务相匹配，
 * 建立辖区基本单位数量变动、人口规模变动与统计人员协调匹配联动机制" — the number of statisticians
 * must match the workload, measured both by basic units and by population, and a change in
 * either must be matched by staffing.
 *
 * <p>With statisticians {@code actual = fullTime + partTimeWeight × partTime}, an institution is
 * under-staffed by units iff {@code basicUnits > unitsPerStatistician × actual}, that is iff the
 * units per statistician exceed the ratio; exactly at the ratio is adequate. Likewise by
 * population. With no statistician, any unit or inhabitant is a finding.
 *
 * <p>The notice states the rule for township stations; the policy applies to whatever
 * institution the facts describe, so a county may use it for village posts or parks too. The
 * ratios are configuration: see {@link StaffingRatios}.
 *
 * <p>Thread safety: immutable.
 */
public final class StaffingPolicy {

    private final StaffingRatios ratios;

    private StaffingPolicy(StaffingRatios ratios) {
        this.ratios = Objects.requireNonNull(ratios, "ratios");
    }

    /**
     * The policy with the given ratios.
     *
     * @param ratios the ratios to apply
     * @return the policy with the given ratios
     */
    public static StaffingPolicy of(StaffingRatios ratios) {
        return new StaffingPolicy(ratios);
    }

    /**
     * The policy with statsbase's illustrative default ratios (configuration, not regulation).
     *
     * @return the policy with statsbase's illustrative default ratios (configuration, not regulation)
     */
    public static StaffingPolicy withDefaults() {
        return new StaffingPolicy(StaffingRatios.defaults());
    }

    /**
     * The ratios applied.
     *
     * @return the ratios applied
     */
    public StaffingRatios ratios() {
        return ratios;
    }

    /**
     * Statisticians counted, part-time ones weighted.
     *
     * @param facts the institution's facts
     * @return the weighted number of statisticians
     */
    public BigDecimal statisticians(StaffingFacts facts) {
        return BigDecimal.valueOf(facts.fullTime())
                .add(ratios.partTimeWeight().multiply(BigDecimal.valueOf(facts.partTime())));
    }

    /**
     * The findings for {@code facts}: by units first, then by population; empty when adequate.
     *
     * @param facts the institution's facts
     * @return the findings for {@code facts}: by units first, then by population; empty when adequate
     */
    public List<StaffingFinding> assess(StaffingFacts facts) {
        Objects.requireNonNull(facts, "facts");
        BigDecimal actual = statisticians(facts);
        List<StaffingFinding> findings = new ArrayList<>(2);
        check(StaffingFindingKind.UNDER_STAFFED_BY_UNITS, facts, facts.basicUnits(),
                ratios.unitsPerStatistician(), actual, findings);
        check(StaffingFindingKind.UNDER_STAFFED_BY_POPULATION, facts, facts.population(),
                ratios.populationPerStatistician(), actual, findings);
        return List.copyOf(findings);
    }

    /**
     * The findings a change brings (the 联动机制): those of {@code after} that {@code before} did
     * not have, or that grew — a finding of {@code after} is reported unless {@code before} had a
     * finding of the same kind with a shortfall at least as large. Whatever changed (units,
     * population or statisticians), a staffing gap that opens or widens is reported; one that
     * stays or narrows is not.
     *
     * @param before the facts before
     * @param after the facts after
     * @return the findings a change brings (the 联动机制)
     * @throws StatsbaseException {@code SB-CORE-0906} if the facts concern different institutions
     */
    public List<StaffingFinding> reassess(StaffingFacts before, StaffingFacts after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.institution().equals(after.institution())) {
            throw new StatsbaseException(CoreError.ORG_DIFFERENT_INSTITUTIONS, before.institution(),
                    after.institution());
        }
        List<StaffingFinding> old = assess(before);
        List<StaffingFinding> fresh = new ArrayList<>(2);
        for (StaffingFinding finding : assess(after)) {
            boolean known = old.stream().anyMatch(o -> o.kind() == finding.kind()
                    && o.shortfall().compareTo(finding.shortfall()) >= 0);
            if (!known) {
                fresh.add(finding);
            }
        }
        return List.copyOf(fresh);
    }

    private static void check(StaffingFindingKind kind, StaffingFacts facts, long measured, long ratio,
            BigDecimal actual, List<StaffingFinding> findings) {
        BigDecimal capacity = actual.multiply(BigDecimal.valueOf(ratio));
        if (BigDecimal.valueOf(measured).compareTo(capacity) > 0) {
            long required = measured / ratio + (measured % ratio == 0 ? 0 : 1);
            findings.add(new StaffingFinding(kind, facts.institution(), measured, ratio, required, actual));
        }
    }

    @Override
    public String toString() {
        return "StaffingPolicy" + ratios;
    }
}
