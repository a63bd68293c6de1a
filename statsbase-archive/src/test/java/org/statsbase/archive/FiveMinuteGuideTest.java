package org.statsbase.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.integrity.FourPropertyReport;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.core.org.PersonId;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * The README's five-minute guide (五分钟上手), run as written: the snippet is the body of
 * {@link #guide(Path, Path)}, and {@link #everySnippetOfTheReadmeGuideIsCodeOfThisTest()} fails when the
 * README and this file drift apart. The dates are relative to today, so the guide stays true as time passes.
 */
class FiveMinuteGuideTest {

    private Archive archive;
    private DestructionList executed;
    private Due dueOfMay;
    private List<ArchivedRecord> due;
    private FourPropertyReport report;

    /** The snippet: file two records, a due list, a hold, and the disposal steps. */
    private void guide(Path mayPdf, Path junePdf) throws IOException {
        Archive archive = Archive.builder()
                .catalog(InMemoryArchiveCatalog.create())              // or JdbcArchiveCatalog.open("jdbc:h2:/srv/archive/catalog")
                .contentStore(InMemoryContentStore.create())           // or FileContentStore.open(Path.of("/srv/archive/content"))
                .trail(Trail.open(InMemoryEventStore.create()))        // or a FileEventStore / JdbcEventStore
                .build();                                              // statutory schedule, system UTC clock
        Actor archivist = Actor.of("p-017", "archivist");
        Actor inspector = Actor.of("zf-wang", "inspector");
        Actor appraiser = Actor.of("jd-li", "appraiser");
        Actor head = Actor.of("fz-zhao", "head");

        // 归档 file: content digests (SHA-256 and SM3), the four-property check, the catalog, the trail
        Metadata may = Metadata.builder().title("城关镇规上工业月报 2022-05").responsibleParty("城关镇统计站")
                .date(LocalDate.of(2022, 5, 10)).retention(RetentionPeriod.ofYears(2)).format("pdf").build();
        try (InputStream in = Files.newInputStream(mayPdf)) {
            archive.ingest(archivist, Filing.of(RecordId.of("form-2022-05"), RecordClass.of("original-survey"),
                    LocalDate.of(2022, 5, 10), may), in);
        }
        Metadata june = may.toBuilder().title("城关镇规上工业月报 2022-06").date(LocalDate.of(2022, 6, 10)).build();
        try (InputStream in = Files.newInputStream(junePdf)) {
            archive.ingest(archivist, Filing.of(RecordId.of("form-2022-06"), RecordClass.of("original-survey"),
                    LocalDate.of(2022, 6, 10), june), in);
        }

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Due dueOfMay = archive.due(RecordId.of("form-2022-05"), today);  // Due.On 2025-01-01: 2 years from 1 January after formation
        archive.placeHold(inspector, RecordId.of("form-2022-06"), HoldId.of("ZF-2026-003"),
                HoldKind.INSPECTION, "统计执法检查");                       // 冻结 hold: never due while it stands
        List<ArchivedRecord> due = archive.dueList(today, 1000);         // 到期清单 the due list: form-2022-05 only
        List<RecordId> ids = due.stream().map(ArchivedRecord::id).toList();

        DestructionListId list = DestructionListId.of("XH-2026-01");
        archive.appraise(appraiser, list, ids, today);                  // 鉴定 appraise → 销毁清册 destruction list
        archive.approve(head, list);                                    // 负责人批准 the head approves (not the appraiser)
        DestructionList executed = archive.execute(archivist, list, "粉碎", today,
                List.of(PersonId.of("jx-sun"), PersonId.of("jx-zhou")));  // 监销 two supervisors sign
        archive.get(RecordId.of("form-2022-05")).orElseThrow().state();  // DESTROYED: metadata and certificate kept
        FourPropertyReport report = archive.check(archivist, RecordQuery.all());   // 四性检测 the four-property report

        this.archive = archive;
        this.dueOfMay = dueOfMay;
        this.due = due;
        this.executed = executed;
        this.report = report;
    }

    @Test
    void guideFilesHoldsListsAndDisposesOfOnlyTheDueRecord(@TempDir Path dir) throws IOException {
        Path mayPdf = Files.write(dir.resolve("2022-05.pdf"), "%PDF-1.7\n规上工业月报 2022-05\n%%EOF"
                .getBytes(StandardCharsets.UTF_8));
        Path junePdf = Files.write(dir.resolve("2022-06.pdf"), "%PDF-1.7\n规上工业月报 2022-06\n%%EOF"
                .getBytes(StandardCharsets.UTF_8));

        guide(mayPdf, junePdf);

        assertThat(dueOfMay).isEqualTo(new Due.On(LocalDate.of(2025, 1, 1), LocalDate.now(ZoneOffset.UTC)));
        assertThat(dueOfMay.isDue()).isTrue();
        assertThat(due).extracting(ArchivedRecord::id).containsExactly(RecordId.of("form-2022-05"));
        assertThat(executed.status()).isEqualTo(DestructionList.Status.EXECUTED);
        assertThat(executed.supervisors()).containsExactly(PersonId.of("jx-sun"), PersonId.of("jx-zhou"));

        ArchivedRecord destroyed = archive.get(RecordId.of("form-2022-05")).orElseThrow();
        assertThat(destroyed.state()).isEqualTo(RecordState.DESTROYED);
        assertThat(destroyed.metadata().title()).isEqualTo("城关镇规上工业月报 2022-05");
        assertThat(destroyed.destruction()).hasValueSatisfying(d -> assertThat(d.method()).isEqualTo("粉碎"));
        assertThat(archive.contentStore().exists(destroyed.digests())).isFalse();

        ArchivedRecord held = archive.get(RecordId.of("form-2022-06")).orElseThrow();
        assertThat(held.state()).isEqualTo(RecordState.HELD);
        assertThat(archive.contentStore().exists(held.digests())).isTrue();

        assertThat(report.passed()).as("%s", report.findings()).isTrue();
        assertThat(archive.trail().verify().intact()).isTrue();
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
