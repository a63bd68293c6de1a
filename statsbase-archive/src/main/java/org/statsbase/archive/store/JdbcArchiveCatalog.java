package org.statsbase.archive.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.internal.json.CatalogJson;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.trail.internal.jdbc.JdbcConnections;
import org.statsbase.trail.internal.jdbc.JdbcUrl;

/**
 * An {@link ArchiveCatalog} in a relational database through JDBC, so that an office keeps the catalog of its
 * statistical material (统计资料管理制度; DA/T 46 metadata, DA/T 22-2015 archival codes, holds and destruction
 * certificates) in the database it already runs and backs up. Tested on PostgreSQL and H2, the databases of
 * statsbase-trail's JDBC event store; the DDL ships as {@code org/statsbase/archive/store/jdbc/postgresql.sql}
 * and {@code h2.sql}.
 *
 * <p>Three tables, {@code <prefix>_record}, {@code <prefix>_list} and {@code <prefix>_applied} (the trail
 * position, {@link #appliedSequence}; prefix {@value #DEFAULT_PREFIX} unless given), created when absent —
 * also the position table alone in a catalog created by an earlier version. A record row holds the whole record as JSON plus columns for the fields the
 * queries use: id, class, formed date and year, the archival group and its parts with the item number (a
 * unique index: one record per code), state, held flag, stored due date and SHA-256. Each
 * {@link RecordQuery} is one indexed SQL statement; the due list is
 * {@code WHERE state = 'ACTIVE' AND due_on <= ? ORDER BY due_on, id} on the index (due_on, id) — partial on
 * the active rows in PostgreSQL. Scans stream in a read-only transaction with a fetch size (PostgreSQL uses a
 * cursor only outside auto-commit), so a million rows are never held in memory.
 *
 * <p>Writes are transactions: {@link #put} checks that the id and the archival code are free and inserts;
 * {@link #update} locks the row, checks the revision ({@code SB-ARC-0005}) and the code, and updates it with
 * the next revision. Rows are never deleted. Failures of the database are {@code SB-ARC-0603} (connection
 * {@code SB-ARC-0608}, tables {@code SB-ARC-0609}/{@code 0610}, an unreadable row {@code SB-ARC-0612}).
 *
 * <p>Opened on a {@link DataSource}, the catalog takes a connection per operation and closes it afterwards
 * (give it a pool); {@link #close} leaves the data source open. Opened on a URL, it keeps a few connections of
 * its own and closes them on {@link #close}.
 *
 * <p>Thread safety: safe for concurrent use, also by several processes on one database (optimistic revisions,
 * row locks and unique indexes decide between writers).
 */
public final class JdbcArchiveCatalog implements ArchiveCatalog {

