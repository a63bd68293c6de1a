package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.validation.data.Value;

/**
 * Arithmetic and comparisons against plain BigDecimal evaluation, on random values with at most
 * 4 decimals and magnitude below 10^12: {@code + - *} and comparisons exact, {@code /} and
 * {@code growth} in DECIMAL128, {@code x / 0} missing.
 */
class ArithmeticProperties {

    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigDecimal bound = new BigDecimal("999999999999.9999");
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(bound.negate(), bound).ofScale(4),
                Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(2),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0000"), BigDecimal.ONE, new BigDecimal("-0.0001")));
    }

    private static Table table(BigDecimal a, BigDecimal b) {
        return Table.with("id:TEXT", "A", "B").key("id").row("u", a, b).build();
    }

    @Property
    void addSubtractMultiplyAreExact(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Table t = table(a, b);
        assertThat(Rules.eval("A + B", t, 0)).isEqualTo(Value.of(a.add(b)));
        assertThat(Rules.eval("A - B", t, 0)).isEqualTo(Value.of(a.subtract(b)));
        assertThat(Rules.eval("A * B", t, 0)).isEqualTo(Value.of(a.multiply(b)));
        assertThat(Rules.eval("-A", t, 0)).isEqualTo(Value.of(a.negate()));
        assertThat(Rules.eval("A * B - A + B * 2", t, 0))
                .isEqualTo(Value.of(a.multiply(b).subtract(a).add(b.multiply(BigDecimal.valueOf(2)))));
    }

    @Property
    void divisionAndGrowthInDecimal128(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Table t = table(a, b);
        Value quotient = b.signum() == 0 ? Value.missing() : Value.of(a.divide(b, MathContext.DECIMAL128));
        assertThat(Rules.eval("A / B", t, 0)).isEqualTo(quotient);
        Value growth = b.signum() == 0 ? Value.missing()
                : Value.of(a.divide(b, MathContext.DECIMAL128).subtract(BigDecimal.ONE, MathContext.DECIMAL128));
        assertThat(Rules.eval("growth(A, B)", t, 0)).isEqualTo(growth);
    }

    @Property
    void comparisonsAreExact(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Table t = table(a, b);
        int c = a.compareTo(b);
        assertThat(Rules.eval("A = B", t, 0)).isEqualTo(Value.of(c == 0));
        assertThat(Rules.eval("A == B", t, 0)).isEqualTo(Value.of(c == 0));
        assertThat(Rules.eval("A != B", t, 0)).isEqualTo(Value.of(c != 0));
        assertThat(Rules.eval("A < B", t, 0)).isEqualTo(Value.of(c < 0));
        assertThat(Rules.eval("A <= B", t, 0)).isEqualTo(Value.of(c <= 0));
        assertThat(Rules.eval("A > B", t, 0)).isEqualTo(Value.of(c > 0));
        assertThat(Rules.eval("A >= B", t, 0)).isEqualTo(Value.of(c >= 0));
    }

    @Property
    void aSumMatchesItsExactTotalThroughAWholeReview(@ForAll("decimals") BigDecimal a,
            @ForAll("decimals") BigDecimal b) {
        // the classic floating-point trap: 0.1 + 0.2 = 0.3 must hold exactly
        Table t = Table.with("id:TEXT", "A", "B", "C").key("id").row("u", a, b, a.add(b)).build();
        RuleSummary s = Rules.summary(Rules.of("A + B = C and C - B = A and sum(A, B) = C"), t);
        assertThat(s.passes()).isEqualTo(1);
    }

    @Property
    void absRoundMinMax(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Table t = table(a, b);
        assertThat(Rules.eval("abs(A)", t, 0)).isEqualTo(Value.of(a.abs()));
        assertThat(Rules.eval("round(A, 2)", t, 0)).isEqualTo(Value.of(a.setScale(2, java.math.RoundingMode.HALF_UP)));
        assertThat(Rules.eval("min(A, B)", t, 0)).isEqualTo(Value.of(a.min(b)));
        assertThat(Rules.eval("max(A, B, 0)", t, 0)).isEqualTo(Value.of(a.max(b).max(BigDecimal.ZERO)));
    }
}
