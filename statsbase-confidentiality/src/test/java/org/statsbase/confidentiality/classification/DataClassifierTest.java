package org.statsbase.confidentiality.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The edges of the classification clauses (DOMAIN.md "Confidentiality"): the instant of release, the last
 * instant of a secrecy period, unit-level data released and checked, a secret with unknown formation time.
 */
class DataClassifierTest {

    private static final DivisionCode TOWNSHIP = DivisionCode.parse("320102001");
    private static final DivisionCode PROVINCE = DivisionCode.parse("32");
    private static final Instant RELEASE = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant FORMED = Instant.parse("2026-10-15T00:00:00Z");
    private static final DataClassifier PLAIN = DataClassifier.standard(SecretItems.empty());

    @Test
    void unitLevelDataIsNeverPublicEvenReleasedAndChecked() {
        DataItem item = DataItem.unitLevel("b204-1.units", TOWNSHIP).withReleaseAt(RELEASE).withDisclosureChecked(true);
        Classification c = PLAIN.classify(item, RELEASE.plusSeconds(3600));
        assertThat(c.level()).isEqualTo(ConfidentialityLevel.INTERNAL);
        assertThat(c.hasReason(ClassificationRule.UNIT_LEVEL_NEVER_PUBLIC)).isTrue();
        assertThat(c.grade()).isEqualTo(DataGrade.IMPORTANT);
        assertThat(c.publicFrom()).isEmpty();
    }

    @Test
    void aCheckedAggregateBecomesPublicAtTheInstantOfItsRelease() {
        DataItem item = DataItem.aggregate("revenue.by-industry", TOWNSHIP).withReleaseAt(RELEASE)
                .withDisclosureChecked(true);
        Classification before = PLAIN.classify(item, RELEASE.minusNanos(1));
        assertThat(before.level()).isEqualTo(ConfidentialityLevel.INTERNAL);
        assertThat(before.publicFrom()).contains(RELEASE);
        assertThat(before.hasReason(ClassificationRule.AGGREGATE_BEFORE_RELEASE)).isTrue();

        Classification at = PLAIN.classify(item, RELEASE);
        assertThat(at.level()).isEqualTo(ConfidentialityLevel.PUBLIC);
        assertThat(at.hasReason(ClassificationRule.AGGREGATE_RELEASED)).isTrue();
        assertThat(at.grade()).isEqualTo(DataGrade.GENERAL);
        assertThat(at.publicFrom()).contains(RELEASE);
    }

    @Test
    void anUncheckedAggregateStaysInternalAfterItsReleaseTime() {
        DataItem item = DataItem.aggregate("revenue.by-industry", TOWNSHIP).withReleaseAt(RELEASE);
        Classification c = PLAIN.classify(item, RELEASE.plusSeconds(86_400));
        assertThat(c.level()).isEqualTo(ConfidentialityLevel.INTERNAL);
        assertThat(c.hasReason(ClassificationRule.AGGREGATE_RELEASED_UNCHECKED)).isTrue();
        assertThat(c.publicFrom()).isEmpty();
    }

    @Test
    void anAggregateWithoutReleaseTimeIsInternalAndUnreleasedProvincialAggregatesAreImportant() {
        Classification c = PLAIN.classify(DataItem.aggregate("gdp.quarterly", PROVINCE), RELEASE);
        assertThat(c.level()).isEqualTo(ConfidentialityLevel.INTERNAL);
        assertThat(c.hasReason(ClassificationRule.AGGREGATE_NOT_SCHEDULED)).isTrue();
        assertThat(c.grade()).isEqualTo(DataGrade.IMPORTANT);
        // The same figures aggregated by county are graded by their aggregation level, not the scope.
        Classification byCounty = PLAIN.classify(DataItem.aggregate("gdp.quarterly", PROVINCE)
                .withAggregationLevel(DivisionLevel.COUNTY), RELEASE);
        assertThat(byCounty.grade()).isEqualTo(DataGrade.GENERAL);
    }

