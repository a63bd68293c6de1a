package org.statsbase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 8 §1: hostile command lines given to the commands that open stores and write (archive ingest, hold,
 * release, dispose, transfer, check, due; audit verify and accountability, whose {@code --store} may be an H2 URL).
 * Each try is a session of one to three command lines ({@link CliArguments#writingSession}) in a directory of its
 * own, deleted afterwards. Every run ends as {@link CliFuzz} requires, and nothing is written outside the try's
 * directory: after each try the fuzz root holds only that directory, the working directory has the entries it
 * had, and no id or path climbed out to {@link CliArguments#ESCAPE}.
 */
class CliWritingCommandsFuzzProperties {

    /** Sessions in the normal build (1.8 command lines each on average). */
    static final int TRIES = 2_000;

    private static final Path FILES = CliArguments.files();
    private static final Path ROOT = temporaryDirectory();
    private static final Path CWD = Path.of("").toAbsolutePath();
    private static final Set<String> CWD_ENTRIES = entries(CWD);
    private static int sessions;

    @Property(tries = TRIES)
    void everySessionEndsInResultsOrTypedErrorsAndWritesOnlyInItsDirectory(@ForAll Random random) {
        session(random);
    }

    /** Runs one session in a new directory, checks every run and what was written, and deletes the directory. */
    static void session(Random random) {
        Path dir = ROOT.resolve("try-" + ++sessions);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("record.pdf"), "%PDF-1.4 统计月报");
            for (List<String> args : CliArguments.writingSession(random, dir, FILES)) {
                CliFuzz.check(args);
                wroteOnlyIn(dir, args);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(ROOT);
        }
    }

    private static void wroteOnlyIn(Path dir, List<String> args) {
        Set<String> root = entries(ROOT);
        if (!root.equals(Set.of(dir.getFileName().toString()))) {
            throw new AssertionFailedError("written beside the try's directory " + dir + ": " + root + " by "
                    + CliFuzz.show(args));
        }
        Set<String> cwd = entries(CWD);
        if (!cwd.equals(CWD_ENTRIES)) {
            throw new AssertionFailedError("written in the working directory: " + cwd + " (was " + CWD_ENTRIES
                    + ") by " + CliFuzz.show(args));
        }
        for (Path escaped : List.of(ROOT.getParent().resolve(CliArguments.ESCAPE),
                Path.of("/tmp").resolve(CliArguments.ESCAPE), CWD.resolve(CliArguments.ESCAPE))) {
            if (Files.exists(escaped)) {
                throw new AssertionFailedError("written outside: " + escaped + " by " + CliFuzz.show(args));
            }
        }
    }

    private static Set<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what the root holds (the root stays). */
    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path root = Files.createTempDirectory("statsbase-cli-fuzz-stores");
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
