package org.statsbase.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.statsbase.archive.integrity.FindingKind;
import org.statsbase.archive.integrity.FourPropertyCheck;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.store.InMemoryContentStore;

/**
 * The archive arbitraries produce what they promise: DA/T 22-2015 codes that print and parse back, records formed
 * on realistic dates whose metadata agree with them (DA/T 46; code year = formation year), and sequences of
 * operations that a run applies without anything but typed refusals.
 */
class ArchiveArbitrariesProperties {

    @Property(tries = 300)
    void archivalCodesRoundTrip(@ForAll ArchivalCode code) {
        assertThat(ArchivalCode.parse(code.toString())).isEqualTo(code);
    }

    @Property(tries = 300)
    void recordsAreNewRealisticAndConsistent(@ForAll ArchivedRecord r) {
        assertThat(r.state()).isEqualTo(RecordState.ACTIVE);
        assertThat(r.formed().getYear()).isBetween(2000, 2030);
        assertThat(r.metadata().date()).isEqualTo(r.formed());
        r.metadata().archivalCode().ifPresent(c -> {
            assertThat(c.group().year()).isEqualTo(r.formedYear());
            assertThat(c.group().retention().period()).isEqualTo(r.metadata().retention());
        });
        // the metadata part of the four-property check finds nothing but the missing content
        assertThat(FourPropertyCheck.standard().checkRecord(r, InMemoryContentStore.create()))
                .allMatch(f -> f.kind() == FindingKind.CONTENT_MISSING);
    }

    @Property(tries = 50)
    void runsRecordOneOutcomePerOperation(@ForAll("sequences") List<ArchiveOperation> ops) {
        ArchiveRun run = ArchiveRunner.run(ops);
        assertThat(run.outcomes()).hasSize(ops.size());
        assertThat(run.clock().today()).isAfterOrEqualTo(ArchiveRunner.START);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<ArchiveOperation>> sequences() {
        return ArchiveOperations.sequences();
    }
}
