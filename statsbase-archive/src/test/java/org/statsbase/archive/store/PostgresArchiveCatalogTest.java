package org.statsbase.archive.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;

/**
 * The catalog contract on {@link JdbcArchiveCatalog} over a real PostgreSQL server: the one {@code STATSBASE_PG_URL}
 * names, by default the one {@code .ci/postgres.sh start} runs on 127.0.0.1:55432 (statsbase-trail's set-up).
 * Without a reachable server the tests are skipped, unless the environment variable {@code CI} is set: then
 * they fail. Each test has its own table prefix, dropped afterwards.
 */
class PostgresArchiveCatalogTest extends ArchiveCatalogContract {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private final List<String> prefixes = new ArrayList<>();

    // In @BeforeAll: the contract's own @BeforeEach (which opens a catalog) runs before a subclass's @BeforeEach.
    @BeforeAll
    static void requireServer() {
        PostgresServer.skipUnlessReachable();
    }

    @BeforeEach
    void skipWithoutServer() {
        PostgresServer.skipUnlessReachable();
    }

    @Override
    protected ArchiveCatalog newCatalog() {
        String prefix = "sb_arc_test_" + ProcessHandle.current().pid() + "_" + PREFIXES.incrementAndGet();
        prefixes.add(prefix);
        return JdbcArchiveCatalog.open(PostgresServer.url(), new java.util.Properties(), prefix);
    }

    @Test
    void theDueListIsOneQueryOnThePartialDueIndex() throws SQLException {
        JdbcArchiveCatalog c = (JdbcArchiveCatalog) newCatalog();
        try (c) {
            for (int i = 0; i < 50; i++) {
                c.put(TestRecords.record("r" + i, "ledger", LocalDate.of(2024, 5, 10), "c" + i)
                        .withDueOn(Optional.of(LocalDate.of(2026 + i % 5, 1, 1))));
            }
            assertThat(c.count(RecordQuery.dueAsOf(LocalDate.of(2027, 1, 1)))).isEqualTo(20);
        }
        StringBuilder plan = new StringBuilder();
        try (Connection conn = DriverManager.getConnection(PostgresServer.url()); Statement s = conn.createStatement()) {
            // A table this small would be read whole; what is checked is that the index serves the query.
            s.execute("SET enable_seqscan = off");
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT id, revision, body FROM " + c.prefix() + "_record "
                    + "WHERE state = 'ACTIVE' AND due_on <= DATE '2027-01-01' ORDER BY due_on, id")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).contains(c.prefix() + "_record_due").doesNotContain("Sort");
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (prefixes.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(PostgresServer.url()); Statement s = c.createStatement()) {
            for (String p : prefixes) {
                s.execute("DROP TABLE IF EXISTS " + p + "_record, " + p + "_list");
            }
        }
    }
}
