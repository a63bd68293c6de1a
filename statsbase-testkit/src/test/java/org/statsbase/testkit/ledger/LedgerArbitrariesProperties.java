package org.statsbase.testkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.Contribution;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.DerivedForm;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerFiles;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;

/** The ledger arbitraries give valid values, and the ledger clauses hold over them. */
class LedgerArbitrariesProperties {

    @Provide
    Arbitrary<List<LedgerPosting>> postingLists() {
        return LedgerPostings.postings().list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void generatedLedgersPassTheLedgersOwnChecks(@ForAll Ledger ledger) {
        assertThat(Ledger.of(ledger.unitId(), ledger.entries())).isEqualTo(ledger);
        for (LedgerEntry e : ledger.entries()) {
            e.reverses().ifPresent(id -> assertThat(ledger.reversalOf(id)).contains(e));
        }
    }

    @Property(tries = 200)
    void provenanceSumsToTheUnroundedFigure(@ForAll Ledger ledger, @ForAll LedgerMapping mapping,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        for (DerivedFigure f : LedgerDerivation.derive(ledger, mapping, ReportingPeriod.ofMonth(2026, month)).figures()) {
            BigDecimal sum = f.provenance().stream().map(Contribution::signedQuantity).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            assertThat(sum.movePointLeft(f.mapping().unitShift())).isEqualByComparingTo(f.unrounded());
        }
    }

    @Property(tries = 200)
    void reversedEntriesAndTheirReversalsCountForNothing(@ForAll Ledger ledger, @ForAll LedgerMapping mapping,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        List<LedgerEntry> kept = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            if (!e.isReversal() && ledger.reversalOf(e.id()).isEmpty()) {
                kept.add(LedgerEntry.of(e.id(), e.posting(), e.enteredBy()));
            }
        }
        ReportingPeriod period = ReportingPeriod.ofMonth(2026, month);
        DerivedForm all = LedgerDerivation.derive(ledger, mapping, period);
        DerivedForm without = LedgerDerivation.derive(Ledger.of(ledger.unitId(), kept), mapping, period);
        for (int i = 0; i < all.figures().size(); i++) {
            assertThat(all.figures().get(i).unrounded()).isEqualByComparingTo(without.figures().get(i).unrounded());
        }
    }

    @Property(tries = 200)
    void mappingsReadBackFromTheirJson(@ForAll LedgerMapping mapping) {
        assertThat(LedgerMapping.parse(LedgerMappings.toJson(mapping), "m.json")).isEqualTo(mapping);
    }

    @Property(tries = 200)
    void postingsReadBackFromCsvAndJsonLines(@ForAll("postingLists") List<LedgerPosting> postings) {
        byte[] csv = LedgerFilesText.csv(postings).getBytes(StandardCharsets.UTF_8);
        byte[] jsonl = LedgerFilesText.jsonLines(postings).getBytes(StandardCharsets.UTF_8);
        assertThat(LedgerFiles.readCsv(new ByteArrayInputStream(csv), "p.csv")).isEqualTo(postings);
        assertThat(LedgerFiles.readJsonLines(new ByteArrayInputStream(jsonl), "p.jsonl")).isEqualTo(postings);
    }
}
