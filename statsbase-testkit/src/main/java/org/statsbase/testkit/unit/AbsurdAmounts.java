package org.statsbase.testkit.unit;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Amounts outside the sane range of the unit inputs (0 to 10^12 persons or 万元, at most six
 * decimals, X 从业人员 whole): negative, too large, too precise, fractional persons — each with
 * the short texts that would expand to a billion digits among the edge cases.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
final class AbsurdAmounts {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private AbsurdAmounts() {
    }

    /** Values below zero, from -0.000000001 to -1E+999999999. */
    static Arbitrary<BigDecimal> negative() {
        Arbitrary<BigDecimal> ordinary = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000000000000"), new BigDecimal("-0.01")).ofScale(2);
        Arbitrary<BigDecimal> edges = Arbitraries.of(new BigDecimal("-1e999999999"), new BigDecimal("-1e-999999999"),
                new BigDecimal("-0.000000001"), new BigDecimal("-12.5"), BigDecimal.ONE.negate());
        return Arbitraries.frequencyOf(Tuple.of(3, ordinary), Tuple.of(1, edges));
    }

    /** Values above 10^12 (any scale up to 6). */
    static Arbitrary<BigDecimal> tooLarge() {
        Arbitrary<BigDecimal> ordinary = Arbitraries.bigDecimals()
                .between(LIMIT.add(new BigDecimal("0.000001")), new BigDecimal("1000000000000000000")).ofScale(6);
        Arbitrary<BigDecimal> edges = Arbitraries.of(new BigDecimal("1e999999999"), new BigDecimal("1e13"),
                new BigDecimal("1000000000001"), new BigDecimal("1000000000000.000001"),
                new BigDecimal(BigInteger.TEN.pow(40)));
        return Arbitraries.frequencyOf(Tuple.of(3, ordinary), Tuple.of(1, edges));
    }

    /** Values from 0 to 10^12 with seven to thirty significant decimals, and 1E-999999999. */
    static Arbitrary<BigDecimal> tooPrecise() {
        Arbitrary<BigDecimal> ordinary = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000_000_000_000L).filter(u -> u % 10 != 0),
                Arbitraries.integers().between(7, 30))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        Arbitrary<BigDecimal> edges = Arbitraries.of(new BigDecimal("1e-999999999"), new BigDecimal("0.0000001"),
                new BigDecimal("999999999999.9999999"));
        return Arbitraries.frequencyOf(Tuple.of(3, ordinary), Tuple.of(1, edges));
    }

    /** Non-whole numbers of persons from 0 to 10^12: 12.5, 0.000001, 1E-999999999 … */
    static Arbitrary<BigDecimal> fractional() {
        Arbitrary<BigDecimal> ordinary = Combinators.combine(
                Arbitraries.longs().between(1, 999_999_999_999L).filter(u -> u % 10 != 0),
                Arbitraries.integers().between(1, 12))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        Arbitrary<BigDecimal> edges = Arbitraries.of(new BigDecimal("12.5"), new BigDecimal("1e-999999999"),
                new BigDecimal("999999999999.5"), new BigDecimal("0.0000001"));
        return Arbitraries.frequencyOf(Tuple.of(3, ordinary), Tuple.of(1, edges));
    }
}
