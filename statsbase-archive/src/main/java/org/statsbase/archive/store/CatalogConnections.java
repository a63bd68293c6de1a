package org.statsbase.archive.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a {@link JdbcArchiveCatalog} gets its connections: the embedder's {@link DataSource} (a pool), or a
 * JDBC URL, for which the catalog keeps a few idle connections of its own (so that an in-memory database
 * does not vanish between calls). The same arrangement as statsbase-trail's JDBC event store.
 *
 * <p>Thread safety: safe for concurrent use.
 */
abstract class CatalogConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogConnections.class);
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern PARAMETER = Pattern.compile("([?&;])([^=&;?]*)=([^&;]*)");

    abstract Connection acquire() throws SQLException;

    /** Gives a connection back; {@code broken} when it must not be reused. */
    abstract void release(Connection connection, boolean broken);

    @Override
    public abstract void close();

    static CatalogConnections of(DataSource dataSource) {
        return new FromDataSource(Objects.requireNonNull(dataSource, "dataSource"));
    }

    static CatalogConnections of(String url, Properties properties) {
        return new FromUrl(Objects.requireNonNull(url, "jdbcUrl"), Objects.requireNonNull(properties, "properties"));
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing a JDBC connection failed", e);
        }
    }

    /** {@code url} without user names, passwords or other secrets, for messages. */
    static String withoutCredentials(String url) {
        String s = USER_INFO.matcher(url).replaceFirst("//");
        Matcher m = PARAMETER.matcher(s);
        StringBuilder kept = new StringBuilder();
        int from = 0;
        boolean first = true;
        while (m.find()) {
            kept.append(s, from, m.start());
            String key = m.group(2).strip().toLowerCase(Locale.ROOT);
            boolean secret = key.equals("user") || key.equals("username") || key.contains("password")
                    || key.contains("secret") || key.contains("token") || key.contains("credential");
            if (!secret) {
                String sep = m.group(1);
                if (!first && sep.equals("?")) {
                    sep = "&";
                } else if (first && sep.equals("&")) {
                    sep = "?";
                }
                kept.append(sep).append(m.group(2)).append('=').append(m.group(3));
                if (!sep.equals(";")) {
                    first = false;
                }
            }
            from = m.end();
        }
        kept.append(s.substring(from));
        return kept.toString();
    }

    private static final class FromDataSource extends CatalogConnections {
        private final DataSource dataSource;

        FromDataSource(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        Connection acquire() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        void release(Connection connection, boolean broken) {
            closeQuietly(connection);
        }

        @Override
        public void close() {
            // The data source belongs to the embedder.
        }
    }

    private static final class FromUrl extends CatalogConnections {
        private static final int MAX_IDLE = 4;
        private static final long CHECK_AFTER_IDLE_NANOS = 30_000_000_000L;

        private final String url;
        private final Properties properties;
        private final ArrayDeque<Connection> idle = new ArrayDeque<>();
        private final ArrayDeque<Long> since = new ArrayDeque<>();
        private boolean closed;

        FromUrl(String url, Properties properties) {
            this.url = url;
            this.properties = (Properties) properties.clone();
        }

        @Override
        Connection acquire() throws SQLException {
            while (true) {
                Connection candidate;
                long idleSince;
                synchronized (this) {
                    candidate = idle.pollFirst();
                    idleSince = candidate == null ? 0 : since.pollFirst();
                }
                if (candidate == null) {
                    return DriverManager.getConnection(url, properties);
                }
                if (System.nanoTime() - idleSince < CHECK_AFTER_IDLE_NANOS || candidate.isValid(5)) {
                    return candidate;
                }
                closeQuietly(candidate);
            }
        }

        @Override
        void release(Connection connection, boolean broken) {
            if (!broken) {
                synchronized (this) {
                    if (!closed && idle.size() < MAX_IDLE) {
                        idle.addFirst(connection);
                        since.addFirst(System.nanoTime());
                        return;
                    }
                }
            }
            closeQuietly(connection);
        }

        @Override
        public void close() {
            ArrayDeque<Connection> toClose;
            synchronized (this) {
                closed = true;
                toClose = new ArrayDeque<>(idle);
                idle.clear();
                since.clear();
            }
            toClose.forEach(CatalogConnections::closeQuietly);
        }
    }
}
