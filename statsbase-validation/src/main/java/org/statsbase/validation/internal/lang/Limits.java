package org.statsbase.validation.internal.lang;

/**
 * The evaluation-time bounds that keep hostile rules from exhausting memory or time, reported as a
 * typed error (03xx), never as an Error. They are constants because they are checked on the
 * per-record hot path; the parse- and compile-time bounds are configurable, in
 * {@link org.statsbase.validation.rules.RuleLimits}.
 *
 * <p>Thread safety: constants.
 */
public final class Limits {

    /** The most significant digits of an intermediate result. */
    public static final int MAX_PRECISION = 1_000;
    /** The largest {@code |digits|} of {@code round}. */
    public static final int MAX_ROUND_DIGITS = 100;

    private Limits() {
    }
}
