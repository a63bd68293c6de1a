package org.statsbase.testkit.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.IndustrySection;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.IndustryScope;
import org.statsbase.core.unit.SizeBounds;
import org.statsbase.core.unit.SizeClassificationException;
import org.statsbase.core.unit.SizeMetric;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.core.unit.SizeRow;

/**
 * Arbitraries for 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号): rows of the table,
 * industry codes fine enough for a row, metric values around the bounds, and whole enterprises.
 *
 * <p>Codes of a row are drawn from the row's own scope (an included code extended by random
 * digits), keeping those no other row's scope holds and below which no scope code of the table
 * lies — so a property can compare the classifier's row with the row the code was drawn from.
 * The methods without a classifier argument use {@link EnterpriseSizeClassifier#standard2017()}.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class EnterpriseSizes {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private EnterpriseSizes() {
    }

    /**
     * The rows of the 2017 table that divide by size.
     *
     * @return rows that divide by size
     */
    public static Arbitrary<SizeRow> dividedRows() {
        return dividedRows(EnterpriseSizeClassifier.standard2017());
    }

    /**
     * The rows of a table that divide by size.
     *
     * @param table the size table
     * @return rows of {@code table} that divide by size
     */
    public static Arbitrary<SizeRow> dividedRows(EnterpriseSizeClassifier table) {
        return Arbitraries.of(table.rows().stream().filter(r -> !r.isOutOfScope()).toList());
    }

    /**
     * The rows of the 2017 table stating that an industry is outside the scheme.
     *
     * @return the out-of-scope rows
     */
    public static Arbitrary<SizeRow> outOfScopeRows() {
        return Arbitraries.of(EnterpriseSizeClassifier.standard2017().rows().stream()
                .filter(SizeRow::isOutOfScope).toList());
    }

    /**
     * Industry codes of a row of the 2017 table, fine enough to pick that row.
     *
     * @param row a row of the 2017 table
     * @return industry codes that pick {@code row}
     */
    public static Arbitrary<IndustryCode> industryCodesOf(SizeRow row) {
        return industryCodesOf(EnterpriseSizeClassifier.standard2017(), row);
    }

    /**
     * Industry codes of a row of {@code table}, fine enough to pick that row.
     *
     * @param table the size table
     * @param row a row of {@code table}
     * @return industry codes that pick {@code row} in {@code table}
     */
    public static Arbitrary<IndustryCode> industryCodesOf(EnterpriseSizeClassifier table, SizeRow row) {
        Objects.requireNonNull(row, "row");
        List<IndustryScope> others = table.rows().stream().filter(r -> !r.equals(row)).map(SizeRow::scope).toList();
        List<IndustryCode> scopeCodes = table.rows().stream()
                .flatMap(r -> Stream.concat(r.scope().includes().stream(), r.scope().excludes().stream()))
                .toList();
        return codesWithin(row.scope(), others, scopeCodes);
    }

    /**
     * Industry codes of the out-of-scope rows of the 2017 table (金融, 教育, 卫生, 铁路运输 …).
     *
     * @return industry codes outside the scheme
     */
    public static Arbitrary<IndustryCode> outOfScopeIndustryCodes() {
        return outOfScopeRows().flatMap(EnterpriseSizes::industryCodesOf);
    }

    /**
     * Codes within {@code scope}, held by none of {@code others}, with no code of
     * {@code scopeCodes} strictly below them.
     */
    static Arbitrary<IndustryCode> codesWithin(IndustryScope scope, List<IndustryScope> others,
            List<IndustryCode> scopeCodes) {
        List<IndustryCode> includes = scope.includes();
        return Arbitraries.of(includes)
                .flatMap(EnterpriseSizes::extensions)
                .filter(code -> scope.contains(code)
                        && others.stream().noneMatch(o -> o.contains(code))
                        && scopeCodes.stream().noneMatch(s -> !s.equals(code) && strictlyBelow(s, code)));
    }

    private static boolean strictlyBelow(IndustryCode scopeCode, IndustryCode code) {
        // A scope code ending in 0 names its undivided parent (GB/T 4754 coding), e.g. 7010 = 701.
        IndustryCode c = scopeCode;
        while ((c.level() == IndustryLevel.CLASS || c.level() == IndustryLevel.GROUP) && c.digits().endsWith("0")) {
            c = c.parent().orElseThrow();
        }
        return !c.equals(code) && c.isWithin(code);
    }

    /** The code itself and codes below it, down to class level. */
    static Arbitrary<IndustryCode> extensions(IndustryCode code) {
        if (code.level() == IndustryLevel.CLASS) {
            return Arbitraries.just(code);
        }
        Arbitrary<String> digits;
        if (code.level() == IndustryLevel.SECTION) {
            IndustrySection s = code.section();
            digits = Arbitraries.integers().between(s.firstDivision(), s.lastDivision())
                    .flatMap(d -> Arbitraries.strings().withCharRange('1', '9').ofMaxLength(2)
                            .map(tail -> String.format("%02d", d) + tail));
        } else {
            digits = Arbitraries.strings().withCharRange('1', '9').ofMaxLength(4 - code.digits().length())
                    .map(tail -> code.digits() + tail);
        }
        Arbitrary<IndustryCode> below = digits.map(d -> IndustryCode.parse(code.section().letter() + d));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(code)),
                Tuple.of(4, below));
    }

    /**
     * The smallest step of a metric the generators use: one person for X 从业人员 (a count, always
     * whole), 0.01 万元 for Y and Z.
     *
     * @param metric the metric
     * @return the step, positive
     */
    public static BigDecimal step(SizeMetric metric) {
        return Objects.requireNonNull(metric, "metric") == SizeMetric.EMPLOYEES ? BigDecimal.ONE : CENT;
    }

    /**
     * Values of a metric around its bounds: on each bound, one {@link #step(SizeMetric) step} and 1
     * either side, 0, and anywhere up to twice the large bound (whole for X 从业人员).
     *
     * @param bounds the metric's bounds in a row
     * @return values, at least 0
     */
    public static Arbitrary<BigDecimal> valuesAround(SizeBounds bounds) {
        BigDecimal step = step(bounds.metric());
        List<BigDecimal> near = new ArrayList<>();
        near.add(BigDecimal.ZERO);
        for (BigDecimal b : List.of(bounds.small(), bounds.medium(), bounds.large())) {
            near.add(b);
            near.add(b.subtract(step));
            near.add(b.add(step));
            near.add(b.subtract(BigDecimal.ONE).max(BigDecimal.ZERO));
            near.add(b.add(BigDecimal.ONE));
        }
        Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, bounds.large().multiply(BigDecimal.valueOf(2))).ofScale(step.scale());
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(near)),
                Tuple.of(1, anywhere));
    }

    /**
     * Metrics for a row: every metric it needs, each around its bounds, sometimes an unused one too.
     *
     * @param row a divided row
     * @return metrics for {@code row}
     */
    public static Arbitrary<SizeMetrics> metricsFor(SizeRow row) {
        Arbitrary<SizeMetrics> metrics = Arbitraries.just(SizeMetrics.none());
        for (SizeBounds b : row.bounds()) {
            metrics = metrics.flatMap(m -> valuesAround(b).map(v -> m.with(b.metric(), v)));
        }
        Arbitrary<SizeMetric> unused = Arbitraries.of(SizeMetric.class);
        Arbitrary<BigDecimal> any = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000"))
                .ofScale(2);
        return Combinators.combine(metrics, unused, any, Arbitraries.of(true, false))
                .as((m, metric, value, add) -> add && row.bounds(metric).isEmpty()
                        ? m.with(metric, value.setScale(step(metric).scale(), RoundingMode.DOWN)) : m);
    }

    /**
     * Enterprises of the 2017 table's divided rows, with codes fine enough and metrics around the bounds.
     *
     * @return enterprises with their row and metrics
     */
    public static Arbitrary<SizedEnterprise> enterprises() {
        return dividedRows().flatMap(EnterpriseSizes::enterprisesOf);
    }

    /**
     * Enterprises of one row.
     *
     * @param row a divided row of the 2017 table
     * @return enterprises of {@code row}
     */
    public static Arbitrary<SizedEnterprise> enterprisesOf(SizeRow row) {
        return Combinators.combine(industryCodesOf(row), metricsFor(row))
                .as((code, metrics) -> new SizedEnterprise(code, row, metrics));
    }

    /**
     * Raw inputs that the library refuses with exactly {@code reason} — and nothing else — when
     * {@link RawSizeInput#classify() classified}:
     * <ul>
     *   <li>{@code INDUSTRY_TOO_COARSE}: {@code 70}, {@code 59}, {@code G} and {@code F}, which the
     *       2017 table divides differently below (named in {@link EnterpriseSizeClassifier}), with
     *       sane metrics;</li>
     *   <li>{@code MISSING_METRIC}: a code of a divided row with one of the row's metrics left out;</li>
     *   <li>{@code NEGATIVE_METRIC}, {@code METRIC_OUT_OF_RANGE}, {@code EMPLOYEES_NOT_WHOLE}: an
     *       enterprise of the 2017 table with one metric replaced by a negative value, a value above
     *       10^12 (or, for Y and Z, with more than six decimals), or a fractional number of persons;</li>
     *   <li>{@code INDUSTRY_NOT_COVERED}: the shipped table covers every code, so these use a made-up
     *       user table in which division 13 holds only the groups 131 and 132, with codes 133–139.</li>
     * </ul>
     *
     * @param reason the reason the library must refuse with
     * @return inputs that are refused with {@code reason}
     */
    public static Arbitrary<RawSizeInput> invalid(SizeClassificationException.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        EnterpriseSizeClassifier table = EnterpriseSizeClassifier.standard2017();
        switch (reason) {
            case INDUSTRY_TOO_COARSE:
                return Combinators.combine(Arbitraries.of("70", "59", "G", "F").map(IndustryCode::parse), saneValues())
                        .as((code, values) -> new RawSizeInput(table, code, values));
            case MISSING_METRIC:
                return dividedRows().flatMap(row -> Combinators.combine(industryCodesOf(row), valuesFor(row),
                        Arbitraries.of(row.metrics()))
                        .as((code, values, dropped) -> new RawSizeInput(table, code, without(values, dropped))));
            case NEGATIVE_METRIC:
                return withOneValue(Arbitraries.of(SizeMetric.class), AbsurdAmounts.negative());
            case METRIC_OUT_OF_RANGE:
                return Arbitraries.oneOf(
                        withOneValue(Arbitraries.of(SizeMetric.class), AbsurdAmounts.tooLarge()),
                        withOneValue(Arbitraries.of(SizeMetric.REVENUE, SizeMetric.ASSETS), AbsurdAmounts.tooPrecise()));
            case EMPLOYEES_NOT_WHOLE:
                return withOneValue(Arbitraries.just(SizeMetric.EMPLOYEES), AbsurdAmounts.fractional());
            case INDUSTRY_NOT_COVERED:
                return Combinators.combine(PartialTables.uncoveredCodes(), saneValues())
                        .as((code, values) -> new RawSizeInput(PartialTables.SIZE, code, values));
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }

    /** An enterprise of the 2017 table with the value of one of {@code metrics} replaced. */
    private static Arbitrary<RawSizeInput> withOneValue(Arbitrary<SizeMetric> metrics, Arbitrary<BigDecimal> bad) {
        EnterpriseSizeClassifier table = EnterpriseSizeClassifier.standard2017();
        return dividedRows().flatMap(row -> Combinators.combine(industryCodesOf(row), valuesFor(row), metrics, bad)
                .as((code, values, metric, value) -> {
                    Map<SizeMetric, BigDecimal> changed = new EnumMap<>(values);
                    changed.put(metric, value);
                    return new RawSizeInput(table, code, changed);
                }));
    }

    /** Values around the bounds for every metric of a row. */
    private static Arbitrary<Map<SizeMetric, BigDecimal>> valuesFor(SizeRow row) {
        Arbitrary<Map<SizeMetric, BigDecimal>> values = Arbitraries.just(new EnumMap<>(SizeMetric.class));
        for (SizeBounds b : row.bounds()) {
            values = values.flatMap(m -> valuesAround(b).map(v -> {
                Map<SizeMetric, BigDecimal> more = new EnumMap<>(SizeMetric.class);
                more.putAll(m);
                more.put(b.metric(), v);
                return more;
            }));
        }
        return values;
    }

    /** Sane values of every metric: whole persons, 万元 to the cent. */
    private static Arbitrary<Map<SizeMetric, BigDecimal>> saneValues() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000"))
                .ofScale(2);
        return Combinators.combine(Arbitraries.longs().between(0, 100_000), amount, amount).as((x, y, z) -> {
            Map<SizeMetric, BigDecimal> values = new EnumMap<>(SizeMetric.class);
            values.put(SizeMetric.EMPLOYEES, BigDecimal.valueOf(x));
            values.put(SizeMetric.REVENUE, y);
            values.put(SizeMetric.ASSETS, z);
            return values;
        });
    }

    private static Map<SizeMetric, BigDecimal> without(Map<SizeMetric, BigDecimal> values, SizeMetric metric) {
        Map<SizeMetric, BigDecimal> less = new EnumMap<>(SizeMetric.class);
        less.putAll(values);
        less.remove(metric);
        return less;
    }
}
