package org.statsbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/** JSON output: one object per line (JSON Lines), keys in snake_case, in input order. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

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
        ObjectNode wrapper = object();
        wrapper.set("error", error);
        return wrapper;
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
