package org.statsbase.trail.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.statsbase.trail.internal.jdbc.JdbcUrl;

/**
 * {@link JdbcEventStore} on a real PostgreSQL server: the one {@code STATSBASE_PG_URL} names, by default
 * the one {@code .ci/postgres.sh start} runs on 127.0.0.1:55432. Without a reachable server the tests
 * are skipped, unless the environment variable {@code CI} is set: then they fail, so that a build
 * server never passes without having run them.
 */
class PostgresEventStoreTest extends JdbcEventStoreContract {

    static final String DEFAULT_URL =
            "jdbc:postgresql://127.0.0.1:55432/statsbase?user=statsbase&password=statsbase";

    private static String url;
    private static String unreachable;

    @BeforeAll
    static void requireServer() {
        String configured = System.getenv("STATSBASE_PG_URL");
        url = configured == null || configured.isBlank() ? DEFAULT_URL : configured.strip();
        try (Connection c = DriverManager.getConnection(withTimeouts(url))) {
            c.getMetaData();
        } catch (SQLException e) {
            String message = "no PostgreSQL server at " + JdbcUrl.withoutCredentials(url) + " (" + e.getMessage()
                    + "): start one with .ci/postgres.sh start, or set STATSBASE_PG_URL to a server's JDBC URL";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                Assertions.fail("CI is set, so the PostgreSQL tests must run, but there is " + message, e);
            }
            // Skipped per test (not per class) so that the build's report counts them as skipped.
            unreachable = "skipped: " + message + " (with CI set this fails the build)";
            System.err.println("PostgresEventStoreTest " + unreachable);
        }
    }

    @BeforeEach
    void skipWithoutServer() {
        Assumptions.assumeTrue(unreachable == null, () -> unreachable);
    }

    // Fail fast when nothing listens, rather than waiting for the driver's default timeouts.
    private static String withTimeouts(String url) {
        return url.contains("connectTimeout=") ? url : url + (url.contains("?") ? "&" : "?") + "connectTimeout=5";
    }

    @Override
    protected String url() {
        return url;
    }

    @Override
    protected String ddlResource() {
        return "postgresql.sql";
    }
}
