package org.statsbase.testkit.confidentiality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.IndustrySection;
import org.statsbase.testkit.code.DivisionCodes;

/**
 * Unit-level microdata for disclosure control (统计法 第二十五条; issue 7 §3): contributions over flat
 * dimensions, over 统计用区划代码 county → township hierarchies and over GB/T 4754-2017 section →
 * division hierarchies, with codes built from core's {@link DivisionCode} and {@link IndustryCode} so
 * that they really nest.
 *
 * <p>Values are skewed the way business data is (a log-normal-like spread over six orders of
 * magnitude, one unit in ten a dominant contributor a thousand times larger); samples are small
 * (mostly 3–15 units, at most 40; up to five flat codes, nine townships in three counties, six
 * industry divisions in two sections) so that cells with one or two
 * contributors and empty cells are common. In about half the samples two units in three belong to one of
 * four holdings ({@code h0}…{@code h3}, for rules applied at holding level). Values are non-negative unless
 * the generator says otherwise ({@link #withNegatives()}).
 *
 * <p>Dimension names: {@code region} (divisions), {@code industry}, {@code size} and {@code ownership}
 * (flat, codes {@code S1}… and {@code O1}…).
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Microdata {

    private static final int MAX_UNITS = 40;

    /** A dimension with the codes units may report for it. */
    private record Axis(Dimension dimension, List<String> codes) {
    }

    /** One unit before it is turned into a contribution. */
    private record Draw(List<Integer> codeIndexes, BigDecimal value, Optional<Integer> holding, boolean negative) {
    }

    private Microdata() {
    }

    /**
     * Positive values with a log-normal-like spread (mantissa 1–999 times 10^0…10^4, the middle
     * exponents most often) and, one time in ten, a dominant contributor ×1000.
     *
     * @return positive contribution values
     */
    public static Arbitrary<BigDecimal> values() {
        Arbitrary<Integer> exponent = Arbitraries.frequency(
                Tuple.of(2, 0), Tuple.of(4, 1), Tuple.of(5, 2), Tuple.of(4, 3), Tuple.of(2, 4));
        Arbitrary<BigDecimal> ordinary = Combinators.combine(Arbitraries.integers().between(1, 999), exponent)
                .as((m, e) -> BigDecimal.valueOf(m).scaleByPowerOfTen(e).setScale(0));
        return Arbitraries.frequencyOf(Tuple.of(9, ordinary), Tuple.of(1, ordinary.map(v -> v.scaleByPowerOfTen(3).setScale(0))));
    }

    /**
     * Non-negative microdata over one flat dimension or two.
     *
     * @return samples over flat dimensions
     */
    public static Arbitrary<MicrodataSample> flat() {
        return sample(Arbitraries.oneOf(flatAxis("size", "S").map(List::of),
                Combinators.combine(flatAxis("size", "S"), flatAxis("ownership", "O")).as(List::of)), false);
    }

    /**
     * Non-negative microdata over a county → township hierarchy, alone or crossed with a flat dimension.
     *
     * @return samples over a division hierarchy
     */
    public static Arbitrary<MicrodataSample> byDivision() {
        return sample(Arbitraries.oneOf(divisionAxis().map(List::of),
                Combinators.combine(divisionAxis(), flatAxis("size", "S")).as(List::of)), false);
    }

    /**
     * Non-negative microdata over a section → division hierarchy, alone or crossed with a flat dimension.
     *
     * @return samples over an industry hierarchy
     */
    public static Arbitrary<MicrodataSample> byIndustry() {
        return sample(Arbitraries.oneOf(industryAxis().map(List::of),
                Combinators.combine(industryAxis(), flatAxis("size", "S")).as(List::of)), false);
    }

    /**
     * Non-negative microdata of a district table: county → township × section → division.
     *
     * @return district-table samples
     */
    public static Arbitrary<MicrodataSample> byDivisionAndIndustry() {
        return sample(Combinators.combine(divisionAxis(), industryAxis()).as(List::of), false);
    }

    /**
     * Non-negative microdata over one dimension (flat, divisions or industries).
     *
     * @return one-dimensional samples
     */
    public static Arbitrary<MicrodataSample> oneDimensional() {
        return sample(Arbitraries.oneOf(flatAxis("size", "S"), divisionAxis(), industryAxis()).map(List::of), false);
    }

    /**
     * Non-negative microdata over two dimensions, flat or hierarchical.
     *
     * @return two-dimensional samples
     */
    public static Arbitrary<MicrodataSample> twoDimensional() {
        return sample(Arbitraries.oneOf(
                Combinators.combine(flatAxis("size", "S"), flatAxis("ownership", "O")).as(List::of),
                Combinators.combine(divisionAxis(), flatAxis("size", "S")).as(List::of),
                Combinators.combine(industryAxis(), flatAxis("size", "S")).as(List::of),
                Combinators.combine(divisionAxis(), industryAxis()).as(List::of)), false);
    }

    /**
     * Non-negative microdata of any of the shapes above, two dimensions three times in four.
     *
     * @return samples of every shape, non-negative
     */
    public static Arbitrary<MicrodataSample> any() {
        return Arbitraries.frequencyOf(Tuple.of(1, oneDimensional()), Tuple.of(3, twoDimensional()));
    }

    /**
     * Microdata of any shape in which about one contribution in eight is negative (a loss, a correction).
     *
     * @return samples that contain negative contributions
     */
    public static Arbitrary<MicrodataSample> withNegatives() {
        return sample(Arbitraries.oneOf(
                flatAxis("size", "S").map(List::of),
                Combinators.combine(flatAxis("size", "S"), flatAxis("ownership", "O")).as(List::of),
                Combinators.combine(divisionAxis(), industryAxis()).as(List::of)), true);
    }

    private static Arbitrary<MicrodataSample> sample(Arbitrary<List<Axis>> axes, boolean negatives) {
        // one or two units one time in ten, 3–15 in 55, 16–40 in 35; drawn uniformly and mapped, as jqwik's
        // default bias would make almost every sample tiny. The units are a prefix of 40 independent draws
        // (no flatMap), which keeps the distribution and lets shrinking drop units.
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform())
                .map(r -> r < 10 ? 1 + r % 2 : r < 65 ? 3 + r % 13 : 16 + r % 25);
        return Combinators.combine(axes, units, Arbitraries.of(true, false), draw().list().ofSize(MAX_UNITS))
                .as((ax, n, holdings, draws) -> build(ax, draws.subList(0, n), holdings, negatives));
    }

    private static Arbitrary<Draw> draw() {
        // uniform, not jqwik's default bias towards small numbers, which would put every unit under the first code
        Arbitrary<Integer> codeIndex = Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform());
        Arbitrary<Optional<Integer>> holding = Arbitraries.integers().between(0, 5).withDistribution(RandomDistribution.uniform())
                .map(h -> h < 2 ? Optional.<Integer>empty() : Optional.of(h - 2));
        Arbitrary<Boolean> negative = Arbitraries.integers().between(0, 7).withDistribution(RandomDistribution.uniform())
                .map(i -> i == 7);
        return Combinators.combine(codeIndex.list().ofSize(2), values(), holding, negative).as(Draw::new);
    }

    private static MicrodataSample build(List<Axis> axes, List<Draw> draws, boolean holdings, boolean negatives) {
        List<Contribution> out = new ArrayList<>();
        for (int u = 0; u < draws.size(); u++) {
            Draw d = draws.get(u);
            Map<String, String> codes = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                List<String> pool = axes.get(a).codes();
                codes.put(axes.get(a).dimension().name(), pool.get(d.codeIndexes().get(a) % pool.size()));
            }
            BigDecimal value = negatives && d.negative() ? d.value().negate() : d.value();
            String unit = String.format("u%02d", u);
            out.add(holdings && d.holding().isPresent()
                    ? Contribution.of(unit, "h" + d.holding().get(), codes, value)
                    : Contribution.of(unit, codes, value));
        }
        return new MicrodataSample(axes.stream().map(Axis::dimension).toList(), out);
    }

    private static Arbitrary<Axis> flatAxis(String name, String prefix) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1)), Tuple.of(6, Arbitraries.integers().between(2, 5).withDistribution(RandomDistribution.uniform()))).map(k -> {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= k; i++) {
                codes.add(prefix + i);
            }
            return new Axis(Dimension.of(name, Hierarchy.flat()), codes);
        });
    }

    /** One prefecture, one to three counties in it, one to three townships in each: 12-digit codes that nest. */
    private static Arbitrary<Axis> divisionAxis() {
        Arbitrary<String> prefecture = DivisionCodes.atLevel(DivisionLevel.PREFECTURE).map(DivisionCode::shortForm);
        Arbitrary<Set<Integer>> townships = Arbitraries.integers().between(1, 999).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Tuple.Tuple2<Integer, Set<Integer>>>> counties = Combinators
                .combine(Arbitraries.integers().between(1, 99), townships).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(t -> t.get1());
        return Combinators.combine(prefecture, counties).as((p, cs) -> {
            List<String> codes = new ArrayList<>();
            for (Tuple.Tuple2<Integer, Set<Integer>> c : cs) {
                for (int t : c.get2()) {
                    codes.add(DivisionCode.parse(p + String.format("%02d%03d", c.get1(), t)).canonical());
                }
            }
            return new Axis(Dimension.of("region", Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)),
                    List.copyOf(codes));
        });
    }

    /** One or two sections, one to three of their own divisions each: codes such as {@code C13}. */
    private static Arbitrary<Axis> industryAxis() {
        return Arbitraries.of(IndustrySection.values()).set().ofMinSize(1).ofMaxSize(2).flatMap(sections -> {
            List<Arbitrary<Set<Integer>>> perSection = new ArrayList<>();
            for (IndustrySection s : sections) {
                int span = s.lastDivision() - s.firstDivision() + 1;
                perSection.add(Arbitraries.integers().between(s.firstDivision(), s.lastDivision())
                        .set().ofMinSize(1).ofMaxSize(Math.min(3, span)));
            }
            return Combinators.combine(perSection).as(sets -> {
                List<String> codes = new ArrayList<>();
                for (Set<Integer> set : sets) {
                    for (int d : set) {
                        codes.add(IndustryCode.parse(String.format("%02d", d)).canonical());
                    }
                }
                return new Axis(Dimension.of("industry", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION)),
                        List.copyOf(codes));
            });
        });
    }
}
