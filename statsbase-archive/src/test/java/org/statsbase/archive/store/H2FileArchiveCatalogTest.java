package org.statsbase.archive.store;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.spi.ArchiveCatalog;

/** The catalog contract on {@link JdbcArchiveCatalog} over an H2 database in a file, with its own table prefix per test. */
class H2FileArchiveCatalogTest extends ArchiveCatalogContract {

    private static final AtomicInteger PREFIXES = new AtomicInteger();

    @TempDir
    static Path dir;

    @Override
    protected ArchiveCatalog newCatalog() {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "h2secret");
        return JdbcArchiveCatalog.open("jdbc:h2:file:" + dir.resolve("catalog"), p, "arc_" + PREFIXES.incrementAndGet());
    }
}
