package org.statsbase.validation.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a record as review rules see it: a decimal number, a text, a boolean, a date, or
 * <em>missing</em> (an empty cell, an absent field). Arithmetic and comparison with missing give
 * missing, and a check that comes out missing is not applicable (as in R validate and VTL).
 *
 * <p>Numbers compare by value: {@code 1.0} equals {@code 1.00}. Texts keep leading zeros.
 *
 * <p>Thread safety: immutable.
 */
public sealed interface Value permits Value.Missing, Value.Number, Value.Text, Value.Bool, Value.Date {

    /** The missing value. */
    Missing MISSING = new Missing();

    /**
     * The missing value.
     *
     * @return the single missing value
     */
    static Value missing() {
        return MISSING;
    }

    /**
     * A number.
     *
     * @param number the number, never null
     * @return the value
     */
    static Value of(BigDecimal number) {
        return new Number(number);
    }

    /**
     * A number.
     *
     * @param number the number
     * @return the value
     */
    static Value of(long number) {
        return new Number(BigDecimal.valueOf(number));
    }

    /**
     * A text (an empty text is a text, not missing).
     *
     * @param text the text, never null; may be empty
     * @return the value
     */
    static Value of(String text) {
        return new Text(text);
    }

    /**
     * A boolean.
     *
     * @param bool the condition
     * @return the value
     */
    static Value of(boolean bool) {
        return new Bool(bool);
    }

    /**
     * A date.
     *
     * @param date the date, never null
     * @return the value
     */
    static Value of(LocalDate date) {
        return new Date(date);
    }

    /**
     * Whether this is the missing value.
     *
     * @return {@code true} only for {@link #missing()}
     */
    default boolean isMissing() {
        return this instanceof Missing;
    }

    /**
     * The value as a message shows it: numbers in plain notation where short, {@code NA} for missing.
     *
     * @return the text, never null
     */
    String render();

    /**
     * Missing.
     *
     * <p>Thread safety: immutable.
     */
    final class Missing implements Value {

        private Missing() {
        }

        @Override
        public String render() {
            return "NA";
        }

        @Override
        public String toString() {
            return "NA";
        }
    }

    /**
     * A decimal number; equal to another when their values compare equal.
     *
     * @param value the number
     *
     * <p>Thread safety: immutable.
     */
    record Number(BigDecimal value) implements Value {

        /**
         * Validates the component.
         *
         * @param value the number
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Number other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        /** Plain notation up to 40 characters, scientific beyond (messages stay short). */
        @Override
        public String render() {
            int exponent = value.precision() - value.scale();
            if (exponent > -20 && exponent < 40 && value.scale() < 40) {
                return value.toPlainString();
            }
            return value.round(new java.math.MathContext(16)).toString();
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /**
     * A text.
     *
     * @param value the text
     *
     * <p>Thread safety: immutable.
     */
    record Text(String value) implements Value {

        /**
         * Validates the component.
         *
         * @param value the text
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String render() {
            return value;
        }
    }

    /**
     * A boolean.
     *
     * @param value the boolean
     *
     * <p>Thread safety: immutable.
     */
    record Bool(boolean value) implements Value {

        @Override
        public String render() {
            return Boolean.toString(value);
        }
    }

    /**
     * A date.
     *
     * @param value the date
     *
     * <p>Thread safety: immutable.
     */
    record Date(LocalDate value) implements Value {

        /**
         * Validates the component.
         *
         * @param value the date
         */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String render() {
            return value.toString();
        }
    }
}
