package org.statsbase.core.code;

import org.statsbase.core.error.StatsbaseException;

/**
 * Thrown by a code type's {@code parse(CharSequence)}: carries the same
 * {@link CodeCheck} that {@code check(CharSequence)} would have returned, and through it the
 * reason enum, position, expected and actual text.
 *
 * <p>Thread safety: immutable.
 */
public final class InvalidCodeException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    private final transient CodeCheck<?, ?> check;

    /**
     * @param check an invalid check result
     * @throws IllegalArgumentException if the check is valid
     */
    public InvalidCodeException(CodeCheck<?, ?> check) {
        super(reasonOf(check).error(), check.args());
        this.check = check;
    }

    private static CodeReason reasonOf(CodeCheck<?, ?> check) {
        return check.reason().orElseThrow(() -> new IllegalArgumentException("check is valid: " + check));
    }

    /**
     * The reason; cast to the code type's own enum, or use {@link #check()}.
     *
     * @return the reason; cast to the code type's own enum, or use {@link #check()}
     */
    public CodeReason reason() {
        return check.reason().orElseThrow();
    }

    /**
     * The failed check with position, expected and actual text.
     *
     * @return the failed check with position, expected and actual text
     */
    public CodeCheck<?, ?> check() {
        return check;
    }
}
