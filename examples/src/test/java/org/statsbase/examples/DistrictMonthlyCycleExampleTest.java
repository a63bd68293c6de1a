package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.retention.Due;
import org.statsbase.confidentiality.access.AccessDecision;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.examples.DistrictMonthlyCycleExample.Outcome;
import org.statsbase.examples.DistrictMonthlyCycleExample.RegisterLine;
import org.statsbase.examples.TownshipMonthlyCycleExample.Part;
import org.statsbase.reporting.SubmissionState;

/** The first example touches every module, on one trail that verifies at the end, and prints the same every run. */
class DistrictMonthlyCycleExampleTest {

    private static final Outcome RUN = DistrictMonthlyCycleExample.compute();

    @Test
    void theTrailVerifiesAgainstItsHeadAndHoldsEveryModulesEvents() {
        assertThat(RUN.verification().intact()).isTrue();
        assertThat(RUN.verification().eventsChecked()).isEqualTo(RUN.cycle().trail().size());
        assertThat(RUN.head().sequence()).isEqualTo(RUN.cycle().trail().size());
        // archive and access decisions were appended to the reporting trail
        assertThat(RUN.cycle().trail().bySubjectPrefix("access/")).hasSize(RUN.decisions().size());
    }

    @Test
    void coreClassifiedEveryUnitOfTheRegister() {
        assertThat(RUN.register()).hasSize(TownshipMonthlyCycleExample.ENTERPRISES);
        assertThat(RUN.register()).allMatch(RegisterLine::creditCodeValid);
        assertThat(RUN.register()).extracting(RegisterLine::size).doesNotContainNull();
    }

    @Test
    void reviewAndRedLineRefusalsWereRecorded() {
        assertThat(RUN.cycle().refusals()).extracting(r -> r.code()).anyMatch(c -> c.startsWith("SB-REP-02"));
        assertThat(DistrictMonthlyCycleExample.redLine(RUN.cycle()).code()).startsWith("SB-REP-02");
        assertThat(RUN.history().refusedAttempts()).isNotEmpty();
        assertThat(RUN.history().verifiedIntact()).isTrue();
        assertThat(RUN.ledgerFigure().provenance()).isNotEmpty();
        assertThat(RUN.ledgerFigure().rounded().signum()).isPositive();
    }

    @Test
    void theAcceptedFormsWereFiledOneHeldAndTheHeldOneIsNotDue() {
        long forwarded = RUN.cycle().enterprises().stream().filter(e -> RUN.cycle().submissions().state(e.key())
                .filter(s -> s.state() == SubmissionState.FORWARDED).isPresent()).count();
        assertThat(RUN.filed()).hasSize((int) forwarded).isNotEmpty();
        assertThat(RUN.held()).isEqualTo(DistrictMonthlyCycleExample.recordId(RUN.cycle().playing(Part.RETURNED)));
        assertThat(RUN.due().get(RUN.held()).kind()).isEqualTo(Due.Kind.HELD);
        assertThat(RUN.due().values()).filteredOn(d -> d.kind() != Due.Kind.HELD).hasSize(RUN.filed().size() - 1);
    }

    @Test
    void theDistrictTableIsClassifiedAccessIsDecidedAndTheTableIsProtected() {
        assertThat(RUN.classification().level().name()).isNotEqualTo("PUBLIC");
        assertThat(RUN.decisions()).extracting(AccessDecision::permitted).containsExactly(true, false, false);
        assertThat(RUN.table().count(CellStatus.PRIMARY)).isPositive();
        assertThat(RUN.table().audit().passed()).isTrue();
    }

    @Test
    void everyRunPrintsTheSame() {
        assertThat(print(DistrictMonthlyCycleExample.compute())).isEqualTo(print(RUN)).contains("intact 完整")
                .contains("statsbase-core").contains("statsbase-confidentiality");
    }

    private static String print(Outcome o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DistrictMonthlyCycleExample.print(o, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
