package org.statsbase.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.archive.store.TestRecords.record;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.core.org.PersonId;

/** What the JDBC catalog adds to the contract: durable rows, indexed queries, typed failures. */
class JdbcArchiveCatalogTest {

    @TempDir
    Path dir;

    private String fileUrl() {
        return "jdbc:h2:file:" + dir.resolve("catalog") + ";USER=sa;PASSWORD=h2secret";
    }

    private static ArchivedRecord full(String id) {
        ArchivedRecord r = record(id, "ledger", LocalDate.of(2024, 5, 10), "content " + id);
        r = r.withMetadata(r.metadata().toBuilder().archivalCode(ArchivalCode.parse("Z109-WS·2024-D10-BGS-0001"))
                .secrecyYears(10).build());
        r = r.withCountingEvent(LocalDate.of(2025, 3, 1)).withDueOn(Optional.of(LocalDate.of(2027, 1, 1)));
        r = r.withHold(Hold.place(HoldId.of("h1"), HoldKind.INSPECTION, "执法检查 2026-07", PersonId.of("p1"),
                Instant.parse("2026-07-01T08:00:00Z")));
        return r.withRelease(HoldId.of("h1"), PersonId.of("p2"), Instant.parse("2026-09-01T08:00:00Z"), "检查结束");
    }

