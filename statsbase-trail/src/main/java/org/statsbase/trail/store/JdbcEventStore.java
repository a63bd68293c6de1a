package org.statsbase.trail.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.internal.jdbc.JdbcConnections;
import org.statsbase.trail.internal.jdbc.JdbcUrl;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/**
 * An event store in a relational database through JDBC: one table, one row per event
 * ({@code sequence BIGINT PRIMARY KEY, body, hash}), so that the trail that 数据质量责任追究制度 asks
 * for can live in the database a statistical office already runs and backs up. Tested on PostgreSQL
 * and H2; the DDL ships as {@code org/statsbase/trail/store/jdbc/postgresql.sql} and {@code h2.sql}.
 *
 * <p>Opening creates the table when it is absent ({@code CREATE TABLE IF NOT EXISTS}, from the shipped
 * DDL of the database) and checks that it has the three columns. On another database, create the table
 * beforehand as {@code postgresql.sql} shows (with that database's binary type); the store then only
 * selects and inserts, so the application's role needs no other privilege on it.
 *
 * <p>{@link #append} writes a batch in one transaction: it checks in that transaction that the batch
 * continues the table's last sequence, inserts it as one JDBC batch and commits; it returns only after
 * the commit. The primary key keeps a second writer from forking the chain: its insert fails and is
 * reported as {@code SB-TRAIL-0107}, like every other batch that does not continue the table. Any other
 * failure rolls the transaction back and is reported with a code of the 03xx block; a failure of the
 * commit itself ({@code SB-TRAIL-0303}) leaves it unknown whether the batch was committed, which the
 * trail handles by reading the last event again. Events acknowledged before are never touched.
 *
 * <p>{@link #scan} streams with a fetch size in a read-only transaction (PostgreSQL fetches with a
 * cursor only outside auto-commit). {@link #describe} gives the JDBC URL without user name, password
 * or other secrets.
 *
 * <p>Opened on a {@link DataSource}, the store takes a connection for each operation and closes it
 * afterwards (give it a pool); {@link #close} leaves the data source open. Opened on a URL, it keeps a
 * few connections of its own and closes them on {@link #close}.
 *
 * <p>Thread safety: safe for concurrent use (the trail's one appender and any number of readers; two
 * stores, even in two processes, appending to one table cannot fork it but refuse each other).
 */
public final class JdbcEventStore implements EventStore {

