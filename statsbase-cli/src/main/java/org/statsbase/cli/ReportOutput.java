package org.statsbase.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.review.EvaluationError;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ExplanationRejection;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;

/**
 * The output of {@code statsbase validate}: the review report with what the command line adds
 * (acceptance, rejected rows, unused explanations). Written as it goes, a violation at a time, so
 * that a million violations are not held twice as text. Field names and value forms are those of
 * {@link ReviewReport#toJson()}, documented in statsbase-cli/README.md.
 *
 * @param report       the review, explanations applied
 * @param policy       the explanation policy that judged them
 * @param unacceptable how many records are not acceptable
 * @param exit         the run's exit code
 * @param rejected     rows of the input files that could not be used
 * @param unused       explanations that name no VERIFY violation
 */
record ReportOutput(ReviewReport report, ExplanationPolicy policy, int unacceptable, int exit,
        List<ObjectNode> rejected, List<ObjectNode> unused) {

    boolean acceptable() {
        return exit == 0;
    }

    /** Whether this violation keeps its record from being acceptable. */
    private boolean blocks(Violation v, Optional<ExplanationRejection> rejection) {
        boolean cleared = v.explanation().isPresent() && rejection.isEmpty();
        return v.severity().blocksAcceptance() || v.severity() == Severity.VERIFY && !cleared;
    }

    /** The one report object, on one line. */
    void json(PrintWriter out) {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("rule_set", report.ruleSetId());
            g.writeFieldName("version");
            if (report.version().isPresent()) {
                g.writeString(report.version().get());
            } else {
                g.writeNull();
            }
            g.writeNumberField("records", report.records());
            g.writeBooleanField("acceptable", acceptable());
            g.writeNumberField("unacceptable_records", unacceptable);
            g.writeArrayFieldStart("summary");
            for (RuleSummary s : report.summaries()) {
                g.writeStartObject();
                g.writeStringField("rule", s.ruleId());
                g.writeStringField("severity", s.severity().name());
                g.writeNumberField("items", s.items());
                g.writeNumberField("passes", s.passes());
                g.writeNumberField("fails", s.fails());
                g.writeNumberField("not_applicable", s.notApplicable());
                g.writeNumberField("errors", s.errors());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("violations");
            for (Violation v : report.violations()) {
                violation(g, v);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (EvaluationError e : report.errors()) {
                g.writeStartObject();
                g.writeStringField("rule", e.ruleId());
                g.writeNumberField("row", e.row());
                key(g, e.key());
                g.writeStringField("code", e.code());
                g.writeStringField("message_zh", e.messageZh());
                g.writeStringField("message_en", e.messageEn());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("rejected_rows");
            g.writeTree(Json.array().addAll(rejected));
            g.writeFieldName("unused_explanations");
            g.writeTree(Json.array().addAll(unused));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private void violation(JsonGenerator g, Violation v) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", v.ruleId());
        g.writeStringField("severity", v.severity().name());
        g.writeNumberField("row", v.row());
        key(g, v.key());
        g.writeArrayFieldStart("fields");
        for (FieldValue f : v.fields()) {
            g.writeStartObject();
            g.writeStringField("field", f.field());
            g.writeFieldName("value");
            value(g, f.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("imbalance");
        if (v.imbalance().isPresent()) {
            g.writeNumber(v.imbalance().get());
        } else {
            g.writeNull();
        }
        g.writeStringField("message_zh", v.message().zh());
        g.writeStringField("message_en", v.message().en());
        g.writeFieldName("explanation");
        Optional<ExplanationRejection> rejection = v.explanation().flatMap(policy::judge);
        if (v.explanation().isPresent()) {
            Explanation e = v.explanation().get();
            g.writeStartObject();
            g.writeStringField("text", e.text());
            g.writeStringField("author", e.author());
            g.writeStringField("at", e.at().toString());
            g.writeEndObject();
            g.writeBooleanField("explanation_accepted", rejection.isEmpty());
        } else {
            g.writeNull();
            g.writeNullField("explanation_accepted");
        }
        g.writeFieldName("explanation_rejection");
        if (rejection.isPresent()) {
            g.writeStartObject();
            g.writeStringField("code", rejection.get().code());
            g.writeStringField("message_zh", rejection.get().messageZh());
            g.writeStringField("message_en", rejection.get().messageEn());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeBooleanField("blocks", blocks(v, rejection));
        g.writeEndObject();
    }

    private static void key(JsonGenerator g, RecordKey key) throws IOException {
        g.writeObjectFieldStart("key");
        for (int i = 0; i < key.columns().size(); i++) {
            g.writeStringField(key.columns().get(i), key.values().get(i));
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Value v) throws IOException {
        if (v instanceof Value.Number n) {
            g.writeNumber(n.value());
        } else if (v instanceof Value.Text t) {
            g.writeString(t.value());
        } else if (v instanceof Value.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof Value.Date d) {
            g.writeString(d.value().toString());
        } else {
            g.writeNull();
        }
    }

    /** A summary table, the violations, errors and problems, and the result, for people. */
    void text(PrintWriter out) {
        out.println("rule set " + report.ruleSetId() + report.version().map(v -> " " + v).orElse("") + ": "
                + report.records() + " record(s) reviewed, " + unacceptable + " not acceptable");
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"rule", "severity", "items", "passes", "fails", "n/a", "errors"});
        for (RuleSummary s : report.summaries()) {
            table.add(new String[] {s.ruleId(), s.severity().name(), String.valueOf(s.items()),
                    String.valueOf(s.passes()), String.valueOf(s.fails()), String.valueOf(s.notApplicable()),
                    String.valueOf(s.errors())});
        }
        int[] width = new int[7];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i < 2 ? row[i] + pad : pad + row[i]).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        section(out, "violations", report.violations().size());
        for (Violation v : report.violations()) {
            Optional<ExplanationRejection> rejection = v.explanation().flatMap(policy::judge);
            StringBuilder line = new StringBuilder("  ").append(v.ruleId()).append(' ').append(v.severity().name())
                    .append(' ').append(keyText(v.key())).append(" (row ").append(v.row()).append(')');
            v.imbalance().ifPresent(i -> line.append(" imbalance ").append(i.toPlainString()));
            line.append(blocks(v, rejection) ? "" : " [does not block]");
            out.println(line.append(": ").append(v.message().en()).append(" / ").append(v.message().zh()));
            List<String> fields = new ArrayList<>();
            for (FieldValue f : v.fields()) {
                fields.add(f.field() + "=" + f.value().render());
            }
            if (!fields.isEmpty()) {
                out.println("      " + String.join(", ", fields));
            }
            if (v.explanation().isPresent()) {
                Explanation e = v.explanation().get();
                out.println("      explanation by " + e.author() + " at " + e.at() + ": " + e.text()
                        + rejection.map(r -> " (not accepted: " + r.code() + " " + r.messageEn() + " / "
                                + r.messageZh() + ")").orElse(" (accepted)"));
            }
        }
        section(out, "evaluation errors", report.errors().size());
        for (EvaluationError e : report.errors()) {
            out.println("  " + e.ruleId() + " " + keyText(e.key()) + " (row " + e.row() + "): " + e.code() + " "
                    + e.messageEn() + " / " + e.messageZh());
        }
        section(out, "rejected rows", rejected.size());
        for (JsonNode p : rejected) {
            out.println("  " + Text.rowProblem(p));
        }
        section(out, "unused explanations", unused.size());
        for (JsonNode u : unused) {
            List<String> key = new ArrayList<>();
            u.get("key").fields().forEachRemaining(e -> key.add(e.getKey() + "=" + e.getValue().asText()));
            out.println("  " + u.get("file").asText() + ":" + u.get("line").asLong() + ": " + u.get("rule").asText()
                    + " " + String.join(",", key) + ": " + u.get("code").asText() + " "
                    + u.get("message_en").asText() + " / " + u.get("message_zh").asText());
        }
        out.println(acceptable() ? "result: acceptable 通过"
                : rejected.isEmpty() ? "result: NOT acceptable 未通过"
                        : "result: NOT acceptable 未通过 (rows rejected: bad input)");
        out.flush();
    }

    private static void section(PrintWriter out, String title, int size) {
        if (size > 0) {
            out.println(title + " (" + size + "):");
        }
    }

    private static String keyText(RecordKey key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            parts.add(key.columns().get(i) + "=" + key.values().get(i));
        }
        return String.join(",", parts);
    }
}
