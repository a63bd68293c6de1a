package org.statsbase.archive.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.statsbase.trail.internal.jdbc.JdbcUrl;

/**
 * The PostgreSQL server of the JDBC catalog tests, as statsbase-trail's tests find theirs: {@code STATSBASE_PG_URL},
 * else {@code .ci/postgres.sh}'s default. Unreachable: the tests skip with a message, or fail when {@code CI} is set.
 */
final class PostgresServer {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/statsbase?user=statsbase&password=statsbase";

    private static String url;
    private static String unreachable;
    private static boolean checked;

    private PostgresServer() {
    }

    static synchronized void require() {
        if (checked) {
            return;
        }
        checked = true;
        String configured = System.getenv("STATSBASE_PG_URL");
        url = configured == null || configured.isBlank() ? DEFAULT_URL : configured.strip();
        String probe = url.contains("connectTimeout=") ? url : url + (url.contains("?") ? "&" : "?") + "connectTimeout=5";
        try (Connection c = DriverManager.getConnection(probe)) {
            c.getMetaData();
        } catch (SQLException e) {
            String message = "no PostgreSQL server at " + JdbcUrl.withoutCredentials(url) + " (" + e.getMessage()
                    + "): start one with .ci/postgres.sh start, or set STATSBASE_PG_URL to a server's JDBC URL";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                Assertions.fail("CI is set, so the PostgreSQL tests must run, but there is " + message, e);
            }
            unreachable = "skipped: " + message + " (with CI set this fails the build)";
            System.err.println("statsbase-archive PostgreSQL tests " + unreachable);
        }
    }

    static void skipUnlessReachable() {
        require();
        Assumptions.assumeTrue(unreachable == null, () -> unreachable);
    }

    static String url() {
        return url;
    }
}
