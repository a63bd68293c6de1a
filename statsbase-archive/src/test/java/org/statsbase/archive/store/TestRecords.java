package org.statsbase.archive.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;

/** Small records for the store contracts. */
final class TestRecords {

    private TestRecords() {
    }

    static ArchivedRecord record(String id, String recordClass, LocalDate formed, String content) {
        Metadata m = Metadata.builder().title("title " + id).responsibleParty("江北区统计局").date(formed)
                .retention(RetentionPeriod.ofYears(10)).format("pdf").build();
        return ArchivedRecord.of(RecordId.of(id), RecordClass.of(recordClass), formed, m,
                Fixity.of(content.getBytes(StandardCharsets.UTF_8)));
    }

    static ArchivedRecord coded(String id, String code) {
        ArchivedRecord r = record(id, "aggregated", LocalDate.of(2024, 3, 1), id);
        return r.withMetadata(r.metadata().toBuilder().archivalCode(ArchivalCode.parse(code)).build());
    }
}
