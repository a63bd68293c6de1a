package org.statsbase.core.internal.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.statsbase.core.error.DataFileException;

/**
 * Reads a JSON configuration file as a tree, strictly: a repeated key or trailing content makes
 * the file unreadable instead of silently keeping the last value.
 *
 * <p>Thread safety: safe to use from any thread (the shared mapper is configured once, then
 * only reads).
 */
public final class JsonFiles {

    // Configured once, then only used for reading: ObjectMapper is thread-safe in that use.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonFiles() {
    }

    /** Reads the tree; never returns {@code null} (an empty file gives a missing node). */
    public static JsonNode read(String source, InputStream in) {
        try {
            JsonNode node = MAPPER.readTree(in);
            return node == null ? MAPPER.missingNode() : node;
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // NumberFormatException (found by fuzzing, issue 8): a number such as 1e309999… that no BigDecimal holds
            throw DataFileException.unreadable(source, e);
        }
    }

    /** Reads the tree of a file. */
    public static JsonNode read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in);
        } catch (IOException e) {
            throw DataFileException.unreadable(path.toString(), e);
        }
    }
}
