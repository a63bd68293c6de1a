package org.statsbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.FileEventStore;
import org.statsbase.trail.store.JdbcEventStore;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read a trail. {@code --store PATH|JDBC-URL}: a
 * {@link FileEventStore} directory, opened read-only (the command line only reads a trail, and a
 * damaged store must still be verifiable), or a JDBC URL ({@code jdbc:postgresql://…},
 * {@code jdbc:h2:…}) for a {@link JdbcEventStore}; {@code --algorithm}: the chain's digest.
 */
final class TrailStoreOptions {

    @Option(names = "--store", required = true, paramLabel = "PATH|JDBC-URL",
            description = "a file store's directory, or a JDBC URL (jdbc:postgresql://…, jdbc:h2:…)")
    String store;

    @Option(names = "--algorithm", paramLabel = "auto|SHA-256|SM3", defaultValue = "auto",
            description = "the chain's digest; auto (default) reads it from the store's first event")
    String algorithm;

    /** The store, for reading; close it. */
    EventStore open() {
        if (store.startsWith("jdbc:")) {
            return JdbcEventStore.open(JdbcUrls.checked("--store", store));
        }
        Path directory = PathArguments.of("--store", store);
        if (!Files.isDirectory(directory)) {
            throw new StatsbaseException(CliError.STORE_NOT_FOUND, store);
        }
        return FileEventStore.openReadOnly(directory);
    }

    /** The opened store as a trail (only read), chained with --algorithm or the store's own. */
    Trail trail(EventStore opened) {
        HashAlgorithm chosen = algorithm().or(() -> Trail.algorithmOf(opened)).orElse(HashAlgorithm.SHA_256);
        return Trail.open(opened, chosen, Clock.systemUTC());
    }

    /** {@code SHA-256}, {@code sha256}, {@code SM3}… as an algorithm; empty for auto. */
    private Optional<HashAlgorithm> algorithm() {
        if (algorithm == null || algorithm.isBlank() || algorithm.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        String v = algorithm.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (HashAlgorithm a : HashAlgorithm.values()) {
            if (a.name().replace("_", "").equals(v)) {
                return Optional.of(a);
            }
        }
        throw new StatsbaseException(CliError.BAD_CHOICE, "--algorithm", algorithm, "auto, SHA-256, SM3");
    }
}
