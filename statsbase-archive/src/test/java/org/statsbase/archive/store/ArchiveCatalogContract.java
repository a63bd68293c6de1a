package org.statsbase.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.archive.store.TestRecords.coded;
import static org.statsbase.archive.store.TestRecords.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.core.org.PersonId;

/**
 * The {@link ArchiveCatalog} contract: every catalog (in memory, JDBC) passes these by extending this class.
 */
abstract class ArchiveCatalogContract {

    /** A new, empty catalog. */
    protected abstract ArchiveCatalog newCatalog();

    private ArchiveCatalog catalog;

    @BeforeEach
    void open() {
        catalog = newCatalog();
    }

    @AfterEach
    void closeCatalog() {
        catalog.close();
    }

    private List<String> ids(RecordQuery q) {
        List<String> out = new ArrayList<>();
        catalog.scan(q, r -> out.add(r.id().value()));
        return out;
    }

    @Test
    void putThenGetGivesTheRecordBackAtRevisionOne() {
        ArchivedRecord r = record("r1", "ledger", LocalDate.of(2024, 5, 10), "x");
        ArchivedRecord stored = catalog.put(r);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(catalog.get(RecordId.of("r1"))).contains(stored);
        assertThat(catalog.get(RecordId.of("r2"))).isEmpty();
    }

    @Test
    void aSecondPutOfTheSameIdIsRefused() {
        catalog.put(record("r1", "ledger", LocalDate.of(2024, 5, 10), "x"));
        assertThatThrownBy(() -> catalog.put(record("r1", "ledger", LocalDate.of(2024, 5, 10), "y")))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0004");
    }

