package org.statsbase.trail.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a JDBC store (statsbase-trail's event store, statsbase-archive's catalog) gets its connections: the embedder's {@link DataSource} (a pool,
 * typically), or a JDBC URL, for which the store keeps a few idle connections of its own so that it
 * neither reconnects for every call nor lets an in-memory database vanish between calls.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public abstract class JdbcConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnections.class);

    /**
     * A connection for one operation.
     *
     * @return a connection for one operation; give it back with {@link #release}
     * @throws SQLException when no connection can be had
     */
    public abstract Connection acquire() throws SQLException;

    /**
     * Gives back a connection; {@code broken} when an operation on it failed, so that it is not reused.
     *
     * @param connection a connection from {@link #acquire()}
     * @param broken     true when an operation on it failed, so that it is closed rather than reused
     */
    public abstract void release(Connection connection, boolean broken);

    @Override
    public abstract void close();

    /** What a store does with its first connection: check or create its tables, and build itself. */
    @FunctionalInterface
    public interface Setup<T> {
        /**
         * Sets up on {@code connection}; {@code where} is the database's URL without credentials.
         *
         * @param connection the connection to set up on
         * @param meta       the connection's database metadata
         * @param where      the database's URL without credentials
         * @return the opened store
         * @throws SQLException when the set-up fails; turned into the store's typed error
         */
        T apply(Connection connection, DatabaseMetaData meta, String where) throws SQLException;
    }

    /** The typed error a store gives when it cannot connect ({@code connecting}) or set up. */
    @FunctionalInterface
    public interface Failure {
        /**
         * The error for {@code e} at {@code where}.
         *
         * @param connecting true when the failure was in getting a connection, false in using it
         * @param where      the database's URL without credentials
         * @param e          the failure
         * @return the module's typed error for the failure
         */
        RuntimeException of(boolean connecting, String where, SQLException e);
    }

    /**
     * Opens a store on these connections: takes one, finds where it is ({@code knownUrl} without
     * credentials, else the driver's URL), runs {@code setup} and gives the connection back. On any
     * failure these connections are closed and {@code failure}'s typed error (or {@code setup}'s own)
     * is thrown.
     *
     * @param <T>      what {@code setup} returns, the opened store
     * @param knownUrl the URL without credentials when the caller knows it, else null to ask the driver
     * @param setup    the set-up run on the first connection
     * @param failure  turns an SQL failure into the store's typed error
     * @return what {@code setup} returned
     */
    public <T> T open(String knownUrl, Setup<T> setup, Failure failure) {
        String where = knownUrl == null ? "jdbc" : knownUrl;
        Connection c;
        try {
            c = acquire();
        } catch (SQLException e) {
            close();
            throw failure.of(true, where, e);
        }
        boolean opened = false;
        try {
            DatabaseMetaData meta = c.getMetaData();
            if (knownUrl == null) {
                String url = meta.getURL();
                where = url == null ? "jdbc:" + meta.getDatabaseProductName() : JdbcUrl.withoutCredentials(url);
            }
            T store = setup.apply(c, meta, where);
            opened = true;
            return store;
        } catch (SQLException e) {
            throw failure.of(false, where, e);
        } finally {
            release(c, !opened);
            if (!opened) {
                close();
            }
        }
    }

    /**
     * Connections from the embedder's pool.
     *
     * @param dataSource the embedder's pool; it stays the embedder's and is not closed here
     * @return connections taken from and given back to {@code dataSource}
     */
    public static JdbcConnections of(DataSource dataSource) {
        return new FromDataSource(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Connections to {@code url}, a few kept idle.
     *
     * @param url        the JDBC URL
     * @param properties the connection properties ({@code user}, {@code password}, driver settings)
     * @return connections to {@code url}, a few kept idle
     */
    public static JdbcConnections of(String url, Properties properties) {
        return new FromUrl(Objects.requireNonNull(url, "jdbcUrl"), Objects.requireNonNull(properties, "properties"));
    }

    /**
     * Closes {@code connection}, logging (not throwing) a failure.
     *
     * @param connection the connection to close
     */
    public static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing a JDBC connection failed", e);
        }
    }

    /** The embedder's pool decides about reuse and validation; the store only closes what it took. */
    private static final class FromDataSource extends JdbcConnections {
        private final DataSource dataSource;

        FromDataSource(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection acquire() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void release(Connection connection, boolean broken) {
            closeQuietly(connection);
        }

        @Override
        public void close() {
            // The data source belongs to the embedder.
        }
    }

    private static final class FromUrl extends JdbcConnections {
        private static final int MAX_IDLE = 4;
        // A connection idle longer than this is checked before reuse: servers and firewalls drop idle ones.
        private static final long CHECK_AFTER_IDLE_NANOS = 30_000_000_000L;
        private static final int VALIDATION_TIMEOUT_SECONDS = 5;

        private final String url;
        private final Properties properties;
        private final ArrayDeque<Idle> idle = new ArrayDeque<>();
        private boolean closed;

        FromUrl(String url, Properties properties) {
            this.url = url;
            this.properties = (Properties) properties.clone();
        }

        @Override
        public Connection acquire() throws SQLException {
            while (true) {
                Idle candidate;
                synchronized (this) {
                    candidate = idle.pollFirst();
                }
                if (candidate == null) {
                    return DriverManager.getConnection(url, properties);
                }
                if (System.nanoTime() - candidate.since < CHECK_AFTER_IDLE_NANOS
                        || candidate.connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    return candidate.connection;
                }
                closeQuietly(candidate.connection);
            }
        }

        @Override
        public void release(Connection connection, boolean broken) {
            if (!broken) {
                synchronized (this) {
                    if (!closed && idle.size() < MAX_IDLE) {
                        idle.addFirst(new Idle(connection, System.nanoTime()));
                        return;
                    }
                }
            }
            closeQuietly(connection);
        }

        @Override
        public void close() {
            ArrayDeque<Idle> toClose;
            synchronized (this) {
                closed = true;
                toClose = new ArrayDeque<>(idle);
                idle.clear();
            }
            for (Idle i : toClose) {
                closeQuietly(i.connection);
            }
        }

        private static final class Idle {
            final Connection connection;
            final long since;

            Idle(Connection connection, long since) {
                this.connection = connection;
                this.since = since;
            }
        }
    }
}
