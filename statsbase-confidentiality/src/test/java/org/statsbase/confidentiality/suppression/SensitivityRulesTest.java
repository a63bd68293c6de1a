package org.statsbase.confidentiality.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;

/** The τ-ARGUS rules on hand-computed cells, exactly at and just past their thresholds. */
class SensitivityRulesTest {

    private static Sensitivity assess(String spec, long... contributions) {
        return SensitivityRules.parse(spec, ContributionLevel.UNIT).assess(Fixtures.oneCell(contributions).cell(Fixtures.cellA()));
    }

    /** nk(2,85) on 50+35+15: the two largest are exactly 85% of 100, not more — safe. */
    @Test
    void dominanceExactlyAtTheThresholdIsSafe() {
        assertThat(assess("nk(2,85)", 50, 35, 15).isSensitive()).isFalse();
    }

    /** nk(2,85) on 50+36+14: 86% &gt; 85% — unsafe; protection (100/85)·86 − 100 = 1.1764705882…. */
    @Test
    void dominanceJustPastTheThresholdIsUnsafeWithTheTauArgusProtection() {
        Sensitivity s = assess("nk(2,85)", 50, 36, 14);
        assertThat(s.isSensitive()).isTrue();
        assertThat(s.failedRules()).containsExactly("nk(2,85)");
        assertThat(s.upperProtection().doubleValue()).isCloseTo(8600.0 / 85 - 100, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.lowerProtection()).isEqualByComparingTo(s.upperProtection());
    }

