package org.statsbase.validation.rules.file;

import java.util.Objects;
import org.statsbase.core.io.InputLimits;

/**
 * The limits that keep reading a hostile rule-set file bounded in time and memory: the
 * configurable ones come from an {@link InputLimits} (by default {@link InputLimits#configuration()}:
 * 2 MiB per file, nesting depth 32, numbers of 100 characters, 200 problems reported), the include
 * limits are fixed. Each default is far above what a real rule set needs (the largest rule sets of a
 * provincial office have a few hundred rules in a few hundred kilobytes).
 *
 * <p>Thread safety: immutable.
 */
final class RuleSetLimits {

    /** Length of an include chain, the root file included. */
    static final int MAX_INCLUDE_DEPTH = 16;
    /** Files read for one rule set, the root file included. */
    static final int MAX_FILES = 256;

    /** The limits of the one-argument readers. */
    static final RuleSetLimits DEFAULT = new RuleSetLimits(InputLimits.configuration());
    /** Bytes per file of {@link #DEFAULT} (2 MiB). */
    static final int MAX_FILE_BYTES = DEFAULT.maxFileBytes();
    /** Problems reported by {@link #DEFAULT}; the rest are summarised by one limit problem. */
    static final int MAX_PROBLEMS = DEFAULT.maxProblems();

    private final InputLimits input;

    private RuleSetLimits(InputLimits input) {
        this.input = Objects.requireNonNull(input, "limits");
    }

    static RuleSetLimits of(InputLimits input) {
        return input.equals(DEFAULT.input) ? DEFAULT : new RuleSetLimits(input);
    }

    InputLimits input() {
        return input;
    }

    /** Bytes per file; an array holds at most about {@link Integer#MAX_VALUE}. */
    int maxFileBytes() {
        return (int) Math.min(input.maxInputBytes(), Integer.MAX_VALUE - 16);
    }

    /** Nesting depth of objects and arrays in a file (the format itself needs 4; meta may nest). */
    int maxDepth() {
        return input.maxNestingDepth();
    }

    /** Problems reported for one rule set; the rest are summarised by one limit problem. */
    int maxProblems() {
        return input.maxProblems();
    }

    /** Characters of a number literal. */
    int maxNumberLength() {
        return input.maxNumberLength();
    }
}