    @Test
    void aSecretItemKeepsItsLevelUpToTheLastInstantOfItsPeriodAndThenDeclassifies() {
        SecretItems secrets = SecretItems.of(List.of(
                SecretItem.ofPattern("gdp.quarterly.*", ConfidentialityLevel.HIGHLY_SECRET, 2, "test list")));
        DataClassifier classifier = DataClassifier.standard(secrets);
        DataItem item = DataItem.aggregate("gdp.quarterly.32", PROVINCE).withFormedAt(FORMED)
                .withReleaseAt(RELEASE).withDisclosureChecked(true);
        Instant end = Instant.parse("2028-10-15T00:00:00Z");

        Classification inForce = classifier.classify(item, end.minusNanos(1));
        assertThat(inForce.level()).isEqualTo(ConfidentialityLevel.HIGHLY_SECRET);
        assertThat(inForce.secrecyYears()).hasValue(2);
        assertThat(inForce.declassifiesAt()).contains(end);
        assertThat(inForce.publicFrom()).contains(end);
        assertThat(inForce.grade()).isEqualTo(DataGrade.CORE);
        assertThat(inForce.reasons().get(0).rule()).isEqualTo(ClassificationRule.SECRET_ITEM);
        assertThat(inForce.reasons().get(0).textZh()).contains("机密").contains("test list");

        Classification after = classifier.classify(item, end);
        assertThat(after.level()).isEqualTo(ConfidentialityLevel.PUBLIC);
        assertThat(after.hasReason(ClassificationRule.SECRET_ITEM_DECLASSIFIED)).isTrue();
        assertThat(after.secrecyYears()).isEmpty();
        assertThat(after.declassifiesAt()).isEmpty();
        assertThat(after.publicFrom()).contains(end);
    }

    @Test
    void aSecretWithUnknownFormationTimeStaysInForce() {
        SecretItems secrets = SecretItems.of(List.of(
                SecretItem.ofId("census.draft", ConfidentialityLevel.SECRET, 10, "test list")));
        Classification c = DataClassifier.standard(secrets)
                .classify(DataItem.aggregate("census.draft", PROVINCE), Instant.parse("2090-01-01T00:00:00Z"));
        assertThat(c.level()).isEqualTo(ConfidentialityLevel.SECRET);
        assertThat(c.secrecyYears()).hasValue(10);
        assertThat(c.declassifiesAt()).isEmpty();
        assertThat(c.publicFrom()).isEmpty();
    }

    @Test
    void theMostSecretCoveringItemInForceDecides() {
        SecretItems secrets = SecretItems.of(List.of(
                SecretItem.ofPattern("gdp.*", ConfidentialityLevel.SECRET, 10, "a"),
                SecretItem.ofId("gdp.annual.32", ConfidentialityLevel.TOP_SECRET, 1, "b")));
        DataItem item = DataItem.aggregate("gdp.annual.32", PROVINCE).withFormedAt(FORMED);
        DataClassifier classifier = DataClassifier.standard(secrets);
        assertThat(classifier.classify(item, FORMED).level()).isEqualTo(ConfidentialityLevel.TOP_SECRET);
        Classification later = classifier.classify(item, Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(later.level()).isEqualTo(ConfidentialityLevel.SECRET);
        assertThat(later.declassifiesAt()).contains(Instant.parse("2036-10-15T00:00:00Z"));
    }

    @Test
    void anAggregationLevelAboveTheScopeIsRefused() {
        assertThatThrownBy(() -> DataItem.aggregate("x", TOWNSHIP).withAggregationLevel(DivisionLevel.COUNTY))
                .isInstanceOf(ConfidentialityException.class).hasMessageStartingWith("SB-CONF-0112");
        assertThatThrownBy(() -> DataItem.aggregate("two\nlines", TOWNSHIP))
                .isInstanceOf(ConfidentialityException.class).hasMessageStartingWith("SB-CONF-0002");
        assertThatThrownBy(() -> DataItem.aggregate(" ", TOWNSHIP))
                .isInstanceOf(ConfidentialityException.class).hasMessageStartingWith("SB-CONF-0001");
    }

    @Test
    void everyReasonIsBilingualAndFilled() {
        SecretItems secrets = SecretItems.of(List.of(
                SecretItem.ofId("a", ConfidentialityLevel.SECRET, 1, "src")));
        DataItem item = DataItem.aggregate("a", TOWNSHIP).withFormedAt(FORMED).withReleaseAt(RELEASE);
        for (Instant asOf : List.of(FORMED, RELEASE, Instant.parse("2030-01-01T00:00:00Z"))) {
            for (ClassificationReason r : DataClassifier.standard(secrets).classify(item, asOf).reasons()) {
                assertThat(r.textZh()).doesNotContain("{").isNotBlank();
                assertThat(r.textEn()).doesNotContain("{").isNotBlank();
            }
        }
    }
}
