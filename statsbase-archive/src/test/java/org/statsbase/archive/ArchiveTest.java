package org.statsbase.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.FindingKind;
import org.statsbase.archive.integrity.FourPropertyReport;
import org.statsbase.archive.integrity.Property;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.CountingStart;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.TamperableContentStore;
import org.statsbase.archive.transfer.PackageFormat;
import org.statsbase.archive.transfer.TransferManifest;
import org.statsbase.archive.transfer.TransferPackages;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/** The archive façade: filing, holds, the due list, disposal with approval and supervision, transfer, checks. */
class ArchiveTest {

    static final Actor ARCHIVIST = Actor.of("li-archivist", "archivist");
    static final Actor APPRAISER = Actor.of("wang-appraiser", "appraiser");
    static final Actor HEAD = Actor.of("zhao-head", "head");
    static final List<PersonId> TWO_SUPERVISORS = List.of(PersonId.of("sup-1"), PersonId.of("sup-2"));
    static final byte[] PDF = "%PDF-1.7\n统计台账 2024 年 5 月\n%%EOF".getBytes(StandardCharsets.UTF_8);

    MutableClock clock;
    TamperableContentStore content;
    InMemoryArchiveCatalog catalog;
    Trail trail;
    Archive archive;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(LocalDate.of(2024, 6, 1));
        content = new TamperableContentStore();
        catalog = InMemoryArchiveCatalog.create();
        trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SM3, clock);
        archive = Archive.builder().catalog(catalog).contentStore(content).trail(trail).clock(clock)
                .schedule(RetentionSchedule.statutory().with(RecordClass.of("enforcement-case"), RetentionPeriod.ofYears(30),
                        CountingStart.fromEvent("case-closed", true)))
                .build();
    }

    static Metadata metadata(LocalDate date, RetentionPeriod retention) {
        return Metadata.builder().title("工业产销总值及主要产品产量台账").responsibleParty("某镇统计站").date(date)
                .retention(retention).format("pdf").build();
    }

    ArchivedRecord file(String id, String cls, LocalDate formed) {
        return archive.ingest(ARCHIVIST, Filing.of(RecordId.of(id), RecordClass.of(cls), formed,
                metadata(formed, RetentionPeriod.ofYears(2))), new ByteArrayInputStream((new String(PDF, StandardCharsets.UTF_8) + id)
                .getBytes(StandardCharsets.UTF_8)));
    }

    List<TrailEvent> events(String subject) {
        return trail.bySubject(subject);
    }

    TrailEvent last(String subject) {
        List<TrailEvent> e = events(subject);
        return e.get(e.size() - 1);
    }

    void assertRefusedAndTrailed(Runnable op, String code, String subject) {
        long before = trail.size();
        assertThatThrownBy(op::run).isInstanceOf(ArchiveException.class).hasMessageStartingWith(code);
        assertThat(trail.size()).isGreaterThan(before);
        TrailEvent e = last(subject);
        assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(e.payload("error")).contains(code);
    }

    @Test
    void filingStoresContentDigestsAndWritesTheTrail() {
        ArchivedRecord r = file("ledger-2024-05", "ledger", LocalDate.of(2024, 5, 10));
        assertThat(r.revision()).isEqualTo(1);
        assertThat(r.state()).isEqualTo(RecordState.ACTIVE);
        assertThat(content.exists(r.digests())).isTrue();
        assertThat(r.dueOn()).contains(LocalDate.of(2027, 1, 1));
        TrailEvent e = last("archive/ledger-2024-05");
        assertThat(e.action()).isEqualTo(ArchiveEvents.INGEST);
        assertThat(e.actor()).isEqualTo("li-archivist");
        assertThat(e.payload(ArchiveEvents.SHA256)).contains(r.digests().sha256().hex());
        assertThat(e.payload(ArchiveEvents.SM3)).contains(r.digests().sm3().hex());
        assertThat(e.payload(ArchiveEvents.DUE)).contains("2027-01-01");
        assertThat(archive.due(r.id(), LocalDate.of(2027, 1, 1)).isDue()).isTrue();
    }

    @Test
    void filingRefusalsAreTypedAndTrailed() {
        file("a", "ledger", LocalDate.of(2024, 5, 10));
        assertRefusedAndTrailed(() -> file("a", "ledger", LocalDate.of(2024, 5, 10)), "SB-ARC-0004", "archive/a");
        assertRefusedAndTrailed(() -> file("b", "minutes", LocalDate.of(2024, 5, 10)), "SB-ARC-0103", "archive/b");
        assertRefusedAndTrailed(() -> archive.ingest(ARCHIVIST, Filing.of(RecordId.of("c"), RecordClass.of("ledger"),
                LocalDate.of(2024, 5, 10), metadata(LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2)))
                .withEventDate(LocalDate.of(2024, 6, 1)), new ByteArrayInputStream(PDF)), "SB-ARC-0105", "archive/c");
    }

    @Test
    void filingFailsTheArchivingCheckForAnUnreadableOrDisallowedFile() {
        Metadata noTitle = Metadata.builder().responsibleParty("站").date(LocalDate.of(2024, 5, 10))
                .retention(RetentionPeriod.ofYears(2)).format("pdf").build();
        assertRefusedAndTrailed(() -> archive.ingest(ARCHIVIST, Filing.of(RecordId.of("x"), RecordClass.of("ledger"),
                LocalDate.of(2024, 5, 10), noTitle), new ByteArrayInputStream(PDF)), "SB-ARC-0502", "archive/x");
        Metadata exe = metadata(LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2)).toBuilder().format("exe").build();
        assertRefusedAndTrailed(() -> archive.ingest(ARCHIVIST, Filing.of(RecordId.of("y"), RecordClass.of("ledger"),
                LocalDate.of(2024, 5, 10), exe), new ByteArrayInputStream(PDF)), "SB-ARC-0502", "archive/y");
        // privately encrypted bytes under a PDF label
        assertRefusedAndTrailed(() -> archive.ingest(ARCHIVIST, Filing.of(RecordId.of("z"), RecordClass.of("ledger"),
                LocalDate.of(2024, 5, 10), metadata(LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2))),
                new ByteArrayInputStream(new byte[] {0x13, 0x37, 0x00, 0x42, 0x7f})), "SB-ARC-0502", "archive/z");
        assertThat(archive.get(RecordId.of("z"))).isEmpty();
        assertThat(catalog.count(RecordQuery.all())).isZero();
    }

    @Test
    void itemNumbersAreAllocatedWithoutGapsPerGroup() {
        ArchivalGroup g = ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D10, "TJZ");
        for (int i = 1; i <= 3; i++) {
            ArchivedRecord r = archive.ingest(ARCHIVIST, Filing.of(RecordId.of("doc-" + i), RecordClass.of("aggregated"),
                    LocalDate.of(2024, 3, i), metadata(LocalDate.of(2024, 3, i), RetentionCode.D10.period())).inGroup(g),
                    new ByteArrayInputStream(PDF));
            assertThat(r.metadata().archivalCode()).contains(g.item(i));
        }
        ArchivalGroup other = ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D10, "BGS");
        assertThat(archive.ingest(ARCHIVIST, Filing.of(RecordId.of("other-1"), RecordClass.of("aggregated"),
                LocalDate.of(2024, 3, 1), metadata(LocalDate.of(2024, 3, 1), RetentionCode.D10.period())).inGroup(other),
                new ByteArrayInputStream(PDF)).metadata().archivalCode()).contains(other.item(1));
        // a code given by hand must continue its group
        Metadata skipping = metadata(LocalDate.of(2024, 3, 9), RetentionCode.D10.period()).toBuilder()
                .archivalCode(ArchivalCode.parse("Z109-WS·2024-D10-TJZ-0005")).build();
        assertRefusedAndTrailed(() -> archive.ingest(ARCHIVIST, Filing.of(RecordId.of("doc-5"), RecordClass.of("aggregated"),
                LocalDate.of(2024, 3, 9), skipping), new ByteArrayInputStream(PDF)), "SB-ARC-0410", "archive/doc-5");
        Metadata next = skipping.toBuilder().archivalCode(ArchivalCode.parse("Z109-WS·2024-D10-TJZ-0004")).build();
        archive.ingest(ARCHIVIST, Filing.of(RecordId.of("doc-4"), RecordClass.of("aggregated"), LocalDate.of(2024, 3, 9), next),
                new ByteArrayInputStream(PDF));
        assertThat(archive.check(ARCHIVIST, RecordQuery.all()).findings(Property.INTEGRITY)).isEmpty();
    }

    @Test
    void holdsStopDueAndTheirReleaseIsRecorded() {
        file("r", "ledger", LocalDate.of(2024, 5, 10));
        archive.placeHold(ARCHIVIST, RecordId.of("r"), HoldId.of("insp-2027-01"), HoldKind.INSPECTION, "统计执法检查");
        archive.placeHold(ARCHIVIST, RecordId.of("r"), HoldId.of("audit-7"), HoldKind.AUDIT, "审计");
        assertThat(archive.due(RecordId.of("r"), LocalDate.of(2030, 1, 1)).kind()).isEqualTo(Due.Kind.HELD);
        assertThat(archive.dueList(LocalDate.of(2030, 1, 1), 10)).isEmpty();
        assertRefusedAndTrailed(() -> archive.placeHold(ARCHIVIST, RecordId.of("r"), HoldId.of("audit-7"), HoldKind.AUDIT, "again"),
                "SB-ARC-0201", "archive/r");
        archive.releaseHold(HEAD, RecordId.of("r"), HoldId.of("insp-2027-01"), "检查结束");
        assertThat(archive.due(RecordId.of("r"), LocalDate.of(2030, 1, 1)).kind()).isEqualTo(Due.Kind.HELD);
        assertRefusedAndTrailed(() -> archive.releaseHold(HEAD, RecordId.of("r"), HoldId.of("insp-2027-01"), "twice"),
                "SB-ARC-0202", "archive/r");
        ArchivedRecord r = archive.releaseHold(HEAD, RecordId.of("r"), HoldId.of("audit-7"), "审计结束");
        assertThat(r.holds()).hasSize(2).allSatisfy(h -> {
            assertThat(h.isActive()).isFalse();
            assertThat(h.releasedBy()).contains(HEAD.person());
        });
        assertThat(archive.dueList(LocalDate.of(2030, 1, 1), 10)).extracting(ArchivedRecord::id).containsExactly(RecordId.of("r"));
        assertThat(events("archive/r")).extracting(TrailEvent::action).contains(ArchiveEvents.HOLD_PLACE, ArchiveEvents.HOLD_RELEASE);
        assertRefusedAndTrailed(() -> archive.placeHold(ARCHIVIST, RecordId.of("nope"), HoldId.of("h"), HoldKind.AUDIT, "x"),
                "SB-ARC-0003", "archive/nope");
    }

    @Test
    void theDueListOfAYear() {
        file("may-2024", "ledger", LocalDate.of(2024, 5, 10));
        file("dec-2024", "original-record", LocalDate.of(2024, 12, 31));
        file("jan-2025", "ledger", LocalDate.of(2025, 1, 2));
        file("sum-2024", "aggregated", LocalDate.of(2024, 12, 1));
        file("big-2024", "important-aggregated", LocalDate.of(2024, 12, 1));
        assertThat(archive.dueList(LocalDate.of(2027, 12, 31), 100)).extracting(r -> r.id().value())
                .containsExactly("dec-2024", "may-2024");
        assertThat(archive.dueList(LocalDate.of(2028, 1, 1), 100)).extracting(r -> r.id().value())
                .containsExactly("dec-2024", "may-2024", "jan-2025");
        assertThat(archive.due(RecordId.of("big-2024"), LocalDate.of(2100, 1, 1))).isEqualTo(new Due.Permanent());
    }

    @Test
    void eventCountedRecordsWaitForTheirEvent() {
        file("case-1", "enforcement-case", LocalDate.of(2024, 5, 10));
        assertThat(archive.due(RecordId.of("case-1"), LocalDate.of(2100, 1, 1))).isEqualTo(new Due.WaitingEvent("case-closed"));
        ArchivedRecord r = archive.recordCountingEvent(ARCHIVIST, RecordId.of("case-1"), LocalDate.of(2025, 8, 1));
        assertThat(r.dueOn()).contains(LocalDate.of(2056, 1, 1));
        assertRefusedAndTrailed(() -> {
            file("l", "ledger", LocalDate.of(2024, 5, 10));
            archive.recordCountingEvent(ARCHIVIST, RecordId.of("l"), LocalDate.of(2025, 8, 1));
        }, "SB-ARC-0105", "archive/l");
    }

    @Test
    void theWholeDisposalLeavesARemnantAndACertificate() {
        ArchivedRecord r = file("ledger-2024-05", "ledger", LocalDate.of(2024, 5, 10));
        clock.set(LocalDate.of(2027, 1, 5));
        DestructionListId id = DestructionListId.of("XH-2027-01");
        DestructionList appraised = archive.appraise(APPRAISER, id, List.of(r.id()), LocalDate.of(2027, 1, 5));
        assertThat(appraised.status()).isEqualTo(DestructionList.Status.APPRAISED);
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 1, 5), TWO_SUPERVISORS),
                "SB-ARC-0305", "archive/list/XH-2027-01");
        assertRefusedAndTrailed(() -> archive.approve(APPRAISER.person().equals(HEAD.person()) ? HEAD
                : new Actor(APPRAISER.person(), "head"), id), "SB-ARC-0311", "archive/list/XH-2027-01");
        assertThat(archive.approve(HEAD, id).status()).isEqualTo(DestructionList.Status.APPROVED);
        assertRefusedAndTrailed(() -> archive.approve(HEAD, id), "SB-ARC-0308", "archive/list/XH-2027-01");
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 1, 5),
                List.of(PersonId.of("sup-1"))), "SB-ARC-0306", "archive/list/XH-2027-01");
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 1, 5),
                List.of(PersonId.of("sup-1"), PersonId.of("sup-1"))), "SB-ARC-0306", "archive/list/XH-2027-01");
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, " ", LocalDate.of(2027, 1, 5), TWO_SUPERVISORS),
                "SB-ARC-0316", "archive/list/XH-2027-01");
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 2, 5), TWO_SUPERVISORS),
                "SB-ARC-0317", "archive/list/XH-2027-01");
        assertThat(archive.get(r.id()).orElseThrow().state()).isEqualTo(RecordState.ACTIVE);

        DestructionList done = archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 1, 5), TWO_SUPERVISORS);
        assertThat(done.status()).isEqualTo(DestructionList.Status.EXECUTED);
        assertThat(done.supervisors()).isEqualTo(TWO_SUPERVISORS);
        ArchivedRecord remnant = archive.get(r.id()).orElseThrow();
        assertThat(remnant.state()).isEqualTo(RecordState.DESTROYED);
        assertThat(remnant.metadata()).isEqualTo(r.metadata());
        assertThat(remnant.digests()).isEqualTo(r.digests());
        assertThat(remnant.destruction().orElseThrow().certificate()).isEqualTo("XH-2027-01/1");
        assertThat(remnant.destruction().orElseThrow().approvedBy()).isEqualTo(HEAD.person());
        assertThat(remnant.destruction().orElseThrow().method()).isEqualTo("粉碎");
        assertThat(content.exists(r.digests())).isFalse();
        assertThat(last("archive/ledger-2024-05").action()).isEqualTo(ArchiveEvents.DESTROY);
        assertThat(last("archive/ledger-2024-05").payload(ArchiveEvents.CONTENT_DELETED)).contains("true");
        assertThat(last("archive/list/XH-2027-01").action()).isEqualTo(ArchiveEvents.EXECUTE);
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2027, 1, 5), TWO_SUPERVISORS),
                "SB-ARC-0308", "archive/list/XH-2027-01");
        // the destroyed record's remnant passes the four-property check: content absent, certificate present
        FourPropertyReport report = archive.check(HEAD, RecordQuery.all());
        assertThat(report.findings()).isEmpty();
        assertThat(archive.due(r.id(), LocalDate.of(2030, 1, 1)).kind()).isEqualTo(Due.Kind.DESTROYED);
    }

    @Test
    void appraisalRefusesPermanentNotDueHeldWaitingAndDestroyedRecords() {
        file("perm", "important-aggregated", LocalDate.of(2020, 5, 10));
        file("young", "ledger", LocalDate.of(2024, 5, 10));
        file("held", "ledger", LocalDate.of(2020, 5, 10));
        file("case", "enforcement-case", LocalDate.of(2020, 5, 10));
        archive.placeHold(ARCHIVIST, RecordId.of("held"), HoldId.of("lit-1"), HoldKind.LITIGATION, "诉讼");
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        clock.set(asOf);
        assertRefusedAndTrailed(() -> archive.appraise(APPRAISER, DestructionListId.of("L1"), List.of(RecordId.of("perm")), asOf),
                "SB-ARC-0301", "archive/perm");
        assertRefusedAndTrailed(() -> archive.appraise(APPRAISER, DestructionListId.of("L1"), List.of(RecordId.of("young")), asOf),
                "SB-ARC-0302", "archive/young");
        assertRefusedAndTrailed(() -> archive.appraise(APPRAISER, DestructionListId.of("L1"), List.of(RecordId.of("held")), asOf),
                "SB-ARC-0303", "archive/held");
        assertRefusedAndTrailed(() -> archive.appraise(APPRAISER, DestructionListId.of("L1"), List.of(RecordId.of("case")), asOf),
                "SB-ARC-0304", "archive/case");
        assertRefusedAndTrailed(() -> archive.appraise(APPRAISER, DestructionListId.of("L1"), List.of(), asOf),
                "SB-ARC-0309", "archive/list/L1");
        assertThat(archive.destructionList(DestructionListId.of("L1"))).isEmpty();
        assertThat(last("archive/list/L1").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aHoldPlacedAfterApprovalStopsTheDestruction() {
        file("a", "ledger", LocalDate.of(2020, 5, 10));
        file("b", "ledger", LocalDate.of(2020, 5, 10));
        clock.set(LocalDate.of(2026, 6, 1));
        DestructionListId id = DestructionListId.of("L2");
        archive.appraise(APPRAISER, id, List.of(RecordId.of("a"), RecordId.of("b")), LocalDate.of(2026, 6, 1));
        archive.approve(HEAD, id);
        archive.placeHold(ARCHIVIST, RecordId.of("b"), HoldId.of("insp"), HoldKind.INSPECTION, "执法检查");
        assertRefusedAndTrailed(() -> archive.execute(ARCHIVIST, id, "粉碎", LocalDate.of(2026, 6, 1), TWO_SUPERVISORS),
                "SB-ARC-0303", "archive/list/L2");
        assertThat(last("archive/b").outcome()).isEqualTo(Outcome.REFUSED);
        // nothing was destroyed, not even the record listed before the held one
        assertThat(archive.get(RecordId.of("a")).orElseThrow().state()).isEqualTo(RecordState.ACTIVE);
        assertThat(archive.get(RecordId.of("b")).orElseThrow().state()).isEqualTo(RecordState.HELD);
    }

    @Test
    void sharedContentStaysWhileAKeptRecordUsesIt() {
        byte[] same = PDF;
        archive.ingest(ARCHIVIST, Filing.of(RecordId.of("old"), RecordClass.of("ledger"), LocalDate.of(2020, 5, 10),
                metadata(LocalDate.of(2020, 5, 10), RetentionPeriod.ofYears(2))), new ByteArrayInputStream(same));
        ArchivedRecord kept = archive.ingest(ARCHIVIST, Filing.of(RecordId.of("copy"), RecordClass.of("aggregated"),
                LocalDate.of(2020, 5, 10), metadata(LocalDate.of(2020, 5, 10), RetentionPeriod.ofYears(10))),
                new ByteArrayInputStream(same));
        clock.set(LocalDate.of(2026, 6, 1));
        archive.appraise(APPRAISER, DestructionListId.of("L3"), List.of(RecordId.of("old")), LocalDate.of(2026, 6, 1));
        archive.approve(HEAD, DestructionListId.of("L3"));
        archive.execute(ARCHIVIST, DestructionListId.of("L3"), "数据擦除", LocalDate.of(2026, 6, 1), TWO_SUPERVISORS);
        assertThat(content.exists(kept.digests())).isTrue();
        assertThat(last("archive/old").payload(ArchiveEvents.CONTENT_DELETED)).contains("false");
        assertThat(archive.check(HEAD, RecordQuery.all()).passed()).isTrue();
    }

    @Test
    void theFourPropertyCheckFindsTamperingMissingContentAndGaps() {
        ArchivalGroup g = ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D10, "TJZ");
        ArchivedRecord a = archive.ingest(ARCHIVIST, Filing.of(RecordId.of("a"), RecordClass.of("aggregated"),
                LocalDate.of(2024, 3, 1), metadata(LocalDate.of(2024, 3, 1), RetentionCode.D10.period())).inGroup(g),
                new ByteArrayInputStream(PDF));
        assertThat(archive.check(HEAD, RecordQuery.all()).passed()).isTrue();
        content.tamper(a.digests(), "%PDF-1.7 altered".getBytes(StandardCharsets.UTF_8));
        FourPropertyReport report = archive.check(HEAD, RecordQuery.all());
        assertThat(report.findings()).extracting(f -> f.kind())
                .contains(FindingKind.SHA256_MISMATCH, FindingKind.SM3_MISMATCH, FindingKind.SIZE_MISMATCH);
        assertThat(report.passed(Property.AUTHENTICITY)).isFalse();
        assertThat(report.passed(Property.SECURITY)).isTrue();
        content.delete(a.digests());
        assertThat(archive.check(HEAD, RecordQuery.all()).findings()).extracting(f -> f.kind())
                .containsExactly(FindingKind.CONTENT_MISSING);
        // a gap: item 0003 catalogued without 0002 (bypassing the façade, as an imported catalog might)
        ArchivedRecord c = catalog.put(ArchivedRecord.of(RecordId.of("c"), RecordClass.of("aggregated"), LocalDate.of(2024, 3, 3),
                metadata(LocalDate.of(2024, 3, 3), RetentionCode.D10.period()).toBuilder().archivalCode(g.item(3)).build(),
                content.put(new ByteArrayInputStream(PDF))));
        FourPropertyReport gaps = archive.check(HEAD, RecordQuery.byGroup(g));
        assertThat(gaps.findings()).extracting(f -> f.kind()).contains(FindingKind.ITEM_NUMBER_GAP, FindingKind.NO_OPERATION_LOG);
        assertThat(gaps.findingsAbout(g.toString()).get(0).messageEn()).contains("[2]");
        assertThat(gaps.findingsAbout(c.id().value())).extracting(f -> f.kind()).containsExactly(FindingKind.NO_OPERATION_LOG);
    }

    @Test
    void transferWritesAPackageWithManifestAndDigests(@TempDir Path dir) {
        file("a", "ledger", LocalDate.of(2024, 5, 10));
        file("b", "aggregated", LocalDate.of(2024, 6, 10));
        for (PackageFormat format : PackageFormat.values()) {
            Path target = dir.resolve("pkg-" + format);
            TransferManifest m = archive.transfer(ARCHIVIST, "YJ-2025-" + format, List.of(RecordId.of("a"), RecordId.of("b")),
                    target, format);
            assertThat(m.entries()).hasSize(2);
            TransferManifest read = TransferPackages.verify(target);
            assertThat(read.entries()).extracting(e -> e.record().id().value()).containsExactly("a", "b");
            assertThat(read.entries().get(0).digests()).isEqualTo(archive.get(RecordId.of("a")).orElseThrow().digests());
            assertThat(read.entries().get(0).record().metadata()).isEqualTo(archive.get(RecordId.of("a")).orElseThrow().metadata());
            assertThat(last("archive/transfer/YJ-2025-" + format).action()).isEqualTo(ArchiveEvents.TRANSFER_PACKAGE);
        }
        assertRefusedAndTrailed(() -> archive.transfer(ARCHIVIST, "YJ-x", List.of(RecordId.of("zz")), dir.resolve("x"),
                PackageFormat.ZIP), "SB-ARC-0003", "archive/transfer/YJ-x");
        content.tamper(archive.get(RecordId.of("a")).orElseThrow().digests(), "%PDF-x".getBytes(StandardCharsets.UTF_8));
        assertRefusedAndTrailed(() -> archive.transfer(ARCHIVIST, "YJ-y", List.of(RecordId.of("a")), dir.resolve("y"),
                PackageFormat.ZIP), "SB-ARC-0315", "archive/transfer/YJ-y");
        assertThat(dir.resolve("y")).doesNotExist();
    }

    @Test
    void theTrailVerifiesAfterAllOfIt() {
        theWholeDisposalLeavesARemnantAndACertificate();
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.bySubjectPrefix(ArchiveEvents.SUBJECT_PREFIX)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.action()).startsWith("archive."));
    }

    @Test
    void theBuilderNamesAMissingComponent() {
        assertThatThrownBy(() -> Archive.builder().catalog(catalog).trail(trail).build())
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0006").hasMessageContaining("content store");
    }

    @Test
    void reindexRecomputesStoredDueDatesAfterAScheduleChange() {
        file("l", "ledger", LocalDate.of(2024, 5, 10));
        Archive longer = Archive.builder().catalog(catalog).contentStore(content).trail(trail).clock(clock)
                .schedule(RetentionSchedule.statutory().with(RecordClass.of("ledger"), RetentionPeriod.ofYears(10),
                        CountingStart.fromFormation())).build();
        assertThat(longer.dueList(LocalDate.of(2027, 6, 1), 10)).isEmpty();
        assertThat(longer.reindex(HEAD)).isEqualTo(1);
        assertThat(longer.get(RecordId.of("l")).orElseThrow().dueOn()).contains(LocalDate.of(2035, 1, 1));
    }
}
