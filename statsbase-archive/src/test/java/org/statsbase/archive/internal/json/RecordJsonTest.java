package org.statsbase.archive.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.core.org.PersonId;

/** A record written as JSON reads back equal, holds, destruction and due date included. */
class RecordJsonTest {

    @Test
    void roundTrips() {
        Instant t = Instant.parse("2026-02-03T04:05:06Z");
        Metadata m = Metadata.builder().title("题名").responsibleParty("某镇统计站").date(LocalDate.of(2024, 3, 1))
                .confidentiality(ConfidentialityLevel.HIGHLY_SECRET).secrecyYears(20).retention(RetentionCode.D30.period())
                .archivalCode(ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D30, "TJZ").item(7)).format("ofd").build();
        ArchivedRecord r = ArchivedRecord.of(RecordId.of("r-1"), RecordClass.of("aggregated"), LocalDate.of(2024, 3, 1), m,
                Fixity.of(new byte[] {1, 2, 3}))
                .withHold(Hold.place(HoldId.of("h1"), HoldKind.AUDIT, "审计", PersonId.of("p"), t))
                .withHold(Hold.place(HoldId.of("h2"), HoldKind.LITIGATION, "诉讼", PersonId.of("p"), t))
                .withRelease(HoldId.of("h1"), PersonId.of("q"), t.plusSeconds(5), "结束")
                .withCountingEvent(LocalDate.of(2025, 1, 2))
                .withDueOn(Optional.of(LocalDate.of(2056, 1, 1)))
                .withRevision(4);
        assertThat(RecordJson.readFull(RecordJson.writeFull(r), 4)).isEqualTo(r);
        ArchivedRecord gone = r.withRelease(HoldId.of("h2"), PersonId.of("q"), t.plusSeconds(9), "结束")
                .withDestruction(Destruction.of(DestructionListId.of("L"), PersonId.of("head"), "粉碎", LocalDate.of(2056, 2, 1),
                        List.of(PersonId.of("s1"), PersonId.of("s2")), "L/1"));
        assertThat(RecordJson.readFull(RecordJson.writeFull(gone), 4)).isEqualTo(gone);
        assertThat(RecordJson.read(RecordJson.write(r)).metadata()).isEqualTo(m);
    }
}
