package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.DataFileException;

/** "四上" thresholds as DOMAIN.md states them (transcribed by hand, not read from the resource). */
class AboveScaleClassifierTest {

    private static final AboveScaleClassifier ABOVE = AboveScaleClassifier.standard();
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @ParameterizedTest(name = "{0}: {2} at {1}")
    @CsvSource({
        "B06,   2000, INDUSTRY", "C1311, 2000, INDUSTRY", "D44,  2000, INDUSTRY",
        "51,    2000, WHOLESALE", "5211, 500, RETAIL", "61, 200, ACCOMMODATION", "6210, 200, CATERING",
        "G54,   2000, SERVICES", "53, 2000, SERVICES", "5920, 2000, SERVICES", "60, 2000, SERVICES",
        "I65,   2000, SERVICES", "63, 2000, SERVICES", "N77, 2000, SERVICES", "84, 2000, SERVICES",
        "8411,  2000, SERVICES",
        "L72,   1000, SERVICES", "M73, 1000, SERVICES", "P83, 1000, SERVICES", "7020, 1000, SERVICES",
        "702,   1000, SERVICES", "7030, 1000, SERVICES", "7040, 1000, SERVICES", "7090, 1000, SERVICES",
        "O80,   500, SERVICES", "R86, 500, SERVICES", "85, 500, SERVICES", "8514, 500, SERVICES",
    })
    void revenueAtTheThresholdIsAboveScaleJustBelowIsNot(String code, BigDecimal threshold,
            AboveScaleCategory category) {
        IndustryCode industry = IndustryCode.parse(code);
        AboveScaleClassification at = ABOVE.classify(industry, threshold);
        assertThat(at.isAboveScale()).isTrue();
        assertThat(at.category()).isEqualTo(category);
        assertThat(at.threshold()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo(threshold));
        assertThat(at.basis()).isEqualTo(AboveScaleBasis.REVENUE_AT_OR_ABOVE_THRESHOLD);

        AboveScaleClassification below = ABOVE.classify(industry, threshold.subtract(CENT));
        assertThat(below.isAboveScale()).isFalse();
        assertThat(below.category()).isEqualTo(category);
        assertThat(below.basis()).isEqualTo(AboveScaleBasis.REVENUE_BELOW_THRESHOLD);
        assertThat(below.explanationZh()).contains(threshold.toPlainString());
    }

    @Test
    void industryIsMeasuredByMainBusinessRevenue() {
        assertThat(ABOVE.rowFor(IndustryCode.parse("C")).revenueMeasureZh()).isEqualTo("主营业务收入");
    }

