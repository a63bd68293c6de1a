package org.statsbase.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.statsbase.archive.error.ArchiveException;
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
import org.statsbase.archive.retention.CountingStart;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.archive.testing.FaultyCatalog;
import org.statsbase.archive.testing.FaultyEventStore;
import org.statsbase.archive.transfer.PackageFormat;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * Issue 8 §3 for the archive: the trail is written first. For every operation that changes the archive, a trail
 * that refuses the event leaves the catalog as it was; a trail that keeps the event but fails to acknowledge it,
 * and a catalog that fails after the event is durable, leave a catalog that is — at once, or after the next
 * operation or reopening — what replaying the trail gives. The trail verifies throughout.
 */
class ArchiveOrderOfWritesTest {

    static final Actor ARCHIVIST = ArchiveTest.ARCHIVIST;
    static final Actor APPRAISER = ArchiveTest.APPRAISER;
    static final Actor HEAD = ArchiveTest.HEAD;
    static final LocalDate FORMED = LocalDate.of(2024, 5, 10);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 5);
    static final RetentionSchedule SCHEDULE = RetentionSchedule.statutory().with(RecordClass.of("enforcement-case"),
            RetentionPeriod.ofYears(30), CountingStart.fromEvent("case-closed", true));

    /** Every operation that changes the archive, each valid in the world {@link #setUp} builds. */
    enum Op {
        INGEST(a -> a.ingest(ARCHIVIST, filing("new", "ledger"), bytes("new"))),
        COUNTING_EVENT(a -> a.recordCountingEvent(ARCHIVIST, RecordId.of("case"), LocalDate.of(2026, 12, 1))),
        PLACE_HOLD(a -> a.placeHold(ARCHIVIST, RecordId.of("free"), HoldId.of("h-new"), HoldKind.AUDIT, "审计")),
        RELEASE_HOLD(a -> a.releaseHold(HEAD, RecordId.of("held"), HoldId.of("h0"), "检查结束")),
        APPRAISE(a -> a.appraise(APPRAISER, DestructionListId.of("L-new"), List.of(RecordId.of("due")), TODAY)),
        APPROVE(a -> a.approve(HEAD, DestructionListId.of("L-appraised"))),
        EXECUTE(a -> a.execute(ARCHIVIST, DestructionListId.of("L-approved"), "粉碎", TODAY,
                List.of(PersonId.of("sup-1"), PersonId.of("sup-2")))),
        RESCHEDULE(a -> a.reindex(HEAD)),
        TRANSFER(null);

        final Consumer<Archive> run;

        Op(Consumer<Archive> run) {
            this.run = run;
        }
    }

    @TempDir
    Path dir;

    MutableClock clock;
    FaultyEventStore events;
    Trail trail;
    FaultyCatalog catalog;
    InMemoryContentStore content;
    Archive archive;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(LocalDate.of(2024, 6, 1));
        events = new FaultyEventStore();
        trail = Trail.open(events, HashAlgorithm.SHA_256, clock);
        catalog = new FaultyCatalog();
        content = InMemoryContentStore.create();
        archive = open(catalog);
        for (String id : List.of("free", "held", "due", "appraised", "approved", "shared-1", "shared-2")) {
            archive.ingest(ARCHIVIST, filing(id, "ledger"), bytes(id.startsWith("shared") ? "shared" : id));
        }
        archive.ingest(ARCHIVIST, filing("case", "enforcement-case"), bytes("case"));
        archive.placeHold(ARCHIVIST, RecordId.of("held"), HoldId.of("h0"), HoldKind.INSPECTION, "执法检查");
        clock.set(TODAY);
        archive.appraise(APPRAISER, DestructionListId.of("L-appraised"), List.of(RecordId.of("appraised")), TODAY);
        archive.appraise(APPRAISER, DestructionListId.of("L-approved"),
                List.of(RecordId.of("approved"), RecordId.of("shared-1")), TODAY);
        archive.approve(HEAD, DestructionListId.of("L-approved"));
    }

    Archive open(ArchiveCatalog c) {
        return Archive.builder().catalog(c).contentStore(content).trail(trail).clock(clock).schedule(SCHEDULE).build();
    }

    static Filing filing(String id, String cls) {
        Metadata m = Metadata.builder().title("统计台账 " + id).responsibleParty("某镇统计站").date(FORMED)
                .retention(RetentionPeriod.ofYears(2)).format("txt").build();
        return Filing.of(RecordId.of(id), RecordClass.of(cls), FORMED, m);
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(("统计资料 " + text).getBytes(StandardCharsets.UTF_8));
    }

    void run(Op op) {
        if (op == Op.TRANSFER) {
            archive.transfer(ARCHIVIST, "YJ-1", List.of(RecordId.of("free")), dir.resolve("YJ-1"), PackageFormat.ZIP);
        } else {
            op.run.accept(archive);
        }
    }

    /** Every record and list of a catalog, without revisions (the catalog's own counter). */
    Map<String, Object> dump(ArchiveCatalog c) {
        Map<String, Object> out = new TreeMap<>();
        c.scan(RecordQuery.all(), r -> out.put("record " + r.id(), r.withRevision(0)) == null);
        for (TrailEvent e : trail.bySubjectPrefix(ArchiveEvents.LIST_SUBJECT_PREFIX)) {
            DestructionListId id = DestructionListId.of(e.subject().substring(ArchiveEvents.LIST_SUBJECT_PREFIX.length()));
            c.getList(id).ifPresent(l -> out.put("list " + id, l.withRevision(0)));
        }
        return out;
    }

    /** What replaying the trail into an empty catalog gives. */
    Map<String, Object> replayed() {
        InMemoryArchiveCatalog fresh = InMemoryArchiveCatalog.create();
        Archive replay = Archive.builder().catalog(fresh).contentStore(InMemoryContentStore.create()).trail(trail)
                .clock(clock).schedule(SCHEDULE).build();
        replay.recover();
        assertThat(fresh.appliedSequence()).isEqualTo(trail.size());
        return dump(fresh);
    }

    static StatsbaseException typed(Runnable step) {
        Throwable t = catchThrowable(step::run);
        assertThat(t).as("a typed statsbase error").isInstanceOf(StatsbaseException.class);
        return (StatsbaseException) t;
    }

    @Test
    void withoutFaultsTheCatalogIsTheReplayOfTheTrailAndKnowsHowFarItApplied() {
        for (Op op : Op.values()) {
            run(op);
            assertThat(dump(catalog)).as("after %s", op).isEqualTo(replayed());
            assertThat(catalog.appliedSequence()).isEqualTo(trail.size());
        }
        assertThat(archive.get(RecordId.of("approved")).orElseThrow().state()).isEqualTo(RecordState.DESTROYED);
        assertThat(trail.verify().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void aTrailThatRefusesTheEventLeavesTheCatalogUnchangedAndTheOperationCanBeRepeated(Op op) {
        Map<String, Object> before = dump(catalog);
        Anchor head = trail.head();
        events.failAppend(1, false);
        StatsbaseException e = typed(() -> run(op));
        assertThat(e.code()).isEqualTo("SB-TRAIL-0002");
        assertThat(events.failures()).isEqualTo(1);
        assertThat(dump(catalog)).isEqualTo(before);
        assertThat(trail.head()).isEqualTo(head);
        assertThat(trail.verify(head).intact()).isTrue();
        assertThat(content.exists(archive.get(RecordId.of("approved")).orElseThrow().digests()))
                .as("content is deleted only after the destruction is durable").isTrue();
        assertThat(dir.resolve("YJ-1")).as("no package the trail does not record").doesNotExist();

        run(op);
        if (op != Op.RESCHEDULE && op != Op.TRANSFER) {
            assertThat(dump(catalog)).isNotEqualTo(before);
        }
        assertThat(dump(catalog)).isEqualTo(replayed());
        assertThat(trail.verify(head).intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void aTrailThatKeepsTheEventButCannotAcknowledgeItLeavesTheCatalogAsTheTrailSaysAtOnce(Op op) {
        Anchor head = trail.head();
        events.failAppend(1, true);
        assertThat(typed(() -> run(op)).code()).isEqualTo("SB-TRAIL-0002");
        assertThat(trail.size()).isGreaterThan(head.sequence());
        assertThat(dump(catalog)).isEqualTo(replayed());
        assertThat(catalog.appliedSequence()).isEqualTo(trail.size());
        assertThat(trail.verify(head).intact()).isTrue();
        if (op == Op.TRANSFER) {
            assertThat(dir.resolve("YJ-1")).as("the trail records the package: it stays").exists();
        }
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void aCatalogThatFailsAfterTheEventIsDurableIsCompletedByTheNextOperation(Op op) {
        Map<String, Object> before = dump(catalog);
        long sizeBefore = trail.size();
        catalog.failWrites(true);
        Throwable t = catchThrowable(() -> run(op));
        if (op == Op.TRANSFER) {
            // a transfer changes no catalog entry; only the position could not be written
            assertThat(t).isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0701");
            assertThat(dir.resolve("YJ-1")).exists();
        } else {
            assertThat(t).isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0701");
            assertThat(dump(catalog)).isEqualTo(before);
            TrailEvent committed = trail.events().get((int) sizeBefore);
            assertThat(committed.outcome()).isEqualTo(Outcome.DONE);
            assertThat(t.getMessage()).contains("event " + committed.sequence() + ",");
            // while the catalog fails, nothing else is done: no event, a typed error
            long size = trail.size();
            assertThat(typed(() -> archive.placeHold(ARCHIVIST, RecordId.of("case"), HoldId.of("h9"), HoldKind.OTHER, "x"))
                    .code()).isEqualTo("SB-ARC-0702");
            assertThat(trail.size()).isEqualTo(size);
        }
        catalog.failWrites(false);
        archive.placeHold(ARCHIVIST, RecordId.of("case"), HoldId.of("h9"), HoldKind.OTHER, "恢复后的下一次操作");
        assertThat(dump(catalog)).isEqualTo(replayed());
        assertThat(catalog.appliedSequence()).isEqualTo(trail.size());
        assertThat(trail.verify().intact()).isTrue();
        if (op == Op.EXECUTE) {
            ArchivedRecord gone = archive.get(RecordId.of("approved")).orElseThrow();
            assertThat(gone.state()).isEqualTo(RecordState.DESTROYED);
            assertThat(content.exists(gone.digests())).isFalse();
            // shared-1 is destroyed, its content kept for shared-2
            assertThat(content.exists(archive.get(RecordId.of("shared-1")).orElseThrow().digests())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void aProcessThatDiesBetweenTrailAndCatalogRecoversByItselfOnReopening(Op op) {
        catalog.failWrites(true);
        catchThrowable(() -> run(op));
        // the process dies here; a new one opens the same trail and the same catalog, now reachable
        Archive reopened = open(catalog.target());
        assertThat(catalog.target().appliedSequence()).isEqualTo(trail.size());
        assertThat(dump(catalog.target())).isEqualTo(replayed());
        assertThat(reopened.recover()).as("recovery is idempotent").isZero();
        assertThat(dump(catalog.target())).isEqualTo(replayed());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theOperationsTakeEffectOnlyOnceTheirEventIsInTheTrail() {
        events.failAppend(1, false);
        typed(() -> archive.ingest(ARCHIVIST, filing("n1", "ledger"), bytes("n1")));
        assertThat(archive.get(RecordId.of("n1"))).isEmpty();
        assertThat(trail.bySubject(ArchiveEvents.recordSubject(RecordId.of("n1")))).isEmpty();
        // the execution's first event commits it: when a record's event after it fails, the destruction stands
        events.failAppend(2, false);
        typed(() -> Op.EXECUTE.run.accept(archive));
        DestructionList list = archive.destructionList(DestructionListId.of("L-approved")).orElseThrow();
        assertThat(list.status()).isEqualTo(DestructionList.Status.EXECUTED);
        assertThat(archive.get(RecordId.of("approved")).orElseThrow().state()).isEqualTo(RecordState.DESTROYED);
        assertThat(dump(catalog)).isEqualTo(replayed());
    }

    @Test
    void refusalsAreStillTrailedAndATrailThatFailsGivesItsOwnTypedError() {
        long before = trail.size();
        assertThat(typed(() -> archive.placeHold(ARCHIVIST, RecordId.of("nope"), HoldId.of("h1"), HoldKind.AUDIT, "x"))
                .code()).isEqualTo("SB-ARC-0003");
        assertThat(trail.size()).isEqualTo(before + 1);
        assertThat(trail.events().get((int) before).outcome()).isEqualTo(Outcome.REFUSED);
        events.failAppend(1, false);
        assertThat(typed(() -> archive.placeHold(ARCHIVIST, RecordId.of("nope"), HoldId.of("h1"), HoldKind.AUDIT, "x"))
                .code()).isEqualTo("SB-TRAIL-0002");
        assertThat(trail.size()).isEqualTo(before + 1);
    }

    @Test
    void aCatalogAheadOfItsTrailIsTyped() {
        InMemoryArchiveCatalog other = InMemoryArchiveCatalog.create();
        other.markApplied(trail.size() + 5);
        Archive wrong = open(other);
        assertThat(typed(wrong::recover).code()).isEqualTo("SB-ARC-0704");
        assertThat(typed(() -> Op.PLACE_HOLD.run.accept(wrong)).code()).isEqualTo("SB-ARC-0704");
    }

    @Test
    void anArchiveEventThatCannotBeReplayedIsTyped() {
        InMemoryArchiveCatalog fresh = InMemoryArchiveCatalog.create();
        trail.append(org.statsbase.trail.EventDraft.of("x", "x", ArchiveEvents.HOLD_PLACE, "archive/free")
                .with(ArchiveEvents.STATE, "{not json"));
        Archive replay = Archive.builder().catalog(fresh).contentStore(InMemoryContentStore.create()).trail(trail)
                .clock(clock).schedule(SCHEDULE).build();
        assertThat(typed(replay::recover).code()).isEqualTo("SB-ARC-0703");
        List<String> ids = new ArrayList<>();
        fresh.scan(RecordQuery.all(), r -> ids.add(r.id().value()));
        assertThat(ids).as("the events before it are applied").contains("free", "case");
        assertThat(fresh.appliedSequence()).isEqualTo(trail.size() - 1);
    }
}
