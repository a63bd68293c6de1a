package org.statsbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.FileEventStore;
import org.statsbase.trail.store.JdbcEventStore;

/**
 * {@code --store PATH|JDBC-URL}: a {@link FileEventStore} directory, opened read-only (the command
 * line only reads a trail, and a damaged store must still be verifiable), or a JDBC URL
 * ({@code jdbc:postgresql://…}, {@code jdbc:h2:…}) for a {@link JdbcEventStore}.
 */
final class TrailStores {

    private TrailStores() {
    }

    static EventStore open(String store) {
        if (store.startsWith("jdbc:")) {
            return JdbcEventStore.open(store);
        }
        Path directory = Path.of(store);
        if (!Files.isDirectory(directory)) {
            throw new StatsbaseException(CliError.STORE_NOT_FOUND, store);
        }
        return FileEventStore.openReadOnly(directory);
    }

    /** A read-only view of the store as a trail, chained with {@code algorithm} or the store's own. */
    static Trail trail(EventStore store, Optional<HashAlgorithm> algorithm) {
        HashAlgorithm chosen = algorithm.or(() -> Trail.algorithmOf(store)).orElse(HashAlgorithm.SHA_256);
        return Trail.open(store, chosen, java.time.Clock.systemUTC());
    }

    /** {@code SHA-256}, {@code sha256}, {@code SM3}… as an algorithm. */
    static Optional<HashAlgorithm> algorithm(String option, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        for (HashAlgorithm a : HashAlgorithm.values()) {
            if (a.name().replace("_", "").equals(v)) {
                return Optional.of(a);
            }
        }
        throw new StatsbaseException(CliError.BAD_CHOICE, option, value, "auto, SHA-256, SM3");
    }
}