    @Test
    void updateChecksTheRevision() {
        ArchivedRecord stored = catalog.put(record("r1", "ledger", LocalDate.of(2024, 5, 10), "x"));
        ArchivedRecord held = stored.withHold(Hold.place(HoldId.of("h1"), HoldKind.AUDIT, "audit 2026",
                PersonId.of("p1"), Instant.parse("2026-01-01T00:00:00Z")));
        ArchivedRecord updated = catalog.update(held);
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(catalog.get(stored.id()).orElseThrow().holds()).hasSize(1);
        assertThatThrownBy(() -> catalog.update(held)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0005");
        assertThatThrownBy(() -> catalog.update(record("nope", "ledger", LocalDate.of(2024, 5, 10), "x")))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0003");
    }

    @Test
    void listsByClassAndYearInIdOrder() {
        catalog.put(record("b", "ledger", LocalDate.of(2024, 5, 10), "1"));
        catalog.put(record("a", "ledger", LocalDate.of(2023, 5, 10), "2"));
        catalog.put(record("c", "aggregated", LocalDate.of(2024, 1, 1), "3"));
        assertThat(ids(RecordQuery.all())).containsExactly("a", "b", "c");
        assertThat(ids(RecordQuery.byClass(RecordClass.of("ledger")))).containsExactly("a", "b");
        assertThat(ids(RecordQuery.byYear(2024))).containsExactly("b", "c");
        assertThat(catalog.count(RecordQuery.byYear(2024))).isEqualTo(2);
        assertThat(catalog.list(RecordQuery.all(), 2)).extracting(r -> r.id().value()).containsExactly("a", "b");
    }

    @Test
    void listsAGroupByItemNumberAndKnowsItsLastItem() {
        catalog.put(coded("x2", "Z109-WS·2024-Y-BGS-0002"));
        catalog.put(coded("x1", "Z109-WS·2024-Y-BGS-0001"));
        catalog.put(coded("y1", "Z109-WS·2024-D10-BGS-0001"));
        var group = ArchivalCode.parse("Z109-WS·2024-Y-BGS-0001").group();
        assertThat(ids(RecordQuery.byGroup(group))).containsExactly("x1", "x2");
        assertThat(catalog.lastItemNumber(group)).hasValue(2);
        assertThat(catalog.lastItemNumber(ArchivalCode.parse("Z109-WS·2025-Y-BGS-0001").group())).isEmpty();
    }

    @Test
    void anArchivalCodeBelongsToOneRecord() {
        catalog.put(coded("x1", "Z109-WS·2024-Y-BGS-0001"));
        assertThatThrownBy(() -> catalog.put(coded("x2", "Z109-WS·2024-Y-BGS-0001")))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0412");
        ArchivedRecord y = catalog.put(coded("y", "Z109-WS·2024-Y-BGS-0002"));
        assertThatThrownBy(() -> catalog.update(y.withMetadata(y.metadata().toBuilder()
                .archivalCode(ArchivalCode.parse("Z109-WS·2024-Y-BGS-0001")).build())))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0412");
        assertThat(catalog.get(RecordId.of("x2"))).isEmpty();
        // updating a record without changing its code is fine
        assertThat(catalog.update(y.withDueOn(Optional.of(LocalDate.of(2040, 1, 1)))).revision()).isEqualTo(2);
    }

    @Test
    void dueListHasActiveRecordsDueOnOrBeforeTheDateByDueDateThenId() {
        LocalDate formed = LocalDate.of(2024, 5, 10);
        catalog.put(record("late", "ledger", formed, "1").withDueOn(Optional.of(LocalDate.of(2030, 1, 1))));
        catalog.put(record("b", "ledger", formed, "2").withDueOn(Optional.of(LocalDate.of(2027, 1, 1))));
        catalog.put(record("a", "ledger", formed, "3").withDueOn(Optional.of(LocalDate.of(2027, 1, 1))));
        catalog.put(record("early", "ledger", formed, "4").withDueOn(Optional.of(LocalDate.of(2026, 1, 1))));
        catalog.put(record("never", "aggregated", formed, "5"));
        ArchivedRecord held = catalog.put(record("held", "ledger", formed, "6").withDueOn(Optional.of(LocalDate.of(2026, 1, 1))));
        catalog.update(held.withHold(Hold.place(HoldId.of("h"), HoldKind.LITIGATION, "case 1", PersonId.of("p"),
                Instant.parse("2026-02-01T00:00:00Z"))));
        ArchivedRecord gone = catalog.put(record("gone", "ledger", formed, "7").withDueOn(Optional.of(LocalDate.of(2026, 1, 1))));
        catalog.update(gone.withDestruction(Destruction.of(DestructionListId.of("L1"), PersonId.of("head"), "粉碎",
                LocalDate.of(2027, 2, 1), List.of(PersonId.of("s1"), PersonId.of("s2")), "L1-1")));

        assertThat(ids(RecordQuery.dueAsOf(LocalDate.of(2027, 1, 1)))).containsExactly("early", "a", "b");
        assertThat(ids(RecordQuery.dueAsOf(LocalDate.of(2026, 12, 31)))).containsExactly("early");
        assertThat(catalog.count(RecordQuery.dueAsOf(LocalDate.of(2031, 1, 1)))).isEqualTo(4);
    }

    @Test
    void findsRecordsByContent() {
        ArchivedRecord a = catalog.put(record("a", "ledger", LocalDate.of(2024, 5, 10), "same"));
        catalog.put(record("b", "ledger", LocalDate.of(2024, 5, 10), "same"));
        catalog.put(record("c", "ledger", LocalDate.of(2024, 5, 10), "other"));
        assertThat(ids(RecordQuery.byContent(a.digests()))).containsExactly("a", "b");
    }

    @Test
    void scanStopsWhenTheVisitorSaysSo() {
        for (int i = 0; i < 10; i++) {
            catalog.put(record("r" + i, "ledger", LocalDate.of(2024, 5, 10), "c" + i));
        }
        int[] seen = {0};
        catalog.scan(RecordQuery.all(), r -> ++seen[0] < 3);
        assertThat(seen[0]).isEqualTo(3);
    }

    @Test
    void destructionListsArePutAndUpdatedByRevision() {
        DestructionList l = DestructionList.appraised(DestructionListId.of("L1"), PersonId.of("a"),
                Instant.parse("2027-01-05T00:00:00Z"), List.of(RecordId.of("r1"), RecordId.of("r2")));
        DestructionList stored = catalog.putList(l);
        assertThat(stored.revision()).isEqualTo(1);
        DestructionList approved = catalog.updateList(stored.approve(PersonId.of("head"), Instant.parse("2027-01-06T00:00:00Z")));
        assertThat(approved.revision()).isEqualTo(2);
        assertThat(catalog.getList(l.id())).contains(approved);
        assertThatThrownBy(() -> catalog.updateList(stored)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0005");
        assertThatThrownBy(() -> catalog.putList(l)).isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0318");
        assertThatThrownBy(() -> catalog.updateList(DestructionList.appraised(DestructionListId.of("L9"), PersonId.of("a"),
                Instant.parse("2027-01-05T00:00:00Z"), List.of(RecordId.of("r1"))))).hasMessageStartingWith("SB-ARC-0307");
    }

    @Test
    void theAppliedTrailSequenceStartsAtZeroAndOnlyMovesForward() {
        assertThat(catalog.appliedSequence()).isZero();
        catalog.markApplied(0);
        assertThat(catalog.appliedSequence()).isZero();
        catalog.markApplied(7);
        assertThat(catalog.appliedSequence()).isEqualTo(7);
        catalog.markApplied(3);
        assertThat(catalog.appliedSequence()).isEqualTo(7);
        catalog.markApplied(12);
        assertThat(catalog.appliedSequence()).isEqualTo(12);
        assertThatThrownBy(() -> catalog.markApplied(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.appliedSequence()).isEqualTo(12);
    }
}
