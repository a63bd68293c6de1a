package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.DatasetReader;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;

/**
 * Parity with R {@code validate} (issue 3, §1): the rules and data of {@code src/test/resources/parity}
 * reviewed by statsbase give, rule by rule, the counts R validate's {@code confront} + {@code summary}
 * printed for them ({@code r-validate-1.1.6-summary.csv}, copied from R's output; how it was produced is
 * in {@code README.md} there): {@code items}, {@code passes}, {@code fails} and {@code nNA} = our
 * {@code not_applicable + errors}, wherever the two languages mean the same thing.
 *
 * <p>Where they do not, {@link #DIFFERENT} names the reason, and each reason has a test that explains
 * the measured difference record by record: R's rewritten expression written in our language
 * ({@code parity-as-r-rewrites.yaml}) gives R's counts, and what is left is computed here from the data
 * with IEEE 754 {@code double} arithmetic, which is R's (x / 0 is ±Inf, 26 / 20 − 1 is
 * 0.30000000000000004, {@code round} halves to even).
 */
class RValidateParityTest {

    static final String INDUSTRY = "parity-industry-monthly";
    static final String EDGE = "parity-edge-cases";
    static final String WORKED = "parity-worked-example";

    /** Why a rule's counts differ from R validate's. */
    enum Difference {
        /** {@code grepl} is FALSE on a missing text; {@code matches} is missing. */
        MATCHES_ON_MISSING,
        /** validate has no {@code when}: the rule is written {@code if (w) check}, which passes where w is false. */
        WHEN_IS_IF,
        /** validate's {@code lin.eq.eps} is a strict bound, {@code abs(a - b) < eps}; our tolerance is {@code <=}. */
        STRICT_TOLERANCE,
        /** {@code /} and {@code -} in binary doubles land beside a bound that exact decimals hit. */
        BINARY_FLOATING_POINT,
        /** {@code x / 0} is ±Inf in R and compares; here it is missing. */
        DIVISION_BY_ZERO,
        /** R's {@code round} halves to even; ours half away from zero (四舍五入). */
        ROUND_HALF_EVEN
    }

    static final Map<String, Set<Difference>> DIFFERENT = Map.ofEntries(
            Map.entry(INDUSTRY + "/R04", EnumSet.of(Difference.MATCHES_ON_MISSING)),
            Map.entry(INDUSTRY + "/R06", EnumSet.of(Difference.MATCHES_ON_MISSING)),
            Map.entry(INDUSTRY + "/R13", EnumSet.of(Difference.WHEN_IS_IF, Difference.STRICT_TOLERANCE)),
            Map.entry(INDUSTRY + "/R14", EnumSet.of(Difference.STRICT_TOLERANCE, Difference.BINARY_FLOATING_POINT)),
            Map.entry(INDUSTRY + "/R15", EnumSet.of(Difference.WHEN_IS_IF)),
            Map.entry(INDUSTRY + "/R16", EnumSet.of(Difference.WHEN_IS_IF, Difference.BINARY_FLOATING_POINT)),
            Map.entry(INDUSTRY + "/R18", EnumSet.of(Difference.DIVISION_BY_ZERO)),
            Map.entry(INDUSTRY + "/R19", EnumSet.of(Difference.WHEN_IS_IF)),
            Map.entry(INDUSTRY + "/R20", EnumSet.of(Difference.DIVISION_BY_ZERO)),
            Map.entry(EDGE + "/E07", EnumSet.of(Difference.DIVISION_BY_ZERO)),
            Map.entry(EDGE + "/E09", EnumSet.of(Difference.MATCHES_ON_MISSING)),
            Map.entry(EDGE + "/E17", EnumSet.of(Difference.ROUND_HALF_EVEN)),
            Map.entry(WORKED + "/R2", EnumSet.of(Difference.WHEN_IS_IF)));

    /** One row of R's {@code summary()}. */
    record RSummary(String ruleSet, String rule, long items, long passes, long fails, long nNA, boolean error,
            boolean warning, String expression) {
    }

    /** Our counts in R's columns. */
    record Counts(long items, long passes, long fails, long nNA) {
        static Counts of(RuleSummary s) {
            return new Counts(s.items(), s.passes(), s.fails(), s.notApplicable() + s.errors());
        }

        static Counts of(RSummary r) {
            return new Counts(r.items(), r.passes(), r.fails(), r.nNA());
        }

        /** These counts with {@code toPass} missing results become passes and {@code toFail} fails. */
        Counts missingBecome(long toPass, long toFail) {
            return new Counts(items, passes + toPass, fails + toFail, nNA - toPass - toFail);
        }