    /** The table prefix used unless another is given. */
    public static final String DEFAULT_PREFIX = "statsbase_archive";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcArchiveCatalog.class);
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");
    private static final int FETCH_SIZE = 500;
    private static final int BULK_CHUNK = 1000;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, record_class, formed, formed_year, archival_group, fonds, class_code, "
            + "code_year, retention_code, organisation, item_no, state, held, due_on, sha256, revision, body";

    private final JdbcConnections connections;
    private final String prefix;
    private final String records;
    private final String lists;
    private final String applied;
    private final String description;
    private volatile boolean closed;

    private JdbcArchiveCatalog(JdbcConnections connections, String prefix, String where) {
        this.connections = connections;
        this.prefix = prefix;
        this.records = prefix + "_record";
        this.lists = prefix + "_list";
        this.applied = prefix + "_applied";
        this.description = where + " (tables " + records + ", " + lists + ")";
    }

    /**
     * The catalog in the tables {@value #DEFAULT_PREFIX}{@code _record} and {@code _list} of {@code dataSource},
     * created when absent. The data source stays the caller's.
     *
     * @param dataSource the database; it stays the caller's and is not closed with the catalog
     * @return the open catalog
     * @throws ArchiveException {@code SB-ARC-0608} without a connection, {@code SB-ARC-0609} when the tables
     *                          cannot be created or lack columns, {@code SB-ARC-0610} when they are absent on a
     *                          database for which no DDL ships
     */
    public static JdbcArchiveCatalog open(DataSource dataSource) {
        return open(dataSource, DEFAULT_PREFIX);
    }

    /**
     * The catalog in the tables {@code <prefix>_record} and {@code <prefix>_list} of {@code dataSource}.
     *
     * @param dataSource the database; it stays the caller's and is not closed with the catalog
     * @param prefix     the table prefix, a plain SQL identifier
     * @return the open catalog
     * @throws ArchiveException {@code SB-ARC-0611} for a prefix that is no plain identifier, and as
     *                          {@link #open(DataSource)}
     */
    public static JdbcArchiveCatalog open(DataSource dataSource, String prefix) {
        String p = checkPrefix(prefix);
        return open(JdbcConnections.of(dataSource), p, null);
    }

    /**
     * The catalog at {@code jdbcUrl} (credentials may be in the URL), default tables.
     *
     * @param jdbcUrl the database's JDBC URL, credentials included when it needs them
     * @return the open catalog; closing it closes its connections
     */
    public static JdbcArchiveCatalog open(String jdbcUrl) {
        return open(jdbcUrl, new Properties(), DEFAULT_PREFIX);
    }

    /**
     * The catalog at {@code jdbcUrl}, connecting with {@code properties} ({@code user}, {@code password}, driver
     * settings), default tables. The driver must be on the class path or module path.
     *
     * @param jdbcUrl    the database's JDBC URL
     * @param properties {@code user}, {@code password} and driver settings
     * @return the open catalog; closing it closes its connections
     * @throws ArchiveException as {@link #open(DataSource)}
     */
    public static JdbcArchiveCatalog open(String jdbcUrl, Properties properties) {
        return open(jdbcUrl, properties, DEFAULT_PREFIX);
    }

    /**
     * The catalog at {@code jdbcUrl} in the tables {@code <prefix>_record} and {@code <prefix>_list}.
     *
     * @param jdbcUrl    the database's JDBC URL
     * @param properties {@code user}, {@code password} and driver settings
     * @param prefix     the table prefix, a plain SQL identifier
     * @return the open catalog; closing it closes its connections
     * @throws ArchiveException as {@link #open(DataSource, String)}
     */
    public static JdbcArchiveCatalog open(String jdbcUrl, Properties properties, String prefix) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(properties, "properties");
        String p = checkPrefix(prefix);
        return open(JdbcConnections.of(jdbcUrl, properties), p, JdbcUrl.withoutCredentials(jdbcUrl));
    }

    private static String checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new ArchiveException(ArchiveError.CATALOG_TABLE_PREFIX_INVALID, prefix);
        }
        return prefix.toLowerCase(Locale.ROOT);
    }

    private static JdbcArchiveCatalog open(JdbcConnections connections, String prefix, String knownUrl) {
        return connections.open(knownUrl, (c, meta, where) -> {
            JdbcArchiveCatalog catalog = new JdbcArchiveCatalog(connections, prefix, where);
            catalog.createIfAbsent(c, meta);
            return catalog;
        }, (connecting, where, e) -> new ArchiveException(
                connecting ? ArchiveError.CATALOG_CONNECT_FAILED : ArchiveError.CATALOG_SCHEMA_FAILED, e,
                where + " (prefix " + prefix + ")", message(e)));
    }

    private void createIfAbsent(Connection c, DatabaseMetaData meta) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.setAutoCommit(true);
        }
        try {
            if (probe(c).isEmpty()) {
                return;
            }
            String product = meta.getDatabaseProductName();
            String file = "PostgreSQL".equalsIgnoreCase(product) ? "postgresql.sql" : "H2".equalsIgnoreCase(product) ? "h2.sql" : null;
            if (file == null) {
                throw new ArchiveException(ArchiveError.CATALOG_NO_DDL, description, product);
            }
            try (Statement s = c.createStatement()) {
                for (String statement : statements(ddl(file), prefix)) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                // Another process may have created them at the same moment.
                if (probe(c).isPresent()) {
                    throw e;
                }
            }
            Optional<SQLException> missing = probe(c);
            if (missing.isPresent()) {
                throw missing.get();
            }
            LOG.info("created the catalog tables {}", description);
        } finally {
            if (!autoCommit) {
                c.setAutoCommit(false);
            }
        }
    }

    private Optional<SQLException> probe(Connection c) {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM " + records + " WHERE 1 = 0")) {
                rs.next();
            }
            try (ResultSet rs = s.executeQuery("SELECT id, status, revision, body FROM " + lists + " WHERE 1 = 0")) {
                rs.next();
            }
            try (ResultSet rs = s.executeQuery("SELECT id, sequence FROM " + applied + " WHERE 1 = 0")) {
                rs.next();
            }
            return Optional.empty();
        } catch (SQLException e) {
            LOG.debug("the catalog tables {} are not selectable", description, e);
            return Optional.of(e);
        }
    }

    /** The shipped DDL {@code postgresql.sql} or {@code h2.sql}. */
    static String ddl(String file) {
        try (InputStream in = JdbcArchiveCatalog.class.getResourceAsStream("jdbc/" + file)) {
            if (in == null) {
                throw new IllegalStateException("statsbase-archive is missing its resource jdbc/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the resource jdbc/" + file, e);
        }
    }

    /** The statements of a DDL text for {@code prefix}: comment lines dropped, split at ';'. */
    static List<String> statements(String ddl, String prefix) {
        StringBuilder code = new StringBuilder();
        for (String line : ddl.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                out.add(statement.strip().replace("${prefix}", prefix));
            }
        }
        return out;
    }

    /**
     * The table prefix (lower case).
     *
     * @return the table prefix, lower case
     */
    public String prefix() {
        return prefix;
    }

    // ---- records ---------------------------------------------------------------------------------

    @Override
    public ArchivedRecord put(ArchivedRecord record) {
        Objects.requireNonNull(record, "record");
        ArchivedRecord stored = record.withRevision(1);
        return transaction(c -> {
            if (revisionOf(c, record.id(), false).isPresent()) {
                throw new ArchiveException(ArchiveError.RECORD_EXISTS, record.id());
            }
            requireCodeFree(c, record);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + records + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, stored);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    // A concurrent writer took the id or the code between the checks and the insert.
                    throw new ArchiveException(ArchiveError.RECORD_EXISTS, e, record.id());
                }
                throw e;
            }
            return stored;
        });
    }

    /**
     * Stores new records as {@link #put} would one after the other, but in transactions of
     * {@value #BULK_CHUNK} rows written as one JDBC batch each — for migrating or loading a large catalog.
     * When a record is refused (its id or archival code in use), the records before it are stored, it and the
     * later ones are not, and its error is thrown, exactly as a loop of {@link #put} would leave things.
     *
     * @param newRecords records whose ids and archival codes are not in use
     * @return the stored records (revision 1), in order
     */
    public List<ArchivedRecord> putAll(List<ArchivedRecord> newRecords) {
        Objects.requireNonNull(newRecords, "newRecords");
        List<ArchivedRecord> stored = new ArrayList<>(newRecords.size());
        for (int from = 0; from < newRecords.size(); from += BULK_CHUNK) {
            List<ArchivedRecord> chunk = newRecords.subList(from, Math.min(newRecords.size(), from + BULK_CHUNK));
            List<ArchivedRecord> revised = new ArrayList<>(chunk.size());
            for (ArchivedRecord r : chunk) {
                revised.add(Objects.requireNonNull(r, "record").withRevision(1));
            }
            boolean inserted = transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + records + " (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (ArchivedRecord r : revised) {
                        bind(ps, r);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    return true;
                } catch (SQLException e) {
                    if (isUniqueViolation(e)) {
                        c.rollback();
                        return false;
                    }
                    throw e;
                }
            });
            if (inserted) {
                stored.addAll(revised);
            } else {
                // Some record of the chunk is refused: one by one, so that the right one fails with its own error.
                for (ArchivedRecord r : chunk) {
                    stored.add(put(r));
                }
            }
        }
        return stored;
    }

    @Override
    public ArchivedRecord update(ArchivedRecord record) {
        Objects.requireNonNull(record, "record");
        return transaction(c -> {
            Optional<Long> current = revisionOf(c, record.id(), true);
            if (current.isEmpty()) {
                throw new ArchiveException(ArchiveError.RECORD_NOT_FOUND, record.id());
            }
            if (current.get() != record.revision()) {
                throw new ArchiveException(ArchiveError.REVISION_CONFLICT, record.id(), record.revision(), current.get());
            }
            requireCodeFree(c, record);
            ArchivedRecord stored = record.withRevision(record.revision() + 1);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + records + " SET id = ?, record_class = ?, "
                    + "formed = ?, formed_year = ?, archival_group = ?, fonds = ?, class_code = ?, code_year = ?, "
                    + "retention_code = ?, organisation = ?, item_no = ?, state = ?, held = ?, due_on = ?, sha256 = ?, "
                    + "revision = ?, body = ? WHERE id = ? AND revision = ?")) {
                bind(ps, stored);
                ps.setString(18, record.id().value());
                ps.setLong(19, record.revision());
                if (ps.executeUpdate() != 1) {
                    throw new ArchiveException(ArchiveError.REVISION_CONFLICT, record.id(), record.revision(), "?");
                }
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    throw new ArchiveException(ArchiveError.ARCHIVAL_CODE_IN_USE, e,
                            record.metadata().archivalCode().map(Object::toString).orElse("?"), "?");
                }
                throw e;
            }
            return stored;
        });
    }

    private Optional<Long> revisionOf(Connection c, RecordId id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM " + records + " WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private void requireCodeFree(Connection c, ArchivedRecord r) throws SQLException {
        Optional<ArchivalCode> code = r.metadata().archivalCode();
        if (code.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + records
                + " WHERE archival_group = ? AND item_no = ?")) {
            ps.setString(1, code.get().group().toString());
            ps.setInt(2, code.get().item());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(r.id().value())) {
                    throw new ArchiveException(ArchiveError.ARCHIVAL_CODE_IN_USE, code.get(), rs.getString(1));
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, ArchivedRecord r) throws SQLException {
        ps.setString(1, r.id().value());
        ps.setString(2, r.recordClass().value());
        ps.setDate(3, Date.valueOf(r.formed()));
        ps.setInt(4, r.formedYear());
        Optional<ArchivalCode> code = r.metadata().archivalCode();
        if (code.isPresent()) {
            ArchivalGroup g = code.get().group();
            ps.setString(5, g.toString());
            ps.setString(6, g.fonds());
            ps.setString(7, g.classCode());
            ps.setInt(8, g.year());
            ps.setString(9, g.retention().code());
            ps.setString(10, g.organisation());
            ps.setInt(11, code.get().item());
        } else {
            ps.setNull(5, Types.VARCHAR);
            ps.setNull(6, Types.VARCHAR);
            ps.setNull(7, Types.VARCHAR);
            ps.setNull(8, Types.INTEGER);
            ps.setNull(9, Types.VARCHAR);
            ps.setNull(10, Types.VARCHAR);
            ps.setNull(11, Types.INTEGER);
        }
        RecordState state = r.state();
        ps.setString(12, state.name());
        ps.setBoolean(13, state == RecordState.HELD);
        if (r.dueOn().isPresent()) {
            ps.setDate(14, Date.valueOf(r.dueOn().get()));
        } else {
            ps.setNull(14, Types.DATE);
        }
        ps.setString(15, r.digests().address());
        ps.setLong(16, r.revision());
        ps.setString(17, CatalogJson.writeRecord(r));
    }

    @Override
    public Optional<ArchivedRecord> get(RecordId id) {
        Objects.requireNonNull(id, "id");
        return transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, revision, body FROM " + records + " WHERE id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readRecord(rs)) : Optional.<ArchivedRecord>empty();
                }
            }
        });
    }

    private ArchivedRecord readRecord(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        try {
            return CatalogJson.readRecord(rs.getString(3), rs.getLong(2));
        } catch (RuntimeException e) {
            throw new ArchiveException(ArchiveError.CATALOG_ROW_UNREADABLE, e, description, id, String.valueOf(e.getMessage()));
        }
    }

    /** The SQL of a query: its WHERE clause and ORDER BY, on the indexed columns. */
    private String select(RecordQuery query, String what) {
        String from = "SELECT " + what + " FROM " + records;
        if (query instanceof RecordQuery.ByClass) {
            return from + " WHERE record_class = ? ORDER BY id";
        } else if (query instanceof RecordQuery.ByYear) {
            return from + " WHERE formed_year = ? ORDER BY id";
        } else if (query instanceof RecordQuery.ByGroup) {
            return from + " WHERE archival_group = ? ORDER BY item_no, id";
        } else if (query instanceof RecordQuery.DueAsOf) {
            return from + " WHERE state = 'ACTIVE' AND due_on <= ? ORDER BY due_on, id";
        } else if (query instanceof RecordQuery.ByContent) {
            return from + " WHERE sha256 = ? ORDER BY id";
        }
        return from + " ORDER BY id";
    }

    private static void bindQuery(PreparedStatement ps, RecordQuery query) throws SQLException {
        if (query instanceof RecordQuery.ByClass q) {
            ps.setString(1, q.recordClass().value());
        } else if (query instanceof RecordQuery.ByYear q) {
            ps.setInt(1, q.year());
        } else if (query instanceof RecordQuery.ByGroup q) {
            ps.setString(1, q.group().toString());
        } else if (query instanceof RecordQuery.DueAsOf q) {
            ps.setDate(1, Date.valueOf(q.asOf()));
        } else if (query instanceof RecordQuery.ByContent q) {
            ps.setString(1, q.digests().address());
        }
    }

    @Override
    public void scan(RecordQuery query, Predicate<ArchivedRecord> visitor) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visitor, "visitor");
        String sql = select(query, "id, revision, body");
        transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                bindQuery(ps, query);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ArchivedRecord r = readRecord(rs);
                        // SHA-256 selects; the whole digests decide, as in every catalog.
                        if (query instanceof RecordQuery.ByContent q && !r.digests().equals(q.digests())) {
                            continue;
                        }
                        if (!visitor.test(r)) {
                            break;
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public long count(RecordQuery query) {
        Objects.requireNonNull(query, "query");
        if (query instanceof RecordQuery.ByContent) {
            long[] n = {0};
            scan(query, r -> {
                n[0]++;
                return true;
            });
            return n[0];
        }
        String sql = select(query, "COUNT(*)");
        String counting = sql.substring(0, sql.indexOf(" ORDER BY") < 0 ? sql.length() : sql.indexOf(" ORDER BY"));
        return transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(counting)) {
                bindQuery(ps, query);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public OptionalInt lastItemNumber(ArchivalGroup group) {
        Objects.requireNonNull(group, "group");
        return transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(item_no) FROM " + records + " WHERE archival_group = ?")) {
                ps.setString(1, group.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int max = rs.getInt(1);
                    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
                }
            }
        });
    }

    // ---- destruction lists --------------------------------------------------------------------------

    @Override
    public DestructionList putList(DestructionList list) {
        Objects.requireNonNull(list, "list");
        DestructionList stored = list.withRevision(1);
        return transaction(c -> {
            if (listRevision(c, list.id(), false).isPresent()) {
                throw new ArchiveException(ArchiveError.LIST_EXISTS, list.id());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + lists
                    + " (id, status, revision, body) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, list.id().value());
                ps.setString(2, stored.status().name());
                ps.setLong(3, 1);
                ps.setString(4, CatalogJson.writeList(stored));
                ps.executeUpdate();
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    throw new ArchiveException(ArchiveError.LIST_EXISTS, e, list.id());
                }
                throw e;
            }
            return stored;
        });
    }

    @Override
    public DestructionList updateList(DestructionList list) {
        Objects.requireNonNull(list, "list");
        return transaction(c -> {
            Optional<Long> current = listRevision(c, list.id(), true);
            if (current.isEmpty()) {
                throw new ArchiveException(ArchiveError.LIST_NOT_FOUND, list.id());
            }
            if (current.get() != list.revision()) {
                throw new ArchiveException(ArchiveError.REVISION_CONFLICT, list.id(), list.revision(), current.get());
            }
            DestructionList stored = list.withRevision(list.revision() + 1);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + lists
                    + " SET status = ?, revision = ?, body = ? WHERE id = ? AND revision = ?")) {
                ps.setString(1, stored.status().name());
                ps.setLong(2, stored.revision());
                ps.setString(3, CatalogJson.writeList(stored));
                ps.setString(4, list.id().value());
                ps.setLong(5, list.revision());
                if (ps.executeUpdate() != 1) {
                    throw new ArchiveException(ArchiveError.REVISION_CONFLICT, list.id(), list.revision(), "?");
                }
            }
            return stored;
        });
    }

    private Optional<Long> listRevision(Connection c, DestructionListId id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM " + lists + " WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<DestructionList> getList(DestructionListId id) {
        Objects.requireNonNull(id, "id");
        return transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT revision, body FROM " + lists + " WHERE id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<DestructionList>empty();
                    }
                    try {
                        return Optional.of(CatalogJson.readList(rs.getString(2), rs.getLong(1)));
                    } catch (RuntimeException e) {
                        throw new ArchiveException(ArchiveError.CATALOG_ROW_UNREADABLE, e, description, id,
                                String.valueOf(e.getMessage()));
                    }
                }
            }
        });
    }

    // ---- trail position ----------------------------------------------------------------------------

    @Override
    public long appliedSequence() {
        return transaction(c -> readApplied(c, false));
    }

    private long readApplied(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sequence FROM " + applied + " WHERE id = 1"
                + (lock ? " FOR UPDATE" : ""))) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public void markApplied(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0: " + sequence);
        }
        transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + applied
                    + " SET sequence = ? WHERE id = 1 AND sequence < ?")) {
                ps.setLong(1, sequence);
                ps.setLong(2, sequence);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            if (readApplied(c, true) > 0 || sequence == 0) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + applied + " (id, sequence) VALUES (1, ?)")) {
                ps.setLong(1, sequence);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                // another writer inserted the row first: the position only moves forward, so retry as an update
                c.rollback();
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + applied
                        + " SET sequence = ? WHERE id = 1 AND sequence < ?")) {
                    ps.setLong(1, sequence);
                    ps.setLong(2, sequence);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    @Override
    public String describe() {
        return description;
    }

    /** Closes the catalog's own connections (not a data source it was given); later calls fail. */
    @Override
    public void close() {
        closed = true;
        connections.close();
    }

    @Override
    public String toString() {
        return "JdbcArchiveCatalog[" + description + "]";
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction and commits; any failure rolls back. A typed error of the work (a
     * refused put) passes unchanged; a database failure becomes SB-ARC-0603.
     */
    private <T> T transaction(Work<T> work) {
        if (closed) {
            throw new ArchiveException(ArchiveError.CATALOG_CLOSED, description);
        }
        Connection c;
        try {
            c = connections.acquire();
        } catch (SQLException e) {
            throw new ArchiveException(ArchiveError.CATALOG_CONNECT_FAILED, e, description, message(e));
        }
        boolean autoCommit = true;
        boolean reusable = false;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            T result = work.run(c);
            c.commit();
            reusable = true;
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new ArchiveException(ArchiveError.CATALOG_FAILED, e, description, message(e));
        } catch (RuntimeException | Error e) {
            reusable = rollbackQuietly(c);
            throw e;
        } finally {
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
    }

    private boolean rollbackQuietly(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("rolling back on {} failed", description, e);
            return false;
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String message(SQLException e) {
        StringBuilder m = new StringBuilder(String.valueOf(e.getMessage()));
        if (e.getSQLState() != null) {
            m.append(" [SQLState ").append(e.getSQLState()).append(']');
        }
        return m.toString();
    }
}