    @Test
    void realEstateDevelopmentCountsEveryUnitWithDevelopmentActivity() {
        AboveScaleInput developer = AboveScaleInput.of(IndustryCode.parse("7010")).withDevelopmentActivity(true);
        AboveScaleClassification with = ABOVE.classify(developer);
        assertThat(with.isAboveScale()).isTrue();
        assertThat(with.category()).isEqualTo(AboveScaleCategory.REAL_ESTATE_DEVELOPMENT);
        assertThat(with.threshold()).isEmpty();
        assertThat(with.basis()).isEqualTo(AboveScaleBasis.DEVELOPMENT_ACTIVITY);
        assertThat(ABOVE.classify(developer.withRevenue(BigDecimal.ZERO)).isAboveScale()).isTrue();

        AboveScaleClassification without = ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("K7010"),
                new BigDecimal("999999")));
        assertThat(without.isAboveScale()).isFalse();
        assertThat(without.category()).isEqualTo(AboveScaleCategory.REAL_ESTATE_DEVELOPMENT);
        assertThat(without.basis()).isEqualTo(AboveScaleBasis.NO_DEVELOPMENT_ACTIVITY);
        assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("701")).withDevelopmentActivity(true))
                .isAboveScale()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7020", "7040", "C13", "E48", "52"})
    void theDevelopmentFlagWithAnotherCodeIsAnError(String code) {
        assertThatThrownBy(() -> ABOVE.classify(AboveScaleInput.of(IndustryCode.parse(code), BigDecimal.TEN)
                .withDevelopmentActivity(true)))
                .isInstanceOfSatisfying(AboveScaleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.DEVELOPMENT_FLAG_NOT_APPLICABLE);
                    assertThat(e.code()).isEqualTo("SB-CORE-0804");
                    assertThat(e.messageZh()).contains("7010");
                });
    }

    @Test
    void qualifiedConstructionIsAboveScaleWithoutThreshold() {
        AboveScaleClassification qualified = ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("E4811"))
                .withQualification(true));
        assertThat(qualified.isAboveScale()).isTrue();
        assertThat(qualified.category()).isEqualTo(AboveScaleCategory.CONSTRUCTION);
        assertThat(qualified.threshold()).isEmpty();
        assertThat(qualified.basis()).isEqualTo(AboveScaleBasis.QUALIFIED);

        AboveScaleClassification unqualified = ABOVE.classify(IndustryCode.parse("E"), new BigDecimal("1000000"));
        assertThat(unqualified.isAboveScale()).isFalse();
        assertThat(unqualified.basis()).isEqualTo(AboveScaleBasis.NOT_QUALIFIED);

        assertThatThrownBy(() -> ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("C13"), BigDecimal.ONE)
                .withQualification(true)))
                .isInstanceOfSatisfying(AboveScaleException.class, e -> assertThat(e.reason())
                        .isEqualTo(AboveScaleException.Reason.QUALIFICATION_FLAG_NOT_APPLICABLE));
    }

    @ParameterizedTest
    @EnumSource(value = UnitKind.class, names = {"ESTABLISHMENT", "INDIVIDUAL_BUSINESS"})
    void establishmentsAndIndividualsCountInRetailButNotInIndustry(UnitKind kind) {
        AboveScaleClassification retail = ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("5211"),
                new BigDecimal("500")).withUnitKind(kind));
        assertThat(retail.isAboveScale()).isTrue();
        assertThat(retail.category()).isEqualTo(AboveScaleCategory.RETAIL);

        AboveScaleClassification industry = ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("C1311"),
                new BigDecimal("100000")).withUnitKind(kind));
        assertThat(industry.isAboveScale()).isFalse();
        assertThat(industry.category()).isEqualTo(AboveScaleCategory.INDUSTRY);
        assertThat(industry.basis()).isEqualTo(AboveScaleBasis.UNIT_KIND_NOT_COUNTED);
        assertThat(industry.explanationZh()).contains(kind.nameZh(), "法人单位");
        assertThat(industry.explanationEn()).contains(kind.nameEn());

        assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("E47")).withQualification(true)
                .withUnitKind(kind)).isAboveScale()).isFalse();
        assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("7010")).withDevelopmentActivity(true)
                .withUnitKind(kind)).isAboveScale()).isFalse();
        assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("L72"), new BigDecimal("5000"))
                .withUnitKind(kind)).isAboveScale()).isFalse();
        for (String code : new String[] {"51", "61", "62"}) {
            assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse(code), new BigDecimal("2000"))
                    .withUnitKind(kind)).isAboveScale()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "0111", "05", "J", "66", "S", "91", "T", "97"})
    void industriesInNoCategoryAreOutOfScope(String code) {
        AboveScaleClassification c = ABOVE.classify(IndustryCode.parse(code), new BigDecimal("1000000"));
        assertThat(c.isAboveScale()).isFalse();
        assertThat(c.category()).isEqualTo(AboveScaleCategory.OUT_OF_SCOPE);
        assertThat(c.basis()).isEqualTo(AboveScaleBasis.NO_CATEGORY);
        assertThat(c.threshold()).isEmpty();
        assertThat(ABOVE.classify(AboveScaleInput.of(IndustryCode.parse(code))).isAboveScale()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"70", "K", "F", "H", "Q"})
    void aCodeTooCoarseToDecideIsAnError(String code) {
        assertThatThrownBy(() -> ABOVE.classify(IndustryCode.parse(code), new BigDecimal("5000")))
                .isInstanceOfSatisfying(AboveScaleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.INDUSTRY_TOO_COARSE);
                    assertThat(e.code()).isEqualTo("SB-CORE-0801");
                    assertThat(e.spannedRows()).hasSizeGreaterThan(1);
                });
    }

    @Test
    void aThresholdCategoryWithoutRevenueIsAnError() {
        assertThatThrownBy(() -> ABOVE.classify(AboveScaleInput.of(IndustryCode.parse("52"))))
                .isInstanceOfSatisfying(AboveScaleException.class,
                        e -> assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.MISSING_REVENUE));
        assertThatThrownBy(() -> AboveScaleInput.of(IndustryCode.parse("52"), new BigDecimal("-1")))
                .isInstanceOfSatisfying(AboveScaleException.class,
                        e -> assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.NEGATIVE_REVENUE));
    }

    @Test
    void theShippedTableIsDatedAndNamesItsSource() {
        assertThat(ABOVE.asOf()).isNotNull();
        assertThat(ABOVE.source()).contains("DOMAIN.md");
        assertThat(ABOVE.title()).contains("四上");
    }

    @Test
    void aBrokenTableReportsEveryProblem() {
        String broken = """
                {"id": "t", "title": "t", "as_of": "2024-01-01", "source": "s",
                 "rows": [
                   {"id": "X", "category": "INDUSTRY", "name_zh": "x", "includes": ["B", "C", "D"],
                    "criterion": "REVENUE", "unit_kinds": ["LEGAL_ENTITY", "SHOP"]},
                   {"id": "Y", "category": "TRADE", "name_zh": "y", "includes": ["F"]},
                   {"id": "Z", "category": "CONSTRUCTION", "name_zh": "z", "includes": ["E"],
                    "criterion": "QUALIFICATION", "threshold": 5, "unit_kinds": ["LEGAL_ENTITY"]}
                 ]}
                """;
        assertThatThrownBy(() -> AboveScaleClassifier.load(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("rows[0].threshold", "rows[0].revenue_measure_zh", "rows[0].unit_kinds[1]",
                                "rows[1].category", "rows[2].threshold"));
    }
}
