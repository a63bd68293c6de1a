package org.statsbase.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.archive.ArchiveEvents;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.retention.Retention;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * 档案法 2020 第二十一条 and 统计法实施条例 第二十二、二十三条 over random sequences of archive operations (filing, time
 * passing, holds and releases, appraisal, approval by the head or by the appraiser, execution with zero to three
 * supervisors, transfer, the four-property check): no record is ever destroyed before its due date, while held,
 * or without an approved list and two supervisors; every refusal is in the trail; the trail verifies.
 */
class DisposalProperties {

    @Provide
    Arbitrary<List<ArchiveOperation>> sequences() {
        return ArchiveOperations.sequences();
    }

    @Property(tries = 400)
    void nothingIsDestroyedTooEarlyWhileHeldOrWithoutApprovalAndTwoSupervisors(
            @ForAll("sequences") List<ArchiveOperation> ops) {
        ArchiveRun run = ArchiveRunner.run(ops);
        Retention retention = Retention.of(RetentionSchedule.statutory());

        // every execution that went through acted on an approved list, two distinct supervisors, records due then
        for (ExecutionWitness w : run.executions()) {
            assertThat(w.listBefore()).as("executed a list never drawn up").isPresent();
            DestructionList before = w.listBefore().get();
            assertThat(before.status()).isEqualTo(DestructionList.Status.APPROVED);
            assertThat(before.approvedBy()).isPresent().isNotEqualTo(java.util.Optional.of(before.appraisedBy()));
            assertThat(w.supervisors().stream().distinct().count()).isGreaterThanOrEqualTo(2);
            for (ArchivedRecord r : w.recordsBefore()) {
                assertThat(r.state()).isEqualTo(RecordState.ACTIVE);
                assertThat(r.activeHolds()).isEmpty();
                assertThat(retention.due(r, w.date()).isDue()).as("due on %s: %s", w.date(), r).isTrue();
            }
        }

        // and the final state agrees, record by record
        long[] destroyed = {0};
        run.catalog().scan(RecordQuery.all(), r -> {
            if (r.state() == RecordState.DESTROYED) {
                destroyed[0]++;
                Destruction d = r.destruction().orElseThrow();
                ArchivedRecord kept = ArchivedRecord.restore(r.id(), r.recordClass(), r.formed(), r.metadata(),
                        r.digests(), List.of(), r.countingEvent(), java.util.Optional.empty(),
                        java.util.Optional.empty(), 0);
                assertThat(retention.due(kept, d.date()).isDue()).as("destroyed on %s: %s", d.date(), r).isTrue();
                assertThat(r.holds()).allMatch(h -> !h.isActive());
                DestructionList list = run.catalog().getList(d.list()).orElseThrow();
                assertThat(list.status()).isEqualTo(DestructionList.Status.EXECUTED);
                assertThat(list.entries()).contains(r.id());
                assertThat(d.supervisors().stream().distinct().count()).isGreaterThanOrEqualTo(2);
                assertThat(list.approvedBy()).contains(d.approvedBy());
                assertThat(run.trail().bySubject(ArchiveEvents.recordSubject(r.id()))).anyMatch(
                        e -> e.action().equals(ArchiveEvents.DESTROY) && e.outcome() == Outcome.DONE);
            }
            return true;
        });
        Statistics.label("some record destroyed").collect(destroyed[0] > 0);
        Statistics.label("some record destroyed").coverage(c -> c.check(true).percentage(p -> p >= 5.0));
        Statistics.label("refusals").collect(run.refusals() > 0);
    }

    @Property(tries = 200)
    void everyRefusalIsTrailedBeforeItIsThrownAndTheTrailVerifies(@ForAll("sequences") List<ArchiveOperation> ops) {
        ArchiveRun run = ArchiveRunner.run(ops);
        Trail trail = run.trail();
        for (OperationOutcome o : run.outcomes()) {
            if (o.refused()) {
                assertThat(o.trailAfter()).as("refusal of %s not trailed", o.operation()).isGreaterThan(o.trailBefore());
                TrailEvent last = trail.events().get((int) o.trailAfter() - 1);
                assertThat(last.outcome()).isEqualTo(Outcome.REFUSED);
                assertThat(last.payload("error")).contains(o.refusal().get().code());
            }
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}
