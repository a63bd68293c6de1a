package org.statsbase.trail.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.internal.jdbc.JdbcUrl;
import org.statsbase.trail.spi.StoredEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link JdbcEventStore} apart from any one database: names, URLs, the shipped DDL, opening. */
class JdbcEventStoreTest {

    private static StoredEvent event(long sequence) {
        return StoredEvent.of(sequence, new byte[] {1, 2, (byte) sequence}, new byte[] {9, (byte) sequence});
    }

    private static List<StoredEvent> all(JdbcEventStore store) {
        List<StoredEvent> all = new ArrayList<>();
        store.scan(1, all::add);
        return all;
    }

    @Test
    void credentialsAreStrippedFromUrlsWhicheverWayTheDriverTakesThem() {
        assertThat(JdbcUrl.withoutCredentials(
                "jdbc:postgresql://127.0.0.1:55432/statsbase?user=statsbase&password=s3cret"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:55432/statsbase");
        assertThat(JdbcUrl.withoutCredentials(
                "jdbc:postgresql://db:5432/stats?user=u&ssl=true&password=s3cret&sslpassword=k&ApplicationName=x"))
                .isEqualTo("jdbc:postgresql://db:5432/stats?ssl=true&ApplicationName=x");
        assertThat(JdbcUrl.withoutCredentials("jdbc:postgresql://db/stats?password=s3cret&user=u&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/stats?ssl=true");
        assertThat(JdbcUrl.withoutCredentials("jdbc:h2:file:/var/trail;USER=sa;PASSWORD=s3cret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/var/trail;MODE=PostgreSQL");
        assertThat(JdbcUrl.withoutCredentials("jdbc:mysql://u:s3cret@db:3306/stats?useSSL=true"))
                .isEqualTo("jdbc:mysql://db:3306/stats?useSSL=true");
        assertThat(JdbcUrl.withoutCredentials("jdbc:h2:mem:trail")).isEqualTo("jdbc:h2:mem:trail");
    }

    @Test
    void aTableNameMustBeAPlainIdentifierOptionallyQualifiedByItsSchema() {
        for (String bad : List.of("", "1event", "trail-event", "trail event", "a.b.c", ".t", "t.",
                "t; DROP TABLE x", "\"quoted\"", "事件", "x".repeat(64))) {
            assertThatThrownBy(() -> JdbcSchema.parse(bad)).as(bad).isInstanceOfSatisfying(TrailException.class,
                    e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_TABLE_NAME_INVALID.code()));
        }
        for (String good : List.of("statsbase_trail_event", "_t", "Trail2", "audit.statsbase_trail_event",
                "x".repeat(63))) {
            assertThat(JdbcSchema.parse(good).given()).isEqualTo(good);
        }
        assertThatThrownBy(() -> JdbcEventStore.open("jdbc:h2:mem:never", new Properties(), "a;b"))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_TABLE_NAME_INVALID.code()));
    }

    @Test
    void theShippedDdlIsOneCreateIfAbsentStatementPerDatabase() {
        for (String file : List.of("postgresql.sql", "h2.sql")) {
            String ddl = JdbcSchema.resource(file);
            List<String> statements = JdbcSchema.statements(ddl, "\"audit\".\"events\"");

            assertThat(ddl).as(file).contains("${table}");
            assertThat(statements).as(file).hasSize(1);
            assertThat(statements.get(0)).as(file)
                    .startsWith("CREATE TABLE IF NOT EXISTS \"audit\".\"events\" (")
                    .contains("sequence BIGINT", "body", "hash", "PRIMARY KEY")
                    .doesNotContain("${table}", "--");
        }
    }

    @Test
    void openedOnAUrlTheStoreKeepsAnInMemoryDatabaseAliveUntilItIsClosed() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "h2secret");
        String url = "jdbc:h2:mem:kept_alive_by_the_store";

        try (JdbcEventStore store = JdbcEventStore.open(url, credentials)) {
            store.append(List.of(event(1), event(2)));
            store.append(List.of(event(3)));

            assertThat(store.table()).isEqualTo(JdbcEventStore.DEFAULT_TABLE);
            assertThat(all(store)).containsExactly(event(1), event(2), event(3));
            assertThat(store.describe()).isEqualTo(url + " (table statsbase_trail_event)");
        }
        try (JdbcEventStore reopened = JdbcEventStore.open(url, credentials)) {
            assertThat(reopened.lastSequence()).isZero();
        }
    }

    @Test
    void anUnreachableServerIsATypedErrorWithoutTheCredentials() {
        String url = "jdbc:postgresql://127.0.0.1:1/statsbase?user=statsbase&password=s3cret&connectTimeout=2";

        assertThatThrownBy(() -> JdbcEventStore.open(url)).isInstanceOfSatisfying(TrailException.class, e -> {
            assertThat(e.code()).isEqualTo(TrailError.JDBC_CONNECT_FAILED.code());
            assertThat(e.getMessage()).contains("127.0.0.1:1/statsbase").doesNotContain("s3cret");
        });
        assertThatThrownBy(() -> JdbcEventStore.open("jdbc:nosuchdriver:x")).isInstanceOfSatisfying(
                TrailException.class, e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_CONNECT_FAILED.code()));
    }

    @Test
    void onADatabaseWithoutShippedDdlTheTableMustExistBeforehand() throws SQLException {
        UrlDataSource h2 = new UrlDataSource("jdbc:h2:mem:other_product;DB_CLOSE_DELAY=-1");
        FaultyDataSource disguised = new FaultyDataSource(h2);
        disguised.reportProduct("SomeOtherDB");

        assertThatThrownBy(() -> JdbcEventStore.open(disguised, "dba_made")).isInstanceOfSatisfying(
                TrailException.class, e -> {
                    assertThat(e.code()).isEqualTo(TrailError.JDBC_NO_DDL.code());
                    assertThat(e.getMessage()).contains("SomeOtherDB", "dba_made");
                });

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE dba_made (sequence BIGINT PRIMARY KEY, body VARBINARY NOT NULL, "
                    + "hash VARBINARY NOT NULL)");
        }
        try (JdbcEventStore store = JdbcEventStore.open(disguised, "dba_made")) {
            store.append(List.of(event(1)));
            assertThat(all(store)).containsExactly(event(1));
        }
    }
}
