package org.statsbase.validation.rules;

import java.util.Objects;

/**
 * The bounds under which a rule set's expressions are parsed and compiled, so that a hostile or
 * mistaken rule (written by an office, or uploaded) costs bounded stack, memory and time
 * (GB/T 22239-2019 信息安全技术 网络安全等级保护基本要求, input validity checks and resource
 * control). A rule over a limit is reported as a typed problem of the compile error, naming the
 * configured limit ({@code SB-VAL-0303} for the expression text, {@code SB-VAL-0302} for a number,
 * text literal, code or regular expression, {@code SB-VAL-0301} for nesting, {@code SB-VAL-0307} for
 * list items), never as an {@link Error}. Pass one to {@code RuleSet.compile(definition, limits)}; the overloads without it
 * use {@link #defaults()}:
 *
 * <pre>{@code
 * RuleLimits limits = RuleLimits.defaults().withMaxTextLength(2_000).withMaxDepth(32);
 * RuleSet rules = RuleSet.compile(definition, form, limits);
 * }</pre>
 *
 * <p>Every limit is at least 1; {@link #maxDepth()} is at most {@value #MAX_DEPTH_CEILING}, since
 * the depth limit is what keeps the recursive parser and evaluator off the end of the stack.
 *
 * <p>Two evaluation-time bounds are not configurable and not here: intermediate results keep at
 * most 1,000 significant digits ({@code SB-VAL-0304}), and {@code round} takes at most 100 digits
 * either way ({@code SB-VAL-0305}). They are
 * checked on the per-record hot path of a review, where a constant costs nothing.
 *
 * <p>Thread safety: immutable; share instances freely.
 */
public final class RuleLimits {

    /**
     * The largest {@link #maxDepth()} that may be configured: parsing, checking and evaluating an
     * expression recurse once per level, and at about 600 levels they overflow a thread stack of
     * the JVM's default 1 MiB; 400 keeps a margin, so a configured depth still gives a typed problem
     * rather than a {@link StackOverflowError}.
     */
    public static final int MAX_DEPTH_CEILING = 400;

    private static final RuleLimits DEFAULTS = new RuleLimits(100_000, 40, 10_000, 1_000, 200, 10_000);

    private final int maxTextLength;
    private final int maxNumberDigits;
    private final int maxStringLength;
    private final int maxPatternLength;
    private final int maxDepth;
    private final int maxItems;

