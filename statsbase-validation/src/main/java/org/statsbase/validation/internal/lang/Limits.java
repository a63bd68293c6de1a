package org.statsbase.validation.internal.lang;

/**
 * The bounds that keep hostile rules from exhausting the stack, memory or time. Each is checked
 * where it can first be seen and reported as a typed problem (03xx), never as an Error.
 *
 * <p>Thread safety: constants.
 */
public final class Limits {

    /** The longest rule text, in chars. */
    public static final int MAX_TEXT = 100_000;
    /** The most digits a number literal may have. */
    public static final int MAX_NUMBER_DIGITS = 40;
    /** The longest text literal or bracketed code, in chars. */
    public static final int MAX_STRING = 10_000;
    /** The longest regular expression, in chars. */
    public static final int MAX_PATTERN = 1_000;
    /** The deepest nesting of an expression tree (parentheses, operators, calls). */
    public static final int MAX_DEPTH = 200;
    /** The most items of an {@code in} list or arguments of a call. */
    public static final int MAX_ITEMS = 10_000;
    /** The most significant digits of an intermediate result. */
    public static final int MAX_PRECISION = 1_000;
    /** The largest {@code |digits|} of {@code round}. */
    public static final int MAX_ROUND_DIGITS = 100;

    private Limits() {
    }
}
