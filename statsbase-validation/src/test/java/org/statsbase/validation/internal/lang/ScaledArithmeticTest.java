package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.validation.internal.lang.Node.MISSING;
import static org.statsbase.validation.internal.lang.Node.SLOW;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The block evaluator's scaled numbers (values ×10^4 in a {@code long}): which decimals have an exact
 * scaled form, and that sums, differences and products are either exact or {@link Node#SLOW} (left to
 * the decimal evaluator), never a wrapped-around {@code long} and never one of the two markers, which
 * would read as "missing" or "look elsewhere".
 */
class ScaledArithmeticTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 0",
        "0E+20, 0", // zero with a huge exponent is still zero, not "too large"
        "0.000000, 0",
        "1, 10000",
        "-2.5, -25000",
        "0.0001, 1",
        "1.50000, 15000", // trailing zeros beyond four decimals are not decimals
        "1.00010, 10001",
        "100.00000, 1000000",
        "123456789012.34, 1234567890123400",
        "99999999999999.9999, 999999999999999999",
        "-99999999999999.9999, -999999999999999999",
        "1E+13, 100000000000000000",
    })
    void decimalsWithAnExactScaledForm(String decimal, long scaled) {
        assertThat(Node.toScaled(new BigDecimal(decimal))).isEqualTo(scaled);
        assertThat(Node.scaledOf(new BigDecimal(decimal))).isEqualTo(scaled);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0.00001", "1.00001", "-0.12345", "100000000000000", "-100000000000000", "1E+14",
        "922337203685477.5807", "1E+20"})
    void decimalsLeftToTheExactEvaluator(String decimal) {
        assertThat(Node.toScaled(new BigDecimal(decimal))).isEqualTo(SLOW);
    }

    @Test
    void missingAndNonNumbersAsScaled() {
        assertThat(Node.scaledOf(null)).isEqualTo(MISSING);
        assertThat(Node.scaledOf("1")).isEqualTo(SLOW);
        assertThat(Node.scaledOf(Boolean.TRUE)).isEqualTo(SLOW);
    }

    @Test
    void sumsAreExactOrSlow() {
        assertThat(Node.addScaled(0, 0)).isZero();
        assertThat(Node.addScaled(50_000, -30_000)).isEqualTo(20_000);
        assertThat(Node.addScaled(-50_000, 30_000)).isEqualTo(-20_000);
        assertThat(Node.addScaled(-5, -3)).isEqualTo(-8);
        assertThat(Node.addScaled(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Node.addScaled(Long.MIN_VALUE + 3, -1)).isEqualTo(Long.MIN_VALUE + 2);
        // overflow either way
        assertThat(Node.addScaled(Long.MAX_VALUE, 1)).isEqualTo(SLOW);
        assertThat(Node.addScaled(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(SLOW);
        assertThat(Node.addScaled(Long.MIN_VALUE + 5, -10)).isEqualTo(SLOW);
        // a sum landing on a marker is not a number the block evaluator can carry
        assertThat(Node.addScaled(Long.MIN_VALUE + 2, -2)).isEqualTo(SLOW);
        assertThat(Node.addScaled(Long.MIN_VALUE + 2, -1)).isEqualTo(SLOW);
    }

    @Test
    void differencesAreExactOrSlow() {
        assertThat(Node.subtractScaled(0, 0)).isZero();
        assertThat(Node.subtractScaled(50_000, 30_000)).isEqualTo(20_000);
        assertThat(Node.subtractScaled(-50_000, -30_000)).isEqualTo(-20_000);
        assertThat(Node.subtractScaled(5, -3)).isEqualTo(8);
        assertThat(Node.subtractScaled(-5, 3)).isEqualTo(-8);
        assertThat(Node.subtractScaled(Long.MAX_VALUE - 1, -1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Node.subtractScaled(Long.MAX_VALUE, Long.MAX_VALUE)).isZero();
        // overflow either way
        assertThat(Node.subtractScaled(Long.MAX_VALUE, -1)).isEqualTo(SLOW);
        assertThat(Node.subtractScaled(Long.MIN_VALUE + 5, 10)).isEqualTo(SLOW);
        assertThat(Node.subtractScaled(-10, Long.MAX_VALUE)).isEqualTo(SLOW);
        // a difference landing on a marker
        assertThat(Node.subtractScaled(-1, Long.MAX_VALUE)).isEqualTo(SLOW);
        assertThat(Node.subtractScaled(Long.MIN_VALUE + 2, 2)).isEqualTo(SLOW);
        assertThat(Node.subtractScaled(Long.MIN_VALUE + 2, 1)).isEqualTo(SLOW);
    }

    @Test
    void productsAreExactOrSlow() {
        assertThat(Node.multiplyScaled(20_000, 30_000)).isEqualTo(60_000); // 2 × 3
        assertThat(Node.multiplyScaled(-20_000, 30_000)).isEqualTo(-60_000);
        assertThat(Node.multiplyScaled(-20_000, -30_000)).isEqualTo(60_000);
        assertThat(Node.multiplyScaled(5_000, 5_000)).isEqualTo(2_500); // 0.5 × 0.5
        assertThat(Node.multiplyScaled(0, Long.MAX_VALUE)).isZero();
        // more than four decimals: 0.0001 × 0.0001, −0.0001 × 1.5
        assertThat(Node.multiplyScaled(1, 1)).isEqualTo(SLOW);
        assertThat(Node.multiplyScaled(-1, 15_000)).isEqualTo(SLOW);
        // beyond a long: 10^10 × 10^10, −10^10 × 10^10
        assertThat(Node.multiplyScaled(100_000_000_000_000L, 100_000_000_000_000L)).isEqualTo(SLOW);
        assertThat(Node.multiplyScaled(-100_000_000_000_000L, 100_000_000_000_000L)).isEqualTo(SLOW);
        // the low word alone looks exact: 2^64 × 10^4 wraps to 0
        assertThat(Node.multiplyScaled(1L << 32, (1L << 32) * 10_000)).isEqualTo(SLOW);
    }
}
