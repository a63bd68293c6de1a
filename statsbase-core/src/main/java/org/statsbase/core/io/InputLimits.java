package org.statsbase.core.io;

import java.util.Objects;

/**
 * The limits under which statsbase reads a file or stream that may come from an untrusted source
 * (a data file uploaded by a reporting unit, a rule set or mapping written by an office): how many
 * bytes, how long a line, how deep the nesting, how long a number, a string or a name, how many
 * problems are listed and how many YAML aliases are followed. Reading that would exceed one stops
 * with a typed error naming the source and the limit ({@code SB-CORE-1201} "input larger than the
 * limit of … bytes", {@code SB-CORE-1202} for the others, or the reading module's own limit code),
 * so that a hostile or mistaken file costs bounded memory and time (GB/T 22239-2019 信息安全技术
 * 网络安全等级保护基本要求, the computing-environment requirements on input validity checks and
 * resource control).
 *
 * <p>Two presets: {@link #defaults()} for data files (datasets, ledgers, catalogs, classification
 * tables) and {@link #configuration()} for configuration files (rule sets, mappings, calendars,
 * schedules, policies), which are written by hand and never large. Every parser and loader takes an
 * {@code InputLimits} as an optional last argument; without it the parser uses the preset its
 * Javadoc names. Change one limit with a {@code with…} method, which returns a copy:
 *
 * <pre>{@code
 * InputLimits limits = InputLimits.defaults().withMaxInputBytes(16L << 20).withMaxNestingDepth(16);
 * DivisionCatalog catalog = DivisionCatalog.load(file, 2023, limits);
 * }</pre>
 *
 * <p>Every limit is positive; what each one bounds:
 * <ul>
 *   <li>{@link #maxInputBytes()}: bytes of one file or stream (checked while reading, before parsing);
 *   <li>{@link #maxLineLength()}: characters of one physical line of a line-oriented file (CSV, JSON Lines);
 *   <li>{@link #maxNestingDepth()}: depth of nested objects and arrays (JSON, YAML);
 *   <li>{@link #maxNumberLength()}: digits of one number (JSON, YAML; Jackson counts the digits of the
 *       integer, fraction and exponent parts);
 *   <li>{@link #maxStringLength()}: characters of one string value (JSON, YAML) or CSV field;
 *   <li>{@link #maxNameLength()}: characters of one object key (JSON, YAML);
 *   <li>{@link #maxProblems()}: problems listed in one error for a malformed file (the rest are summarised);
 *   <li>{@link #maxYamlAliases()}: YAML aliases one file may use (aliases are not expanded, so they cost no
 *       memory; statsbase's rule sets refuse them outright).
 * </ul>
 *
 * <p>Thread safety: immutable; share instances freely.
 */
public final class InputLimits {

    private static final int MIB = 1024 * 1024;

    private static final InputLimits DEFAULTS = new InputLimits(256L * MIB, MIB, 64, 1_000, MIB, 10_000, 1_000, 50);
    private static final InputLimits CONFIGURATION = new InputLimits(2L * MIB, MIB, 32, 100, MIB, 10_000, 200, 50);

    private final long maxInputBytes;
    private final int maxLineLength;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxProblems;
    private final int maxYamlAliases;

    private InputLimits(long maxInputBytes, int maxLineLength, int maxNestingDepth, int maxNumberLength,
            int maxStringLength, int maxNameLength, int maxProblems, int maxYamlAliases) {
        this.maxInputBytes = positive(maxInputBytes, "maxInputBytes");
        this.maxLineLength = (int) positive(maxLineLength, "maxLineLength");
        this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
        this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
        this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
        this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
        this.maxProblems = (int) positive(maxProblems, "maxProblems");
        this.maxYamlAliases = (int) positive(maxYamlAliases, "maxYamlAliases");
    }

    private static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * The limits for data files: 256 MiB per input, lines of 1,048,576 characters, nesting depth 64,
     * numbers of 1,000 digits, strings and CSV fields of 1,048,576 characters, names of 10,000,
     * 1,000 problems listed, 50 YAML aliases per file. Generous for the largest real files (a
     * national five-level division catalog of some 700,000 rows is tens of MiB). A file is read into
     * memory up to this size (and decoded, and parsed), so lower it where the heap is small.
     *
     * @return the preset for data files; the same instance on every call
     */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The limits for configuration files: 2 MiB per file, lines of 1,048,576 characters, nesting
     * depth 32, numbers of 100 digits, strings of 1,048,576 characters, names of 10,000, 200
     * problems listed, 50 YAML aliases per file. The largest rule set of a provincial office
     * has a few hundred rules in a few hundred kilobytes.
     *
     * @return the preset for configuration files; the same instance on every call
     */
    public static InputLimits configuration() {
        return CONFIGURATION;
    }