    /** nk(1,60) with a single contributor: 100% of the cell — unsafe; protection 100/60·40 − 40. */
    @Test
    void dominanceOfASingleContributor() {
        Sensitivity s = assess("nk(1,60)", 40);
        assertThat(s.upperProtection().doubleValue()).isCloseTo(100.0 / 60 * 40 - 40, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** p(10) on 100+50+10: T − x1 − x2 = 10 = 10% of x1, not less — safe. */
    @Test
    void pPercentExactlyAtTheThresholdIsSafe() {
        assertThat(assess("p(10)", 100, 50, 10).isSensitive()).isFalse();
    }

    /** p(10) on 100+50+9: 9 &lt; 10 — unsafe; protection 10/100·100 − 9 = 1. */
    @Test
    void pPercentJustPastTheThresholdIsUnsafeWithTheTauArgusProtection() {
        Sensitivity s = assess("p(10)", 100, 9, 50);
        assertThat(s.failedRules()).containsExactly("p(10)");
        assertThat(s.upperProtection()).isEqualByComparingTo("1");
        assertThat(s.lowerProtection()).isEqualByComparingTo("1");
    }

    /** freq(3): two contributors unsafe with 10% (default) of T = 7; three safe. */
    @Test
    void minimumFrequency() {
        Sensitivity two = assess("freq(3)", 40, 30);
        assertThat(two.failedRules()).containsExactly("freq(3,10)");
        assertThat(two.upperProtection()).isEqualByComparingTo("7");
        assertThat(assess("freq(3)", 40, 30, 1).isSensitive()).isFalse();
        assertThat(assess("freq(3,25)", 40, 30).upperProtection()).isEqualByComparingTo("17.5");
    }

    /** Combined: the largest protection of the failing rules; lower protection capped at the value. */
    @Test
    void combinedRulesTakeTheLargestProtection() {
        // 1 contributor of 100: freq → 10, nk(1,50) → 200 − 100 = 100, p(10) → 10 − 0 = 10
        Sensitivity s = assess("freq(3),nk(1,50),p(10)", 100);
        assertThat(s.failedRules()).containsExactly("freq(3,10)", "nk(1,50)", "p(10)");
        assertThat(s.upperProtection()).isEqualByComparingTo("100");
        assertThat(s.lowerProtection()).isEqualByComparingTo("100");
        Sensitivity capped = assess("nk(1,25)", 100);
        assertThat(capped.upperProtection()).isEqualByComparingTo("300");
        assertThat(capped.lowerProtection()).isEqualByComparingTo("100");
    }

    @Test
    void emptyCellsAreSafe() {
        Table t = Fixtures.grid(new long[][] {{1, 2}, {3, 4}});
        assertThat(t.cell(Fixtures.at(1, 1)).isEmpty()).isFalse();
        Table sparse = Table.tabulate(List.of(Dimension.of("row", Hierarchy.flat()), Dimension.of("col", Hierarchy.flat())),
                List.of(Contribution.of("u1", Map.of("row", "R1", "col", "C1"), BigDecimal.TEN),
                        Contribution.of("u2", Map.of("row", "R2", "col", "C2"), BigDecimal.TEN)));
        Sensitivity s = SensitivityRules.parse("freq(3),nk(1,50),p(10)", ContributionLevel.UNIT).assess(sparse.cell(Fixtures.at(1, 2)));
        assertThat(sparse.cell(Fixtures.at(1, 2)).isEmpty()).isTrue();
        assertThat(s.isSensitive()).isFalse();
    }

    /** Holding level: two units of one holding are one respondent. */
    @Test
    void holdingLevelSumsAHoldingFirst() {
        Table t = Table.tabulate(List.of(Dimension.of("x", Hierarchy.flat())), List.of(
                Contribution.of("u1", "h1", Map.of("x", "A"), BigDecimal.valueOf(40)),
                Contribution.of("u2", "h1", Map.of("x", "A"), BigDecimal.valueOf(30)),
                Contribution.of("u3", Map.of("x", "A"), BigDecimal.valueOf(30))));
        assertThat(SensitivityRules.parse("freq(3)", ContributionLevel.UNIT).assess(t.cell(Fixtures.cellA())).isSensitive()).isFalse();
        Sensitivity h = SensitivityRules.parse("freq(3),p(10)", ContributionLevel.HOLDING).assess(t.cell(Fixtures.cellA()));
        // holdings 70 and 30: freq → 10; p → 7 − 0 = 7
        assertThat(h.failedRules()).containsExactly("freq(3,10)", "p(10)");
        assertThat(h.upperProtection()).isEqualByComparingTo("10");
        assertThat(t.cell(Fixtures.cellA()).holdingCount()).isEqualTo(2);
        assertThat(t.cell(Fixtures.cellA()).unitCount()).isEqualTo(3);
    }

    /** Mixed signs are flagged; the rules read magnitudes (50, 30, 20 of 100). */
    @Test
    void mixedSignCellsAreFlaggedAndJudgedOnMagnitudes() {
        Sensitivity s = assess("p(10),nk(1,45)", 50, -30, 20);
        assertThat(s.mixedSign()).isTrue();
        assertThat(s.failedRules()).containsExactly("nk(1,45)");
        assertThat(s.upperProtection().doubleValue()).isCloseTo(100.0 / 45 * 50 - 100, org.assertj.core.data.Offset.offset(1e-12));
        // the cell can be negative, so the lower protection is not capped at its value 40
        assertThat(s.lowerProtection()).isEqualByComparingTo(s.upperProtection());
    }

    @Test
    void parsesAndPrintsTheSpecification() {
        SensitivityRules rules = SensitivityRules.parse(" freq(3) , nk(2,85),P(10.5)", ContributionLevel.HOLDING);
        assertThat(rules.spec()).isEqualTo("freq(3,10),nk(2,85),p(10.5)");
        assertThat(rules.rules()).hasSize(3).first().isInstanceOf(SensitivityRule.MinimumFrequency.class);
        assertThat(rules.level()).isEqualTo(ContributionLevel.HOLDING);
        assertThat(SensitivityRules.parse(rules.spec(), ContributionLevel.HOLDING)).isEqualTo(rules);
    }

    @Test
    void rejectsMalformedSpecificationsWithCodes() {
        assertThatThrownBy(() -> SensitivityRules.parse("nk(2)", ContributionLevel.UNIT))
                .isInstanceOf(ConfidentialityException.class).hasMessageStartingWith("SB-CONF-0401");
        assertThatThrownBy(() -> SensitivityRules.parse("freq(3),foo(1)", ContributionLevel.UNIT))
                .hasMessageStartingWith("SB-CONF-0401").hasMessageContaining("character 9");
        assertThatThrownBy(() -> SensitivityRules.parse("freq(3", ContributionLevel.UNIT)).hasMessageStartingWith("SB-CONF-0401");
        assertThatThrownBy(() -> SensitivityRules.parse("p(0)", ContributionLevel.UNIT)).hasMessageStartingWith("SB-CONF-0402");
        assertThatThrownBy(() -> SensitivityRules.parse("nk(2,101)", ContributionLevel.UNIT)).hasMessageStartingWith("SB-CONF-0402");
        assertThatThrownBy(() -> SensitivityRules.parse("freq(2.5)", ContributionLevel.UNIT)).hasMessageStartingWith("SB-CONF-0402");
        assertThatThrownBy(() -> SensitivityRules.parse("  ", ContributionLevel.UNIT)).hasMessageStartingWith("SB-CONF-0403");
    }

    @Test
    void marginsAreAssessedToo() {
        Table t = Fixtures.grid(new long[][] {{100, 1}, {1, 1}});
        Sensitivity total = SensitivityRules.parse("nk(1,90)", ContributionLevel.UNIT)
                .assess(t.cell(CellKey.of(Category.TOTAL, Category.TOTAL)));
        assertThat(total.isSensitive()).isTrue();
    }
}
