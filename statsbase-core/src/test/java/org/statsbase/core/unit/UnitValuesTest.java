package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.testdata.ValueSemantics.assertValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;

/**
 * Value semantics of the register and classification types (DESIGN.md: immutable values with
 * {@code equals}/{@code hashCode}/{@code toString}): equal when every component is equal — amounts
 * compared by value, so {@code 2000} and {@code 2000.00} 万元 are the same amount — and different as
 * soon as one component differs.
 */
class UnitValuesTest {

    private static final IndustryCode C13 = IndustryCode.parse("C13");
    private static final IndustryCode F51 = IndustryCode.parse("F51");
    private static final DivisionCode PLACE = DivisionCode.parse("110101001000");
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    /** a equals b (and itself), not null or another type, and differs from each of others (both ways). */
    @Test
    void aboveScaleInputComparesRevenueByValueAndEveryFlag() {
        AboveScaleInput a = AboveScaleInput.of(C13, new BigDecimal("2000"));
        AboveScaleInput b = AboveScaleInput.of(C13, new BigDecimal("2000.00"));
        assertValue(a, b,
                AboveScaleInput.of(F51, new BigDecimal("2000")),
                AboveScaleInput.of(C13, new BigDecimal("1999.99")),
                AboveScaleInput.of(C13),
                a.withUnitKind(UnitKind.ESTABLISHMENT),
                a.withQualification(true),
                a.withDevelopmentActivity(true));
        assertThat(AboveScaleInput.of(C13)).isEqualTo(AboveScaleInput.of(C13)).isNotEqualTo(a);
        assertThat(a.toString()).contains("C13", "LEGAL_ENTITY", "revenue 2000").doesNotContain("qualified")
                .doesNotContain("development");
        assertThat(AboveScaleInput.of(C13).toString()).doesNotContain("revenue");
        assertThat(a.withQualification(true).withDevelopmentActivity(true).toString())
                .contains(", qualified", ", development activity");
        assertThat(a.withQualification(true).withDevelopmentActivity(true))
                .isNotEqualTo(a.withQualification(true)).isNotEqualTo(a.withDevelopmentActivity(true));
    }

    @Test
    void sizeMetricsCompareByValueWhateverTheScale() {
        SizeMetrics a = SizeMetrics.none().withEmployees(300).withRevenue(new BigDecimal("2000"));
        SizeMetrics b = SizeMetrics.none().withRevenue(new BigDecimal("2000.000")).withEmployees(300);
        assertValue(a, b,
                SizeMetrics.none().withEmployees(300),
                SizeMetrics.none().withEmployees(300).withAssets(new BigDecimal("2000")),
                SizeMetrics.none().withEmployees(301).withRevenue(new BigDecimal("2000")),
                a.withAssets(BigDecimal.ONE));
        assertThat(SizeMetrics.none()).isEqualTo(SizeMetrics.none()).isNotEqualTo(a);
        assertThat(a.toString()).isEqualTo("SizeMetrics[X=300, Y=2000]");
        assertThat(SizeMetrics.none().withRevenue(BigDecimal.TEN).toString()).isEqualTo("SizeMetrics[Y=10]");
        assertThat(SizeMetrics.none().toString()).isEqualTo("SizeMetrics[]");
    }