    /**
     * Bytes of one file or stream.
     *
     * @return the most bytes one file or stream may have, at least 1 (256 MiB in {@link #defaults()}, 2 MiB in
     *     {@link #configuration()})
     */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Characters of one physical line of a CSV or JSON Lines file.
     *
     * @return the most characters of one physical line, at least 1 (1,048,576 in both presets)
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Depth of nested objects and arrays in JSON or YAML.
     *
     * @return the deepest nesting of objects and arrays, at least 1 (64 in {@link #defaults()}, 32 in
     *     {@link #configuration()})
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Digits of one number in JSON or YAML.
     *
     * @return the most digits of one number, at least 1 (1,000 in {@link #defaults()}, 100 in {@link #configuration()})
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Characters of one string value in JSON or YAML, or of one CSV field.
     *
     * @return the most characters of one string value or CSV field, at least 1 (1,048,576 in both presets)
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Characters of one object key in JSON or YAML.
     *
     * @return the most characters of one object key, at least 1 (10,000 in both presets)
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Problems listed in one error about a malformed file; further ones are summarised.
     *
     * @return the most problems listed in one error, at least 1 (1,000 in {@link #defaults()}, 200 in
     *     {@link #configuration()})
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * YAML aliases one file may use.
     *
     * @return the most YAML aliases one file may use, at least 1 (50 in both presets)
     */
    public int maxYamlAliases() {
        return maxYamlAliases;
    }

    /**
     * A copy with another input size.
     *
     * @param bytes the most bytes of one file or stream, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code bytes} &gt; 0
     */
    public InputLimits withMaxInputBytes(long bytes) {
        return new InputLimits(bytes, maxLineLength, maxNestingDepth, maxNumberLength, maxStringLength,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another line length.
     *
     * @param chars the most characters of one physical line, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code chars} &gt; 0
     */
    public InputLimits withMaxLineLength(int chars) {
        return new InputLimits(maxInputBytes, chars, maxNestingDepth, maxNumberLength, maxStringLength,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another nesting depth.
     *
     * @param depth the deepest nesting of objects and arrays, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code depth} &gt; 0
     */
    public InputLimits withMaxNestingDepth(int depth) {
        return new InputLimits(maxInputBytes, maxLineLength, depth, maxNumberLength, maxStringLength,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another number length.
     *
     * @param chars the most digits of one number, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code chars} &gt; 0
     */
    public InputLimits withMaxNumberLength(int chars) {
        return new InputLimits(maxInputBytes, maxLineLength, maxNestingDepth, chars, maxStringLength,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another string length.
     *
     * @param chars the most characters of one string value or CSV field, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code chars} &gt; 0
     */
    public InputLimits withMaxStringLength(int chars) {
        return new InputLimits(maxInputBytes, maxLineLength, maxNestingDepth, maxNumberLength, chars,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another name length.
     *
     * @param chars the most characters of one object key, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code chars} &gt; 0
     */
    public InputLimits withMaxNameLength(int chars) {
        return new InputLimits(maxInputBytes, maxLineLength, maxNestingDepth, maxNumberLength, maxStringLength,
                chars, maxProblems, maxYamlAliases);
    }

    /**
     * A copy with another number of problems listed.
     *
     * @param problems the most problems listed in one error, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code problems} &gt; 0
     */
    public InputLimits withMaxProblems(int problems) {
        return new InputLimits(maxInputBytes, maxLineLength, maxNestingDepth, maxNumberLength, maxStringLength,
                maxNameLength, problems, maxYamlAliases);
    }

    /**
     * A copy with another number of YAML aliases.
     *
     * @param aliases the most YAML aliases one file may use, at least 1
     * @return a copy with this limit and the other limits of this one; this one is unchanged
     * @throws IllegalArgumentException unless {@code aliases} &gt; 0
     */
    public InputLimits withMaxYamlAliases(int aliases) {
        return new InputLimits(maxInputBytes, maxLineLength, maxNestingDepth, maxNumberLength, maxStringLength,
                maxNameLength, maxProblems, aliases);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputLimits l && maxInputBytes == l.maxInputBytes && maxLineLength == l.maxLineLength
                && maxNestingDepth == l.maxNestingDepth && maxNumberLength == l.maxNumberLength
                && maxStringLength == l.maxStringLength && maxNameLength == l.maxNameLength
                && maxProblems == l.maxProblems && maxYamlAliases == l.maxYamlAliases;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxInputBytes, maxLineLength, maxNestingDepth, maxNumberLength, maxStringLength,
                maxNameLength, maxProblems, maxYamlAliases);
    }

    @Override
    public String toString() {
        return "InputLimits[maxInputBytes=" + maxInputBytes + ", maxLineLength=" + maxLineLength
                + ", maxNestingDepth=" + maxNestingDepth + ", maxNumberLength=" + maxNumberLength
                + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength
                + ", maxProblems=" + maxProblems + ", maxYamlAliases=" + maxYamlAliases + "]";
    }
}
