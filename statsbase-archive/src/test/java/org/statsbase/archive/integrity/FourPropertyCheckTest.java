package org.statsbase.archive.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;

/** DA/T 70-2018: each property's findings, on single records. */
class FourPropertyCheckTest {

    private final InMemoryContentStore store = InMemoryContentStore.create();
    private final InMemoryArchiveCatalog catalog = InMemoryArchiveCatalog.create();
    private final FourPropertyCheck check = FourPropertyCheck.standard();
    private static final OperationLog LOGGED = log(true, Optional.empty());

    static OperationLog log(boolean has, Optional<String> broken) {
        return new OperationLog() {
            @Override
            public boolean hasLog(RecordId id) {
                return has;
            }

            @Override
            public Optional<String> brokenChain() {
                return broken;
            }
        };
    }

    private ArchivedRecord record(Metadata m, byte[] bytes) {
        return ArchivedRecord.of(RecordId.of("r"), RecordClass.of("aggregated"), LocalDate.of(2024, 3, 1), m,
                store.put(new ByteArrayInputStream(bytes)));
    }

    private static Metadata.Builder meta() {
        return Metadata.builder().title("2024年统计年报").responsibleParty("某镇统计站").date(LocalDate.of(2024, 3, 1))
                .retention(RetentionCode.D10.period()).format("txt");
    }

    private List<FindingKind> kinds(ArchivedRecord r, OperationLog log) {
        return check.checkRecord(r, store, log).stream().map(Finding::kind).toList();
    }

    @Test
    void aSoundRecordHasNoFinding() {
        assertThat(kinds(record(meta().build(), "统计年报".getBytes(StandardCharsets.UTF_8)), LOGGED)).isEmpty();
    }

    @Test
    void authenticityMetadataMustAgreeWithItself() {
        ArchivalGroup g2023 = ArchivalGroup.of("Z109", "WS", 2023, RetentionCode.D10, "TJZ");
        assertThat(kinds(record(meta().archivalCode(g2023.item(1)).build(), new byte[] {'a'}), LOGGED))
                .containsExactly(FindingKind.METADATA_INVALID);
        ArchivalGroup y = ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.Y, "TJZ");
        assertThat(kinds(record(meta().archivalCode(y.item(1)).build(), new byte[] {'a'}), LOGGED))
                .containsExactly(FindingKind.METADATA_INVALID);
        assertThat(kinds(record(meta().secrecyYears(5).build(), new byte[] {'a'}), LOGGED))
                .containsExactly(FindingKind.METADATA_INVALID);
        assertThat(kinds(record(meta().confidentiality(ConfidentialityLevel.SECRET).secrecyYears(11).build(), new byte[] {'a'}),
                LOGGED)).containsExactly(FindingKind.METADATA_INVALID);
        assertThat(kinds(record(meta().confidentiality(ConfidentialityLevel.TOP_SECRET).secrecyYears(30).build(), new byte[] {'a'}),
                LOGGED)).isEmpty();
    }

    @Test
    void integrityRequiredMetadata() {
        List<Finding> f = check.checkRecord(record(Metadata.builder().date(LocalDate.of(2024, 3, 1))
                .retention(RetentionPeriod.ofYears(10)).build(), new byte[] {'a'}), store, LOGGED);
        assertThat(f).extracting(Finding::kind).containsOnly(FindingKind.METADATA_MISSING).hasSize(3);
        assertThat(f).extracting(Finding::messageZh).anyMatch(m -> m.contains("题名"));
        assertThat(f).extracting(Finding::messageEn).anyMatch(m -> m.contains("responsible party"));
    }

    @Test
    void usabilityFormatsAndSignatures() {
        assertThat(kinds(record(meta().format("docx").build(), new byte[] {'a'}), LOGGED))
                .containsExactly(FindingKind.FORMAT_NOT_ALLOWED);
        assertThat(kinds(record(meta().format("pdf").build(), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), LOGGED)).isEmpty();
        assertThat(kinds(record(meta().format("pdf").build(), "PK\u0003\u0004".getBytes(StandardCharsets.US_ASCII)), LOGGED))
                .containsExactly(FindingKind.UNREADABLE);
        assertThat(kinds(record(meta().format("ofd").build(), "PK\u0003\u0004rest".getBytes(StandardCharsets.US_ASCII)), LOGGED))
                .isEmpty();
        assertThat(kinds(record(meta().format("png").build(), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}), LOGGED)).isEmpty();
        assertThat(kinds(record(meta().format("jpg").build(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), LOGGED)).isEmpty();
        assertThat(kinds(record(meta().format("tif").build(), new byte[] {'M', 'M', 0, '*'}), LOGGED)).isEmpty();
        // text that is not UTF-8 (a private encryption, or a GBK file labelled as UTF-8 text)
        assertThat(kinds(record(meta().format("csv").build(), new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28}), LOGGED))
                .containsExactly(FindingKind.UNREADABLE);
        FourPropertyCheck docx = FourPropertyCheck.allowing(Set.of("docx", "pdf"));
        assertThat(docx.allowedFormats()).containsExactlyInAnyOrder("DOCX", "PDF");
        assertThat(docx.checkRecord(record(meta().format("docx").build(), new byte[] {'a'}), store, LOGGED)).isEmpty();
    }

    @Test
    void securityLogAndChain() {
        ArchivedRecord r = record(meta().build(), new byte[] {'a'});
        assertThat(kinds(r, log(false, Optional.empty()))).containsExactly(FindingKind.NO_OPERATION_LOG);
        FourPropertyReport report = check.check(Occasion.ON_DEMAND, Instant.EPOCH, List.of(r), catalog, store,
                log(true, Optional.of("event 7: HASH_MISMATCH")));
        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.TRAIL_BROKEN);
        assertThat(report.findings(Property.SECURITY)).hasSize(1);
        assertThat(report.recordsChecked()).isEqualTo(1);
        assertThat(report.passed()).isFalse();
        assertThat(report.findings().get(0).messageZh()).contains("event 7");
    }

    @Test
    void everyFindingKindHasBothLanguagesFilled() {
        for (FindingKind k : FindingKind.values()) {
            Finding f = Finding.of(k, "subject", "d1", "d2");
            assertThat(f.messageZh()).doesNotContain("{").isNotBlank();
            assertThat(f.messageEn()).doesNotContain("{").isNotBlank();
            assertThat(f.property()).isEqualTo(k.property());
        }
    }
}
