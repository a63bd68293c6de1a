package org.statsbase.trail.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdbcEventStore} on an H2 database in a file, closed and opened again between operations. */
class H2FileEventStoreTest extends JdbcEventStoreContract {

    @TempDir
    static Path dir;

    @Override
    protected String url() {
        return "jdbc:h2:file:" + dir.resolve("trail") + ";USER=sa;PASSWORD=h2secret";
    }

    @Override
    protected String ddlResource() {
        return "h2.sql";
    }
}
