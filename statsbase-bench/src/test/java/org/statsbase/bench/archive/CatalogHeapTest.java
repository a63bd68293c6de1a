package org.statsbase.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;

/** The due-list benchmark's catalog is what its comment says, and the catalog's due list is a plain pass's. */
class CatalogHeapTest {

    @Test
    void theDueListIsAboutEightPercentAndEqualsAPlainPassInOrder() {
        List<ArchivedRecord> all = CatalogHeap.generate(20_000);
        long due = CatalogHeap.expectedDue(all);
        assertThat(due).isBetween(1_200L, 2_000L);
        assertThat(all.stream().filter(r -> r.state() == RecordState.DESTROYED).count()).isBetween(8_000L, 14_000L);

        InMemoryArchiveCatalog catalog = InMemoryArchiveCatalog.create();
        all.forEach(catalog::put);
        List<ArchivedRecord> listed = new ArrayList<>();
        catalog.scan(RecordQuery.dueAsOf(CatalogHeap.AS_OF), listed::add);
        assertThat(listed).hasSize((int) due);
        for (int i = 1; i < listed.size(); i++) {
            LocalDate a = listed.get(i - 1).dueOn().orElseThrow();
            LocalDate b = listed.get(i).dueOn().orElseThrow();
            assertThat(a.isBefore(b) || a.equals(b) && listed.get(i - 1).id().compareTo(listed.get(i).id()) < 0).isTrue();
        }
    }
}
