package org.statsbase.core.unit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The sane range of the amounts of org.statsbase.core.unit — the metrics of 统计上大中小微型企业划分办法（2017）
 * (国统字〔2017〕213号: X 从业人员 in persons, Y 营业收入 and Z 资产总额 in 万元), the "四上" revenue and the
 * thresholds of the rule tables: from 0 to {@link #MAX} (10^12) with at most {@value #MAX_DECIMALS}
 * decimals. 10^12 万元 is 10^16 yuan, about a hundred times China's yearly GDP, and 10^12 persons
 * over a hundred times the world's population; six decimals of 万元 are one 分 (0.01 yuan), the
 * smallest amount of money. A value outside can only be a typing or conversion error — and would
 * otherwise reach messages as a billion-digit text.
 *
 * <p>The checks work on the unscaled value and the scale, so {@code 1E+999999999} and
 * {@code 1E-999999999} cost no more than {@code 1}.
 *
 * <p>Thread safety: stateless; safe to use from any thread.
 */
public final class Amounts {

    /** The largest accepted amount: 10^12 (万元 or persons). */
    public static final BigDecimal MAX = BigDecimal.ONE.scaleByPowerOfTen(12);

    /** The most decimal places accepted. */
    public static final int MAX_DECIMALS = 6;

    private Amounts() {
    }

    /** Whether {@code value} is above {@link #MAX}. */
    public static boolean tooLarge(BigDecimal value) {
        return value.compareTo(MAX) > 0;
    }

    /** Whether {@code value} has more than {@link #MAX_DECIMALS} decimal places (trailing zeros not counted). */
    public static boolean tooPrecise(BigDecimal value) {
        return hasMoreDecimalsThan(value, MAX_DECIMALS);
    }

    /** Whether {@code value} is out of the range of the class comment. */
    public static boolean outOfRange(BigDecimal value) {
        return value.signum() < 0 || tooLarge(value) || tooPrecise(value);
    }

    /** Whether {@code value} has a fractional part (trailing zeros not counted). */
    public static boolean isFractional(BigDecimal value) {
        return hasMoreDecimalsThan(value, 0);
    }

    /**
     * Whether {@code value} has more than {@code decimals} significant decimal places, without
     * {@code stripTrailingZeros()} or {@code setScale()}, whose cost grows with the scale.
     */
    static boolean hasMoreDecimalsThan(BigDecimal value, int decimals) {
        if (value.signum() == 0 || value.scale() <= decimals) {
            return false;
        }
        long excess = (long) value.scale() - decimals;
        if (excess >= value.precision()) {
            // 0 < |unscaled| < 10^precision <= 10^excess: it cannot be a multiple of 10^excess.
            return true;
        }
        return value.unscaledValue().mod(BigInteger.TEN.pow((int) excess)).signum() != 0;
    }
}
