package org.statsbase.core.internal.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Renders a number for a message or a {@code toString} in bounded length: in plain notation
 * (as {@link BigDecimal#toPlainString()}) when that takes at most {@value #MAX_PLAIN_LENGTH}
 * characters, otherwise rounded to {@value #SIGNIFICANT_DIGITS} significant digits in scientific
 * notation. {@code toPlainString()} of unchecked input is never safe: {@code 1E+999999999} has a
 * billion digits and ends in an {@link OutOfMemoryError}.
 *
 * <p>Thread safety: stateless; safe to use from any thread.
 */
public final class NumberText {

    /** The longest plain rendering kept; any real amount, count or ratio is far shorter. */
    public static final int MAX_PLAIN_LENGTH = 64;

    /** The significant digits kept when the plain form would be longer. */
    public static final int SIGNIFICANT_DIGITS = 16;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /** The number in at most about {@value #MAX_PLAIN_LENGTH} characters (see the class comment). */
    public static String of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (plainLength(value) <= MAX_PLAIN_LENGTH) {
            return value.toPlainString();
        }
        // Scientific notation: the exponent takes at most 11 characters, the digits are bounded.
        return value.round(ROUNDING).toString();
    }

    /** The length of {@code toPlainString()}, computed without building it (long: scales reach 2^31). */
    static long plainLength(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long sign = value.signum() < 0 ? 1 : 0;
        if (scale <= 0) {
            return sign + precision - scale;
        }
        return sign + Math.max(precision, scale + 1) + 1;
    }
}
