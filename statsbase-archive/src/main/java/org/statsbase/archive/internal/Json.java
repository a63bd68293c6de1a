package org.statsbase.archive.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/** Reading JSON data files with the tree model (no reflective binding: JPMS). Thread safety: stateless; the mapper is shared read-only. */
public final class Json {

    /** The shared mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The mapper for configuration files under their default limits. */
    private static final ObjectMapper CONFIGURATION = new ObjectMapper(LimitedInput.jsonFactory(InputLimits.configuration()));

    /** The tree of {@code in}; a read or syntax failure is SB-ARC-0102 naming {@code source}. */
    public static JsonNode read(InputStream in, String source) {
        try {
            JsonNode n = MAPPER.readTree(in);
            if (n == null || !n.isObject()) {
                throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, "not a JSON object / 不是 JSON 对象");
            }
            return n;
        } catch (IOException e) {
            throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, e.getMessage());
        }
    }

    /**
     * The tree of {@code in} read under {@code limits}; a limit exceeded is SB-ARC-0701, a read or syntax
     * failure SB-ARC-0102, both naming {@code source}.
     */
    public static JsonNode read(InputStream in, String source, InputLimits limits) {
        byte[] bytes;
        try {
            bytes = LimitedInput.readAll(in, source, limits);
        } catch (DataFileException e) {
            throw translate(source, e);
        }
        ObjectMapper mapper = limits.equals(InputLimits.configuration()) ? CONFIGURATION
                : new ObjectMapper(LimitedInput.jsonFactory(limits));
        try {
            JsonNode n = mapper.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, "not a JSON object / 不是 JSON 对象");
            }
            return n;
        } catch (IOException e) {
            Optional<DataFileException> over = LimitedInput.overLimit(source, e, limits);
            if (over.isPresent()) {
                throw translate(source, over.get());
            }
            throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, e.getMessage());
        }
    }

    private static ArchiveException translate(String source, DataFileException e) {
        if (e.code().startsWith("SB-CORE-12")) {
            return new ArchiveException(ArchiveError.INPUT_LIMIT_EXCEEDED, e, source, e.code() + " " + e.messageZh(),
                    e.code() + " " + e.messageEn());
        }
        return new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, e.messageEn());
    }

    /** A text field, if present and textual or numeric. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !(v.isTextual() || v.isNumber())) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }
}
