package org.statsbase.archive.store;

import java.util.concurrent.atomic.AtomicInteger;
import org.statsbase.archive.spi.ArchiveCatalog;

/** The catalog contract on {@link JdbcArchiveCatalog} over an in-memory H2 database (one per test). */
class H2MemoryArchiveCatalogTest extends ArchiveCatalogContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected ArchiveCatalog newCatalog() {
        // The database lives while the catalog keeps its connections: closing the catalog drops it.
        return JdbcArchiveCatalog.open("jdbc:h2:mem:archive_contract_" + DATABASES.incrementAndGet()
                + ";USER=sa;PASSWORD=h2secret");
    }
}
