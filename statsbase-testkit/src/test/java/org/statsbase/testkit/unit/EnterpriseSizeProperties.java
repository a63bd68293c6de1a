package org.statsbase.testkit.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.EnterpriseSize;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeBounds;
import org.statsbase.core.unit.SizeClassification;
import org.statsbase.core.unit.SizeMetric;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.core.unit.SizeRow;

/** One property per clause of 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号). */
class EnterpriseSizeProperties {

    private static final EnterpriseSizeClassifier SIZE = EnterpriseSizeClassifier.standard2017();
    private static final List<EnterpriseSize> TIERS =
            List.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO);

    @Property
    void theRowIsTheOneTheIndustryBelongsTo(@ForAll SizedEnterprise e) {
        assertThat(SIZE.classify(e.industry(), e.metrics()).row()).isEqualTo(e.row());
    }

    @Property
    void raisingAnyMetricNeverLowersTheTier(@ForAll SizedEnterprise e, @ForAll SizeMetric metric,
            @ForAll @BigRange(min = "0", max = "100000") BigDecimal raise) {
        SizeClassification before = SIZE.classify(e.industry(), e.metrics());
        BigDecimal current = e.metrics().get(metric).orElse(BigDecimal.ZERO);
        BigDecimal whole = raise.setScale(EnterpriseSizes.step(metric).scale(), RoundingMode.DOWN);
        SizeClassification after = SIZE.classify(e.industry(), e.metrics().with(metric, current.add(whole)));
        assertThat(after.size().isLowerThan(before.size())).isFalse();
    }

    /** Ranges are low ≤ v &lt; high: a value on a bound is in the higher tier, 0.01 (one person) below in the lower. */
    @Property
    void everyBoundLandsOnTheSideThe2017TextSays(@ForAll("boundCases") BoundCase c) {
        SizeRow row = c.row();
        SizeBounds bounds = c.bounds();
        EnterpriseSize tier = c.tier();
        IndustryCode code = c.code();
        BigDecimal bound = bounds.lowerBound(tier).orElseThrow();
        EnterpriseSize lower = TIERS.get(TIERS.indexOf(tier) + 1);
        assertThat(SIZE.classify(code, atLarge(row).with(bounds.metric(), bound)).size()).isEqualTo(tier);
        assertThat(SIZE.classify(code, atLarge(row).with(bounds.metric(), bound.subtract(EnterpriseSizes.step(bounds.metric())))).size())
                .isEqualTo(lower);
    }

    /** Large, medium and small must meet all listed lower bounds, otherwise drop a tier. */
    @Property
    void largeMediumAndSmallNeedEveryBound(@ForAll("boundCases") BoundCase c,
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal shortfall) {
        SizeRow row = c.row();
        SizeBounds lowered = c.bounds();
        EnterpriseSize tier = c.tier();
        IndustryCode code = c.code();
        SizeMetrics allAtBound = SizeMetrics.none();
        for (SizeBounds b : row.bounds()) {
            allAtBound = allAtBound.with(b.metric(), b.lowerBound(tier).orElseThrow());
        }
        assertThat(SIZE.classify(code, allAtBound).size()).isEqualTo(tier);
        // X 从业人员 falls short by whole persons.
        BigDecimal gap = shortfall.setScale(EnterpriseSizes.step(lowered.metric()).scale(), RoundingMode.UP);
        BigDecimal below = lowered.lowerBound(tier).orElseThrow().subtract(gap).max(BigDecimal.ZERO);
        EnterpriseSize dropped = SIZE.classify(code, allAtBound.with(lowered.metric(), below)).size();
        assertThat(dropped.isLowerThan(tier)).isTrue();
    }

    /** Micro needs only one metric below the small bound, whatever the others are. */
    @Property
    void microNeedsOnlyOneMetricBelowSmall(@ForAll SizedEnterprise e, @ForAll("fraction") BigDecimal fraction,
            @ForAll int pick) {
        List<SizeBounds> bounds = e.row().bounds();
        SizeBounds one = bounds.get(Math.floorMod(pick, bounds.size()));
        BigDecimal step = EnterpriseSizes.step(one.metric());
        BigDecimal belowSmall = one.small().multiply(fraction).setScale(step.scale(), RoundingMode.DOWN)
                .min(one.small().subtract(step));
        SizeClassification c = SIZE.classify(e.industry(), e.metrics().with(one.metric(), belowSmall));
        assertThat(c.size()).isEqualTo(EnterpriseSize.MICRO);
        assertThat(c.tiers()).containsEntry(one.metric(), EnterpriseSize.MICRO);
    }

    /** Equivalently: each metric gets its tier on its own, and the enterprise takes the lowest. */
    @Property
    void theSizeIsTheLowestTierOfTheRowsMetrics(@ForAll SizedEnterprise e) {
        SizeClassification c = SIZE.classify(e.industry(), e.metrics());
        EnterpriseSize lowest = EnterpriseSize.LARGE;
        for (SizeBounds b : e.row().bounds()) {
            EnterpriseSize t = b.tierOf(e.metrics().get(b.metric()).orElseThrow());
            lowest = t.isLowerThan(lowest) ? t : lowest;
        }
        assertThat(c.size()).isEqualTo(lowest);
        assertThat(c.tiers().get(c.decidedBy().orElseThrow())).isEqualTo(lowest);
        assertThat(c.tiers().keySet()).containsExactlyElementsOf(e.row().metrics());
    }

    /** Sections without a row (J, P, 84, S, T, 53, 7040) are outside the scheme whatever the metrics. */
    @Property
    void outOfScopeIndustriesAreAlwaysOutOfScope(@ForAll("outOfScopeCodes") IndustryCode code,
            @ForAll("anyMetrics") SizeMetrics metrics) {
        SizeClassification c = SIZE.classify(code, metrics);
        assertThat(c.size()).isEqualTo(EnterpriseSize.OUT_OF_SCOPE);
        assertThat(c.row().isOutOfScope()).isTrue();
        assertThat(c.tiers()).isEmpty();
    }

    /** A row, one of its metrics, one of the tiers with a lower bound, and a code of the row. */
    record BoundCase(SizeRow row, SizeBounds bounds, EnterpriseSize tier, IndustryCode code) {
    }

    @Provide
    Arbitrary<BoundCase> boundCases() {
        return EnterpriseSizes.dividedRows().flatMap(row -> Combinators.combine(
                Arbitraries.of(row.bounds()),
                Arbitraries.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL),
                EnterpriseSizes.industryCodesOf(row))
                .as((b, tier, code) -> new BoundCase(row, b, tier, code)));
    }

    @Provide
    Arbitrary<BigDecimal> fraction() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
    }

    @Provide
    Arbitrary<IndustryCode> outOfScopeCodes() {
        return EnterpriseSizes.outOfScopeIndustryCodes();
    }

    @Provide
    Arbitrary<SizeMetrics> anyMetrics() {
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2);
        return Combinators.combine(value.optional(), value.optional(), value.optional()).as((x, y, z) -> {
            SizeMetrics m = SizeMetrics.none();
            if (x.isPresent()) {
                m = m.withEmployees(x.get().setScale(0, RoundingMode.DOWN));
            }
            if (y.isPresent()) {
                m = m.withRevenue(y.get());
            }
            return z.isPresent() ? m.withAssets(z.get()) : m;
        });
    }

    private static SizeMetrics atLarge(SizeRow row) {
        SizeMetrics m = SizeMetrics.none();
        for (SizeBounds b : row.bounds()) {
            m = m.with(b.metric(), b.large());
        }
        return m;
    }
}
