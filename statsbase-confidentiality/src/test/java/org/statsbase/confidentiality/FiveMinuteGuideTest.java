package org.statsbase.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.access.AccessControl;
import org.statsbase.confidentiality.access.AccessDecision;
import org.statsbase.confidentiality.access.AccessEvents;
import org.statsbase.confidentiality.access.AccessPolicy;
import org.statsbase.confidentiality.access.AccessRule;
import org.statsbase.confidentiality.access.Action;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Role;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.Classification;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.classification.DataClassifier;
import org.statsbase.confidentiality.classification.DataGrade;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItem;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.confidentiality.suppression.SecondarySuppression;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * The README's five-minute guide (五分钟上手), run as written: each snippet is the body of one method
 * here, and {@link #everySnippetOfTheReadmeGuideIsCodeOfThisTest()} fails when the README and this file
 * drift apart.
 */
class FiveMinuteGuideTest {

    /** Snippet 1: classify a data item (定密、分级). */
    private Classification classify() {
        SecretItems secrets = SecretItems.of(List.of(SecretItem.ofPattern("gdp.quarterly.*",
                ConfidentialityLevel.HIGHLY_SECRET, 2, "统计工作国家秘密范围的规定（本局目录）")));   // or SecretItems.load(file)
        DataClassifier classifier = DataClassifier.standard(secrets);
        DataItem gdp = DataItem.aggregate("gdp.quarterly.32", DivisionCode.parse("32"))
                .withFormedAt(Instant.parse("2026-10-15T00:00:00Z"))
                .withReleaseAt(Instant.parse("2026-11-20T01:00:00Z")).withDisclosureChecked(true);
        Classification c = classifier.classify(gdp, Instant.parse("2026-11-25T00:00:00Z"));
        c.level();            // HIGHLY_SECRET 机密: the secret item is in force
        c.grade();            // CORE 核心
        c.declassifiesAt();   // Optional[2028-10-15T00:00:00Z]: formed + 2 years
        c.publicFrom();       // Optional[2028-10-15T00:00:00Z]: released and checked, public once declassified
        c.reasons();          // every clause applied, in Chinese and English
        return c;
    }

    @Test
    void classificationKeepsTheSecretLevelForItsPeriod() {
        Classification c = classify();

        assertThat(c.level()).isEqualTo(ConfidentialityLevel.HIGHLY_SECRET);
        assertThat(c.grade()).isEqualTo(DataGrade.CORE);
        assertThat(c.isStateSecret()).isTrue();
        assertThat(c.declassifiesAt()).contains(Instant.parse("2028-10-15T00:00:00Z"));
        assertThat(c.publicFrom()).contains(Instant.parse("2028-10-15T00:00:00Z"));
        assertThat(c.reasons()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.textZh()).isNotBlank();
            assertThat(r.textEn()).isNotBlank();
        });
    }

    /** Snippet 2: access decisions, recorded in the trail. */
    private List<AccessDecision> decide(Trail trail, Classification c) {
        Subject zhang = Subject.of("zhang.san", Role.STATISTICIAN, ConfidentialityLevel.INTERNAL,
                DivisionCode.parse("320102001"), Purpose.STATISTICAL);               // a township statistician
        Resource units = Resource.of("b204-1/2026-10/320102002", ConfidentialityLevel.INTERNAL,
                DataClass.UNIT_LEVEL, DivisionCode.parse("320102002"));              // another township's unit-level data
        AccessControl control = AccessControl.of(AccessPolicy.standard(), trail);     // every decision goes to the trail
        AccessDecision d = control.decide(zhang, units, Action.EXPORT);
        d.permitted();        // false
        d.code();             // Optional[SB-CONF-0204]: outside the jurisdiction (d.reasonZh(), d.reasonEn() say why)
        AccessDecision gdp = control.decide(zhang, Resource.of(c), Action.READ);      // the classified item above
        gdp.code();           // Optional[SB-CONF-0203]: above the subject's clearance
        return List.of(d, gdp);
    }

    @Test
    void accessDecisionsDenyWithTheRulesCodeAndAreInTheTrail() {
        try (Trail trail = Trail.open(InMemoryEventStore.create())) {
            List<AccessDecision> decisions = decide(trail, classify());

            AccessDecision d = decisions.get(0);
            assertThat(d.permitted()).isFalse();
            assertThat(d.rule()).isEqualTo(AccessRule.OUTSIDE_JURISDICTION);
            assertThat(d.code()).contains("SB-CONF-0204");
            assertThat(d.reasonZh()).isNotBlank();
            assertThat(d.reasonEn()).isNotBlank();
            assertThat(decisions.get(1).code()).contains("SB-CONF-0203");

            TrailEvent recorded = trail.bySubject(AccessEvents.subject("b204-1/2026-10/320102002")).get(0);
            assertThat(recorded.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(recorded.payload(AccessEvents.ERROR)).contains("SB-CONF-0204");
            assertThat(trail.size()).isEqualTo(2);
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    /** Snippet 3: protect a table (primary and secondary suppression, then the audit). */
    private ProtectedTable protect() {
        List<Contribution> microdata = List.of(                       // one row per unit: codes and value (万元)
                Contribution.of("U01", Map.of("township", "320102001", "industry", "C13"), new BigDecimal("500")),
                Contribution.of("U02", Map.of("township", "320102001", "industry", "C14"), new BigDecimal("120")),
                Contribution.of("U03", Map.of("township", "320102001", "industry", "C14"), new BigDecimal("80")),
                Contribution.of("U04", Map.of("township", "320102001", "industry", "C14"), new BigDecimal("60")),
                Contribution.of("U05", Map.of("township", "320102002", "industry", "C13"), new BigDecimal("90")),
                Contribution.of("U06", Map.of("township", "320102002", "industry", "C13"), new BigDecimal("70")),
                Contribution.of("U07", Map.of("township", "320102002", "industry", "C13"), new BigDecimal("40")),
                Contribution.of("U08", Map.of("township", "320102002", "industry", "C14"), new BigDecimal("100")),
                Contribution.of("U09", Map.of("township", "320102002", "industry", "C14"), new BigDecimal("90")),
                Contribution.of("U10", Map.of("township", "320102002", "industry", "C14"), new BigDecimal("85")));
        Table table = Table.tabulate(List.of(Dimension.of("township", Hierarchy.flat()),
                Dimension.of("industry", Hierarchy.flat())), microdata);     // every cell, totals included
        ProtectedTable p = SecondarySuppression.protect(table,
                SensitivityRules.parse("freq(3),nk(2,85),p(10)", ContributionLevel.UNIT));
        CellKey alone = CellKey.of(Category.of(1, "320102001"), Category.of(1, "C13"));
        p.cell(alone).status();          // PRIMARY: one unit only, freq(3) fails
        p.cell(alone).published();       // Optional.empty: suppressed
        p.suppressed();                  // the primary cell and the secondary cells that protect it
        p.audit().passed();              // true: no suppressed cell can be recomputed within its protection
        return p;
    }

    @Test
    void protectingTheTableSuppressesTheLoneUnitsCellAndEnoughOthers() {
        ProtectedTable p = protect();

        CellKey alone = CellKey.of(Category.of(1, "320102001"), Category.of(1, "C13"));
        assertThat(p.cell(alone).status()).isEqualTo(CellStatus.PRIMARY);
        assertThat(p.cell(alone).published()).isEmpty();
        assertThat(p.count(CellStatus.PRIMARY)).isEqualTo(1);
        assertThat(p.count(CellStatus.SECONDARY)).isPositive();
        assertThat(p.suppressed()).contains(alone).hasSize(p.suppressedCells());
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.audit().cells()).noneMatch(a -> a.exact());
        CellKey grandTotal = CellKey.of(Category.TOTAL, Category.TOTAL);
        assertThat(p.cell(grandTotal).published()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1235"));
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
