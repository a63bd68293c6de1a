package org.statsbase.cli;

import java.util.Locale;
import org.statsbase.core.error.StatsbaseException;

/** The output format of the commands that produce a report: {@code --format json|text}. */
enum Format {
    /** One JSON object (per file for {@code rules check}, one report for {@code validate}). */
    JSON,
    /** Lines for people and for editors' problem matchers ({@code file:line:column: CODE message}). */
    TEXT;

    static Format parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "text" -> TEXT;
            default -> throw new StatsbaseException(CliError.BAD_CHOICE, "--format", text, "json, text");
        };
    }
}
