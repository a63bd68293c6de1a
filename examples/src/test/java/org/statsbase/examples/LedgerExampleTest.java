package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statsbase.examples.LedgerExample.Outcome;
import org.statsbase.reporting.ledger.Contribution;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.DerivedForm;

/**
 * The ledger example runs through, and what it prints is what the library computed: year-to-date adds
 * up month by month, the printed provenance sums to the figure, the correction moves exactly the
 * figures the wrong entry was in by exactly the error, the bad file changes nothing, the trail replays.
 */
class LedgerExampleTest {

    private static Outcome outcome;
    private static String output;

    @BeforeAll
    static void runTheExample() {
        outcome = LedgerExample.compute();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LedgerExample.print(outcome, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    private static BigDecimal unrounded(DerivedForm f, String code) {
        return f.figure(code).orElseThrow().unrounded();
    }

    @Test
    void saysItIsSynthetic() {
        assertThat(output).contains("SYNTHETIC", "虚构");
    }

    @Test
    void yearToDateIsTheSumOfTheMonths() {
        BigDecimal output01 = BigDecimal.ZERO;
        BigDecimal tonnes = BigDecimal.ZERO;
        for (DerivedForm f : outcome.before()) {
            output01 = output01.add(unrounded(f, "01"));
            tonnes = tonnes.add(unrounded(f, "04"));
            assertThat(unrounded(f, "01Y")).isEqualByComparingTo(output01);
            assertThat(unrounded(f, "04Y")).isEqualByComparingTo(tonnes);
        }
        assertThat(output01.signum()).isPositive();
    }

    @Test
    void thePrintedProvenanceSumsToTheFigure() {
        DerivedFigure f = outcome.before().get(LedgerExample.SHOWN_MONTH - 1).figure("02").orElseThrow();
        BigDecimal sum = f.provenance().stream().map(Contribution::signedQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(f.sourceTotal());
        assertThat(f.provenance()).extracting(Contribution::entry).contains(outcome.wrong());
        for (Contribution c : f.provenance()) {
            assertThat(output).contains("#" + c.entry().id() + " ");
        }
    }

    @Test
    void theCorrectionMovesTheFiguresOfItsMonthOnwardsByTheError() {
        BigDecimal error = LedgerExample.RIGHT.subtract(LedgerExample.WRONG).movePointLeft(3);
        for (int m = 1; m <= 12; m++) {
            DerivedForm b = outcome.before().get(m - 1);
            DerivedForm a = outcome.after().get(m - 1);
            BigDecimal periodShift = m == LedgerExample.SHOWN_MONTH ? error : BigDecimal.ZERO;
            BigDecimal ytdShift = m >= LedgerExample.SHOWN_MONTH ? error : BigDecimal.ZERO;
            assertThat(unrounded(a, "02").subtract(unrounded(b, "02"))).isEqualByComparingTo(periodShift);
            assertThat(unrounded(a, "01Y").subtract(unrounded(b, "01Y"))).isEqualByComparingTo(ytdShift);
            assertThat(unrounded(a, "04")).isEqualByComparingTo(unrounded(b, "04"));
        }
        assertThat(outcome.correction().reversal().reverses()).hasValue(outcome.wrong().id());
        assertThat(output).contains("红字冲销", "→");
    }

    @Test
    void theBadFileIsRefusedWholeAndTheTrailReplays() {
        assertThat(outcome.refusedImport()).hasSize(2);
        assertThat(outcome.refusedImport().get(0)).contains(":3", "SB-REP-0705");
        assertThat(outcome.refusedImport().get(1)).contains(":4", "quantity");
        assertThat(outcome.unchangedByRefusal()).isTrue();
        assertThat(outcome.replayedEqual()).isTrue();
        assertThat(outcome.trailIntact()).isTrue();
    }

    @Test
    void mainPrintsTheSame() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LedgerExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(output);
    }
}
