package org.statsbase.confidentiality.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;

/**
 * One property per clause of issue 7 §3 on random microdata over flat and hierarchical dimensions: after
 * suppression the audit proves protection for every sensitive cell; every unsuppressed cell is
 * published unchanged; suppression is deterministic.
 */
class SuppressionProperties {

    private static final String[] TOWNSHIPS = {"110101001000", "110101002000", "110102001000", "110102003000", "110105001000"};
    private static final String[] INDUSTRIES = {"A01", "C13", "C14", "C26", "F51", "F52"};
    private static final String[] FLAT = {"R1", "R2", "R3", "R4"};
    private static final String[] RULES = {"freq(3)", "nk(2,85)", "p(10)", "freq(3),nk(2,85),p(10)", "nk(1,60),freq(2,20)"};

    /** A random case: dimensions, microdata and rules. */
    record Case(int layout, List<Contribution> data, String rules, ContributionLevel level) {

        List<Dimension> dimensions() {
            switch (layout) {
                case 0:
                    return List.of(Dimension.of("a", Hierarchy.flat()), Dimension.of("b", Hierarchy.flat()));
                case 1:
                    return List.of(Dimension.of("a", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION)),
                            Dimension.of("b", Hierarchy.flat()));
                default:
                    return List.of(Dimension.of("a", Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)),
                            Dimension.of("b", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION)));
            }
        }

        Table table() {
            return Table.tabulate(dimensions(), data);
        }

        SensitivityRules sensitivityRules() {
            return SensitivityRules.parse(rules, level);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs(), Arbitraries.integers().between(1, 45),
                Arbitraries.of(RULES), Arbitraries.of(ContributionLevel.class), Arbitraries.integers().between(0, 4))
                .as((layout, seed, units, rules, level, negatives) -> {
                    Random random = new Random(seed);
                    List<Contribution> data = new ArrayList<>();
                    for (int u = 0; u < units; u++) {
                        String a = layout == 2 ? pick(random, TOWNSHIPS) : layout == 1 ? pick(random, INDUSTRIES) : pick(random, FLAT);
                        String b = layout == 2 ? pick(random, INDUSTRIES) : pick(random, FLAT);
                        long value = random.nextInt(4) == 0 ? random.nextInt(100_000) : random.nextInt(1_000);
                        if (negatives == 0 && random.nextInt(8) == 0) {
                            value = -value;
                        }
                        Map<String, String> codes = Map.of("a", a, "b", b);
                        data.add(random.nextInt(3) == 0
                                ? Contribution.of("u" + u, "h" + random.nextInt(4), codes, BigDecimal.valueOf(value))
                                : Contribution.of("u" + u, codes, BigDecimal.valueOf(value)));
                    }
                    return new Case(layout, data, rules, level);
                });
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    @Property(tries = 120)
    void afterSuppressionTheAuditProvesProtectionForEverySensitiveCell(@ForAll("cases") Case c) {
        Table table = c.table();
        ProtectedTable result = SecondarySuppression.protect(table, c.sensitivityRules());
        assertThat(result.audit().passed()).isTrue();
        Map<CellKey, Sensitivity> required = new HashMap<>();
        for (ProtectedCell cell : result.cells()) {
            assertThat(cell.status() == CellStatus.PRIMARY).isEqualTo(cell.sensitivity().isSensitive());
            if (cell.status() == CellStatus.PRIMARY) {
                required.put(cell.cell().key(), cell.sensitivity());
            }
        }
        // an independent audit of the published pattern
        AuditReport audit = Audit.of(table, new HashSet<>(result.suppressed()), required);
        assertThat(audit.passed()).isTrue();
        for (CellAudit a : audit.cells()) {
            Sensitivity s = required.get(a.key());
            if (s != null) {
                double scale = Math.max(1, table.cells().stream().mapToDouble(x -> Math.abs(x.value().doubleValue())).max().orElse(1));
                assertThat(a.min()).isLessThanOrEqualTo(a.value().subtract(s.lowerProtection()).doubleValue() + 1e-6 * scale);
                assertThat(a.max()).isGreaterThanOrEqualTo(a.value().add(s.upperProtection()).doubleValue() - 1e-6 * scale);
            }
        }
    }

    @Property(tries = 120)
    void everyUnsuppressedCellIsPublishedUnchanged(@ForAll("cases") Case c) {
        Table table = c.table();
        ProtectedTable result = SecondarySuppression.protect(table, c.sensitivityRules());
        for (ProtectedCell cell : result.cells()) {
            if (cell.status() == CellStatus.SAFE) {
                assertThat(cell.published()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(sumOf(c, table, cell.cell().key())));
            } else {
                assertThat(cell.published()).isEmpty();
            }
        }
    }

    @Property(tries = 60)
    void suppressionIsDeterministicWhateverTheOrderOfTheMicrodata(@ForAll("cases") Case c, @ForAll long seed) {
        ProtectedTable first = SecondarySuppression.protect(c.table(), c.sensitivityRules());
        List<Contribution> shuffled = new ArrayList<>(c.data());
        Collections.shuffle(shuffled, new Random(seed));
        Case again = new Case(c.layout(), shuffled, c.rules(), c.level());
        ProtectedTable second = SecondarySuppression.protect(again.table(), again.sensitivityRules());
        assertThat(second.suppressed()).isEqualTo(first.suppressed());
        assertThat(second.cells()).extracting(ProtectedCell::status).isEqualTo(first.cells().stream().map(ProtectedCell::status).toList());
    }

    /** The cell's value recomputed from the microdata, independently of the tabulation. */
    private static BigDecimal sumOf(Case c, Table table, CellKey key) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Dimension> dims = c.dimensions();
        for (Contribution x : c.data()) {
            boolean inside = true;
            for (int d = 0; d < dims.size(); d++) {
                if (key.category(d).isTotal()) {
                    continue;
                }
                List<String> path = dims.get(d).hierarchy().path(x.unitId(), dims.get(d).name(), x.codes().get(dims.get(d).name()));
                inside &= path.get(key.category(d).depth() - 1).equals(key.category(d).code());
            }
            if (inside) {
                sum = sum.add(x.value());
            }
        }
        return sum;
    }
}
