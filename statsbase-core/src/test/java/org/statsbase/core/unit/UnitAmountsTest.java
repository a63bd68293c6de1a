package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;

/**
 * The sane range of the metrics of 统计上大中小微型企业划分办法（2017）and of the "四上" revenue:
 * 0 to 10^12 (persons or 万元), at most six decimals, X 从业人员 whole. Absurd values such as
 * {@code 1E+999999999} are refused at input with a typed error whose message stays short — they
 * used to reach {@code toPlainString()} and end in an {@link OutOfMemoryError}.
 */
class UnitAmountsTest {

    private static final IndustryCode MANUFACTURING = IndustryCode.parse("C1311");

    /** The limits a real enterprise can never reach: a hundred times China's GDP or the world's population. */
    @Test
    void theLimitsAreTenToTheTwelveAndSixDecimals() {
        assertThat(SizeMetrics.MAX_VALUE).isEqualByComparingTo("1000000000000");
        assertThat(SizeMetrics.MAX_DECIMALS).isEqualTo(6);
        assertThat(AboveScaleInput.MAX_REVENUE).isEqualByComparingTo("1000000000000");
        assertThat(AboveScaleInput.MAX_DECIMALS).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1000000000000.000001", "1000000000001", "9.99e15",
        "123456789012345678901234567890", "0.0000001", "1.1234567", "1e-999999999", "5E-2147483647"})
    void absurdRevenuesAndAssetsAreOutOfRange(String text) {
        BigDecimal value = new BigDecimal(text);
        for (SizeMetric metric : new SizeMetric[] {SizeMetric.REVENUE, SizeMetric.ASSETS}) {
            assertThatThrownBy(() -> SizeMetrics.none().with(metric, value))
                    .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.METRIC_OUT_OF_RANGE);
                        assertThat(e.errorCode()).isEqualTo(CoreError.SIZE_METRIC_OUT_OF_RANGE);
                        assertThat(e.metric()).contains(metric);
                        assertThat(e.getMessage()).hasSizeLessThan(400).contains("1000000000000");
                    });
        }
        assertThatThrownBy(() -> AboveScaleInput.of(MANUFACTURING, value))
                .isInstanceOfSatisfying(AboveScaleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.REVENUE_OUT_OF_RANGE);
                    assertThat(e.errorCode()).isEqualTo(CoreError.ABOVE_SCALE_REVENUE_OUT_OF_RANGE);
                    assertThat(e.getMessage()).hasSizeLessThan(400).contains("1000000000000");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1000000000001", "1e13"})
    void absurdHeadcountsAreOutOfRange(String text) {
        assertThatThrownBy(() -> SizeMetrics.none().withEmployees(new BigDecimal(text)))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.METRIC_OUT_OF_RANGE);
                    assertThat(e.metric()).contains(SizeMetric.EMPLOYEES);
                    assertThat(e.getMessage()).hasSizeLessThan(400);
                });
        assertThatThrownBy(() -> SizeMetrics.none().withEmployees(Long.MAX_VALUE))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> assertThat(e.reason())
                        .isEqualTo(SizeClassificationException.Reason.METRIC_OUT_OF_RANGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "0.5", "999.999999", "1.0000001", "1e-999999999", "300.01"})
    void aFractionalHeadcountIsNotWhole(String text) {
        assertThatThrownBy(() -> SizeMetrics.none().withEmployees(new BigDecimal(text)))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.EMPLOYEES_NOT_WHOLE);
                    assertThat(e.errorCode()).isEqualTo(CoreError.SIZE_EMPLOYEES_NOT_WHOLE);
                    assertThat(e.metric()).contains(SizeMetric.EMPLOYEES);
                    assertThat(e.messageZh()).contains("整数");
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                });
    }

    /** Whole numbers written with a scale or an exponent are whole: 20.00 and 2E+1 persons are twenty. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "20.00", "2E+1", "0E-999999999", "1000000000000", "1000000000000.000000"})
    void wholeHeadcountsUpToTheLimitAreAccepted(String text) {
        BigDecimal value = new BigDecimal(text);
        assertThat(SizeMetrics.none().withEmployees(value).get(SizeMetric.EMPLOYEES)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000001", "999999999999.999999", "1000000000000", "1E+12", "1.5000000000",
        "0E-999999999"})
    void amountsUpToTheLimitAreAccepted(String text) {
        BigDecimal value = new BigDecimal(text);
        assertThat(SizeMetrics.none().withRevenue(value).withAssets(value).asMap()).hasSize(2);
        assertThat(AboveScaleInput.of(MANUFACTURING, value).revenue()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(value));
    }

    /** The largest accepted revenue classifies, and its message carries it in full. */
    @Test
    void theLargestRevenueClassifiesWithAPlainMessage() {
        AboveScaleClassification c = AboveScaleClassifier.standard()
                .classify(MANUFACTURING, new BigDecimal("999999999999.999999"));
        assertThat(c.isAboveScale()).isTrue();
        assertThat(c.explanationZh()).contains("999999999999.999999");
    }

    /** A negative absurd value is still NEGATIVE (checked first), with a short message. */
    @Test
    void aNegativeAbsurdValueIsNegativeWithAShortMessage() {
        BigDecimal value = new BigDecimal("-1e999999999");
        assertThatThrownBy(() -> SizeMetrics.none().withRevenue(value))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.NEGATIVE_METRIC);
                    assertThat(e.getMessage()).contains("-1E+999999999").hasSizeLessThan(300);
                });
        assertThatThrownBy(() -> AboveScaleInput.of(MANUFACTURING, value))
                .isInstanceOfSatisfying(AboveScaleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AboveScaleException.Reason.NEGATIVE_REVENUE);
                    assertThat(e.getMessage()).contains("-1E+999999999").hasSizeLessThan(300);
                });
    }

    /** The thresholds and bounds of a user's table are held to the same range. */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "\"1e999999999\"", "1e-999999999", "0.0000001", "1000000000001"})
    void absurdThresholdsInAUserTableAreProblems(String threshold) {
        String table = """
                {"id": "t", "title": "t", "as_of": "2024-01-01", "source": "s",
                 "rows": [
                   {"id": "X", "category": "INDUSTRY", "name_zh": "x", "includes": ["A", "B", "C", "D", "E", "F", "G",
                      "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"],
                    "criterion": "REVENUE", "threshold": %s, "revenue_measure_zh": "营业收入",
                    "unit_kinds": ["LEGAL_ENTITY"]}
                 ]}
                """.formatted(threshold);
        assertThatThrownBy(() -> AboveScaleClassifier.load(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "absurd.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.field()).contains("rows[0].threshold");
                    assertThat(e.getMessage()).hasSizeLessThan(2000);
                });
    }

    @ParameterizedTest
    @EnumSource(SizeMetric.class)
    void toStringsStayShort(SizeMetric metric) {
        SizeMetrics m = SizeMetrics.none().with(metric, SizeMetrics.MAX_VALUE);
        assertThat(m.toString()).contains("1000000000000");
        SizeBounds bounds = SizeBounds.of(metric, new BigDecimal("1e999999999"), BigDecimal.TEN, BigDecimal.ONE);
        assertThat(bounds.toString()).contains("1E+999999999").hasSizeLessThan(100);
    }
}