        /** These counts with {@code k} fails become passes and {@code m} passes fails. */
        Counts flipped(long k, long m) {
            return new Counts(items, passes + k - m, fails - k + m, nNA);
        }
    }

    static final Map<String, RSummary> R = readR();
    static final Map<String, ReviewReport> REPORTS = new HashMap<>();

    static Path resource(String name) {
        try {
            return Path.of(RValidateParityTest.class.getResource("/parity/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, RSummary> readR() {
        Map<String, RSummary> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(resource("r-validate-1.1.6-summary.csv"), StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("rule_set,") || line.isBlank()) {
                    continue;
                }
                // rule_set,name,items,passes,fails,nNA,error,warning,expression (only the last may be quoted)
                String[] f = line.split(",", 9);
                RSummary r = new RSummary(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Long.parseLong(f[5]), Boolean.parseBoolean(f[6]), Boolean.parseBoolean(f[7]), f[8]);
                out.put(r.ruleSet() + "/" + r.rule(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static ColumnarDataset csv(String name, String key, Set<String> text) {
        return DatasetReader.withKey(key).withTextColumns(text).readCsv(resource(name)).orElseThrow();
    }

    static ColumnarDataset industry() {
        return csv("industry.csv", "unit", Set.of("A01", "A03", "A04", "A05", "A06"));
    }

    static ReviewContext industryContext() {
        try {
            Set<String> towns = new TreeSet<>(Files.readAllLines(resource("towns.txt"), StandardCharsets.UTF_8));
            towns.remove("");
            return ReviewContext.empty()
                    .withPrevious(csv("industry-prev.csv", "unit", Set.of()))
                    .withForm("SX202", csv("industry-labour.csv", "unit", Set.of()))
                    .withCodeList("towns", towns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReviewReport review(RuleSetDefinition rules, ColumnarDataset data, ReviewContext context) {
        return RuleSet.compile(rules, data.schema()).review(data, context);
    }

    /** Our review of one of the parity rule sets (the file {@code <id>.yaml}). */
    static synchronized ReviewReport report(String ruleSet) {
        return REPORTS.computeIfAbsent(ruleSet, id -> {
            RuleSetDefinition rules = RuleSetFiles.read(resource(id + ".yaml"));
            return switch (id) {
                case INDUSTRY, "parity-as-r-rewrites" -> review(rules, industry(), industryContext());
                case EDGE -> review(rules, csv("edge-cases.csv", "row", Set.of("s", "k", "g")), ReviewContext.empty());
                case WORKED -> review(rules, worked(), ReviewContext.empty().withPrevious(workedPrevious()));
                default -> throw new IllegalArgumentException(id);
            };
        });
    }

    static ColumnarDataset worked() {
        return csv("worked.csv", "unit", Set.of());
    }

    static ColumnarDataset workedPrevious() {
        return csv("worked-prev.csv", "unit", Set.of());
    }

    static Counts ours(String ruleSet, String rule) {
        return Counts.of(report(ruleSet).summary(rule).orElseThrow(() -> new AssertionError("no rule " + rule)));
    }

    static Counts rs(String ruleSet, String rule) {
        return Counts.of(R.get(ruleSet + "/" + rule));
    }

    static Stream<String> agreeing() {
        return R.keySet().stream().filter(k -> !DIFFERENT.containsKey(k));
    }

    @Test
    void everyParityRuleWasMeasuredInRWithoutErrorOrWarning() {
        Set<String> ours = new TreeSet<>();
        for (String id : List.of(INDUSTRY, EDGE, WORKED)) {
            report(id).summaries().forEach(s -> ours.add(id + "/" + s.ruleId()));
        }
        assertThat(new TreeSet<>(R.keySet())).isEqualTo(ours);
        assertThat(R.values()).allSatisfy(r -> assertThat(r.error() || r.warning()).as(r.rule()).isFalse());
        assertThat(R.keySet()).containsAll(DIFFERENT.keySet());
        assertThat(agreeing()).hasSize(R.size() - DIFFERENT.size()).hasSizeGreaterThan(DIFFERENT.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreeing")
    void sameCountsWhereTheLanguagesMeanTheSame(String key) {
        String[] id = key.split("/");
        RuleSummary s = report(id[0]).summary(id[1]).orElseThrow();
        assertThat(s.errors()).isZero();
        assertThat(Counts.of(s)).as(key + " (R: " + R.get(key).expression() + ")").isEqualTo(rs(id[0], id[1]));
    }

    @Test
    void everyListedDifferenceIsMeasuredNotAssumed() {
        assertThat(DIFFERENT.keySet()).allSatisfy(key -> {
            String[] id = key.split("/");
            assertThat(ours(id[0], id[1])).as(key).isNotEqualTo(rs(id[0], id[1]));
        });
    }

    @Test
    void matchesOnAMissingTextIsFalseInRAndMissingHere() {
        for (String key : List.of(INDUSTRY + "/R04", INDUSTRY + "/R06", EDGE + "/E09")) {
            String[] id = key.split("/");
            Counts ours = ours(id[0], id[1]);
            assertThat(rs(id[0], id[1])).as(key).isEqualTo(ours.missingBecome(0, ours.nNA()));
        }
        // coalesce(matches(…), false) is grepl exactly
        assertThat(ours("parity-as-r-rewrites", "R04")).isEqualTo(rs(INDUSTRY, "R04"));
        assertThat(ours("parity-as-r-rewrites", "R06")).isEqualTo(rs(INDUSTRY, "R06"));
    }

    @Test
    void rsRewritesOfWhenAndOfTheToleranceGiveRsCounts() {
        // `if (w) check` for `when`, abs(a - b) < 0.1 for the tolerance: exactly R's counts where no
        // binary rounding is involved
        for (String rule : List.of("R13", "R15", "R19")) {
            assertThat(ours("parity-as-r-rewrites", rule)).as(rule).isEqualTo(rs(INDUSTRY, rule));
        }
        RuleSetDefinition worked = RuleSetDefinition.of("worked-as-r", List.of(
                RuleDefinition.of("R2", "not (B03 > 0) or (abs(B01 / prev.B01 - 1) <= 0.5)")));
        assertThat(Counts.of(review(worked, worked(), ReviewContext.empty().withPrevious(workedPrevious()))
                .summary("R2").orElseThrow())).isEqualTo(rs(WORKED, "R2"));
    }

    @Test
    void whatIsLeftIsWhereBinaryDoublesLandOnTheOtherSideOfABound() {
        ParityCsv data = ParityCsv.read("industry.csv");
        Map<String, Row> prev = ParityCsv.read("industry-prev.csv").byUnit();

        // R14: abs(B05 - (B06 + B07 + B08 + B09)) < 0.1, R's left-to-right double sum
        Flips r14 = Flips.count(data.rows(), row -> row.all("B05", "B06", "B07", "B08", "B09"),
                row -> row.decimal("B05").subtract(row.decimal("B06").add(row.decimal("B07")).add(row.decimal("B08"))
                        .add(row.decimal("B09"))).abs().compareTo(new BigDecimal("0.1")) < 0,
                row -> Math.abs(row.number("B05") - (row.number("B06") + row.number("B07") + row.number("B08")
                        + row.number("B09"))) < 0.1);
        assertThat(r14.total()).isPositive();
        assertThat(ours("parity-as-r-rewrites", "R14").flipped(r14.k(), r14.m())).isEqualTo(rs(INDUSTRY, "R14"));

        // R15 and R16: growth on the bounds of `between` (C01 / prev.C01 − 1 with C01 = 26, prev = 20 is
        // 0.30000000000000004 in binary)
        Flips r15 = growthFlips(data, prev, "B02", 100, "-0.5", "1");
        assertThat(ours("parity-as-r-rewrites", "R15").flipped(r15.k(), r15.m())).isEqualTo(rs(INDUSTRY, "R15"));
        Flips r16 = growthFlips(data, prev, "C01", 20, "-0.3", "0.3");
        assertThat(r16.total()).isPositive();
        assertThat(ours("parity-as-r-rewrites", "R16").flipped(r16.k(), r16.m())).isEqualTo(rs(INDUSTRY, "R16"));
    }

    static Flips growthFlips(ParityCsv data, Map<String, Row> prev, String field, int whenAtLeast, String lo, String hi) {
        BigDecimal low = new BigDecimal(lo);
        BigDecimal high = new BigDecimal(hi);
        return Flips.count(data.rows(),
                row -> row.all(field) && prev.get(row.text("unit")).all(field)
                        && prev.get(row.text("unit")).number(field) >= whenAtLeast,
                row -> {
                    BigDecimal g = row.decimal(field).divide(prev.get(row.text("unit")).decimal(field),
                            MathContext.DECIMAL128).subtract(BigDecimal.ONE);
                    return g.compareTo(low) >= 0 && g.compareTo(high) <= 0;
                },
                row -> {
                    double g = row.number(field) / prev.get(row.text("unit")).number(field) - 1;
                    return g >= Double.parseDouble(lo) && g <= Double.parseDouble(hi);
                });
    }

    @Test
    void divisionByZeroIsInfinityInRAndMissingHere() {
        ParityCsv data = ParityCsv.read("industry.csv");
        Map<String, Row> labour = ParityCsv.read("industry-labour.csv").byUnit();
        // R18: L02 / C01 >= 2 & L02 / C01 <= 60
        assertDivisionByZero(INDUSTRY, "R18", data.rows(), row -> labour.get(row.text("unit")).numberOrNaN("L02"),
                row -> row.numberOrNaN("C01"), q -> q >= 2 && q <= 60);
        // R20: B01 / C01 <= 10000
        assertDivisionByZero(INDUSTRY, "R20", data.rows(), row -> row.numberOrNaN("B01"),
                row -> row.numberOrNaN("C01"), q -> q <= 10000);
        // E07: x / z > 0
        assertDivisionByZero(EDGE, "E07", ParityCsv.read("edge-cases.csv").rows(), row -> row.numberOrNaN("x"),
                row -> row.numberOrNaN("z"), q -> q > 0);
    }

    static void assertDivisionByZero(String ruleSet, String rule, List<Row> rows, Function<Row, Double> numerator,
            Function<Row, Double> denominator, java.util.function.DoublePredicate comparison) {
        long toPass = 0;
        long toFail = 0;
        for (Row row : rows) {
            double n = numerator.apply(row);
            double d = denominator.apply(row);
            double q = n / d;
            if (d == 0 && Double.isInfinite(q)) {
                if (comparison.test(q)) {
                    toPass++;
                } else {
                    toFail++;
                }
            }
        }
        assertThat(toPass + toFail).as(rule).isPositive();
        assertThat(ours(ruleSet, rule).missingBecome(toPass, toFail)).as(rule).isEqualTo(rs(ruleSet, rule));
    }

    @Test
    void rRoundsHalfToEvenAndWeRoundHalfAwayFromZero() {
        // E17: round(a) = 2
        Flips e17 = Flips.count(ParityCsv.read("edge-cases.csv").rows(), row -> row.all("a"),
                row -> row.decimal("a").setScale(0, RoundingMode.HALF_UP).compareTo(BigDecimal.valueOf(2)) == 0,
                row -> Math.rint(row.number("a")) == 2);
        assertThat(e17.total()).isPositive();
        assertThat(ours(EDGE, "E17").flipped(e17.k(), e17.m())).isEqualTo(rs(EDGE, "E17"));
    }

    /**
     * Records on which R's double arithmetic and our exact decimals decide a condition differently:
     * {@code k} false here and true in R, {@code m} true here and false in R.
     */
    record Flips(long k, long m) {
        static Flips count(List<Row> rows, java.util.function.Predicate<Row> defined,
                java.util.function.Predicate<Row> exact, java.util.function.Predicate<Row> binary) {
            long k = 0;
            long m = 0;
            for (Row row : rows) {
                if (defined.test(row)) {
                    boolean e = exact.test(row);
                    boolean b = binary.test(row);
                    k += !e && b ? 1 : 0;
                    m += e && !b ? 1 : 0;
                }
            }
            return new Flips(k, m);
        }

        long total() {
            return k + m;
        }
    }

    /** A CSV file of the parity data, cells as written (no quoting in these files). */
    record ParityCsv(List<Row> rows) {
        static ParityCsv read(String name) {
            try {
                List<String> lines = Files.readAllLines(resource(name), StandardCharsets.UTF_8);
                List<String> header = List.of(lines.get(0).split(",", -1));
                List<Row> rows = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isEmpty()) {
                        String[] cells = line.split(",", -1);
                        Map<String, String> row = new HashMap<>();
                        for (int i = 0; i < header.size(); i++) {
                            row.put(header.get(i), cells[i]);
                        }
                        rows.add(new Row(row));
                    }
                }
                return new ParityCsv(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Row> byUnit() {
            return rows.stream().collect(Collectors.toMap(r -> r.text("unit"), r -> r));
        }
    }

    record Row(Map<String, String> cells) {
        String text(String column) {
            return cells.get(column);
        }

        boolean all(String... columns) {
            return Stream.of(columns).noneMatch(c -> cells.get(c).isEmpty());
        }

        BigDecimal decimal(String column) {
            return new BigDecimal(cells.get(column));
        }

        /** The cell as R's {@code read.csv} reads it: the nearest double. */
        double number(String column) {
            return Double.parseDouble(cells.get(column));
        }

        double numberOrNaN(String column) {
            return cells.get(column).isEmpty() ? Double.NaN : number(column);
        }
    }
}
