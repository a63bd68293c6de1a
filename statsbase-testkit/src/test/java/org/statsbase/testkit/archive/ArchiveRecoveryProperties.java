package org.statsbase.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.archive.Archive;
import org.statsbase.archive.ArchiveEvents;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.archive.testing.FaultyCatalog;
import org.statsbase.archive.testing.FaultyEventStore;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * Issue 8 §3, the archive's order of writes as a property: over random operation sequences with a trail that
 * refuses an event, or keeps it without acknowledging it, and a catalog that fails after the event is durable,
 * injected at random steps, the catalog is after every step exactly what replaying the trail gives — at once when
 * the catalog did not fail, and once it works again and the archive has caught up when it did — and the trail
 * still reaches the head of the step before (nothing acknowledged is lost).
 */
class ArchiveRecoveryProperties {

    /** What goes wrong during one operation. */
    enum Fault {
        NONE, TRAIL_REFUSES_FIRST, TRAIL_REFUSES_SECOND, TRAIL_KEEPS_UNACKNOWLEDGED, CATALOG_FAILS
    }

    @Provide
    Arbitrary<List<ArchiveOperation>> sequences() {
        return ArchiveOperations.sequences();
    }

    @Provide
    Arbitrary<List<Fault>> faults() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Fault.NONE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Fault.class))).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 150)
    void afterEveryStepTheCatalogIsTheReplayOfTheTrail(@ForAll("sequences") List<ArchiveOperation> ops,
            @ForAll("faults") List<Fault> faults) {
        FaultyEventStore events = new FaultyEventStore();
        FaultyCatalog catalog = new FaultyCatalog();
        Anchor[] previous = {null};
        int[] failures = {0};
        arm(faults, 0, events, catalog);
        ArchiveRun run = ArchiveRunner.run(ops, RetentionSchedule.statutory(), events, catalog,
                (archive, index, outcome, failure) -> {
                    Fault fault = fault(faults, index);
                    Trail trail = archive.trail();
                    failure.ifPresent(f -> assertThat(f.code()).startsWith("SB-TRAIL-"));
                    outcome.refusal().filter(r -> r.code().startsWith("SB-ARC-07"))
                            .ifPresent(r -> assertThat(fault).isEqualTo(Fault.CATALOG_FAILS));
                    if (failure.isPresent() || outcome.refusal().filter(r -> r.code().startsWith("SB-ARC-07")).isPresent()) {
                        failures[0]++;
                    }
                    events.failAppend(0, false);
                    if (fault == Fault.CATALOG_FAILS) {
                        catalog.failWrites(false);
                        archive.recover();
                    }
                    assertThat(dump(catalog, trail)).as("after operation %d %s with %s", index, outcome.operation(), fault)
                            .isEqualTo(replayed(trail));
                    assertThat(catalog.appliedSequence()).isLessThanOrEqualTo(trail.size());
                    assertThat(previous[0] == null ? trail.verify() : trail.verify(previous[0]))
                            .extracting(org.statsbase.trail.Verification::intact).isEqualTo(true);
                    previous[0] = trail.head();
                    arm(faults, index + 1, events, catalog);
                });
        assertThat(run.trail().verify().intact()).isTrue();
        Statistics.label("an injected failure surfaced").collect(failures[0] > 0);
        Statistics.label("an injected failure surfaced").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
    }

    private static Fault fault(List<Fault> faults, int index) {
        return index < faults.size() ? faults.get(index) : Fault.NONE;
    }

    private static void arm(List<Fault> faults, int index, FaultyEventStore events, FaultyCatalog catalog) {
        switch (fault(faults, index)) {
            case TRAIL_REFUSES_FIRST -> events.failAppend(1, false);
            case TRAIL_REFUSES_SECOND -> events.failAppend(2, false);
            case TRAIL_KEEPS_UNACKNOWLEDGED -> events.failAppend(1, true);
            case CATALOG_FAILS -> catalog.failWrites(true);
            case NONE -> {
            }
        }
    }

    /** Every record and list of a catalog, without revisions. */
    static Map<String, Object> dump(ArchiveCatalog c, Trail trail) {
        Map<String, Object> out = new TreeMap<>();
        c.scan(RecordQuery.all(), r -> out.put("record " + r.id(), r.withRevision(0)) == null);
        for (TrailEvent e : trail.bySubjectPrefix(ArchiveEvents.LIST_SUBJECT_PREFIX)) {
            DestructionListId id = DestructionListId.of(e.subject().substring(ArchiveEvents.LIST_SUBJECT_PREFIX.length()));
            c.getList(id).ifPresent(l -> out.put("list " + id, l.withRevision(0)));
        }
        return out;
    }

    /** Replaying the trail into an empty catalog. */
    static Map<String, Object> replayed(Trail trail) {
        InMemoryArchiveCatalog fresh = InMemoryArchiveCatalog.create();
        Archive replay = Archive.builder().catalog(fresh).contentStore(InMemoryContentStore.create()).trail(trail)
                .clock(ManualClock.at(ArchiveRunner.START)).build();
        replay.recover();
        return dump(fresh, trail);
    }
}
