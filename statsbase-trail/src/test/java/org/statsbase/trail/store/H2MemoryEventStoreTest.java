package org.statsbase.trail.store;

/** {@link JdbcEventStore} on an in-memory H2 database. */
class H2MemoryEventStoreTest extends JdbcEventStoreContract {

    @Override
    protected String url() {
        // Kept while the JVM runs: the store takes a connection per operation from a data source.
        return "jdbc:h2:mem:statsbase_trail_contract;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=h2secret";
    }

    @Override
    protected String ddlResource() {
        return "h2.sql";
    }
}
