package org.statsbase.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.data.DatasetReadException;
import org.statsbase.validation.data.ReadProblem;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;

/** JSON output: one object per line (JSON Lines), keys in snake_case, in input order. */
final class Json {

    /**
     * Reads numbers as exact decimals (keeping their scale: {@code 0.10} stays {@code 0.10}) and writes
     * them in plain notation, so values from a review report pass through unchanged.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code {"error":{"code","message_zh","message_en"}}} for a statsbase exception. */
    static ObjectNode error(StatsbaseException e) {
        ObjectNode error = object();
        error.put("code", e.code());
        error.put("message_zh", e.messageZh());
        error.put("message_en", e.messageEn());
        List<ObjectNode> problems = problems(e);
        if (!problems.isEmpty()) {
            error.putArray("problems").addAll(problems);
        }
        ObjectNode wrapper = object();
        wrapper.set("error", error);
        return wrapper;
    }

    /** Every located problem an exception carries (rule sets, data files, form files), as objects. */
    static List<ObjectNode> problems(StatsbaseException e) {
        if (e instanceof RuleSetException rules) {
            return rules.problems().stream().map(Json::problem).toList();
        }
        if (e instanceof DatasetReadException data) {
            return data.problems().stream().map(Json::problem).toList();
        }
        if (e instanceof DataFileException file) {
            return file.problems().stream().map(Json::problem).toList();
        }
        return List.of();
    }

    /** {@code {"file","line","column","code","message_zh","message_en","found","expected"}}; line, column 0 when unknown. */
    static ObjectNode problem(RuleProblem p) {
        ObjectNode o = object();
        o.put("file", p.location().source());
        o.put("line", p.location().line());
        o.put("column", p.location().column());
        o.put("code", p.code());
        o.put("message_zh", p.messageZh());
        o.put("message_en", p.messageEn());
        o.put("found", p.found());
        o.put("expected", p.expected());
        return o;
    }

    /** {@code {"file","line","field","code","message_zh","message_en"}}; field {@code null} for a whole row. */
    static ObjectNode problem(ReadProblem p) {
        return readProblem(p.source(), p.line(), p.column(), p.code(), p.messageZh(), p.messageEn());
    }

    /** A form-file problem; its code starts its messages ({@code null} here). */
    static ObjectNode problem(DataProblem p) {
        return readProblem(p.source(), p.line(), p.field(), null, p.messageZh(), p.messageEn());
    }

    /** A problem of a row of a data, reference or explanations file. */
    static ObjectNode readProblem(String file, long line, String field, String code, String zh, String en) {
        ObjectNode o = object();
        o.put("file", file);
        o.put("line", line);
        if (field == null || field.isEmpty()) {
            o.putNull("field");
        } else {
            o.put("field", field);
        }
        if (code == null) {
            o.putNull("code");
        } else {
            o.put("code", code);
        }
        o.put("message_zh", zh);
        o.put("message_en", en);
        return o;
    }

    /** An empty array. */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The error object for a code and its arguments. */
    static ObjectNode error(ErrorCode code, Object... args) {
        return error(new StatsbaseException(code, args));
    }

    static void print(PrintWriter out, ObjectNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
