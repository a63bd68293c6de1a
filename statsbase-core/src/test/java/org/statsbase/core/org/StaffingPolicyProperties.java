package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * 国统字〔2021〕85号 二（二）: 统计人员数量应当与统计任务相匹配 (by units and by population), and
 * 辖区基本单位数量变动、人口规模变动与统计人员协调匹配联动机制 — one property per clause.
 */
class StaffingPolicyProperties {

    private static final InstitutionId STATION = InstitutionId.of("station");

    @Provide
    Arbitrary<StaffingRatios> ratios() {
        Arbitrary<BigDecimal> weight = Arbitraries.integers().between(1, 100).map(i -> BigDecimal.valueOf(i, 2));
        return Combinators.combine(Arbitraries.longs().between(1, 2_000), Arbitraries.longs().between(1, 100_000),
                weight).as(StaffingRatios::of);
    }

    @Provide
    Arbitrary<StaffingFacts> facts() {
        return Combinators.combine(Arbitraries.longs().between(0, 50_000), Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 30))
                .as((u, p, f, t) -> StaffingFacts.of(STATION, u, p, f, t));
    }

    private static BigDecimal actual(StaffingRatios r, StaffingFacts f) {
        return BigDecimal.valueOf(f.fullTime()).add(r.partTimeWeight().multiply(BigDecimal.valueOf(f.partTime())));
    }

    private static boolean has(List<StaffingFinding> findings, StaffingFindingKind kind) {
        return findings.stream().anyMatch(x -> x.kind() == kind);
    }

    @Property
    void aUnitsFindingIffUnitsPerStatisticianExceedTheRatio(@ForAll("ratios") StaffingRatios r,
            @ForAll("facts") StaffingFacts f) {
        BigDecimal actual = actual(r, f);
        boolean exceeds = BigDecimal.valueOf(f.basicUnits())
                .compareTo(actual.multiply(BigDecimal.valueOf(r.unitsPerStatistician()))) > 0;
        assertThat(has(StaffingPolicy.of(r).assess(f), StaffingFindingKind.UNDER_STAFFED_BY_UNITS)).isEqualTo(exceeds);
    }

    @Property
    void aPopulationFindingIffPopulationPerStatisticianExceedsTheRatio(@ForAll("ratios") StaffingRatios r,
            @ForAll("facts") StaffingFacts f) {
        BigDecimal actual = actual(r, f);
        boolean exceeds = BigDecimal.valueOf(f.population())
                .compareTo(actual.multiply(BigDecimal.valueOf(r.populationPerStatistician()))) > 0;
        assertThat(has(StaffingPolicy.of(r).assess(f), StaffingFindingKind.UNDER_STAFFED_BY_POPULATION))
                .isEqualTo(exceeds);
    }

    @Property
    void exactlyAtTheRatioThereIsNoFindingAndOneMoreMakesOne(@ForAll("ratios") StaffingRatios r,
            @ForAll @IntRange(min = 1, max = 30) int statisticians) {
        StaffingPolicy policy = StaffingPolicy.of(r);
        long units = r.unitsPerStatistician() * statisticians;
        long population = r.populationPerStatistician() * statisticians;
        StaffingFacts atRatio = StaffingFacts.of(STATION, units, population, statisticians, 0);
        assertThat(policy.assess(atRatio)).isEmpty();
        assertThat(policy.assess(atRatio.withBasicUnits(units + 1))).extracting(StaffingFinding::kind)
                .containsExactly(StaffingFindingKind.UNDER_STAFFED_BY_UNITS);
        assertThat(policy.assess(atRatio.withPopulation(population + 1))).extracting(StaffingFinding::kind)
                .containsExactly(StaffingFindingKind.UNDER_STAFFED_BY_POPULATION);
    }

    @Property
    void findingsReportRequiredAboveActual(@ForAll("ratios") StaffingRatios r, @ForAll("facts") StaffingFacts f) {
        for (StaffingFinding finding : StaffingPolicy.of(r).assess(f)) {
            long measured = finding.measured();
            assertThat(finding.required() * finding.ratio()).isGreaterThanOrEqualTo(measured);
            assertThat((finding.required() - 1) * finding.ratio()).isLessThan(measured);
            assertThat(finding.shortfall()).isPositive();
            assertThat(finding.actual()).isEqualByComparingTo(actual(r, f));
        }
    }

    @Property
    void raisingUnitsOrPopulationNeverRemovesAFinding(@ForAll("ratios") StaffingRatios r,
            @ForAll("facts") StaffingFacts f, @ForAll @LongRange(min = 0, max = 10_000) long moreUnits,
            @ForAll @LongRange(min = 0, max = 100_000) long morePeople) {
        StaffingPolicy policy = StaffingPolicy.of(r);
        List<StaffingFinding> before = policy.assess(f);
        List<StaffingFinding> after = policy.assess(
                f.withBasicUnits(f.basicUnits() + moreUnits).withPopulation(f.population() + morePeople));
        for (StaffingFinding old : before) {
            assertThat(has(after, old.kind())).isTrue();
        }
    }

    @Property
    void addingAStatisticianNeverAddsAFinding(@ForAll("ratios") StaffingRatios r, @ForAll("facts") StaffingFacts f,
            @ForAll boolean fullTime) {
        StaffingPolicy policy = StaffingPolicy.of(r);
        StaffingFacts more = fullTime ? f.withStatisticians(f.fullTime() + 1, f.partTime())
                : f.withStatisticians(f.fullTime(), f.partTime() + 1);
        for (StaffingFinding finding : policy.assess(more)) {
            assertThat(has(policy.assess(f), finding.kind())).isTrue();
        }
    }

    @Property
    void aChangeReportsEveryFindingThatIsNewOrWider(@ForAll("ratios") StaffingRatios r,
            @ForAll("facts") StaffingFacts before, @ForAll("facts") StaffingFacts after) {
        StaffingPolicy policy = StaffingPolicy.of(r);
        List<StaffingFinding> old = policy.assess(before);
        List<StaffingFinding> fresh = policy.reassess(before, after);
        assertThat(policy.assess(after)).containsAll(fresh);
        for (StaffingFinding finding : policy.assess(after)) {
            boolean coveredBefore = old.stream().anyMatch(o -> o.kind() == finding.kind()
                    && o.shortfall().compareTo(finding.shortfall()) >= 0);
            assertThat(fresh.contains(finding)).isEqualTo(!coveredBefore);
        }
        assertThat(policy.reassess(after, after)).isEmpty();
    }
}