    private RuleLimits(int maxTextLength, int maxNumberDigits, int maxStringLength, int maxPatternLength,
            int maxDepth, int maxItems) {
        this.maxTextLength = positive(maxTextLength, "maxTextLength");
        this.maxNumberDigits = positive(maxNumberDigits, "maxNumberDigits");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxPatternLength = positive(maxPatternLength, "maxPatternLength");
        this.maxDepth = positive(maxDepth, "maxDepth");
        if (maxDepth > MAX_DEPTH_CEILING) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH_CEILING + ", was " + maxDepth);
        }
        this.maxItems = positive(maxItems, "maxItems");
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * The limits statsbase has always used: rule texts of 100,000 characters, number literals of 40
     * digits, text literals and bracketed codes of 10,000 characters, regular expressions of 1,000
     * characters, expression nesting of 200 levels, and 10,000 items in an {@code in} list or
     * arguments of a call.
     *
     * @return the default limits; the same instance on every call
     */
    public static RuleLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Characters of one expression ({@code check} or {@code when}).
     *
     * @return the longest expression text, in chars, at least 1 (100,000 by default)
     */
    public int maxTextLength() {
        return maxTextLength;
    }

    /**
     * Digits of one number literal.
     *
     * @return the most digits of a number literal, at least 1 (40 by default)
     */
    public int maxNumberDigits() {
        return maxNumberDigits;
    }

    /**
     * Characters of one text literal or bracketed code.
     *
     * @return the longest text literal or bracketed code, in chars, at least 1 (10,000 by default)
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Characters of one regular expression (of {@code matches}).
     *
     * @return the longest regular expression, in chars, at least 1 (1,000 by default)
     */
    public int maxPatternLength() {
        return maxPatternLength;
    }

    /**
     * Nesting of an expression tree (parentheses, operators, calls).
     *
     * @return the deepest nesting, 1 to {@value #MAX_DEPTH_CEILING} (200 by default)
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Items of an {@code in} list, or arguments of a call.
     *
     * @return the most items or arguments, at least 1 (10,000 by default)
     */
    public int maxItems() {
        return maxItems;
    }

    /**
     * A copy with another expression length limit.
     *
     * @param value the longest expression text, in chars, at least 1
     * @return a copy with {@link #maxTextLength()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public RuleLimits withMaxTextLength(int value) {
        return new RuleLimits(value, maxNumberDigits, maxStringLength, maxPatternLength, maxDepth, maxItems);
    }

    /**
     * A copy with another number literal limit.
     *
     * @param value the most digits of a number literal, at least 1
     * @return a copy with {@link #maxNumberDigits()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public RuleLimits withMaxNumberDigits(int value) {
        return new RuleLimits(maxTextLength, value, maxStringLength, maxPatternLength, maxDepth, maxItems);
    }

    /**
     * A copy with another text literal limit.
     *
     * @param value the longest text literal or bracketed code, in chars, at least 1
     * @return a copy with {@link #maxStringLength()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public RuleLimits withMaxStringLength(int value) {
        return new RuleLimits(maxTextLength, maxNumberDigits, value, maxPatternLength, maxDepth, maxItems);
    }

    /**
     * A copy with another regular expression limit.
     *
     * @param value the longest regular expression, in chars, at least 1
     * @return a copy with {@link #maxPatternLength()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public RuleLimits withMaxPatternLength(int value) {
        return new RuleLimits(maxTextLength, maxNumberDigits, maxStringLength, value, maxDepth, maxItems);
    }

    /**
     * A copy with another nesting limit.
     *
     * @param value the deepest nesting of an expression tree, 1 to {@value #MAX_DEPTH_CEILING}
     * @return a copy with {@link #maxDepth()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1 or more than {@value #MAX_DEPTH_CEILING}
     */
    public RuleLimits withMaxDepth(int value) {
        return new RuleLimits(maxTextLength, maxNumberDigits, maxStringLength, maxPatternLength, value, maxItems);
    }

    /**
     * A copy with another list limit.
     *
     * @param value the most items of an {@code in} list or arguments of a call, at least 1
     * @return a copy with {@link #maxItems()} set to {@code value}
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public RuleLimits withMaxItems(int value) {
        return new RuleLimits(maxTextLength, maxNumberDigits, maxStringLength, maxPatternLength, maxDepth, value);
    }

    /**
     * Equal when every limit is equal.
     *
     * @param o the other object, may be null
     * @return whether {@code o} is a {@code RuleLimits} with the same limits
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleLimits l && maxTextLength == l.maxTextLength && maxNumberDigits == l.maxNumberDigits
                && maxStringLength == l.maxStringLength && maxPatternLength == l.maxPatternLength
                && maxDepth == l.maxDepth && maxItems == l.maxItems;
    }

    /**
     * A hash of every limit.
     *
     * @return a hash consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxTextLength, maxNumberDigits, maxStringLength, maxPatternLength, maxDepth, maxItems);
    }

    /**
     * Every limit, for logs.
     *
     * @return a text naming every limit and its value
     */
    @Override
    public String toString() {
        return "RuleLimits[maxTextLength=" + maxTextLength + ", maxNumberDigits=" + maxNumberDigits
                + ", maxStringLength=" + maxStringLength + ", maxPatternLength=" + maxPatternLength
                + ", maxDepth=" + maxDepth + ", maxItems=" + maxItems + "]";
    }
}
