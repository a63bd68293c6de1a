package org.statsbase.archive.store;

import org.statsbase.archive.spi.ContentStore;

/** The content-store contract on {@link InMemoryContentStore}. */
class InMemoryContentStoreTest extends ContentStoreContract {

    @Override
    protected ContentStore newStore() {
        return InMemoryContentStore.create();
    }
}
