package org.statsbase.validation.internal.lang;

import java.util.Objects;
import org.statsbase.validation.error.ValidationError;

/**
 * A problem found in one expression, before it is placed in a file ({@code line} and
 * {@code column} are 1-based within the expression text).
 *
 * <p>Thread safety: immutable.
 */
public record Problem(int line, int column, ValidationError error, String found, String expected, Object[] args) {

    /** Validates the components. */
    public Problem {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
        args = args.clone();
    }

    /** A problem. */
    static Problem of(int line, int column, ValidationError error, String found, String expected, Object... args) {
        return new Problem(Math.max(1, line), Math.max(1, column), error, found, expected, args);
    }

    /** The template arguments. */
    @Override
    public Object[] args() {
        return args.clone();
    }
}
