package org.statsbase.validation.rules.file;

/**
 * The limits that keep reading a hostile rule-set file bounded in time and memory. Each is far
 * above what a real rule set needs (the largest rule sets of a provincial office have a few
 * hundred rules in a few hundred kilobytes).
 *
 * <p>Thread safety: constants.
 */
final class RuleSetLimits {

    /** Bytes per file (2 MiB). */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** Nesting depth of objects and arrays in a file (the format itself needs 4; meta may nest). */
    static final int MAX_DEPTH = 32;
    /** Length of an include chain, the root file included. */
    static final int MAX_INCLUDE_DEPTH = 16;
    /** Files read for one rule set, the root file included. */
    static final int MAX_FILES = 256;
    /** Problems reported for one rule set; the rest are summarised by one limit problem. */
    static final int MAX_PROBLEMS = 200;
    /** Characters of a number literal. */
    static final int MAX_NUMBER_LENGTH = 100;

    private RuleSetLimits() {
    }
}
