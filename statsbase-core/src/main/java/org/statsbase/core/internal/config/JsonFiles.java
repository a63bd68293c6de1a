package org.statsbase.core.internal.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/**
 * Reads a JSON configuration file as a tree, strictly: a repeated key or trailing content makes
 * the file unreadable instead of silently keeping the last value.
 *
 * <p>Thread safety: safe to use from any thread (the shared mapper is configured once, then
 * only reads).
 */
public final class JsonFiles {

    // Configured once, then only used for reading: ObjectMapper is thread-safe in that use.
    private static final ObjectMapper DEFAULT_MAPPER = mapper(InputLimits.defaults());

    private JsonFiles() {
    }

    private static ObjectMapper mapper(InputLimits limits) {
        return JsonMapper.builder(LimitedInput.jsonFactory(limits))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Reads the tree under {@link InputLimits#defaults()}; never returns {@code null}. */
    public static JsonNode read(String source, InputStream in) {
        return read(source, in, InputLimits.defaults());
    }

    /**
     * Reads the tree under {@code limits}; never returns {@code null} (an empty file gives a missing
     * node).
     *
     * @throws DataFileException unreadable, or over one of the limits ({@code SB-CORE-1201}/{@code 1202})
     */
    public static JsonNode read(String source, InputStream in, InputLimits limits) {
        return parse(source, LimitedInput.readAll(in, source, limits), limits);
    }

    /** Reads the tree of a file under {@link InputLimits#defaults()}. */
    public static JsonNode read(Path path) {
        return read(path, InputLimits.defaults());
    }

    /** Reads the tree of a file under {@code limits}. */
    public static JsonNode read(Path path, InputLimits limits) {
        return parse(path.toString(), LimitedInput.readAll(path, limits), limits);
    }

    private static JsonNode parse(String source, byte[] bytes, InputLimits limits) {
        ObjectMapper mapper = limits.equals(InputLimits.defaults()) ? DEFAULT_MAPPER : mapper(limits);
        try {
            JsonNode node = mapper.readTree(bytes);
            return node == null ? mapper.missingNode() : node;
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // NumberFormatException (found by fuzzing, issue 8): a number such as 1e309999… that no BigDecimal holds
            throw LimitedInput.unreadable(source, e, limits);
        }
    }
}
