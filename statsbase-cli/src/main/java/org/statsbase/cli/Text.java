package org.statsbase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.RuleProblem;

/** The {@code --format text} renderings shared by {@code rules check} and {@code validate}. */
final class Text {

    private Text() {
    }

    /** {@code file:line:column: CODE message_en / message_zh [found …, expected …]} (what is known of the place). */
    static String problem(RuleProblem p) {
        StringBuilder line = new StringBuilder().append(p.location()).append(": ").append(p.code()).append(' ')
                .append(p.messageEn()).append(" / ").append(p.messageZh());
        if (!p.found().isEmpty() || !p.expected().isEmpty()) {
            line.append(" [found: ").append(p.found().isEmpty() ? "-" : p.found())
                    .append("; expected: ").append(p.expected().isEmpty() ? "-" : p.expected()).append(']');
        }
        return line.toString();
    }

    /** {@code file:line [field]: CODE message_en / message_zh} for a problem object of {@link Json#readProblem}. */
    static String rowProblem(JsonNode p) {
        StringBuilder line = new StringBuilder(p.get("file").asText());
        if (p.get("line").asLong() > 0) {
            line.append(':').append(p.get("line").asLong());
        }
        if (!p.get("field").isNull()) {
            line.append(" [").append(p.get("field").asText()).append(']');
        }
        line.append(": ");
        if (!p.get("code").isNull()) {
            line.append(p.get("code").asText()).append(' ');
        }
        return line.append(p.get("message_en").asText()).append(" / ").append(p.get("message_zh").asText()).toString();
    }

    /** {@code error CODE: message_en / message_zh}, then each located problem the exception carries. */
    static void error(PrintWriter out, StatsbaseException e) {
        out.println("error " + e.code() + ": " + e.messageEn() + " / " + e.messageZh());
        if (e instanceof org.statsbase.validation.error.RuleSetException rules) {
            rules.problems().forEach(p -> out.println(problem(p)));
        } else {
            Json.problems(e).forEach(p -> out.println(rowProblem(p)));
        }
        out.flush();
    }
}