    /** The table name used unless another is given. */
    public static final String DEFAULT_TABLE = "statsbase_trail_event";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);
    private static final int FETCH_SIZE = 256;
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcConnections connections;
    private final JdbcSchema table;
    private final String description;
    private final String tableSql;
    private final String insertSql;
    private final String lastSql;
    private final String maxSql;
    private final String scanSql;
    private volatile boolean closed;

    private JdbcEventStore(JdbcConnections connections, JdbcSchema table, String description, String tableSql) {
        this.connections = connections;
        this.table = table;
        this.description = description;
        this.tableSql = tableSql;
        this.insertSql = "INSERT INTO " + tableSql + " (sequence, body, hash) VALUES (?, ?, ?)";
        this.lastSql = "SELECT sequence, body, hash FROM " + tableSql + " ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY";
        this.maxSql = "SELECT MAX(sequence) FROM " + tableSql;
        this.scanSql = "SELECT sequence, body, hash FROM " + tableSql + " WHERE sequence >= ? ORDER BY sequence";
    }

    /**
     * The store in the table {@value #DEFAULT_TABLE} of {@code dataSource}, created when absent.
     *
     * @param dataSource the database; it stays the caller's and is not closed with the store
     * @return the open store
     * @throws TrailException {@code SB-TRAIL-0301} when no connection can be had, {@code SB-TRAIL-0305}
     *                        when the table cannot be created or lacks the columns, {@code SB-TRAIL-0307}
     *                        when it is absent on a database for which no DDL ships
     */
    public static JdbcEventStore open(DataSource dataSource) {
        return open(dataSource, DEFAULT_TABLE);
    }

    /**
     * The store in {@code table} ({@code name} or {@code schema.name}, plain SQL identifiers) of
     * {@code dataSource}, created when absent. The data source stays the caller's: closing the store
     * does not close it.
     *
     * @param dataSource the database; it stays the caller's and is not closed with the store
     * @param table      {@code name} or {@code schema.name}, plain SQL identifiers
     * @return the open store
     * @throws TrailException {@code SB-TRAIL-0306} for a table name that is no plain identifier, and as
     *                        {@link #open(DataSource)}
     */
    public static JdbcEventStore open(DataSource dataSource, String table) {
        return open(JdbcConnections.of(dataSource), JdbcSchema.parse(table), null);
    }

    /**
     * The store in the table {@value #DEFAULT_TABLE} at {@code jdbcUrl} (credentials may be in the URL).
     *
     * @param jdbcUrl the database's JDBC URL, credentials included when it needs them
     * @return the open store; closing it closes its connections
     */
    public static JdbcEventStore open(String jdbcUrl) {
        return open(jdbcUrl, new Properties(), DEFAULT_TABLE);
    }

    /**
     * The store in the table {@value #DEFAULT_TABLE} at {@code jdbcUrl}, connecting with
     * {@code properties} ({@code user}, {@code password} and driver settings), created when absent.
     * The driver must be on the class path or module path.
     *
     * @param jdbcUrl    the database's JDBC URL
     * @param properties {@code user}, {@code password} and driver settings
     * @return the open store; closing it closes its connections
     * @throws TrailException as {@link #open(DataSource)}
     */
    public static JdbcEventStore open(String jdbcUrl, Properties properties) {
        return open(jdbcUrl, properties, DEFAULT_TABLE);
    }

    /**
     * The store in {@code table} at {@code jdbcUrl}, connecting with {@code properties}.
     *
     * @param jdbcUrl    the database's JDBC URL
     * @param properties {@code user}, {@code password} and driver settings
     * @param table      {@code name} or {@code schema.name}, plain SQL identifiers
     * @return the open store; closing it closes its connections
     * @throws TrailException as {@link #open(DataSource, String)}
     */
    public static JdbcEventStore open(String jdbcUrl, Properties properties, String table) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(properties, "properties");
        JdbcSchema schema = JdbcSchema.parse(table);
        return open(JdbcConnections.of(jdbcUrl, properties), schema, JdbcUrl.withoutCredentials(jdbcUrl));
    }

    private static JdbcEventStore open(JdbcConnections connections, JdbcSchema table, String knownUrl) {
        return connections.open(knownUrl, (c, meta, where) -> {
            JdbcEventStore store = new JdbcEventStore(connections, table, describe(where, table), table.sql(meta));
            store.createIfAbsent(c, meta);
            return store;
        }, (connecting, where, e) -> new TrailException(
                connecting ? TrailError.JDBC_CONNECT_FAILED : TrailError.JDBC_SCHEMA_FAILED, e,
                describe(where, table), message(e)));
    }

    private static String describe(String url, JdbcSchema table) {
        return url + " (table " + table.given() + ")";
    }

    // Probe first: CREATE TABLE IF NOT EXISTS needs the privilege to create even when the table
    // exists (PostgreSQL checks it first), which an application role given only SELECT and INSERT lacks.
    private void createIfAbsent(Connection c, DatabaseMetaData meta) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.setAutoCommit(true);
        }
        try {
            if (probe(c).isEmpty()) {
                return;
            }
            Optional<String> ddl = JdbcSchema.ddlFor(meta);
            if (ddl.isEmpty()) {
                throw new TrailException(TrailError.JDBC_NO_DDL, description, meta.getDatabaseProductName());
            }
            try (Statement s = c.createStatement()) {
                for (String statement : JdbcSchema.statements(ddl.get(), tableSql)) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                // Another process may have created it at the same moment (PostgreSQL's IF NOT EXISTS is not
                // safe against that race); what counts is that the table is there now.
                if (probe(c).isPresent()) {
                    throw e;
                }
            }
            // IF NOT EXISTS keeps a table of another shape: then the columns are still missing.
            Optional<SQLException> missing = probe(c);
            if (missing.isPresent()) {
                throw missing.get();
            }
            LOG.info("created the event table {}", description);
        } finally {
            if (!autoCommit) {
                c.setAutoCommit(false);
            }
        }
    }

    // Why the table cannot be read as an event table, if it cannot.
    private Optional<SQLException> probe(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sequence, body, hash FROM " + tableSql + " WHERE 1 = 0")) {
            rs.next();
            return Optional.empty();
        } catch (SQLException e) {
            LOG.debug("the event table {} is not selectable", description, e);
            return Optional.of(e);
        }
    }

    /**
     * The table's name as given when the store was opened.
     *
     * @return the table's name as given when the store was opened
     */
    public String table() {
        return table.given();
    }

    @Override
    public void append(List<StoredEvent> events) {
        Objects.requireNonNull(events, "events");
        checkOpen();
        if (events.isEmpty()) {
            return;
        }
        long first = events.get(0).sequence();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).sequence() != first + i) {
                throw new TrailException(TrailError.STORE_SEQUENCE_CONFLICT, description, first + i,
                        events.get(i).sequence());
            }
        }
        long last = first + events.size() - 1;
        Connection c = acquire();
        boolean autoCommit = true;
        boolean committing = false;
        boolean reusable = false;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            long stored = maxSequence(c);
            if (stored + 1 != first) {
                c.rollback();
                reusable = true;
                throw new TrailException(TrailError.STORE_SEQUENCE_CONFLICT, description, stored + 1, first);
            }
            try (PreparedStatement ps = c.prepareStatement(insertSql)) {
                for (StoredEvent e : events) {
                    ps.setLong(1, e.sequence());
                    ps.setBytes(2, e.body());
                    ps.setBytes(3, e.hash());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            committing = true;
            c.commit();
            reusable = true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (committing) {
                throw new TrailException(TrailError.JDBC_COMMIT_UNCERTAIN, e, description, first, last, message(e));
            }
            if (isUniqueViolation(e)) {
                // A concurrent writer took these sequences between our check and our insert.
                Object expected = expectedNext(c);
                reusable = true;
                throw new TrailException(TrailError.STORE_SEQUENCE_CONFLICT, e, description, expected, first);
            }
            throw new TrailException(TrailError.JDBC_APPEND_FAILED, e, description, first, last, message(e));
        } catch (RuntimeException e) {
            if (!reusable) {
                rollbackQuietly(c);
            }
            throw e;
        } finally {
            finish(c, autoCommit, reusable);
        }
    }

    // The sequence the table expects next, for the message of a conflict; "?" if it cannot be read.
    private Object expectedNext(Connection c) {
        try {
            long next = maxSequence(c) + 1;
            rollbackQuietly(c);
            return next;
        } catch (SQLException e) {
            return "?";
        }
    }

    @Override
    public Optional<StoredEvent> last() {
        checkOpen();
        Connection c = acquire();
        boolean broken = true;
        try {
            Optional<StoredEvent> last;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(lastSql)) {
                last = rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
            endRead(c);
            broken = false;
            return last;
        } catch (SQLException e) {
            throw new TrailException(TrailError.JDBC_READ_FAILED, e, description, message(e));
        } finally {
            connections.release(c, broken);
        }
    }

    @Override
    public long lastSequence() {
        checkOpen();
        Connection c = acquire();
        boolean broken = true;
        try {
            long max = maxSequence(c);
            endRead(c);
            broken = false;
            return max;
        } catch (SQLException e) {
            throw new TrailException(TrailError.JDBC_READ_FAILED, e, description, message(e));
        } finally {
            connections.release(c, broken);
        }
    }

    private long maxSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(maxSql)) {
            rs.next();
            long max = rs.getLong(1);
            return rs.wasNull() ? 0 : max;
        }
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        checkOpen();
        Connection c = acquire();
        boolean autoCommit = true;
        boolean reusable = false;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(scanSql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setLong(1, fromSequence);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!visitor.test(read(rs))) {
                            break;
                        }
                    }
                }
            }
            c.rollback();
            reusable = true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new TrailException(TrailError.JDBC_READ_FAILED, e, description, message(e));
        } catch (RuntimeException e) {
            // The visitor's own exception: the connection is still good if it can end the transaction.
            reusable = rollbackQuietly(c);
            throw e;
        } finally {
            finish(c, autoCommit, reusable);
        }
    }

    private static StoredEvent read(ResultSet rs) throws SQLException {
        return StoredEvent.of(rs.getLong(1), rs.getBytes(2), rs.getBytes(3));
    }

    @Override
    public String describe() {
        return description;
    }

    /** Closes the store's own connections (not a data source it was given); later calls fail. */
    @Override
    public void close() {
        closed = true;
        connections.close();
    }

    @Override
    public String toString() {
        return "JdbcEventStore[" + description + "]";
    }

    private void checkOpen() {
        if (closed) {
            throw new TrailException(TrailError.CLOSED, description);
        }
    }

    private Connection acquire() {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw new TrailException(TrailError.JDBC_CONNECT_FAILED, e, description, message(e));
        }
    }

    // Gives the connection back as it was taken (auto-commit restored), or as broken when it is not reusable.
    private void finish(Connection c, boolean autoCommit, boolean reusable) {
        boolean restored = reusable;
        if (autoCommit) {
            try {
                c.setAutoCommit(true);
            } catch (SQLException | RuntimeException e) {
                restored = false;
            }
        }
        connections.release(c, !restored);
    }

    // A read on a connection that is not in auto-commit mode ends its transaction.
    private static void endRead(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }

    private boolean rollbackQuietly(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("rolling back on {} failed (the server rolls back a dropped connection)", description, e);
            return false;
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // The driver's message with its SQLState, and the first chained one (PostgreSQL puts the reason
    // of a failed batch there).
    private static String message(SQLException e) {
        StringBuilder m = new StringBuilder(String.valueOf(e.getMessage()));
        if (e.getSQLState() != null) {
            m.append(" [SQLState ").append(e.getSQLState()).append(']');
        }
        SQLException next = e.getNextException();
        if (next != null && e instanceof BatchUpdateException && next.getMessage() != null) {
            m.append("; ").append(next.getMessage());
        }
        return m.toString();
    }
}
