package org.statsbase.archive.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.TamperableContentStore;

/** DA/T 70-2018 clauses as properties: fixity detects any change; item numbers without gaps; gaps are named. */
class IntegrityProperties {

    @Property
    void streamingAndWholeDigestsAgree(@ForAll @Size(max = 5000) byte[] bytes) {
        assertThat(Fixity.of(new ByteArrayInputStream(bytes))).isEqualTo(Fixity.of(bytes));
    }

    @Property
    void anyChangedByteFailsAuthenticity(@ForAll @Size(min = 1, max = 2000) byte[] bytes, @ForAll int position,
            @ForAll byte delta) {
        if (delta == 0) {
            delta = 1;
        }
        TamperableContentStore store = new TamperableContentStore();
        Digests d = store.put(new ByteArrayInputStream(bytes));
        ArchivedRecord r = ArchivedRecord.of(RecordId.of("r"), RecordClass.of("ledger"), LocalDate.of(2024, 1, 1),
                Metadata.builder().title("t").responsibleParty("p").date(LocalDate.of(2024, 1, 1))
                        .retention(RetentionCode.D10.period()).format("bin").build(), d);
        byte[] changed = bytes.clone();
        changed[Math.floorMod(position, bytes.length)] += delta;
        store.tamper(d, changed);
        List<Finding> f = FourPropertyCheck.allowing(java.util.Set.of("BIN")).checkRecord(r, store);
        assertThat(f).extracting(Finding::kind).containsExactlyInAnyOrder(FindingKind.SHA256_MISMATCH, FindingKind.SM3_MISMATCH);
    }

    @Property
    void aGroupFilledInOrderHasNoGapAndEachRemovedItemIsNamed(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 59) int removed) {
        InMemoryArchiveCatalog catalog = InMemoryArchiveCatalog.create();
        ArchivalGroup g = ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D30, "TJZ");
        Digests d = Fixity.of(new byte[] {1});
        for (int i = 1; i <= n; i++) {
            if (i == removed + 1 && i < n) {
                continue;
            }
            catalog.put(ArchivedRecord.of(RecordId.of("r" + i), RecordClass.of("aggregated"), LocalDate.of(2024, 1, 1),
                    Metadata.builder().title("t").responsibleParty("p").date(LocalDate.of(2024, 1, 1))
                            .retention(RetentionCode.D30.period()).archivalCode(g.item(i)).build(), d));
        }
        List<Finding> f = FourPropertyCheck.standard().checkGroup(g, catalog);
        if (removed + 1 < n) {
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(FindingKind.ITEM_NUMBER_GAP);
                assertThat(x.messageEn()).contains("[" + (removed + 1) + "]");
            });
        } else {
            assertThat(f).isEmpty();
        }
        assertThat(catalog.lastItemNumber(g)).isEqualTo(java.util.OptionalInt.of(n));
    }
}
