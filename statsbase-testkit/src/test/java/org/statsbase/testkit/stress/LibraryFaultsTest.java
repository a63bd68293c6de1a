package org.statsbase.testkit.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.Filing;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.archive.store.FileContentStore;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.archive.store.JdbcArchiveCatalog;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.ledger.LedgerBook;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.FileEventStore;
import org.statsbase.trail.store.JdbcEventStore;

/**
 * Issue 8 §3 at the level of the library's users: Submissions, LedgerBook and Archive on stores that fail
 * under them — a full disk, a directory that turns read-only, a database connection that drops at commit.
 * Each refused step is a typed statsbase error; what was acknowledged before stays; after the fault is
 * lifted, services reopened over the same stores find the trail intact and the workflow continues.
 * (The stores' own fault handling is covered per store in statsbase-trail and statsbase-archive.)
 *
 * <p>The full disk is a real 1 MiB tmpfs and the read-only directory a real read-only bind mount (root
 * cannot be stopped by {@code chmod}); both need {@code mount} to work (root in a container that allows
 * it) and are skipped where it does not. The dropped connection is an H2 connection closed under the
 * store at commit by a {@link DataSource} wrapper and runs everywhere.
 */
class LibraryFaultsTest {

    private static final String UNIT = Workload.unit(0, 0);
    private static final SubmissionKey KEY = Workload.key(UNIT);
    private static final PersonId KEEPER = PersonId.of("keeper.0");

    @TempDir
    Path tmp;

