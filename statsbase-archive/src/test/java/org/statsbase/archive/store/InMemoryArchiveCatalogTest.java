package org.statsbase.archive.store;

import org.statsbase.archive.spi.ArchiveCatalog;

/** The catalog contract on {@link InMemoryArchiveCatalog}. */
class InMemoryArchiveCatalogTest extends ArchiveCatalogContract {

    @Override
    protected ArchiveCatalog newCatalog() {
        return InMemoryArchiveCatalog.create();
    }
}
