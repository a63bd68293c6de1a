package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.ledger.Fixtures.CLERK;
import static org.statsbase.reporting.ledger.Fixtures.UNIT;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * The clauses of issue 5 §1–§2 as properties: provenance sums to the figure, year to date adds up,
 * reversals restore every figure, period figures see only their period, a bad import changes nothing,
 * the trail gives the ledger back.
 */
class LedgerProperties {

    private static final List<String> ACCOUNTS = List.of("6001", "600101", "600102", "6002", "6051", "6401", "C1");

    @Provide
    Arbitrary<LedgerPosting> postings() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 400)
                .map(d -> LocalDate.of(2025, 12, 1).plusDays(d));
        Arbitrary<BigDecimal> amounts = Combinators.combine(Arbitraries.longs().between(-5_000_000, 50_000_000),
                Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf);
        return Combinators.combine(dates, Arbitraries.of(ACCOUNTS), amounts, Arbitraries.integers().between(0, 999))
                .as((d, a, q, n) -> LedgerPosting.amount(d, a, q, Fixtures.record("凭证 " + n)));
    }

    @Provide
    Arbitrary<List<LedgerPosting>> ledgers() {
        return postings().list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<LedgerMapping> mappings() {
        Arbitrary<Integer> sign = Arbitraries.of(1, -1);
        Arbitrary<FigureMapping> figure = Combinators.combine(Arbitraries.of(FigureBasis.values()), sign, sign, sign,
                Arbitraries.of("元", "千元", "万元"), Arbitraries.integers().between(0, 2))
                .as((basis, s1, s2, s3, unit, decimals) -> FigureMapping.of("X", basis, List.of(
                        AccountTerm.prefix("6001", s1), AccountTerm.account("6051", s2), AccountTerm.prefix("64", s3)))
                        .withUnits("元", unit).withDecimals(decimals));
        return figure.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<FigureMapping> coded = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                FigureMapping f = list.get(i);
                coded.add(FigureMapping.of("F" + i, f.basis(), f.terms()).withUnits("元", f.unit())
                        .withDecimals(f.decimals()));
            }
            return LedgerMapping.of("B204-1", coded);
        });
    }

    private static Ledger ledger(List<LedgerPosting> postings) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerPosting p : postings) {
            entries.add(LedgerEntry.of(entries.size() + 1, p, CLERK));
        }
        return Ledger.of(UNIT, entries);
    }

    private static ReportingPeriod month(int m) {
        return ReportingPeriod.ofMonth(2026, m);
    }

    @Property
    void provenanceSumsToTheUnroundedFigure(@ForAll("ledgers") List<LedgerPosting> postings,
            @ForAll("mappings") LedgerMapping mapping, @ForAll @IntRange(min = 1, max = 12) int m) {
        for (DerivedFigure f : LedgerDerivation.derive(ledger(postings), mapping, month(m)).figures()) {
            BigDecimal sum = f.provenance().stream().map(Contribution::signedQuantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(f.sourceTotal());
            assertThat(sum.movePointLeft(f.mapping().unitShift())).isEqualByComparingTo(f.unrounded());
            assertThat(f.provenance()).allSatisfy(c -> {
                assertThat(c.entry().date()).isBetween(f.from(), f.to());
                assertThat(f.mapping().terms()).anySatisfy(t -> {
                    assertThat(t.selects(c.entry().account())).isTrue();
                    assertThat(t.sign()).isEqualTo(c.sign());
                });
            });
        }
    }

    @Property
    void yearToDateIsLastMonthsYearToDatePlusThisMonth(@ForAll("ledgers") List<LedgerPosting> postings,
            @ForAll @IntRange(min = 1, max = 12) int m) {
        List<AccountTerm> terms = List.of(AccountTerm.prefix("600", 1), AccountTerm.account("6401", -1));
        LedgerMapping mapping = LedgerMapping.of("F", List.of(FigureMapping.of("P", FigureBasis.PERIOD, terms),
                FigureMapping.of("Y", FigureBasis.YEAR_TO_DATE, terms)));
        Ledger ledger = ledger(postings);
        DerivedForm now = LedgerDerivation.derive(ledger, mapping, month(m));
        BigDecimal before = m == 1 ? BigDecimal.ZERO
                : LedgerDerivation.derive(ledger, mapping, month(m - 1)).figure("Y").orElseThrow().unrounded();
        assertThat(now.figure("Y").orElseThrow().unrounded())
                .isEqualByComparingTo(before.add(now.figure("P").orElseThrow().unrounded()));
    }

    @Property
    void aReversingEntryBringsEveryFigureBackToWhereItWas(@ForAll("ledgers") List<LedgerPosting> postings,
            @ForAll("postings") LedgerPosting wrong, @ForAll("mappings") LedgerMapping mapping,
            @ForAll @IntRange(min = 1, max = 12) int m) {
        Ledger before = ledger(postings);
        LedgerEntry entry = LedgerEntry.of(before.lastId() + 1, wrong, CLERK);
        Ledger after = before.withEntries(List.of(entry))
                .withEntries(List.of(LedgerEntry.reversing(before.lastId() + 2, entry, "错账 wrong entry", CLERK)));
        List<DerivedFigure> was = LedgerDerivation.derive(before, mapping, month(m)).figures();
        List<DerivedFigure> is = LedgerDerivation.derive(after, mapping, month(m)).figures();
        for (int i = 0; i < was.size(); i++) {
            assertThat(is.get(i).unrounded()).isEqualByComparingTo(was.get(i).unrounded());
            assertThat(is.get(i).rounded()).isEqualTo(was.get(i).rounded());
        }
    }

    @Property
    void periodFiguresDependOnlyOnEntriesDatedInThePeriod(@ForAll("ledgers") List<LedgerPosting> postings,
            @ForAll("postings") LedgerPosting extra, @ForAll("mappings") LedgerMapping mapping,
            @ForAll @IntRange(min = 1, max = 12) int m) {
        ReportingPeriod period = month(m);
        Ledger before = ledger(postings);
        Ledger after = before.withEntries(List.of(LedgerEntry.of(before.lastId() + 1, extra, CLERK)));
        DerivedForm was = LedgerDerivation.derive(before, mapping, period);
        DerivedForm is = LedgerDerivation.derive(after, mapping, period);
        for (int i = 0; i < was.figures().size(); i++) {
            DerivedFigure f = was.figures().get(i);
            boolean counted = !extra.date().isBefore(f.from()) && !extra.date().isAfter(f.to())
                    && f.mapping().terms().stream().anyMatch(t -> t.selects(extra.account()));
            if (!counted) {
                assertThat(is.figures().get(i).unrounded()).isEqualByComparingTo(f.unrounded());
            }
        }
    }

    @Property(tries = 50)
    void aBadImportLeavesTheLedgerAsItWas(@ForAll("ledgers") List<LedgerPosting> kept,
            @ForAll("ledgers") List<LedgerPosting> imported, @ForAll @IntRange(min = 0, max = 50) int badAt,
            @ForAll("badLines") String badLine) {
        Trail trail = Trail.open(InMemoryEventStore.create());
        LedgerBook book = LedgerBook.open(trail, UNIT);
        book.importPostings(kept, "kept", CLERK);
        Ledger before = book.ledger();
        List<String> lines = new ArrayList<>();
        for (LedgerPosting p : imported) {
            lines.add(p.date() + "," + p.account() + "," + p.quantity().toPlainString() + ","
                    + p.record().digestHex() + "," + p.record().description());
        }
        int at = Math.min(badAt, lines.size());
        lines.add(at, badLine);
        String csv = "date,account,quantity,record_digest,record_description\n" + String.join("\n", lines) + "\n";
        assertThatThrownBy(() -> book.importPostings(LedgerFiles.readCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bad.csv"), "bad.csv", CLERK))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(at + 2L)));
        assertThat(book.ledger()).isEqualTo(before);
        assertThat(LedgerBook.open(trail, UNIT).ledger()).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> badLines() {
        String d = Fixtures.sha256("x");
        return Arbitraries.of("2026-02-30,6001,1," + d + ",bad date", "2026-01-01,6001,1.2345678," + d + ",too many decimals",
                "2026-01-01,6001,1," + d.substring(1) + ",short digest", "2026-01-01,,1," + d + ",no account",
                "2026-01-01,6001,1," + d, "2026-01-01,6001,1,2,3,4,5,6", "2026-01-01,6001,one," + d + ",text");
    }

    @Property(tries = 50)
    void replayingTheTrailGivesTheLedgerBack(@ForAll("ledgers") List<LedgerPosting> postings,
            @ForAll List<@IntRange(min = 0, max = 100) Integer> reversals) {
        Trail trail = Trail.open(InMemoryEventStore.create());
        LedgerBook book = LedgerBook.open(trail, UNIT);
        for (LedgerPosting p : postings) {
            book.record(p, CLERK);
        }
        for (int r : reversals) {
            List<LedgerEntry> entries = book.ledger().entries();
            if (entries.isEmpty()) {
                break;
            }
            LedgerEntry target = entries.get(r % entries.size());
            if (!target.isReversal() && book.ledger().reversalOf(target.id()).isEmpty()) {
                book.correct(target.id(), target.posting(), "复核 re-checked", CLERK);
            }
        }
        assertThat(LedgerBook.open(trail, UNIT).ledger()).isEqualTo(book.ledger());
        assertThat(trail.verify().intact()).isTrue();
    }
}