    @Test
    void aFullDiskRefusesTypedKeepsWhatWasAcknowledgedAndRecoversOnceThereIsRoom() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()), "mount tmpfs needs root");
        try {
            Path filler = disk.resolve("filler");
            scenario(disk, () -> fill(filler), () -> Files.delete(filler));
        } finally {
            mount("UMOUNT", disk.toString());
        }
    }

    @Test
    void restartedOnAReadOnlyDirectoryTheLibraryRefusesTypedReadsEverythingAndRecoversOnceWritable()
            throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(mount("--bind", disk.toString(), disk.toString()), "bind mount needs root");
        try {
            Path trailDir = disk.resolve("trail");
            String catalogUrl = "jdbc:h2:" + tmp.resolve("catalog").toAbsolutePath();
            Workload.Services s = services(FileEventStore.open(trailDir), JdbcArchiveCatalog.open(catalogUrl),
                    FileContentStore.open(disk.resolve("content")));
            acknowledgedSteps(s);
            Anchor before = s.trail.head();
            s.close();
            // (a file system with a file open for writing cannot be remounted read-only: hence at restart)
            assertThat(mount("-o", "remount,ro,bind", disk.toString())).isTrue();

            assertThat(typed(() -> FileEventStore.open(trailDir)).code()).startsWith("SB-TRAIL-02");
            assertThat(typed(() -> FileContentStore.open(disk.resolve("content"))).code()).isEqualTo("SB-ARC-0604");
            // what can be opened still is: the trail read-only (for audit); the catalog lives elsewhere
            Workload.Services audit = services(FileEventStore.openReadOnly(trailDir),
                    JdbcArchiveCatalog.open(catalogUrl), InMemoryContentStore.create());
            assertThat(audit.trail.verify(before).intact()).isTrue();
            assertThat(audit.submissions.state(KEY).map(Submission::state)).contains(SubmissionState.DRAFT);
            assertThat(LedgerBook.open(audit.trail, UNIT).ledger().size()).isEqualTo(1);
            assertThat(typed(() -> audit.submissions.sign(Workload.filler(UNIT), KEY)).code())
                    .isEqualTo("SB-TRAIL-0211");
            typed(() -> LedgerBook.open(audit.trail, UNIT).record(posting(2), KEEPER));
            // the archive writes the trail first: a trail that refuses the filing leaves the catalog without it
            assertThat(typed(() -> ingest(audit, "r2")).code()).isEqualTo("SB-TRAIL-0211");
            assertThat(audit.archive.get(RecordId.of("r2"))).isEmpty();
            audit.close();

            assertThat(mount("-o", "remount,rw,bind", disk.toString())).isTrue();
            Workload.Services r = services(FileEventStore.open(trailDir), JdbcArchiveCatalog.open(catalogUrl),
                    FileContentStore.open(disk.resolve("content")));
            continueAfterRecovery(r, before);
            r.close();
        } finally {
            mount("UMOUNT", disk.toString());
        }
    }

    @Test
    void aConnectionDroppedAtCommitRefusesTypedKeepsWhatWasAcknowledgedAndTheNextStepSucceeds() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + tmp.resolve("db").toAbsolutePath());
        Dropping ds = new Dropping(h2);
        Workload w = new Workload(1, 1);
        Workload.Services s = w.new Services(JdbcEventStore.open(ds), JdbcArchiveCatalog.open(ds),
                InMemoryContentStore.create());
        acknowledgedSteps(s);
        Anchor before = s.trail.head();

        ds.dropAtNextCommit();
        StatsbaseException sign = typed(() -> s.submissions.sign(Workload.filler(UNIT), KEY));
        assertThat(sign.code()).isIn("SB-TRAIL-0302", "SB-TRAIL-0303");
        assertThat(ds.dropped.get()).isEqualTo(1);
        ds.dropAtNextCommit();
        typed(() -> LedgerBook.open(s.trail, UNIT).record(posting(2), KEEPER));
        ds.dropAtNextCommit();
        typed(() -> ingest(s, "r2"));
        assertThat(ds.dropped.get()).isEqualTo(3);
        // nothing half-done: the trail still ends where it ended, the step did not happen
        assertThat(s.trail.head()).isEqualTo(before);
        assertThat(s.submissions.state(KEY).map(Submission::state)).contains(SubmissionState.DRAFT);
        assertThat(s.submissions.state(KEY).orElseThrow().signatures()).isEmpty();

        // the same services go on by themselves (no reopen), and so do new ones over the same database
        continueAfterRecovery(s, before);
        Workload.Services again = new Workload(1, 1).new Services(JdbcEventStore.open(ds),
                JdbcArchiveCatalog.open(ds), InMemoryContentStore.create());
        assertThat(again.trail.verify().intact()).isTrue();
        assertThat(again.submissions.state(KEY).map(Submission::state)).contains(SubmissionState.SUBMITTED);
        again.close();
        s.close();
    }

    @Test
    void aDatabaseShutDownUnderConcurrentAppendersLosesNothingAcknowledgedAndTheTrailGoesOn() throws Exception {
        // WRITE_DELAY=0: H2 otherwise writes committed transactions to its file up to 500 ms later, and a
        // SHUTDOWN IMMEDIATELY (or a crash) loses them although the store had been told they were committed
        String url = "jdbc:h2:" + tmp.resolve("shutdown").toAbsolutePath() + ";WRITE_DELAY=0";
        int threads = 4;
        int perThread = 60;
        List<java.util.concurrent.ConcurrentLinkedQueue<org.statsbase.trail.TrailEvent>> acked = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> refusals = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.CountDownLatch enough = new java.util.concurrent.CountDownLatch(threads * perThread / 4);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try (Trail trail = Trail.open(JdbcEventStore.open(url))) {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                java.util.concurrent.ConcurrentLinkedQueue<org.statsbase.trail.TrailEvent> mine =
                        new java.util.concurrent.ConcurrentLinkedQueue<>();
                acked.add(mine);
                String subject = "stress/shutdown-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        try {
                            mine.add(trail.append(EventDraft.of("t", "STRESS", "stress.note", subject)
                                    .with("n", Integer.toString(i))));
                        } catch (StatsbaseException e) {
                            refusals.add(e.code());
                        }
                        enough.countDown();
                    }
                }));
            }
            assertThat(enough.await(2, TimeUnit.MINUTES)).isTrue();
            try (Connection c = java.sql.DriverManager.getConnection(url);
                    java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException closedUnderUs) {
                // the database closing the connection that shut it down is the expected answer
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES); // any exception other than a typed one fails here
            }
            assertThat(refusals).allMatch(code -> code.startsWith("SB-TRAIL-03"));
        } finally {
            pool.shutdownNow();
        }
        // restart: every acknowledged event is there once, with its hash; the chain verifies; appending goes on
        try (Trail reopened = Trail.open(JdbcEventStore.open(url))) {
            assertThat(reopened.verify().intact()).isTrue();
            java.util.Map<Long, org.statsbase.trail.TrailEvent> stored = new java.util.HashMap<>();
            reopened.forEach(1, e -> stored.put(e.sequence(), e) == null);
            long total = 0;
            for (int t = 0; t < threads; t++) {
                for (org.statsbase.trail.TrailEvent e : acked.get(t)) {
                    assertThat(stored.get(e.sequence())).isNotNull().extracting(org.statsbase.trail.TrailEvent::hash)
                            .isEqualTo(e.hash());
                    total++;
                }
                // a subject holds its acknowledged events and at most the ones whose commit was uncertain
                assertThat(reopened.bySubject("stress/shutdown-" + t).size()).isBetween(acked.get(t).size(),
                        perThread);
            }
            assertThat(reopened.size()).isBetween(total, (long) threads * perThread);
            reopened.append(EventDraft.of("t", "STRESS", "stress.note", "stress/after"));
            assertThat(reopened.verify().intact()).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Acknowledged work, the fault, refused steps, the fault lifted, a restart, and the work going on. */
    private void scenario(Path disk, Step fault, Step lift) throws Exception {
        Path trailDir = disk.resolve("trail");
        Path contentDir = disk.resolve("content");
        String catalogUrl = "jdbc:h2:" + tmp.resolve("catalog").toAbsolutePath();
        Workload.Services s = services(FileEventStore.open(trailDir), JdbcArchiveCatalog.open(catalogUrl),
                FileContentStore.open(contentDir));
        acknowledgedSteps(s);
        Anchor before = s.trail.head();

        fault.run();
        // tmpfs gives space by the page, so the end of the event file's last page may still take a few small
        // events: the smallest there are (direct appends) fill it, the first refused one is a typed error.
        // Every other event is larger than the refused one, so from here on every write is refused.
        StatsbaseException note = null;
        for (int i = 0; i < 4096 && note == null; i++) {
            note = refusedOrNull(() -> s.trail.append(EventDraft.of("n", "N", "n", "n")));
        }
        assertThat(note).isNotNull();
        assertThat(note.code()).isIn("SB-TRAIL-0209", "SB-TRAIL-0210");
        Anchor full = s.trail.head();
        StatsbaseException sign = typed(() -> s.submissions.sign(Workload.filler(UNIT), KEY));
        assertThat(sign.code()).isIn("SB-TRAIL-0209", "SB-TRAIL-0210");
        typed(() -> LedgerBook.open(s.trail, UNIT).record(posting(2), KEEPER));
        typed(() -> ingest(s, "r2"));
        assertThat(s.trail.head()).isEqualTo(full);
        assertThat(s.submissions.state(KEY).map(Submission::state)).contains(SubmissionState.DRAFT);
        assertThat(s.submissions.state(KEY).orElseThrow().signatures()).isEmpty();
        assertThat(s.archive.get(RecordId.of("r2"))).isEmpty();
        s.close();
        lift.run();

        // restart: every acknowledged event is there, the chain verifies against the head kept before
        Workload.Services r = services(FileEventStore.open(trailDir), JdbcArchiveCatalog.open(catalogUrl),
                FileContentStore.open(contentDir));
        continueAfterRecovery(r, before);
        r.close();
    }

    private static void acknowledgedSteps(Workload.Services s) {
        s.submissions.create(Workload.filler(UNIT), KEY);
        s.submissions.enter(Workload.filler(UNIT), KEY, Map.of("B01", "500", "B02", "400"));
        LedgerBook.open(s.trail, UNIT).record(posting(1), KEEPER);
        ingest(s, "r1");
        // a submit with no signatures is refused by the workflow itself, recorded as evidence
        assertThat(typed(() -> s.submissions.submit(Workload.filler(UNIT), KEY)).code()).isEqualTo("SB-REP-0302");
    }

    private static void continueAfterRecovery(Workload.Services s, Anchor before) {
        assertThat(s.trail.verify(before).intact()).isTrue();
        assertThat(s.submissions.state(KEY).map(Submission::values).orElseThrow()).containsEntry("B01", "500");
        assertThat(LedgerBook.open(s.trail, UNIT).ledger().size()).isEqualTo(1);
        assertThat(s.archive.get(RecordId.of("r1"))).isPresent();
        // the workflow continues where it stopped
        s.submissions.sign(Workload.filler(UNIT), KEY);
        s.submissions.sign(org.statsbase.reporting.Actor.staff(PersonId.of("s00000.lead"),
                org.statsbase.reporting.Role.STATISTICS_LEAD, UNIT), KEY);
        s.submissions.sign(org.statsbase.reporting.Actor.staff(PersonId.of("s00000.head"),
                org.statsbase.reporting.Role.UNIT_HEAD, UNIT), KEY);
        assertThat(s.submissions.submit(Workload.filler(UNIT), KEY).state()).isEqualTo(SubmissionState.SUBMITTED);
        LedgerBook.open(s.trail, UNIT).record(posting(2), KEEPER);
        assertThat(LedgerBook.open(s.trail, UNIT).ledger().size()).isEqualTo(2);
        ingest(s, "r2");
        assertThat(s.archive.get(RecordId.of("r2"))).isPresent();
        assertThat(s.trail.verify(before).intact()).isTrue();
        assertThat(s.trail.verify().intact()).isTrue();
    }

    private static Workload.Services services(EventStore store, ArchiveCatalog catalog, ContentStore content) {
        return new Workload(1, 1).new Services(store,
                catalog == null ? org.statsbase.archive.store.InMemoryArchiveCatalog.create() : catalog,
                content == null ? InMemoryContentStore.create() : content);
    }

    private static void ingest(Workload.Services s, String id) {
        LocalDate formed = LocalDate.of(2026, 10, 31);
        Metadata m = Metadata.builder().title("故障测试档案 " + id).responsibleParty("城关镇统计站").date(formed)
                .retention(RetentionPeriod.ofYears(10)).format("TXT").build();
        s.archive.ingest(Workload.ARCHIVIST, Filing.of(RecordId.of(id), RecordClass.of("ledger"), formed, m),
                new ByteArrayInputStream(("content of " + id + " ").repeat(2000).getBytes(StandardCharsets.UTF_8)));
    }

    private static LedgerPosting posting(int n) {
        return LedgerPosting.amount(LocalDate.of(2026, 10, n), "B01", new BigDecimal(100 * n),
                OriginalRecord.of(String.format("%064x", n), "凭证 " + n));
    }

    private static StatsbaseException typed(Runnable step) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(step::run);
        assertThat(t).as("a typed statsbase error").isInstanceOf(StatsbaseException.class);
        return (StatsbaseException) t;
    }

    private static StatsbaseException refusedOrNull(Runnable step) {
        try {
            step.run();
            return null;
        } catch (StatsbaseException e) {
            return e;
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("space");
        }
    }

    /** Runs {@code mount args} (or {@code umount} for {@code "UMOUNT", dir}); true when it succeeded. */
    private static boolean mount(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        if (args[0].equals("UMOUNT")) {
            cmd.add("umount");
            cmd.add("-l");
            cmd.add(args[1]);
        } else {
            cmd.add("mount");
            cmd.addAll(List.of(args));
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /**
     * A data source whose connections, when armed, close themselves under the caller at commit (H2 rolls the
     * open transaction back) and throw, as a connection the database or the network dropped does.
     */
    private static final class Dropping implements DataSource {
        private final DataSource target;
        private final AtomicBoolean armed = new AtomicBoolean();
        final AtomicInteger dropped = new AtomicInteger();

        Dropping(DataSource target) {
            this.target = target;
        }

        void dropAtNextCommit() {
            armed.set(true);
        }

        private Connection wrap(Connection real) {
            InvocationHandler h = (proxy, method, args) -> {
                if (method.getName().equals("commit") && armed.compareAndSet(true, false)) {
                    real.close();
                    dropped.incrementAndGet();
                    throw new SQLException("connection lost at commit (simulated)", "08006");
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, h);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(target.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return wrap(target.getConnection(user, password));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
