package org.statsbase.archive.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;

/** Reading JSON data files with the tree model (no reflective binding: JPMS). Thread safety: stateless; the mapper is shared read-only. */
public final class Json {

    /** The shared mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

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

    /** A text field, if present and textual or numeric. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !(v.isTextual() || v.isNumber())) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }
}
