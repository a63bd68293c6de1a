package org.statsbase.testkit.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.AboveScaleCategory;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleCriterion;
import org.statsbase.core.unit.AboveScaleException;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.AboveScaleRow;
import org.statsbase.core.unit.IndustryScope;
import org.statsbase.core.unit.UnitKind;

/**
 * Arbitraries for the "四上" above-scale classification: rows and categories of the shipped
 * threshold table, industry codes fine enough for a row or category, revenues around a threshold
 * and whole inputs whose flags fit their industry.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class AboveScaleInputs {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private AboveScaleInputs() {
    }

    /**
     * The rows of the shipped table.
     *
     * @return rows of the above-scale table (规模以上)
     */
    public static Arbitrary<AboveScaleRow> rows() {
        return Arbitraries.of(AboveScaleClassifier.standard().rows());
    }

    /**
     * The rows of the shipped table that decide by revenue against a threshold.
     *
     * @return rows with a revenue threshold
     */
    public static Arbitrary<AboveScaleRow> thresholdRows() {
        return Arbitraries.of(AboveScaleClassifier.standard().rows().stream()
                .filter(r -> r.criterion() == AboveScaleCriterion.REVENUE).toList());
    }

    /**
     * Industry codes fine enough to pick {@code row} of the shipped table.
     *
     * @param row a row of the shipped table
     * @return industry codes that pick {@code row}
     */
    public static Arbitrary<IndustryCode> industryCodesOf(AboveScaleRow row) {
        Objects.requireNonNull(row, "row");
        List<AboveScaleRow> all = AboveScaleClassifier.standard().rows();
        List<IndustryScope> others = all.stream().filter(r -> !r.equals(row)).map(AboveScaleRow::scope).toList();
        List<IndustryCode> scopeCodes = all.stream()
                .flatMap(r -> Stream.concat(r.scope().includes().stream(), r.scope().excludes().stream()))
                .toList();
        return EnterpriseSizes.codesWithin(row.scope(), others, scopeCodes);
    }

    /**
     * Industry codes of a category of the shipped table (OUT_OF_SCOPE: A, J, S, T).
     *
     * @param category a category of the shipped table
     * @return industry codes of {@code category}
     */
    public static Arbitrary<IndustryCode> industryCodesOf(AboveScaleCategory category) {
        List<AboveScaleRow> rows = AboveScaleClassifier.standard().rows().stream()
                .filter(r -> r.category() == category).toList();
        return Arbitraries.of(rows).flatMap(AboveScaleInputs::industryCodesOf);
    }

    /**
     * Revenues (万元) around a threshold: on it, 0.01 and 1 either side, 0, and anywhere up to three times it.
     *
     * @param threshold the threshold in 万元
     * @return revenues in 万元, at least 0
     */
    public static Arbitrary<BigDecimal> revenuesAround(BigDecimal threshold) {
        Arbitrary<BigDecimal> near = Arbitraries.of(BigDecimal.ZERO, threshold, threshold.subtract(CENT),
                threshold.add(CENT), threshold.subtract(BigDecimal.ONE), threshold.add(BigDecimal.ONE));
        Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, threshold.multiply(BigDecimal.valueOf(3))).ofScale(2);
        return Arbitraries.frequencyOf(Tuple.of(1, near), Tuple.of(2, anywhere));
    }

    /**
     * Inputs of any row of the shipped table and any unit kind, with revenue around the row's
     * threshold (or any revenue, sometimes none, where the row has no threshold) and the flags set
     * only where they apply.
     *
     * @return inputs that the library accepts
     */
    public static Arbitrary<AboveScaleInput> inputs() {
        return rows().flatMap(AboveScaleInputs::inputsOf);
    }

    /**
     * Inputs of one row of the shipped table.
     *
     * @param row a row of the shipped table
     * @return inputs of {@code row}
     */
    public static Arbitrary<AboveScaleInput> inputsOf(AboveScaleRow row) {
        Arbitrary<BigDecimal> revenue = row.threshold().map(AboveScaleInputs::revenuesAround)
                .orElse(revenuesAround(new BigDecimal("2000")));
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(industryCodesOf(row), revenue, Arbitraries.of(UnitKind.class), flag)
                .as((code, r, kind, f) -> {
                    AboveScaleInput input = AboveScaleInput.of(code, r).withUnitKind(kind);
                    if (row.criterion() == AboveScaleCriterion.QUALIFICATION) {
                        input = input.withQualification(f);
                    } else if (row.criterion() == AboveScaleCriterion.DEVELOPMENT_ACTIVITY) {
                        input = input.withDevelopmentActivity(f);
                    }
                    return input;
                });
    }

    /**
     * Raw inputs that the library refuses with exactly {@code reason} — and nothing else — when
     * {@link RawAboveScaleInput#classify() classified}:
     * <ul>
     *   <li>{@code INDUSTRY_TOO_COARSE}: {@code 70}, {@code K}, {@code F}, {@code H} and {@code Q},
     *       whose parts decide differently in the shipped table (named in {@link AboveScaleException});</li>
     *   <li>{@code MISSING_REVENUE}: a code of a threshold row, a unit kind the row counts, no revenue;</li>
     *   <li>{@code NEGATIVE_REVENUE}, {@code REVENUE_OUT_OF_RANGE}: an input of the shipped table with a
     *       negative revenue, or one above 10^12 万元 or with more than six decimals;</li>
     *   <li>{@code DEVELOPMENT_FLAG_NOT_APPLICABLE}: development activity declared for a code of any row
     *       but 7010's; {@code QUALIFICATION_FLAG_NOT_APPLICABLE}: a qualification declared outside
     *       section E;</li>
     *   <li>{@code INDUSTRY_NOT_COVERED}: the shipped table covers every code, so these use a made-up
     *       user table in which division 13 holds only the groups 131 and 132, with codes 133–139.</li>
     * </ul>
     *
     * @param reason the reason the library must refuse with
     * @return inputs that are refused with {@code reason}
     */
    public static Arbitrary<RawAboveScaleInput> invalid(AboveScaleException.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        AboveScaleClassifier table = AboveScaleClassifier.standard();
        Arbitrary<Optional<BigDecimal>> saneRevenue = revenuesAround(new BigDecimal("2000")).optional();
        Arbitrary<UnitKind> kinds = Arbitraries.of(UnitKind.class);
        switch (reason) {
            case INDUSTRY_TOO_COARSE:
                return Combinators.combine(Arbitraries.of("70", "K", "F", "H", "Q").map(IndustryCode::parse),
                        saneRevenue, kinds)
                        .as((code, revenue, kind) -> new RawAboveScaleInput(table, code, revenue, kind, false, false));
            case MISSING_REVENUE:
                return thresholdRows().flatMap(row -> Combinators.combine(industryCodesOf(row),
                        Arbitraries.of(List.copyOf(row.unitKinds())))
                        .as((code, kind) -> new RawAboveScaleInput(table, code, Optional.empty(), kind, false,
                                false)));
            case NEGATIVE_REVENUE:
                return withRevenue(AbsurdAmounts.negative());
            case REVENUE_OUT_OF_RANGE:
                return withRevenue(Arbitraries.oneOf(AbsurdAmounts.tooLarge(), AbsurdAmounts.tooPrecise()));
            case DEVELOPMENT_FLAG_NOT_APPLICABLE:
                return rowsWithout(AboveScaleCriterion.DEVELOPMENT_ACTIVITY).flatMap(row -> Combinators.combine(
                        industryCodesOf(row), saneRevenue, kinds, Arbitraries.of(true, false))
                        .as((code, revenue, kind, qualified) -> new RawAboveScaleInput(table, code, revenue, kind,
                                qualified, true)));
            case QUALIFICATION_FLAG_NOT_APPLICABLE:
                return rowsWithout(AboveScaleCriterion.QUALIFICATION).flatMap(row -> Combinators.combine(
                        industryCodesOf(row), saneRevenue, kinds, Arbitraries.of(true, false))
                        // Development activity is fine where it applies (7010): the qualification alone is wrong.
                        .as((code, revenue, kind, development) -> new RawAboveScaleInput(table, code, revenue, kind,
                                true, development && row.criterion() == AboveScaleCriterion.DEVELOPMENT_ACTIVITY)));
            case INDUSTRY_NOT_COVERED:
                return Combinators.combine(PartialTables.uncoveredCodes(), saneRevenue, kinds)
                        .as((code, revenue, kind) -> new RawAboveScaleInput(PartialTables.ABOVE_SCALE, code, revenue,
                                kind, false, false));
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }

    /** Inputs of any row of the shipped table with {@code revenue} and no flag. */
    private static Arbitrary<RawAboveScaleInput> withRevenue(Arbitrary<BigDecimal> revenue) {
        AboveScaleClassifier table = AboveScaleClassifier.standard();
        return rows().flatMap(row -> Combinators.combine(industryCodesOf(row), revenue, Arbitraries.of(UnitKind.class))
                .as((code, r, kind) -> new RawAboveScaleInput(table, code, Optional.of(r), kind, false, false)));
    }

    private static Arbitrary<AboveScaleRow> rowsWithout(AboveScaleCriterion criterion) {
        return Arbitraries.of(AboveScaleClassifier.standard().rows().stream()
                .filter(r -> r.criterion() != criterion).toList());
    }
}
