package org.statsbase.validation.rules.file;

import java.util.List;

/**
 * The keys of the rule-set file format, exactly those DESIGN.md shows; the JSON Schema
 * ({@code rule-set.schema.json}) lists the same keys, and a test compares the two.
 *
 * <p>Thread safety: constants.
 */
final class RuleSetKeys {

    /** The keys of a rule-set file, in the order DESIGN.md writes them. */
    static final List<String> RULE_SET = List.of("id", "version", "tolerance", "includes", "rules");
    /** Required keys of a rule-set file. */
    static final List<String> RULE_SET_REQUIRED = List.of("id");
    /** The keys of a rule. */
    static final List<String> RULE = List.of("id", "check", "when", "severity", "name", "message", "meta");
    /** Required keys of a rule. */
    static final List<String> RULE_REQUIRED = List.of("id", "check");
    /** The keys of a text in two languages ({@code name}, {@code message}). */
    static final List<String> TEXT = List.of("zh", "en");

    private RuleSetKeys() {
    }
}