    @Test
    void everyFieldSurvivesClosingAndReopeningTheDatabase() {
        ArchivedRecord stored;
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            stored = c.put(full("r1"));
            stored = c.update(stored.withDestruction(Destruction.of(DestructionListId.of("L1"), PersonId.of("head"),
                    "粉碎", LocalDate.of(2027, 2, 1), List.of(PersonId.of("s1"), PersonId.of("s2")), "L1-1")));
        }
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            ArchivedRecord back = c.get(RecordId.of("r1")).orElseThrow();
            assertThat(back).isEqualTo(stored);
            assertThat(back.holds()).isEqualTo(stored.holds());
            assertThat(back.destruction()).isEqualTo(stored.destruction());
            assertThat(back.countingEvent()).contains(LocalDate.of(2025, 3, 1));
            assertThat(back.metadata()).isEqualTo(stored.metadata());
        }
    }

    @Test
    void theAppliedSequenceSurvivesReopeningAndAnOlderCatalogGetsItsPositionTable() throws SQLException {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            c.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "a"));
            c.markApplied(41);
        }
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            assertThat(c.appliedSequence()).isEqualTo(41);
        }
        // a catalog created before the position table existed: opening adds it, the records stay
        try (Connection c = DriverManager.getConnection(fileUrl());
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE " + JdbcArchiveCatalog.DEFAULT_PREFIX + "_applied");
        }
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            assertThat(c.appliedSequence()).isZero();
            assertThat(c.get(RecordId.of("a"))).isPresent();
            c.markApplied(5);
            assertThat(c.appliedSequence()).isEqualTo(5);
        }
    }

    @Test
    void theQueryableColumnsFollowTheRecord() throws SQLException {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            ArchivedRecord r = c.put(full("r1"));
            c.update(r.withHold(Hold.place(HoldId.of("h2"), HoldKind.AUDIT, "审计", PersonId.of("p1"),
                    Instant.parse("2026-10-01T00:00:00Z"))));
        }
        try (Connection conn = DriverManager.getConnection(fileUrl()); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_class, formed_year, archival_group, fonds, class_code, code_year, "
                     + "retention_code, organisation, item_no, state, held, due_on, revision FROM statsbase_archive_record")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ledger");
            assertThat(rs.getInt(2)).isEqualTo(2024);
            assertThat(rs.getString(3)).isEqualTo("Z109-WS·2024-D10-BGS");
            assertThat(List.of(rs.getString(4), rs.getString(5), rs.getString(7), rs.getString(8)))
                    .containsExactly("Z109", "WS", "D10", "BGS");
            assertThat(rs.getInt(6)).isEqualTo(2024);
            assertThat(rs.getInt(9)).isEqualTo(1);
            assertThat(rs.getString(10)).isEqualTo("HELD");
            assertThat(rs.getBoolean(11)).isTrue();
            assertThat(rs.getDate(12).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(rs.getLong(13)).isEqualTo(2);
        }
    }

    @Test
    void theDueListIsOneQueryOnTheDueIndex() throws SQLException {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            c.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "a").withDueOn(Optional.of(LocalDate.of(2027, 1, 1))));
        }
        try (Connection conn = DriverManager.getConnection(fileUrl()); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN SELECT id, revision, body FROM statsbase_archive_record "
                     + "WHERE state = 'ACTIVE' AND due_on <= DATE '2027-01-01' ORDER BY due_on, id")) {
            rs.next();
            assertThat(rs.getString(1)).containsIgnoringCase("statsbase_archive_record_due");
        }
    }

    @Test
    void aScanStreamsManyRowsAndStopsEarlyLeavingTheCatalogUsable() {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            for (int i = 0; i < 1_200; i++) {
                c.put(record(String.format("r%05d", i), "ledger", LocalDate.of(2024, 5, 10), "c" + i)
                        .withDueOn(Optional.of(LocalDate.of(2026 + i % 3, 1, 1))));
            }
            List<String> due = new ArrayList<>();
            c.scan(RecordQuery.dueAsOf(LocalDate.of(2027, 1, 1)), r -> due.add(r.id().value()));
            assertThat(due).hasSize(800);
            assertThat(due.subList(0, 2)).containsExactly("r00000", "r00003");
            assertThat(c.count(RecordQuery.dueAsOf(LocalDate.of(2027, 1, 1)))).isEqualTo(800);
            int[] seen = {0};
            c.scan(RecordQuery.all(), r -> ++seen[0] < 700);
            assertThat(seen[0]).isEqualTo(700);
            c.put(record("after", "ledger", LocalDate.of(2024, 5, 10), "x"));
            assertThat(c.count(RecordQuery.all())).isEqualTo(1_201);
        }
    }

    @Test
    void putAllStoresInChunksAndStopsAtTheFirstRefusedRecordAsPutsWould() {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            List<ArchivedRecord> batch = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                batch.add(record(String.format("r%05d", i), "ledger", LocalDate.of(2024, 5, 10), "c" + i));
            }
            assertThat(c.putAll(batch)).extracting(ArchivedRecord::revision).containsOnly(1L).hasSize(2_500);
            assertThat(c.get(RecordId.of("r02499"))).contains(batch.get(2_499).withRevision(1));

            List<ArchivedRecord> refused = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                refused.add(record(String.format("s%05d", i), "ledger", LocalDate.of(2024, 5, 10), "d" + i));
            }
            refused.set(1_200, record("r00007", "ledger", LocalDate.of(2024, 5, 10), "dup"));
            assertThatThrownBy(() -> c.putAll(refused)).isInstanceOfSatisfying(ArchiveException.class,
                    e -> assertThat(e.getMessage()).startsWith("SB-ARC-0004").contains("r00007"));
            assertThat(c.get(RecordId.of("s01199"))).isPresent();
            assertThat(c.get(RecordId.of("s01201"))).isEmpty();
            assertThat(c.count(RecordQuery.all())).isEqualTo(2_500 + 1_200);
        }
    }

    @Test
    void aVisitorsExceptionRollsBackAndPassesUnchanged() {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            c.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "a"));
            IllegalStateException boom = new IllegalStateException("visitor");
            assertThatThrownBy(() -> c.scan(RecordQuery.all(), r -> {
                throw boom;
            })).isSameAs(boom);
            assertThat(c.get(RecordId.of("a"))).isPresent();
        }
    }

    @Test
    void anUnreadableRowIsSbArc0612() throws SQLException {
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            c.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "a"));
            try (Connection conn = DriverManager.getConnection(fileUrl()); Statement s = conn.createStatement()) {
                s.executeUpdate("UPDATE statsbase_archive_record SET body = '{\"id\": 1' WHERE id = 'a'");
            }
            assertThatThrownBy(() -> c.get(RecordId.of("a"))).isInstanceOfSatisfying(ArchiveException.class,
                    e -> assertThat(e.getMessage()).startsWith("SB-ARC-0612").contains(" a "));
        }
    }

    @Test
    void aBadPrefixAndAnUnreachableDatabaseAreTypedAndTheMessageKeepsNoPassword() {
        assertThatThrownBy(() -> JdbcArchiveCatalog.open(fileUrl(), new Properties(), "x; DROP TABLE y"))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("SB-ARC-0611"));
        assertThatThrownBy(() -> JdbcArchiveCatalog.open(
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=topsecret&connectTimeout=2"))
                .isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.code()).isEqualTo("SB-ARC-0608");
                    assertThat(e.getMessage()).doesNotContain("topsecret").contains("127.0.0.1:1/none");
                });
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl())) {
            assertThat(c.describe()).doesNotContain("h2secret").contains("statsbase_archive_record");
        }
    }

    @Test
    void aClosedCatalogRefusesWork() {
        JdbcArchiveCatalog c = JdbcArchiveCatalog.open(fileUrl());
        c.close();
        assertThatThrownBy(() -> c.get(RecordId.of("a"))).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.code()).isEqualTo("SB-ARC-0613"));
    }

    @Test
    void aDataSourceIsTheCallersAndTablesMadeByADbaAreUsedAsTheyAre() throws SQLException {
        String url = "jdbc:h2:mem:archive_ds;DB_CLOSE_DELAY=-1";
        try (Connection conn = DriverManager.getConnection(url); Statement s = conn.createStatement()) {
            for (String statement : JdbcArchiveCatalog.statements(JdbcArchiveCatalog.ddl("h2.sql"), "dba")) {
                s.execute(statement);
            }
        }
        javax.sql.DataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ((org.h2.jdbcx.JdbcDataSource) ds).setURL(url);
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(ds, "dba")) {
            c.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "a"));
        }
        try (JdbcArchiveCatalog c = JdbcArchiveCatalog.open(ds, "DBA")) {
            assertThat(c.get(RecordId.of("a"))).isPresent();
            assertThat(c.prefix()).isEqualTo("dba");
        }
        try (Connection conn = DriverManager.getConnection(url); Statement s = conn.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
    }
}
