package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.ledger.Fixtures.CLERK;
import static org.statsbase.reporting.ledger.Fixtures.UNIT;
import static org.statsbase.reporting.ledger.Fixtures.yuan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.DataFileException;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/** Keeping a ledger on the trail: append only, corrections by reversal, replay, all-or-nothing imports. */
class LedgerBookTest {

    private final Trail trail = Trail.open(InMemoryEventStore.create());
    private final LedgerBook book = LedgerBook.open(trail, UNIT);

    @Test
    void entryIdIsTheSequenceOfItsTrailEvent() {
        LedgerEntry e = book.record(yuan("2026-10-03", "6001", "1200.50"), CLERK);
        TrailEvent event = trail.bySubject("ledger/" + UNIT).get(0);
        assertThat(e.id()).isEqualTo(event.sequence());
        assertThat(event.action()).isEqualTo(LedgerEvents.ENTRY);
        assertThat(event.payload(LedgerEvents.QUANTITY)).contains("1200.50");
        assertThat(event.actor()).isEqualTo("P-001");
        assertThat(book.ledger().entries()).containsExactly(e);
    }

    @Test
    void theLedgerRoleIsTheFillerRole() {
        assertThat(LedgerEvents.ROLE).isEqualTo(Role.FILLER.name());
    }

    @Test
    void aCorrectionIsAReversalAndANewEntryAndNothingIsEdited() {
        LedgerEntry wrong = book.record(yuan("2026-10-03", "6001", "1200.00"), CLERK);
        Correction c = book.correct(wrong.id(), yuan("2026-10-03", "6001", "2100.00"), "数字颠倒 transposed digits",
                CLERK);
        assertThat(c.reversal().reverses()).hasValue(wrong.id());
        assertThat(c.reversal().quantity()).isEqualByComparingTo("-1200.00");
        assertThat(c.reversal().date()).isEqualTo(wrong.date());
        assertThat(c.reversal().reason()).contains("数字颠倒 transposed digits");
        assertThat(c.replacement().corrects()).hasValue(wrong.id());
        Ledger ledger = book.ledger();
        assertThat(ledger.entries()).containsExactly(wrong, c.reversal(), c.replacement());
        assertThat(ledger.entry(wrong.id())).contains(wrong);
        assertThat(ledger.reversalOf(wrong.id())).contains(c.reversal());
        assertThat(trail.bySubject("ledger/" + UNIT)).extracting(TrailEvent::action)
                .containsExactly(LedgerEvents.ENTRY, LedgerEvents.REVERSE, LedgerEvents.ENTRY);
    }

    @Test
    void refusedReversalsAreRecordedAndChangeNothing() {
        LedgerEntry e = book.record(yuan("2026-10-03", "6001", "5"), CLERK);
        LedgerEntry r = book.reverse(e.id(), "重复登记 entered twice", CLERK);
        Ledger before = book.ledger();
        assertThatThrownBy(() -> book.reverse(e.id(), "again", CLERK)).isInstanceOf(ReportingException.class)
                .hasMessageStartingWith("SB-REP-0702");
        assertThatThrownBy(() -> book.reverse(r.id(), "undo", CLERK)).hasMessageStartingWith("SB-REP-0703");
        assertThatThrownBy(() -> book.reverse(999, "x", CLERK)).hasMessageStartingWith("SB-REP-0701");
        assertThatThrownBy(() -> book.correct(e.id(), yuan("2026-10-03", "6001", "6"), " ", CLERK))
                .hasMessageStartingWith("SB-REP-0704");
        assertThat(book.ledger()).isEqualTo(before);
        List<TrailEvent> events = trail.bySubject("ledger/" + UNIT);
        assertThat(events.subList(2, events.size())).extracting(TrailEvent::outcome).containsOnly(Outcome.REFUSED);
        assertThat(events.subList(2, events.size())).extracting(x -> x.payload("error").orElse(""))
                .containsExactly("SB-REP-0702", "SB-REP-0703", "SB-REP-0701", "SB-REP-0704");
    }

