package org.statsbase.core.unit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.statsbase.core.error.DataFileException;

/**
 * Opens the rule tables of the unit classifiers — a user's file or the table shipped beside a
 * class — and hands the stream with its name to the table's reader, which closes it.
 *
 * <p>Thread safety: stateless.
 */
public final class TableSources {

    private TableSources() {
    }

    /**
     * Reads a user-supplied table file.
     *
     * @throws DataFileException if the file cannot be opened (or, from the reader, read)
     */
    public static <T> T file(Path file, BiFunction<InputStream, String, T> reader) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
        return reader.apply(in, file.toString());
    }

    /**
     * Reads the table shipped as resource {@code name} beside {@code anchor}. A missing shipped
     * table is a broken build, not bad user data: hence the unchecked I/O error.
     */
    public static <T> T shipped(Class<?> anchor, String name, BiFunction<InputStream, String, T> reader) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + name));
        }
        return reader.apply(in, name);
    }
}
