package org.statsbase.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
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
import org.statsbase.archive.retention.Retention;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * 档案法 2020 第二十一条 and 统计法实施条例 第二十二、二十三条 over random sequences of archive operations (filing,
 * time passing, holds and releases, appraisal, approval by the head or by someone else, execution with zero to
 * three supervisors): no record is ever destroyed before its due date, while held, or without an approved list
 * and two supervisors; every refusal is in the trail.
 */
class DisposalProperties {

    private static final String[] CLASSES = {"ledger", "original-survey", "aggregated", "important-aggregated"};
    private static final Actor ARCHIVIST = Actor.of("archivist", "archivist");
    private static final Actor APPRAISER = Actor.of("appraiser", "appraiser");
    private static final Actor HEAD = Actor.of("head", "head");

    /** One operation: kind and three numbers the kind interprets. */
    record Op(int kind, int a, int b, int c) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(2, 4), Tuple.of(2, 5), Tuple.of(2, 6), Tuple.of(1, 7));
        Arbitrary<Op> op = kinds.flatMap(kind -> Arbitraries.integers().between(0, 400)
                .tuple3().map((Tuple.Tuple3<Integer, Integer, Integer> t) -> new Op(kind, t.get1(), t.get2(), t.get3())));
        return op.list().ofMinSize(5).ofMaxSize(60);
    }

    @Property(tries = 500)
    void nothingIsDestroyedTooEarlyWhileHeldOrWithoutApprovalAndTwoSupervisors(@ForAll("operations") List<Op> ops) {
        MutableClock clock = new MutableClock(LocalDate.of(2020, 1, 1));
        InMemoryArchiveCatalog catalog = InMemoryArchiveCatalog.create();
        Trail trail = Trail.open(InMemoryEventStore.create(), org.statsbase.trail.HashAlgorithm.SHA_256, clock);
        Archive archive = Archive.builder().catalog(catalog).contentStore(InMemoryContentStore.create()).trail(trail)
                .clock(clock).build();
        Retention retention = Retention.of(RetentionSchedule.statutory());
        List<RecordId> ids = new ArrayList<>();
        List<DestructionListId> lists = new ArrayList<>();
        int refusals = 0;
        int listCounter = 0;
        for (Op op : ops) {
            long trailBefore = trail.size();
            try {
                switch (op.kind()) {
                    case 0 -> {
                        RecordId id = RecordId.of("r" + ids.size());
                        LocalDate formed = clock.today().minusDays(op.a() * 8L);
                        Metadata m = Metadata.builder().title("t").responsibleParty("p").date(formed)
                                .retention(RetentionPeriod.ofYears(1 + op.c() % 3)).format("txt").build();
                        archive.ingest(ARCHIVIST, Filing.of(id, RecordClass.of(CLASSES[op.b() % CLASSES.length]), formed, m),
                                new ByteArrayInputStream(("content " + op.b() % 7).getBytes(StandardCharsets.UTF_8)));
                        ids.add(id);
                    }
                    case 1 -> clock.advance(Duration.ofDays(op.a() * 5L));
                    case 2 -> pick(ids, op.a()).ifPresent(id -> archive.placeHold(ARCHIVIST, id, HoldId.of("h" + op.b() % 4),
                            HoldKind.values()[op.c() % HoldKind.values().length], "reason"));
                    case 3 -> pick(ids, op.a()).ifPresent(id -> archive.releaseHold(HEAD, id, HoldId.of("h" + op.b() % 4), "done"));
                    case 4 -> {
                        List<RecordId> entries = new ArrayList<>();
                        for (int i = 0; i < (op.b() % 5 == 0 ? 3 : 1) && !ids.isEmpty(); i++) {
                            pick(ids, op.a() + i * 7).filter(x -> !entries.contains(x)).ifPresent(entries::add);
                        }
                        DestructionListId lid = DestructionListId.of("L" + listCounter++);
                        if (op.c() % 5 == 0) {
                            lists.add(lid); // sometimes also act on a list whose appraisal may be refused
                        }
                        archive.appraise(APPRAISER, lid, entries, clock.today().minusDays(op.c() % 3 == 0 ? op.c() : 0));
                        if (op.c() % 5 != 0) {
                            lists.add(lid);
                        }
                        // most appraisals go on at once: approval (by the head, or wrongly by the appraiser), then execution
                        if (op.a() % 5 != 0) {
                            archive.approve(op.b() % 6 == 0 ? APPRAISER : HEAD, lid);
                            if (op.a() % 7 != 0) {
                                executeChecked(archive, catalog, retention, lid, supervisors(op), clock.today());
                            }
                        }
                    }
                    case 5 -> recent(lists, op.a()).ifPresent(l -> archive.approve(op.b() % 4 == 0 ? APPRAISER : HEAD, l));
                    case 6, 7 -> recent(lists, op.a()).ifPresent(l -> {
                        executeChecked(archive, catalog, retention, l, supervisors(op), clock.today().minusDays(op.c() % 30));
                    });
                    default -> throw new IllegalStateException();
                }
            } catch (ArchiveException e) {
                refusals++;
                // every refusal is recorded before it is thrown
                assertThat(trail.size()).isGreaterThan(trailBefore);
                TrailEvent last = trail.events().get((int) trail.size() - 1);
                assertThat(last.outcome()).isEqualTo(Outcome.REFUSED);
                assertThat(last.payload("error")).contains(e.code());
            }
        }
        assertInvariants(catalog, trail);
        assertThat(trail.verify().intact()).isTrue();
        long destroyed = catalog.count(RecordQuery.all()) - catalog.list(RecordQuery.all(), Integer.MAX_VALUE).stream()
                .filter(r -> r.state() != RecordState.DESTROYED).count();
        // the sequences must reach destruction often enough for the property to mean something
        Statistics.label("some record destroyed").collect(destroyed > 0);
        Statistics.label("some record destroyed").coverage(c -> c.check(true).percentage(p -> p >= 5.0));
        Statistics.label("refusals").collect(refusals > 0);
    }

    /** Zero to three supervisors, sometimes the same person twice. */
    private static List<PersonId> supervisors(Op op) {
        List<PersonId> sup = new ArrayList<>();
        for (int i = 0; i < op.b() % 4; i++) {
            sup.add(PersonId.of("s" + (op.c() % 4 != 0 ? i : 0)));
        }
        return sup;
    }

    /** Mostly the latest list (approval and execution follow appraisal), sometimes any. */
    private static <T> java.util.Optional<T> recent(List<T> from, int index) {
        return index % 4 != 0 && !from.isEmpty() ? java.util.Optional.of(from.get(from.size() - 1)) : pick(from, index);
    }

    private static <T> java.util.Optional<T> pick(List<T> from, int index) {
        return from.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(from.get(index % from.size()));
    }

    /** Executes and, when it succeeds, checks what each destroyed record was just before. */
    private static void executeChecked(Archive archive, InMemoryArchiveCatalog catalog, Retention retention,
            DestructionListId l, List<PersonId> supervisors, LocalDate date) {
        java.util.Optional<DestructionList> listed = catalog.getList(l);
        if (listed.isEmpty()) {
            archive.execute(ARCHIVIST, l, "粉碎", date, supervisors);
            throw new AssertionError("executed a list that was never drawn up: " + l);
        }
        DestructionList before = listed.get();
        Map<RecordId, ArchivedRecord> snapshot = before.entries().stream()
                .collect(Collectors.toMap(Function.identity(), id -> catalog.get(id).orElseThrow()));
        archive.execute(ARCHIVIST, l, "粉碎", date, supervisors);
        assertThat(before.status()).isEqualTo(DestructionList.Status.APPROVED);
        assertThat(before.approvedBy()).isPresent().isNotEqualTo(java.util.Optional.of(before.appraisedBy()));
        assertThat(supervisors.stream().distinct().count()).isGreaterThanOrEqualTo(2);
        for (ArchivedRecord r : snapshot.values()) {
            assertThat(r.state()).isEqualTo(RecordState.ACTIVE);
            assertThat(retention.due(r, date).isDue()).as("due on %s: %s", date, r).isTrue();
        }
    }

    private static void assertInvariants(InMemoryArchiveCatalog catalog, Trail trail) {
        Retention retention = Retention.of(RetentionSchedule.statutory());
        catalog.scan(RecordQuery.all(), r -> {
            if (r.state() == RecordState.DESTROYED) {
                var d = r.destruction().orElseThrow();
                // never before the due date (holds aside)
                ArchivedRecord kept = ArchivedRecord.restore(r.id(), r.recordClass(), r.formed(), r.metadata(), r.digests(),
                        List.of(), r.countingEvent(), java.util.Optional.empty(), java.util.Optional.empty(), 0);
                assertThat(retention.due(kept, d.date()).isDue()).as("destroyed on %s: %s", d.date(), r).isTrue();
                // never while held: every hold on a destroyed record was released
                assertThat(r.holds()).allMatch(h -> !h.isActive());
                // an approved list, executed, with at least two supervisors
                DestructionList list = catalog.getList(d.list()).orElseThrow();
                assertThat(list.status()).isEqualTo(DestructionList.Status.EXECUTED);
                assertThat(list.entries()).contains(r.id());
                assertThat(d.supervisors().stream().distinct().count()).isGreaterThanOrEqualTo(2);
                assertThat(list.approvedBy()).contains(d.approvedBy());
                assertThat(trail.bySubject(ArchiveEvents.recordSubject(r.id()))).anyMatch(
                        e -> e.action().equals(ArchiveEvents.DESTROY) && e.outcome() == Outcome.DONE);
            }
            return true;
        });
    }

}