    @Test
    void replayingTheTrailGivesTheLedgerBack(@TempDir Path dir) throws IOException {
        LedgerEntry a = book.record(yuan("2026-01-05", "6001", "10"), CLERK);
        book.record(yuan("2026-01-06", "6401", "4"), CLERK);
        book.correct(a.id(), yuan("2026-01-05", "6001", "11"), "补录 missing cents", CLERK);
        Path csv = dir.resolve("oct.csv");
        Files.writeString(csv, "date,account,quantity,record_digest,record_description\n"
                + "2026-02-01,6001,7," + Fixtures.sha256("x") + ",发票 1\n", StandardCharsets.UTF_8);
        book.importFile(csv, CLERK);
        assertThat(LedgerBook.open(trail, UNIT).ledger()).isEqualTo(book.ledger());
        assertThat(book.ledger().size()).isEqualTo(5);
    }

    @Test
    void aBadFileIsRefusedWholeAndChangesNothing(@TempDir Path dir) throws IOException {
        book.record(yuan("2026-01-05", "6001", "10"), CLERK);
        Ledger before = book.ledger();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "date,account,quantity,record_digest,record_description\n"
                + "2026-02-01,6001,7," + Fixtures.sha256("x") + ",发票 1\n"
                + "2026-02-30,6001,7," + Fixtures.sha256("y") + ",发票 2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> book.importFile(csv, CLERK)).isInstanceOf(DataFileException.class);
        assertThat(book.ledger()).isEqualTo(before);
        assertThat(LedgerBook.open(trail, UNIT).ledger()).isEqualTo(before);
        TrailEvent last = trail.bySubject("ledger/" + UNIT).get(trail.bySubject("ledger/" + UNIT).size() - 1);
        assertThat(last.action()).isEqualTo(LedgerEvents.IMPORT_COMMIT);
        assertThat(last.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void anImportCutShortBeforeItsCommitIsDroppedOnReplay() {
        book.record(yuan("2026-01-05", "6001", "10"), CLERK);
        Ledger before = book.ledger();
        // what a crash after the first entry of a two-entry import leaves in the trail
        trail.append(EventDraft.of("P-001", LedgerEvents.ROLE, LedgerEvents.ENTRY, "ledger/" + UNIT)
                .with(LedgerEvents.DATE, "2026-01-07").with(LedgerEvents.ACCOUNT, "6001")
                .with(LedgerEvents.QUANTITY, "3").with(LedgerEvents.UNIT, "元")
                .with(LedgerEvents.RECORD_DIGEST, Fixtures.sha256("z"))
                .with(LedgerEvents.RECORD_DESCRIPTION, "发票").with(LedgerEvents.IMPORT, "crashed"));
        LedgerBook reopened = LedgerBook.open(trail, UNIT);
        assertThat(reopened.ledger()).isEqualTo(before);
        LedgerEntry next = reopened.record(yuan("2026-01-08", "6001", "1"), CLERK);
        assertThat(LedgerBook.open(trail, UNIT).ledger().entries()).endsWith(next).hasSize(2);
    }

    @Test
    void aCorruptLedgerEventIsReportedWithItsSequence() {
        trail.append(EventDraft.of("P-001", LedgerEvents.ROLE, LedgerEvents.ENTRY, "ledger/" + UNIT)
                .with(LedgerEvents.DATE, "2026-13-01"));
        assertThatThrownBy(() -> LedgerBook.open(trail, UNIT)).isInstanceOf(ReportingException.class)
                .hasMessageStartingWith("SB-REP-0711").hasMessageContaining("1");
    }

    @Test
    void aLedgerCheckedFromItsEntriesRefusesABadReversal() {
        LedgerEntry e = LedgerEntry.of(1, yuan("2026-01-05", "6001", "10"), CLERK);
        LedgerEntry r = LedgerEntry.replayed(2, yuan("2026-01-05", "6001", "-9"), CLERK, 1, 0, "x");
        assertThatThrownBy(() -> Ledger.of(UNIT, List.of(e, r))).hasMessageStartingWith("SB-REP-0713");
        assertThatThrownBy(() -> Ledger.of(UNIT, List.of(e, e))).hasMessageStartingWith("SB-REP-0712");
        assertThat(Ledger.of(UNIT, List.of(e)).entry(1)).contains(e);
        assertThatThrownBy(() -> Ledger.empty("a/b")).hasMessageStartingWith("SB-REP-0002");
    }

    @Test
    void quantitiesKeepTheirScaleThroughTheTrail() {
        book.record(LedgerPosting.of(java.time.LocalDate.of(2026, 3, 1), "C01", new BigDecimal("12.500"), "吨",
                Fixtures.record("磅单 7")), CLERK);
        assertThat(LedgerBook.open(trail, UNIT).ledger().entries().get(0).quantity()).isEqualTo(new BigDecimal("12.500"));
    }
}
