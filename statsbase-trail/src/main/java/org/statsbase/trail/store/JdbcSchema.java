package org.statsbase.trail.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/**
 * The event table of a {@link JdbcEventStore}: its validated name, how the database wants it written,
 * and the DDL shipped for the databases the store is tested on.
 *
 * <p>The name is quoted in every statement after folding it the way the database folds unquoted names
 * (PostgreSQL to lower case, H2 to upper case): the quoted and the unquoted spelling then name the same
 * table, so humans can query it without quotes, and a name that happens to be a keyword still works.
 *
 * <p>Thread safety: immutable.
 */
final class JdbcSchema {

    /** PostgreSQL truncates identifiers beyond 63 bytes (NAMEDATALEN - 1); the limit is the strictest we meet. */
    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String PLACEHOLDER = "${table}";

    private final String given;
    private final List<String> parts;

    private JdbcSchema(String given, List<String> parts) {
        this.given = given;
        this.parts = parts;
    }

    /** {@code table} or {@code schema.table}, each a plain SQL identifier. */
    static JdbcSchema parse(String name) {
        Objects.requireNonNull(name, "table");
        String[] split = name.split("\\.", -1);
        if (split.length > 2) {
            throw new TrailException(TrailError.JDBC_TABLE_NAME_INVALID, name);
        }
        for (String part : split) {
            if (!PART.matcher(part).matches()) {
                throw new TrailException(TrailError.JDBC_TABLE_NAME_INVALID, name);
            }
        }
        return new JdbcSchema(name, List.of(split));
    }

    /** The name as the caller gave it. */
    String given() {
        return given;
    }

    /** The name as it goes into SQL on the database {@code meta} describes. */
    String sql(DatabaseMetaData meta) throws SQLException {
        String quote = meta.getIdentifierQuoteString();
        boolean quoted = quote != null && !quote.isBlank();
        List<String> written = new ArrayList<>(parts.size());
        for (String part : parts) {
            String folded = meta.storesUpperCaseIdentifiers() ? part.toUpperCase(Locale.ROOT)
                    : meta.storesLowerCaseIdentifiers() ? part.toLowerCase(Locale.ROOT) : part;
            written.add(quoted ? quote + folded + quote : folded);
        }
        return String.join(".", written);
    }

    /** The shipped DDL for the database product {@code meta} names, if any. */
    static Optional<String> ddlFor(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName();
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return Optional.of(resource("postgresql.sql"));
        }
        if ("H2".equalsIgnoreCase(product)) {
            return Optional.of(resource("h2.sql"));
        }
        return Optional.empty();
    }

    /** The text of a shipped DDL resource ({@code postgresql.sql}, {@code h2.sql}). */
    static String resource(String file) {
        try (InputStream in = JdbcSchema.class.getResourceAsStream("jdbc/" + file)) {
            if (in == null) {
                throw new IllegalStateException("statsbase-trail is missing its resource jdbc/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a DDL text for the table written {@code tableSql}: comments dropped, split at ';'. */
    static List<String> statements(String ddl, String tableSql) {
        StringBuilder code = new StringBuilder();
        for (String line : ddl.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip().replace(PLACEHOLDER, tableSql));
            }
        }
        return statements;
    }

    @Override
    public String toString() {
        return given;
    }
}
