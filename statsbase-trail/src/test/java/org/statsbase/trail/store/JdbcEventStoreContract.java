package org.statsbase.trail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.StoredEvent;

/**
 * What {@link JdbcEventStore} promises on every database it is tested on: the {@code EventStore}
 * contract (durable, in order, gapless, never forked), typed errors for every failure of the database
 * or the connection, and nothing acknowledged lost when a connection drops mid-append. One subclass
 * per database.
 */
abstract class JdbcEventStoreContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final Random random = new Random(20261127L);

    /** The URL of the database under test, credentials included. */
    protected abstract String url();

    /** The shipped DDL resource for that database. */
    protected abstract String ddlResource();

    protected DataSource dataSource() {
        return new UrlDataSource(url());
    }

    /** A fresh table name for one test; dropped afterwards. */
    protected String newTable() {
        String name = "sb_trail_test_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
        tables.add(name);
        return name;
    }

    protected JdbcEventStore open(DataSource dataSource, String table) {
        return track(JdbcEventStore.open(dataSource, table));
    }

    protected <T extends AutoCloseable> T track(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    @AfterEach
    void dropTables() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        if (tables.isEmpty()) {
            return; // a skipped test touched no database
        }
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS " + JdbcSchema.parse(table).sql(c.getMetaData()));
            }
        }
    }

    protected StoredEvent event(long sequence, int bodyLength) {
        byte[] body = new byte[bodyLength];
        random.nextBytes(body);
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return StoredEvent.of(sequence, body, hash);
    }

    protected List<StoredEvent> events(long from, int count) {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(from + i, 1 + random.nextInt(300)));
        }
        return events;
    }

    protected static List<StoredEvent> all(JdbcEventStore store) {
        List<StoredEvent> all = new ArrayList<>();
        store.scan(1, all::add);
        return all;
    }

    private static EventDraft draft(String actor, int i) {
        return EventDraft.of(actor, "FILLER", "submission.values", "submission/U" + i + "/B204-1/2026-10")
                .with("B01", Integer.toString(i));
    }

    // ---- the EventStore contract ------------------------------------------------------------------

    @Test
    void anEmptyStoreHasNoEvents() {
        JdbcEventStore store = open(dataSource(), newTable());

        assertThat(store.last()).isEmpty();
        assertThat(store.lastSequence()).isZero();
        assertThat(all(store)).isEmpty();
    }

    @Test
    void theEventsReadBackAreTheEventsAppendedByteForByte() {
        JdbcEventStore store = open(dataSource(), newTable());
        List<StoredEvent> appended = new ArrayList<>(events(1, 3));
        appended.add(event(4, 0));
        appended.add(event(5, 1 << 20));
        appended.addAll(events(6, 600));

        store.append(appended.subList(0, 4));
        store.append(appended.subList(4, 5));
        store.append(appended.subList(5, appended.size()));
        store.append(List.of());

        assertThat(all(store)).containsExactlyElementsOf(appended);
        assertThat(store.last()).contains(appended.get(appended.size() - 1));
        assertThat(store.lastSequence()).isEqualTo(appended.size());
    }

    @Test
    void aScanStartsAtItsSequenceAndStopsWhenTheVisitorSaysSo() {
        JdbcEventStore store = open(dataSource(), newTable());
        List<StoredEvent> appended = events(1, 700);
        store.append(appended);

        List<StoredEvent> fromMiddle = new ArrayList<>();
        store.scan(400, fromMiddle::add);
        List<StoredEvent> firstTen = new ArrayList<>();
        store.scan(1, e -> {
            firstTen.add(e);
            return firstTen.size() < 10;
        });
        List<StoredEvent> beyond = new ArrayList<>();
        store.scan(701, beyond::add);

        assertThat(fromMiddle).containsExactlyElementsOf(appended.subList(399, 700));
        assertThat(firstTen).containsExactlyElementsOf(appended.subList(0, 10));
        assertThat(beyond).isEmpty();
        // The store is still usable after a scan that stopped early.
        store.append(events(701, 1));
        assertThat(store.lastSequence()).isEqualTo(701);
    }

    @Test
    void aBatchThatDoesNotContinueTheTableIsRefusedAndNothingOfItIsStored() {
        JdbcEventStore store = open(dataSource(), newTable());
        store.append(events(1, 2));

        assertThatThrownBy(() -> store.append(events(4, 2)))
                .isInstanceOfSatisfying(TrailException.class, e -> {
                    assertThat(e.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code());
                    assertThat(e.getMessage()).contains("expected event 3 next, got 4");
                });
        assertThatThrownBy(() -> store.append(events(2, 1)))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code()));
        List<StoredEvent> withGap = List.of(event(3, 10), event(5, 10));
        assertThatThrownBy(() -> store.append(withGap))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code()));
        assertThat(store.lastSequence()).isEqualTo(2);
    }

    @Test
    void aReopenedStoreContinuesTheChain() {
        String table = newTable();
        List<TrailEvent> before = new ArrayList<>();
        try (Trail trail = Trail.open(JdbcEventStore.open(dataSource(), table))) {
            for (int i = 0; i < 3; i++) {
                before.add(trail.append(draft("p-1", i)));
            }
        }

        try (Trail trail = Trail.open(JdbcEventStore.open(dataSource(), table))) {
            TrailEvent fourth = trail.append(draft("p-2", 3));

            assertThat(fourth.sequence()).isEqualTo(4);
            assertThat(fourth.previousHash()).isEqualTo(before.get(2).hash());
            assertThat(trail.events().subList(0, 3)).containsExactlyElementsOf(before);
            Verification v = trail.verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.eventsChecked()).isEqualTo(4);
        }
    }

    @Test
    void concurrentAppendersThroughOneTrailGiveAnIntactChain() throws Exception {
        Trail trail = track(Trail.open(open(dataSource(), newTable())));
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<TrailEvent> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "p-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        acknowledged.add(trail.append(draft(actor, i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Verification v = trail.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(threads * each);
        assertThat(trail.events()).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    // ---- no fork --------------------------------------------------------------------------------

    @Test
    void twoTrailsOnOneTableCannotForkIt() {
        String table = newTable();
        Trail first = track(Trail.open(open(dataSource(), table)));
        Trail second = track(Trail.open(open(dataSource(), table)));
        first.append(draft("p-1", 1));
        second.append(draft("p-2", 2));

        // The first trail still believes its own event is the head: its next event would fork.
        TrailException e = catchThrowableOfType(TrailException.class, () -> first.append(draft("p-1", 3)));

        assertThat(e.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code());
        // Having read the head again, it continues the one chain.
        assertThat(first.append(draft("p-1", 4)).sequence()).isEqualTo(3);
        assertThat(first.verify().intact()).isTrue();
        assertThat(first.size()).isEqualTo(3);
    }

    @Test
    void aConcurrentWritersInsertBetweenTheCheckAndTheBatchIsASequenceConflict() {
        String table = newTable();
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        JdbcEventStore store = open(faulty, table);
        JdbcEventStore other = open(dataSource(), table);
        store.append(events(1, 2));
        StoredEvent theirs = event(3, 40);
        faulty.arm(FaultyDataSource.Point.EXECUTE_BATCH, () -> other.append(List.of(theirs)));

        TrailException e = catchThrowableOfType(TrailException.class, () -> store.append(events(3, 2)));

        assertThat(faulty.fired(FaultyDataSource.Point.EXECUTE_BATCH)).isTrue();
        assertThat(e.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code());
        assertThat(e.getMessage()).contains("expected event 4 next, got 3");
        assertThat(all(store)).hasSize(3).last().isEqualTo(theirs);
        store.append(events(4, 1));
        assertThat(store.lastSequence()).isEqualTo(4);
    }

    @Test
    void writersOnTwoStoresRacingForTheNextSequenceNeverForkOrSkip() throws Exception {
        String table = newTable();
        JdbcEventStore[] stores = {open(dataSource(), table), open(dataSource(), table)};
        int attempts = 60;
        AtomicLong won = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        Set<StoredEvent> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(stores.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (JdbcEventStore store : stores) {
                futures.add(pool.submit(() -> {
                    start.await();
                    Random r = new Random(store.hashCode());
                    for (int i = 0; i < attempts; i++) {
                        byte[] body = new byte[16];
                        r.nextBytes(body);
                        StoredEvent e = StoredEvent.of(store.lastSequence() + 1, body, body);
                        try {
                            store.append(List.of(e));
                            acknowledged.add(e);
                            won.incrementAndGet();
                        } catch (TrailException refused) {
                            assertThat(refused.code()).isEqualTo(TrailError.STORE_SEQUENCE_CONFLICT.code());
                            lost.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<StoredEvent> stored = all(stores[0]);
        assertThat(won.get() + lost.get()).isEqualTo(2L * attempts);
        assertThat(stored).hasSize((int) won.get()).containsExactlyInAnyOrderElementsOf(acknowledged);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i).sequence()).isEqualTo(i + 1);
        }
    }

    // ---- failures of the database and the connection ----------------------------------------------------

    @Test
    void aConnectionDroppedAtTheBatchFailsTypedAndLosesNothingAcknowledged() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        Trail trail = track(Trail.open(open(faulty, newTable())));
        List<TrailEvent> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acknowledged.add(trail.append(draft("p-1", i)));
        }
        faulty.arm(FaultyDataSource.Point.EXECUTE_BATCH, FaultyDataSource.drop());

        TrailException e = catchThrowableOfType(TrailException.class, () -> trail.append(draft("p-1", 3)));

        assertThat(e.code()).isEqualTo(TrailError.JDBC_APPEND_FAILED.code());
        assertThat(e.getMessage()).contains("events 4 to 4", "rolled back", "08006");
        assertThat(trail.events()).containsExactlyElementsOf(acknowledged);
        TrailEvent next = trail.append(draft("p-1", 4));
        assertThat(next.sequence()).isEqualTo(4);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aConnectionDroppedAtCommitFailsTypedAndLosesNothingAcknowledged() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        Trail trail = track(Trail.open(open(faulty, newTable())));
        List<TrailEvent> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acknowledged.add(trail.append(draft("p-1", i)));
        }
        faulty.arm(FaultyDataSource.Point.COMMIT, FaultyDataSource.drop());

        TrailException e = catchThrowableOfType(TrailException.class, () -> trail.append(draft("p-1", 3)));

        assertThat(e.code()).isEqualTo(TrailError.JDBC_COMMIT_UNCERTAIN.code());
        assertThat(trail.events()).containsExactlyElementsOf(acknowledged);
        assertThat(trail.append(draft("p-1", 4)).sequence()).isEqualTo(4);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aCommitWhoseReplyIsLostIsNotAcknowledgedYetTheChainContinuesAfterIt() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        Trail trail = track(Trail.open(open(faulty, newTable())));
        trail.append(draft("p-1", 0));
        faulty.arm(FaultyDataSource.Point.AFTER_COMMIT, FaultyDataSource.drop());

        TrailException e = catchThrowableOfType(TrailException.class, () -> trail.append(draft("p-1", 1)));

        assertThat(e.code()).isEqualTo(TrailError.JDBC_COMMIT_UNCERTAIN.code());
        // It was committed after all: it is part of the chain, and the next event follows it.
        assertThat(trail.size()).isEqualTo(2);
        assertThat(trail.append(draft("p-1", 2)).sequence()).isEqualTo(3);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aFailedReadIsTyped() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource());
        JdbcEventStore store = open(faulty, newTable());
        store.append(events(1, 3));

        faulty.arm(FaultyDataSource.Point.EXECUTE_QUERY, FaultyDataSource.drop());
        assertThatThrownBy(() -> store.scan(1, e -> true)).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_READ_FAILED.code()));
        faulty.arm(FaultyDataSource.Point.EXECUTE_QUERY, FaultyDataSource.drop());
        assertThatThrownBy(store::last).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_READ_FAILED.code()));
        faulty.arm(FaultyDataSource.Point.EXECUTE_QUERY, FaultyDataSource.drop());
        assertThatThrownBy(store::lastSequence).isInstanceOfSatisfying(TrailException.class,
                e -> assertThat(e.code()).isEqualTo(TrailError.JDBC_READ_FAILED.code()));
        assertThat(all(store)).hasSize(3);
    }

    @Test
    void aVisitorsExceptionReachesTheCallerAndTheStoreStaysUsable() {
        JdbcEventStore store = open(dataSource(), newTable());
        store.append(events(1, 3));

        assertThatThrownBy(() -> store.scan(1, e -> {
            throw new IllegalStateException("the visitor's own");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the visitor's own");
        store.append(events(4, 1));
        assertThat(all(store)).hasSize(4);
    }

    @Test
    void aClosedStoreRefusesEverything() {
        JdbcEventStore store = open(dataSource(), newTable());
        store.append(events(1, 1));
        store.close();

        for (Runnable call : List.<Runnable>of(() -> store.append(events(2, 1)), store::last, store::lastSequence,
                () -> store.scan(1, e -> true))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(TrailException.class,
                    e -> assertThat(e.code()).isEqualTo(TrailError.CLOSED.code()));
        }
    }

    // ---- the table --------------------------------------------------------------------------------

    @Test
    void theShippedDdlCreatesATableTheStoreUses() throws SQLException {
        String table = newTable();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : JdbcSchema.statements(JdbcSchema.resource(ddlResource()), table)) {
                s.execute(statement);
            }
        }
        JdbcEventStore store = open(dataSource(), table);
        List<StoredEvent> appended = events(1, 5);
        store.append(appended);

        assertThat(all(open(dataSource(), table))).containsExactlyElementsOf(appended);
        // The primary key refuses a second row for a sequence, whoever inserts it.
        assertThatThrownBy(() -> {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO " + table + " (sequence, body, hash) SELECT sequence, body, hash FROM "
                        + table + " WHERE sequence = 1");
            }
        }).isInstanceOf(SQLException.class);
        // So does the check for sequences below 1.
        assertThatThrownBy(() -> {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO " + table + " (sequence, body, hash) SELECT 0, body, hash FROM "
                        + table + " WHERE sequence = 1");
            }
        }).isInstanceOf(SQLException.class);
    }

    @Test
    void aTableWithoutTheColumnsIsRefused() throws SQLException {
        String table = newTable();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> open(dataSource(), table)).isInstanceOfSatisfying(TrailException.class, e -> {
            assertThat(e.code()).isEqualTo(TrailError.JDBC_SCHEMA_FAILED.code());
            assertThat(e.getMessage()).containsIgnoringCase("sequence").contains("SQLState");
        });
    }

    @Test
    void aKeywordOrASchemaQualifiedNameNamesTheTable() {
        tables.add("order");
        JdbcEventStore keyword = open(dataSource(), "order");
        keyword.append(events(1, 2));
        String qualified = newTable();
        JdbcEventStore inSchema = open(dataSource(), "public." + qualified);
        inSchema.append(events(1, 1));

        assertThat(keyword.table()).isEqualTo("order");
        assertThat(all(open(dataSource(), "ORDER"))).hasSize(2);
        assertThat(all(open(dataSource(), qualified))).hasSize(1);
        assertThat(inSchema.describe()).endsWith("(table public." + qualified + ")");
    }

    @Test
    void openedOnItsUrlTheStoreDescribesItWithoutCredentials() {
        String table = newTable();
        JdbcEventStore store = track(JdbcEventStore.open(url(), new java.util.Properties(), table));
        store.append(events(1, 2));

        assertThat(store.describe()).doesNotContainIgnoringCase("password").startsWith("jdbc:")
                .endsWith("(table " + table + ")");
        assertThat(open(dataSource(), table).describe()).doesNotContainIgnoringCase("password");
        assertThat(all(open(dataSource(), table))).hasSize(2);
    }
}
