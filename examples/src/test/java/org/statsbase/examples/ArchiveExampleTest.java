package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.ArchiveEvents;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RecordState;
import org.statsbase.archive.retention.Due;
import org.statsbase.examples.ArchiveExample.Outcome;

/**
 * The archive example runs through, and what it prints is what the library computed: the due list is what the
 * retention rules give each record, the held form is refused and kept, exactly the listed records are destroyed
 * (content gone, certificate kept), nothing permanent or not yet due is touched, the four-property check passes
 * and the trail verifies.
 */
class ArchiveExampleTest {

    private static Outcome outcome;
    private static String output;
    private static Map<RecordId, ArchivedRecord> after;

    @BeforeAll
    static void runTheExample() {
        outcome = ArchiveExample.compute();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArchiveExample.print(outcome, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        after = outcome.after().stream().collect(Collectors.toMap(ArchivedRecord::id, r -> r));
    }

    @Test
    void saysItIsSynthetic() {
        assertThat(output).contains("SYNTHETIC", "虚构");
    }

    @Test
    void filesAYearOfFormsLedgersAndSummariesWithGaplessCodes() {
        assertThat(outcome.filed()).hasSize(12 + 12 + 4 + 1);
        List<Integer> quarterly = outcome.filed().stream()
                .flatMap(r -> r.metadata().archivalCode().stream())
                .filter(c -> c.group().equals(ArchiveExample.QUARTERLY)).map(c -> c.item()).toList();
        assertThat(quarterly).containsExactly(1, 2, 3, 4);
        assertThat(output).contains("Z109-WS·2023-Y-TJZ-0001", "Z109-WS·2023-D10-TJZ-0004");
    }

    @Test
    void theDueListIsWhatRetentionGivesEachRecord() {
        LocalDate endOfYear = LocalDate.of(ArchiveExample.DUE_YEAR, 12, 31);
        var retention = outcome.archive().retention();
        for (ArchivedRecord r : outcome.filed()) {
            Due d = retention.due(r, endOfYear);
            boolean dueInYear = d instanceof Due.On on && on.date().getYear() == ArchiveExample.DUE_YEAR;
            boolean held = r.id().equals(ArchiveExample.formId(ArchiveExample.INSPECTED_MONTH));
            assertThat(outcome.dueInYear().containsKey(r.id())).as("%s", r.id()).isEqualTo(dueInYear && !held);
            if (dueInYear) {
                // counted from 1 January after formation: two years for 2023 material
                assertThat(((Due.On) d).date()).isEqualTo(LocalDate.of(r.formed().getYear() + 3, 1, 1));
            }
            outcome.dueInYear().forEach((id, date) -> assertThat(output).contains(id + " ").contains("due " + date));
        }
        // the December form, formed in January 2024, falls due a year later
        assertThat(outcome.dueInYear()).doesNotContainKey(ArchiveExample.formId(12));
        assertThat(outcome.heldOnDueList()).containsExactly(ArchiveExample.formId(ArchiveExample.INSPECTED_MONTH));
    }

    @Test
    void theHeldFormIsRefusedAndKept() {
        assertThat(outcome.appraisalRefusal().code()).isEqualTo(ArchiveError.DESTROY_HELD.code());
        ArchivedRecord held = after.get(ArchiveExample.formId(ArchiveExample.INSPECTED_MONTH));
        assertThat(held.state()).isNotEqualTo(RecordState.DESTROYED);
        assertThat(outcome.archive().contentStore().exists(held.digests())).isTrue();
        assertThat(outcome.executed().entries()).doesNotContain(held.id());
        assertThat(output).contains(ArchiveError.DESTROY_HELD.code());
    }

    @Test
    void destroysExactlyTheListWithApprovalAndTwoSupervisors() {
        assertThat(outcome.oneSupervisor().code()).isEqualTo(ArchiveError.TOO_FEW_SUPERVISORS.code());
        assertThat(outcome.executed().approvedBy()).contains(ArchiveExample.HEAD.person());
        List<RecordId> destroyed = outcome.after().stream().filter(r -> r.state() == RecordState.DESTROYED)
                .map(ArchivedRecord::id).toList();
        assertThat(destroyed).containsExactlyInAnyOrderElementsOf(outcome.executed().entries());
        assertThat(destroyed).hasSize(outcome.dueInYear().size());
        for (RecordId id : destroyed) {
            ArchivedRecord r = after.get(id);
            assertThat(r.destruction().orElseThrow().supervisors()).hasSize(2);
            assertThat(r.destruction().orElseThrow().date()).isAfterOrEqualTo(r.dueOn().orElse(LocalDate.MIN));
            assertThat(outcome.archive().contentStore().exists(r.digests())).isFalse();
            assertThat(r.metadata().title()).isNotBlank();
        }
        assertThat(output).contains("destroyed " + destroyed.size());
        // nothing permanent or not yet due was touched
        assertThat(after.get(RecordId.of("annual-2023")).state()).isNotEqualTo(RecordState.DESTROYED);
        assertThat(outcome.after().stream().filter(r -> r.recordClass().value().equals("aggregated")))
                .allMatch(r -> r.state() != RecordState.DESTROYED);
    }

    @Test
    void theFourPropertyCheckPassesAndTheTrailVerifies() {
        assertThat(outcome.report().passed()).isTrue();
        assertThat(outcome.report().recordsChecked()).isEqualTo(outcome.filed().size());
        assertThat(outcome.archive().trail().verify().intact()).isTrue();
        assertThat(outcome.archive().trail().events()).filteredOn(e -> e.action().equals(ArchiveEvents.DESTROY)
                && e.outcome() == org.statsbase.trail.Outcome.DONE).hasSize(outcome.executed().entries().size());
        assertThat(output).contains("PASSED", "intact: true");
    }
}
