package org.statsbase.core.form;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.internal.text.NumberText;

/**
 * The value of one indicator in {@link FormData}: a decimal number, a text, or <em>missing</em>
 * (an empty cell). Missing is a value of its own, never zero and never empty text, because the
 * review rules of DESIGN.md treat arithmetic with missing as missing (as R validate and VTL do).
 *
 * <p>Codes, dates and yes/no answers are {@link Text}: codes keep their leading zeros.
 *
 * <p>Thread safety: immutable.
 */
public sealed interface FormValue permits FormValue.Missing, FormValue.Decimal, FormValue.Text {

    /**
     * The missing value.
     *
     * @return the missing value
     */
    static FormValue missing() {
        return Missing.INSTANCE;
    }

    /**
     * A number.
     *
     * @param number the number, never null
     * @return a number
     */
    static FormValue of(BigDecimal number) {
        return new Decimal(number);
    }

    /**
     * A text.
     *
     * @param text the text, never null
     * @return a text
     */
    static FormValue of(String text) {
        return new Text(text);
    }

    /**
     * Whether this is the missing value.
     *
     * @return whether this is the missing value
     */
    default boolean isMissing() {
        return this == Missing.INSTANCE;
    }

    /**
     * The number, if this is one.
     *
     * @return the number, if this is one
     */
    default Optional<BigDecimal> decimal() {
        return this instanceof Decimal d ? Optional.of(d.value()) : Optional.empty();
    }

    /**
     * The text, if this is one.
     *
     * @return the text, if this is one
     */
    default Optional<String> text() {
        return this instanceof Text t ? Optional.of(t.value()) : Optional.empty();
    }

    /**
     * Missing: the cell is empty.
     *
     * <p>Thread safety: immutable.
     */
    enum Missing implements FormValue {
        /** The one missing value. */
        INSTANCE;

        @Override
        public String toString() {
            return "missing";
        }
    }

    /**
     * A decimal number. Equality is numerical ({@code 1.0} equals {@code 1.00}), unlike
     * {@link BigDecimal#equals}; the scale as entered is kept in {@link #value()}. {@code toString()}
     * is the plain notation when it takes at most 64 characters, scientific notation otherwise.
     *
     * <p>Thread safety: immutable.
     *
     * @param value the number
     */
    record Decimal(BigDecimal value) implements FormValue {

        /**
         * Rejects {@code null}.
         *
         * @param value the number
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Decimal other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            // Plain notation, but bounded: an absurd 1E+999999999 must not become a billion digits.
            return NumberText.of(value);
        }
    }

    /**
     * A text, kept exactly as given (an empty text is still a text, not missing).
     *
     * <p>Thread safety: immutable.
     *
     * @param value the text
     */
    record Text(String value) implements FormValue {

        /**
         * Rejects {@code null}.
         *
         * @param value the text
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }
}
