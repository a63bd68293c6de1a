package org.statsbase.core.code;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The non-throwing answer of a code type's {@code check(CharSequence)}: either the parsed value,
 * or the reason it is invalid with the position, the expected and the actual text where they
 * apply (in the manner of libphonenumber's {@code ValidationResult} and iban4j's
 * {@code IbanFormatViolation}).
 *
 * @param <C> the code type
 * @param <R> its reason enum
 *
 * <p>Thread safety: immutable.
 */
public final class CodeCheck<C, R extends CodeReason> {

    private final String input;
    private final C value;
    private final R reason;
    private final int position;
    private final String expected;
    private final String actual;

    private CodeCheck(String input, C value, R reason, int position, String expected, String actual) {
        this.input = input;
        this.value = value;
        this.reason = reason;
        this.position = position;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * A valid result.
     *
     * @param input the normalised input
     * @param value the code parsed from it
     * @param <C> the code type
     * @param <R> its reason enum
     * @return a valid result
     */
    public static <C, R extends CodeReason> CodeCheck<C, R> valid(String input, C value) {
        return new CodeCheck<>(Objects.requireNonNull(input, "input"), Objects.requireNonNull(value, "value"),
                null, 0, "", "");
    }

    /**
     * An invalid result without position or expected/actual text.
     *
     * @param input the normalised input
     * @param reason why it is invalid
     * @param <C> the code type
     * @param <R> its reason enum
     * @return an invalid result without position or expected/actual text
     */
    public static <C, R extends CodeReason> CodeCheck<C, R> invalid(String input, R reason) {
        return invalid(input, reason, 0, "", "");
    }

    /**
     * An invalid result.
     *
     * @param input    the normalised input
     * @param reason   why it is invalid
     * @param position the 1-based position concerned, or 0 for none
     * @param expected the expected text, or {@code ""}
     * @param actual   the actual text, or {@code ""}
     * @param <C> the code type
     * @param <R> its reason enum
     * @return an invalid result
     */
    public static <C, R extends CodeReason> CodeCheck<C, R> invalid(String input, R reason, int position,
            String expected, String actual) {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0: " + position);
        }
        return new CodeCheck<>(Objects.requireNonNull(input, "input"), null, Objects.requireNonNull(reason, "reason"),
                position, Objects.requireNonNull(expected, "expected"), Objects.requireNonNull(actual, "actual"));
    }

    /**
     * Whether the input is a valid code.
     *
     * @return whether the input is a valid code
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The input after normalisation (NFKC, trimmed, upper-cased); {@code ""} for {@code null}.
     *
     * @return the input after normalisation (NFKC, trimmed, upper-cased); {@code ""} for {@code null}
     */
    public String input() {
        return input;
    }

    /**
     * The parsed code, if valid.
     *
     * @return the parsed code, if valid
     */
    public Optional<C> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The reason, if invalid.
     *
     * @return the reason, if invalid
     */
    public Optional<R> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * The 1-based position the reason concerns, if it concerns one.
     *
     * @return the 1-based position the reason concerns, if it concerns one
     */
    public OptionalInt position() {
        return position == 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /**
     * What was expected at the position, if the reason says.
     *
     * @return the expected text; empty when valid or when the reason names none
     */
    public Optional<String> expected() {
        return expected.isEmpty() ? Optional.empty() : Optional.of(expected);
    }

    /**
     * What was found at the position, if the reason says.
     *
     * @return the text found; empty when valid or when the reason names none
     */
    public Optional<String> actual() {
        return actual.isEmpty() ? Optional.empty() : Optional.of(actual);
    }

    /**
     * The parsed code; throws {@link InvalidCodeException} when invalid.
     *
     * @return the parsed code; throws {@link InvalidCodeException} when invalid
     */
    public C orElseThrow() {
        if (value == null) {
            throw new InvalidCodeException(this);
        }
        return value;
    }

    /**
     * The stable error code of the reason, if invalid.
     *
     * @return the stable error code of the reason, if invalid
     */
    public Optional<String> errorCode() {
        return reason().map(r -> r.error().code());
    }

    /**
     * The reason in Chinese, or {@code ""} when valid.
     *
     * @return the reason in Chinese, or {@code ""} when valid
     */
    public String messageZh() {
        return reason == null ? "" : reason.error().formatZh(args());
    }

    /**
     * The reason in English, or {@code ""} when valid.
     *
     * @return the reason in English, or {@code ""} when valid
     */
    public String messageEn() {
        return reason == null ? "" : reason.error().formatEn(args());
    }

    Object[] args() {
        return new Object[] {input, position == 0 ? "" : position, expected, actual};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeCheck<?, ?> other && input.equals(other.input) && Objects.equals(value, other.value)
                && Objects.equals(reason, other.reason) && position == other.position
                && expected.equals(other.expected) && actual.equals(other.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, value, reason, position, expected, actual);
    }

    @Override
    public String toString() {
        return value != null ? "valid " + value : "invalid " + input + " " + reason.name()
                + (position == 0 ? "" : " at " + position)
                + (expected.isEmpty() ? "" : " expected " + expected)
                + (actual.isEmpty() ? "" : " actual " + actual);
    }
}
