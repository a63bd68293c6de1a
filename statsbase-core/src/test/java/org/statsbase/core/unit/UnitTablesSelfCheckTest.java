package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.internal.UndividedCodes;
import org.statsbase.testdata.SharedData;

/**
 * Walks every row of both shipped tables (in the manner of libphonenumber's ExampleNumbersTest):
 * each row is found by each of its own codes, its excluded codes lead elsewhere, every bound
 * classifies as the 2017 text says, and — with the full GB/T 4754-2017 table when present —
 * every one of the 1,381 classes resolves to exactly one row.
 */
class UnitTablesSelfCheckTest {

    private static final EnterpriseSizeClassifier SIZE = EnterpriseSizeClassifier.standard2017();
    private static final AboveScaleClassifier ABOVE = AboveScaleClassifier.standard();

    @Test
    void everySizeRowIsFoundByItsCodesAndNotByItsExclusions() {
        assertThat(SIZE.rows()).hasSize(23);
        for (SizeRow row : SIZE.rows()) {
            for (IndustryCode code : row.scope().includes()) {
                if (splitBelow(row.scope(), code)) {
                    // 仓储业 = 59 without 591: 59 itself spans two rows.
                    assertThatThrownBy(() -> SIZE.rowFor(code)).isInstanceOfSatisfying(
                            SizeClassificationException.class, e -> assertThat(e.spannedRows()).contains(row));
                } else {
                    assertThat(SIZE.rowFor(code)).as("row of %s", code).isEqualTo(row);
                    assertThat(row.scope().contains(code)).isTrue();
                }
            }
            assertThat(SIZE.rowFor(representative(row))).isEqualTo(row);
            for (IndustryCode code : row.scope().excludes()) {
                assertThat(SIZE.rowFor(code)).as("row of excluded %s", code).isNotEqualTo(row);
                assertThat(row.scope().contains(code)).isFalse();
            }
        }
    }

    private static boolean splitBelow(IndustryScope scope, IndustryCode code) {
        return scope.excludes().stream().anyMatch(e -> e.isWithin(code));
    }

    /** A code of the row: its first include, or a child of it outside the exclusions. */
    static IndustryCode representative(SizeRow row) {
        IndustryScope scope = row.scope();
        for (IndustryCode include : scope.includes()) {
            if (!splitBelow(scope, include)) {
                return include;
            }
            for (char d = '1'; d <= '9'; d++) {
                IndustryCode child = IndustryCode.parse(include.canonical() + d);
                if (scope.contains(child) && !splitBelow(scope, child)) {
                    return child;
                }
            }
        }
        throw new AssertionError("no representative code for " + row);
    }

    @Test
    void everyBoundOfEverySizeRowLandsInTheHigherTier() {
        BigDecimal cent = new BigDecimal("0.01");
        for (SizeRow row : SIZE.rows()) {
            if (row.isOutOfScope()) {
                assertThat(row.bounds()).isEmpty();
                continue;
            }
            IndustryCode code = representative(row);
            for (SizeBounds b : row.bounds()) {
                for (EnterpriseSize tier : List.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL)) {
                    BigDecimal bound = b.lowerBound(tier).orElseThrow();
                    assertThat(SIZE.classify(code, others(row, b.metric(), bound)).size())
                            .as("%s %s = %s", row.id(), b.metric(), bound).isEqualTo(tier);
                    // X 从业人员 counts whole persons: one below a bound is one person less.
                    BigDecimal step = b.metric() == SizeMetric.EMPLOYEES ? BigDecimal.ONE : cent;
                    assertThat(SIZE.classify(code, others(row, b.metric(), bound.subtract(step))).size())
                            .as("%s %s = %s - %s", row.id(), b.metric(), bound, step)
                            .isEqualTo(EnterpriseSize.values()[tier.ordinal() + 1]);
                }
            }
        }
    }

    private static SizeMetrics others(SizeRow row, SizeMetric metric, BigDecimal value) {
        SizeMetrics m = SizeMetrics.none();
        for (SizeBounds b : row.bounds()) {
            m = m.with(b.metric(), b.metric() == metric ? value : b.large());
        }
        return m;
    }

    @Test
    void everyAboveScaleRowIsFoundByItsCodesAndAppliesItsThreshold() {
        for (AboveScaleRow row : ABOVE.rows()) {
            for (IndustryCode code : row.scope().includes()) {
                assertThat(ABOVE.rowFor(code)).as("row of %s", code).isEqualTo(row);
                if (row.criterion() == AboveScaleCriterion.REVENUE) {
                    BigDecimal t = row.threshold().orElseThrow();
                    assertThat(ABOVE.classify(code, t).isAboveScale()).isTrue();
                    assertThat(ABOVE.classify(code, t.subtract(new BigDecimal("0.01"))).isAboveScale()).isFalse();
                    assertThat(row.unitKinds()).contains(UnitKind.LEGAL_ENTITY);
                }
            }
        }
    }

    @Test
    void everyClassOfTheFullClassificationResolvesToOneRow() throws IOException {
        Path file = SharedData.require("gbt4754-2017.json");
        List<String> classes = new ArrayList<>();
        collect(new ObjectMapper().readTree(file.toFile()), classes);
        assertThat(classes).hasSize(1381);
        for (String c : classes) {
            IndustryCode code = IndustryCode.parse(c);
            assertThat(SIZE.rowFor(code).scope().contains(code)).as("size row of %s", code).isTrue();
            assertThat(ABOVE.rowFor(code).scope().contains(code)).as("above-scale row of %s", code).isTrue();
        }
    }

    /** The reading "a code ending in 0 is its undivided parent" that the scopes rely on. */
    @Test
    void everyCodeEndingInZeroIsTheOnlyChildOfItsParent() throws IOException {
        Path file = SharedData.require("gbt4754-2017.json");
        List<JsonNode> parents = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).forEach(section -> walk(section, parents));
        int checked = 0;
        for (JsonNode parent : parents) {
            for (JsonNode child : parent.path("children")) {
                String code = child.get("code").asText();
                if (code.endsWith("0") && code.length() >= 3) {
                    assertThat(parent.path("children")).as("children of %s", parent.get("code")).hasSize(1);
                    assertThat(UndividedCodes.coarsest(IndustryCode.parse(code)))
                            .isEqualTo(UndividedCodes.coarsest(IndustryCode.parse(parent.get("code").asText())));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void walk(JsonNode node, List<JsonNode> parents) {
        if (node.path("children").size() > 0) {
            parents.add(node);
            node.path("children").forEach(child -> walk(child, parents));
        }
    }

    private static void collect(JsonNode node, List<String> classes) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, classes));
            return;
        }
        String code = node.path("code").asText();
        if (code.length() == 4 && Character.isDigit(code.charAt(0))) {
            classes.add(code);
        }
        node.path("children").forEach(n -> collect(n, classes));
    }
}
