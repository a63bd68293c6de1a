package org.statsbase.bench.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.JdbcArchiveCatalog;

/**
 * The due list ({@code RecordQuery.dueAsOf(2026-12-31)}, every due record visited in due-date order and decoded
 * into an {@code ArchivedRecord}) over a catalog of a million records ({@link CatalogHeap}) in an
 * {@link InMemoryArchiveCatalog} and in a {@link JdbcArchiveCatalog} on PostgreSQL: the server
 * {@code -Dstatsbase.bench.pg.url} names, else {@code STATSBASE_PG_URL}, else {@code .ci/postgres.sh}'s
 * 127.0.0.1:55432. The PostgreSQL table (prefix {@code statsbase_bench_archive}) is loaded once with
 * {@link JdbcArchiveCatalog#putAll} and analysed, and kept for later runs while it holds the same number of
 * records. Without a server the PostgreSQL benchmark prints why and fails its setup; the others run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DueListBenchmark {

    /** The in-memory catalog. */
    @State(Scope.Benchmark)
    public static class Memory {
        /** Catalog size. */
        @Param("1000000")
        public int records;

        ArchiveCatalog catalog;
        long expected;

        /** Fills the catalog. */
        @Setup(Level.Trial)
        public void load() {
            List<ArchivedRecord> all = CatalogHeap.generate(records);
            expected = CatalogHeap.expectedDue(all);
            catalog = InMemoryArchiveCatalog.create();
            for (ArchivedRecord r : all) {
                catalog.put(r);
            }
            check(catalog, expected);
        }
    }

    /** The PostgreSQL catalog. */
    @State(Scope.Benchmark)
    public static class Postgres {
        /** Catalog size. */
        @Param("1000000")
        public int records;

        ArchiveCatalog catalog;
        long expected;

        /** Loads the table unless it already holds the catalog, then analyses it. */
        @Setup(Level.Trial)
        public void load() throws SQLException {
            String url = System.getProperty("statsbase.bench.pg.url", System.getenv().getOrDefault("STATSBASE_PG_URL",
                    "jdbc:postgresql://127.0.0.1:55432/statsbase?user=statsbase&password=statsbase"));
            try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=5")) {
                c.getMetaData();
            } catch (SQLException e) {
                String message = "DueListBenchmark.postgresql skipped: no PostgreSQL server at "
                        + url.replaceAll("password=[^&]*", "password=***") + " (" + e.getMessage()
                        + "); start one with .ci/postgres.sh start or set -Dstatsbase.bench.pg.url";
                System.err.println(message);
                throw new IllegalStateException(message, e);
            }
            List<ArchivedRecord> all = CatalogHeap.generate(records);
            expected = CatalogHeap.expectedDue(all);
            JdbcArchiveCatalog jdbc = JdbcArchiveCatalog.open(url, new Properties(), "statsbase_bench_archive");
            catalog = jdbc;
            if (jdbc.count(RecordQuery.all()) != records) {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute("TRUNCATE statsbase_bench_archive_record");
                }
                long start = System.nanoTime();
                jdbc.putAll(all);
                System.out.printf("%nloaded %,d records into PostgreSQL in %.1f s%n", records, (System.nanoTime() - start) / 1e9);
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE statsbase_bench_archive_record");
                }
            }
            all = null;
            check(catalog, expected);
        }

        /** Closes the catalog (the table stays for the next run). */
        @TearDown(Level.Trial)
        public void close() {
            catalog.close();
        }
    }

    static void check(ArchiveCatalog catalog, long expected) {
        long n = catalog.count(RecordQuery.dueAsOf(CatalogHeap.AS_OF));
        if (n != expected) {
            throw new IllegalStateException("the due list has " + n + " records, a plain pass " + expected);
        }
        System.out.printf("%ndue list as of %s: %,d records of the catalog (%s)%n", CatalogHeap.AS_OF, n, catalog.describe());
    }

    private static long dueList(ArchiveCatalog catalog, Blackhole sink) {
        long[] n = {0};
        catalog.scan(RecordQuery.dueAsOf(CatalogHeap.AS_OF), r -> {
            sink.consume(r);
            n[0]++;
            return true;
        });
        return n[0];
    }

    /** The due list from the in-memory catalog. */
    @Benchmark
    public long memory(Memory state, Blackhole sink) {
        return dueList(state.catalog, sink);
    }

    /** The due list from PostgreSQL: one indexed query, streamed with a fetch size, each row's JSON decoded. */
    @Benchmark
    public long postgresql(Postgres state, Blackhole sink) {
        return dueList(state.catalog, sink);
    }
}