    @Test
    void sizeBoundsAreStrictlyDecreasingAndCompareEveryBound() {
        SizeBounds x = SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("1000"), new BigDecimal("300"),
                new BigDecimal("20"));
        assertValue(x, SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("1000.0"), new BigDecimal("300"),
                new BigDecimal("20.00")),
                SizeBounds.of(SizeMetric.REVENUE, new BigDecimal("1000"), new BigDecimal("300"), new BigDecimal("20")),
                SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("1001"), new BigDecimal("300"), new BigDecimal("20")),
                SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("1000"), new BigDecimal("301"), new BigDecimal("20")),
                SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("1000"), new BigDecimal("300"), new BigDecimal("21")));
        assertThat(x.large()).isEqualByComparingTo("1000");
        assertThat(x.medium()).isEqualByComparingTo("300");
        assertThat(x.small()).isEqualByComparingTo("20");
        assertThat(x.toString()).isEqualTo("X large>=1000 medium>=300 small>=20");
        // large > medium > small > 0: equal neighbours and a zero small bound are refused
        for (String[] bad : new String[][] {{"300", "300", "20"}, {"1000", "20", "20"}, {"1000", "300", "0"},
            {"300", "1000", "20"}, {"1000", "20", "300"}}) {
            assertThatThrownBy(() -> SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal(bad[0]),
                    new BigDecimal(bad[1]), new BigDecimal(bad[2]))).as(String.join("/", bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SizeBounds.of(SizeMetric.EMPLOYEES, new BigDecimal("3"), new BigDecimal("2"),
                new BigDecimal("1")).small()).isEqualByComparingTo("1");
    }

    @Test
    void sizeClassificationsOfTheSameInputAreEqual() {
        EnterpriseSizeClassifier size = EnterpriseSizeClassifier.standard2017();
        SizeMetrics medium = SizeMetrics.none().withEmployees(300).withRevenue(new BigDecimal("2000"));
        SizeClassification a = size.classify(C13, medium);
        SizeClassification out = size.classify(IndustryCode.parse("J66"), medium);
        assertValue(a, size.classify(C13, medium),
                size.classify(IndustryCode.parse("C14"), medium),
                size.classify(C13, medium.withEmployees(1000)),
                size.classify(C13, medium.withRevenue(new BigDecimal("40000"))),
                size.classify(F51, medium),
                out);
        assertThat(a.industry()).isEqualTo(C13);
        assertThat(a.isOutOfScope()).isFalse();
        assertThat(out.isOutOfScope()).isTrue();
        assertThat(a.toString()).startsWith("C13 MEDIUM by row ").contains(" tiers {");
        assertThat(out.toString()).doesNotContain("tiers").doesNotContain("decided by");
        SizeClassification small = size.classify(C13, medium.withEmployees(299));
        assertThat(small.decidedBy()).contains(SizeMetric.EMPLOYEES);
        assertThat(small.toString()).endsWith(" decided by EMPLOYEES");
    }

    @Test
    void sizeRowsExposeTheirBoundsPerMetric() {
        SizeRow industry = EnterpriseSizeClassifier.standard2017().rowFor(C13);
        assertThat(industry.metrics()).containsExactly(SizeMetric.EMPLOYEES, SizeMetric.REVENUE);
        assertThat(industry.bounds(SizeMetric.REVENUE)).map(SizeBounds::large)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40000"));
        assertThat(industry.bounds(SizeMetric.EMPLOYEES)).map(SizeBounds::small)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(industry.bounds(SizeMetric.ASSETS)).isEmpty();
        assertThat(industry.toString()).startsWith(industry.id() + " " + industry.nameZh()).contains("large>=1000");
        SizeRow finance = EnterpriseSizeClassifier.standard2017().rowFor(IndustryCode.parse("J66"));
        assertThat(finance.toString()).endsWith(" out of scope");
        assertThat(finance.metrics()).isEmpty();
        assertThat(EnterpriseSizeClassifier.standard2017().rows()).contains(industry, finance)
                .doesNotHaveDuplicates();
    }

    @Test
    void aboveScaleClassificationsCompareInputRowAndBasis() {
        AboveScaleClassifier scale = AboveScaleClassifier.standard();
        AboveScaleClassification above = scale.classify(C13, new BigDecimal("2000"));
        assertValue(above, scale.classify(C13, new BigDecimal("2000.00")),
                scale.classify(C13, new BigDecimal("1999.99")),
                scale.classify(C13, new BigDecimal("2001")),
                scale.classify(IndustryCode.parse("C14"), new BigDecimal("2000")),
                scale.classify(AboveScaleInput.of(C13, new BigDecimal("2000")).withUnitKind(UnitKind.ESTABLISHMENT)));
        assertThat(above.input()).isEqualTo(AboveScaleInput.of(C13, new BigDecimal("2000")));
        assertThat(above.row()).isEqualTo(scale.rowFor(C13));
        assertThat(above.toString()).isEqualTo("C13 above scale " + above.category() + " (" + above.row().id()
                + ", REVENUE_AT_OR_ABOVE_THRESHOLD)");
        assertThat(scale.classify(C13, BigDecimal.ONE).toString()).contains(" not above scale ");
        // the threshold is reported only when revenue decided
        assertThat(scale.classify(C13, BigDecimal.ONE).threshold()).isPresent();
        AboveScaleClassification construction = scale.classify(
                AboveScaleInput.of(IndustryCode.parse("E47")).withQualification(true));
        assertThat(construction.basis()).isEqualTo(AboveScaleBasis.QUALIFIED);
        assertThat(construction.threshold()).isEmpty();
    }

    @Test
    void aboveScaleRowsAndTheTable() {
        AboveScaleClassifier scale = AboveScaleClassifier.standard();
        AboveScaleRow industry = scale.rowFor(C13);
        AboveScaleRow retail = scale.rowFor(IndustryCode.parse("F52"));
        assertValue(industry, scale.rowFor(IndustryCode.parse("D44")), retail);
        assertThat(industry.id()).isNotBlank();
        assertThat(industry.nameZh()).isNotBlank();
        assertThat(industry.toString()).startsWith(industry.id() + " " + industry.category()).contains(">= 2000");
        assertThat(scale.rows()).contains(industry, retail).doesNotHaveDuplicates();
        assertThat(scale.id()).isNotBlank();
        assertThat(scale.toString()).contains(scale.id());
        assertThat(EnterpriseSizeClassifier.standard2017().toString())
                .contains(EnterpriseSizeClassifier.standard2017().id());
    }

    @Test
    void unitsAndRegisterEntries() {
        StatisticalUnit a = StatisticalUnit.legalEntity("U1", "甲公司", C13, PLACE);
        StatisticalUnit shop = StatisticalUnit.establishment("U2", "甲公司门店", F51, PLACE, "U1");
        assertValue(a, StatisticalUnit.legalEntity(" U1 ", "甲公司 ", C13, PLACE),
                StatisticalUnit.legalEntity("U9", "甲公司", C13, PLACE),
                StatisticalUnit.legalEntity("U1", "乙公司", C13, PLACE),
                StatisticalUnit.individualBusiness("U1", "甲公司", C13, PLACE),
                a.withIndustry(F51),
                a.withLocation(DivisionCode.parse("110101002000")),
                shop);
        assertThat(a.name()).isEqualTo("甲公司");
        assertThat(a.toString()).isEqualTo("LEGAL_ENTITY U1 甲公司 C13 @" + PLACE);
        assertThat(shop.toString()).endsWith(" of U1");
        assertThat(StatisticalUnit.establishment("U3", "门店", F51, PLACE, "U1"))
                .isNotEqualTo(StatisticalUnit.establishment("U3", "门店", F51, PLACE, "U2"));

        RegisterEntry open = RegisterEntry.from(a, JAN_1);
        RegisterEntry closed = RegisterEntry.between(a, JAN_1, LocalDate.of(2024, 6, 30));
        assertValue(open, RegisterEntry.of(a, JAN_1, Optional.empty()), closed,
                RegisterEntry.from(a, JAN_1.plusDays(1)), RegisterEntry.from(shop, JAN_1));
        assertThat(open.toString()).isEqualTo("U1 2024-01-01..");
        assertThat(closed.toString()).isEqualTo("U1 2024-01-01..2024-06-30");
        assertThat(RegisterEntry.between(a, JAN_1, JAN_1).isInForceOn(JAN_1)).isTrue();

        BusinessRegister register = BusinessRegister.builder().add(closed).add(shop, JAN_1).build();
        assertValue(register, BusinessRegister.of(List.of(RegisterEntry.from(shop, JAN_1), closed)),
                BusinessRegister.empty(), BusinessRegister.of(List.of(closed)));
        assertThat(register.entries()).containsExactly(closed, RegisterEntry.from(shop, JAN_1));
        RegisterEntry again = RegisterEntry.from(a, LocalDate.of(2025, 1, 1));
        assertThat(BusinessRegister.of(List.of(again, closed)).entriesOf("U1")).containsExactly(closed, again);
        assertThat(register.require("U1", JAN_1)).isEqualTo(a);
        assertThat(register.unit("U1", JAN_1)).contains(a);
        assertThat(register.toString()).isNotBlank();
    }
}
