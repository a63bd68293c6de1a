package org.statsbase.validation.rules.file;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The two notations of a rule-set file (DESIGN.md "Review rules"): JSON (RFC 8259) and YAML
 * (1.1 as SnakeYAML reads it, without anchors, aliases or tags). Both carry exactly the same
 * keys.
 *
 * <p>Thread safety: immutable constants.
 */
public enum RuleSetFormat {
    /** JSON, files ending in {@code .json}. */
    JSON("JSON"),
    /** YAML, files ending in {@code .yaml} or {@code .yml}. */
    YAML("YAML");

    private final String displayName;

    RuleSetFormat(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The format a file name announces by its extension ({@code .json}, {@code .yaml},
     * {@code .yml}, any case), or empty.
     *
     * @param fileName a file name or path
     * @return the format; empty for another extension
     */
    public static Optional<RuleSetFormat> ofFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /**
     * {@code JSON} or {@code YAML}.
     *
     * @return the name used in messages
     */
    public String displayName() {
        return displayName;
    }
}
