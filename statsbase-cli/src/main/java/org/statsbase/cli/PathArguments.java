package org.statsbase.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.ITypeConverter;

/**
 * Every path the command line is given, whether it names a file to read or a directory to write: a path naming a
 * device, a named pipe or a socket ({@code /dev/zero}, {@code /dev/stdin}, a FIFO, or a symbolic link to one) is
 * refused with {@link CliError#SPECIAL_FILE} before anything opens it, because reading one never ends or waits for
 * ever (issue 8 §1: hostile arguments never hang the command line or exhaust its memory). A blank path is refused
 * with {@link CliError#EMPTY_PATH}: it would name the working directory. Registered with picocli
 * for every {@code Path} option and parameter; the paths written inside an option's value ({@code --ref NAME=FILE},
 * a batch row's catalog) go through {@link #of(String, String)}.
 *
 * <p>Thread safety: stateless.
 */
final class PathArguments implements ITypeConverter<Path> {

    /** What picocli's handler turns into {@link #error}, naming the option. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** {@link CliError#SPECIAL_FILE} or {@link CliError#EMPTY_PATH}. */
        final CliError error;

        Refused(CliError error, String value) {
            super(value, null, false, false);
            this.error = error;
        }
    }

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            // Path.of("") is the working directory: an unset shell variable must not put a trail or archive there
            throw new Refused(CliError.EMPTY_PATH, value);
        }
        Path path = Path.of(value);
        if (special(path)) {
            throw new Refused(CliError.SPECIAL_FILE, value);
        }
        return path;
    }

    /**
     * The path written in an option's value.
     *
     * @throws StatsbaseException {@link CliError#SPECIAL_FILE} for a device, pipe or socket,
     *         {@link CliError#EMPTY_PATH} for blank text, {@link CliError#USAGE} for text that is no path on this
     *         system (a NUL character, for example)
     */
    static Path of(String option, String value) {
        if (value.isBlank()) {
            throw new StatsbaseException(CliError.EMPTY_PATH, option);
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new StatsbaseException(CliError.USAGE, e, option + ": " + e.getMessage());
        }
        return checked(option, path);
    }

    /** {@code path}, unless it names a device, pipe or socket ({@link CliError#SPECIAL_FILE}). */
    static Path checked(String option, Path path) {
        if (special(path)) {
            throw new StatsbaseException(CliError.SPECIAL_FILE, option, path);
        }
        return path;
    }

    /** Whether the path exists (following links) and is neither a regular file nor a directory. */
    private static boolean special(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }
}
