package org.statsbase.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.core.org.PersonId;

/** 统计法实施条例 第二十二、二十三条 and the counting rule: the due answers. */
class RetentionTest {

    private static final Retention STATUTORY = Retention.of(RetentionSchedule.statutory());

    static ArchivedRecord record(String recordClass, LocalDate formed, RetentionPeriod described) {
        Metadata m = Metadata.builder().title("t").responsibleParty("p").date(formed).retention(described).format("pdf").build();
        return ArchivedRecord.of(RecordId.of("r1"), RecordClass.of(recordClass), formed, m, Fixity.of(new byte[] {1}));
    }

    @Test
    void formedTenthOfMayTwentyTwentyFourWithTwoYearsIsDueFirstJanuaryTwentyTwentySeven() {
        ArchivedRecord ledger = record("ledger", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2));
        Due due = STATUTORY.due(ledger, LocalDate.of(2026, 12, 31));
        assertThat(due).isEqualTo(new Due.On(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(due.isDue()).isFalse();
        assertThat(STATUTORY.due(ledger, LocalDate.of(2027, 1, 1)).isDue()).isTrue();
        assertThat(due.text()).isEqualTo("2027-01-01");
    }

    @Test
    void formedOnTheLastDayOfTheYearCountsFromTheNextFirstOfJanuaryToo() {
        ArchivedRecord r = record("original-survey", LocalDate.of(2024, 12, 31), RetentionPeriod.ofYears(2));
        assertThat(STATUTORY.due(r, LocalDate.of(2030, 1, 1))).extracting(Due::text).isEqualTo("2027-01-01");
        ArchivedRecord jan = record("original-survey", LocalDate.of(2024, 1, 1), RetentionPeriod.ofYears(2));
        assertThat(STATUTORY.due(jan, LocalDate.of(2030, 1, 1))).extracting(Due::text).isEqualTo("2027-01-01");
    }

    @Test
    void theStatutoryMinimumsOfArticlesTwentyTwoAndTwentyThree() {
        LocalDate formed = LocalDate.of(2024, 5, 10);
        Optional<LocalDate> none = Optional.empty();
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        assertThat(STATUTORY.due(RecordClass.of("original-survey"), formed, none, asOf).text()).isEqualTo("2027-01-01");
        assertThat(STATUTORY.due(RecordClass.of("original-record"), formed, none, asOf).text()).isEqualTo("2027-01-01");
        assertThat(STATUTORY.due(RecordClass.of("ledger"), formed, none, asOf).text()).isEqualTo("2027-01-01");
        assertThat(STATUTORY.due(RecordClass.of("aggregated"), formed, none, asOf).text()).isEqualTo("2035-01-01");
        assertThat(STATUTORY.due(RecordClass.of("important-aggregated"), formed, none, asOf).kind())
                .isEqualTo(Due.Kind.PERMANENT);
    }

    @Test
    void theLongerOfScheduleAndDescribedRetentionApplies() {
        ArchivedRecord ledgerFiledD10 = record("ledger", LocalDate.of(2024, 5, 10), RetentionCode.D10.period());
        assertThat(STATUTORY.due(ledgerFiledD10, LocalDate.of(2030, 1, 1)).text()).isEqualTo("2035-01-01");
        ArchivedRecord permanentLedger = record("ledger", LocalDate.of(2024, 5, 10), RetentionPeriod.PERMANENT);
        assertThat(STATUTORY.due(permanentLedger, LocalDate.of(2099, 1, 1))).isEqualTo(new Due.Permanent());
    }

    @Test
    void aHeldRecordIsNeverDueAndAReleasedHoldNoLongerCounts() {
        ArchivedRecord r = record("ledger", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2));
        Instant t = Instant.parse("2026-06-01T00:00:00Z");
        ArchivedRecord held = r.withHold(Hold.place(HoldId.of("insp-1"), HoldKind.INSPECTION, "统计执法检查 2026-07", PersonId.of("p"), t))
                .withHold(Hold.place(HoldId.of("audit-1"), HoldKind.AUDIT, "审计", PersonId.of("p"), t));
        assertThat(STATUTORY.due(held, LocalDate.of(2040, 1, 1)))
                .isEqualTo(new Due.Held(List.of(HoldId.of("insp-1"), HoldId.of("audit-1"))));
        ArchivedRecord oneReleased = held.withRelease(HoldId.of("insp-1"), PersonId.of("q"), t.plusSeconds(60), "检查结束");
        assertThat(STATUTORY.due(oneReleased, LocalDate.of(2040, 1, 1)).kind()).isEqualTo(Due.Kind.HELD);
        ArchivedRecord bothReleased = oneReleased.withRelease(HoldId.of("audit-1"), PersonId.of("q"), t.plusSeconds(90), "审计结束");
        assertThat(STATUTORY.due(bothReleased, LocalDate.of(2040, 1, 1)).isDue()).isTrue();
        assertThat(bothReleased.holds()).hasSize(2).allSatisfy(h -> assertThat(h.releasedBy()).isPresent());
    }

    @Test
    void aClassCountedFromAnEventWaitsForIt() {
        RetentionSchedule s = RetentionSchedule.statutory()
                .with(RecordClass.of("enforcement-case"), RetentionPeriod.ofYears(30), CountingStart.fromEvent("case-closed", true))
                .with(RecordClass.of("original-survey"), RetentionPeriod.ofYears(3), CountingStart.fromEvent("survey-closed", false));
        Retention r = Retention.of(s);
        ArchivedRecord c = record("enforcement-case", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(10));
        assertThat(r.due(c, LocalDate.of(2099, 1, 1))).isEqualTo(new Due.WaitingEvent("case-closed"));
        assertThat(r.due(c.withCountingEvent(LocalDate.of(2025, 3, 3)), LocalDate.of(2099, 1, 1)).text()).isEqualTo("2056-01-01");
        ArchivedRecord q = record("original-survey", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2));
        assertThat(r.due(q.withCountingEvent(LocalDate.of(2025, 3, 3)), LocalDate.of(2099, 1, 1)).text()).isEqualTo("2028-03-03");
        assertThat(r.indexDate(c)).isEmpty();
    }

    @Test
    void aDestroyedRecordAnswersDestroyed() {
        ArchivedRecord r = record("ledger", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2))
                .withDestruction(Destruction.of(DestructionListId.of("L"), PersonId.of("h"), "粉碎", LocalDate.of(2027, 2, 1),
                        List.of(PersonId.of("a"), PersonId.of("b")), "L/1"));
        assertThat(STATUTORY.due(r, LocalDate.of(2028, 1, 1))).isEqualTo(new Due.Destroyed(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void anUnknownClassIsATypedError() {
        ArchivedRecord r = record("minutes", LocalDate.of(2024, 5, 10), RetentionPeriod.ofYears(2));
        assertThatThrownBy(() -> STATUTORY.due(r, LocalDate.of(2028, 1, 1))).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0103");
    }

    @Test
    void aScheduleMayLengthenButNeverShortenAStatutoryMinimum() {
        RetentionSchedule longer = RetentionSchedule.statutory().with(RecordClass.of("ledger"), RetentionPeriod.ofYears(10),
                CountingStart.fromFormation());
        assertThat(longer.retentionOf(RecordClass.of("ledger")).orElseThrow().period()).isEqualTo(RetentionPeriod.ofYears(10));
        assertThatThrownBy(() -> RetentionSchedule.statutory().with(RecordClass.of("aggregated"), RetentionPeriod.ofYears(5),
                CountingStart.fromFormation()))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0101")
                .hasMessageContaining("统计法实施条例 第二十二条");
        assertThatThrownBy(() -> RetentionSchedule.statutory().with(RecordClass.of("important-aggregated"),
                RetentionPeriod.ofYears(100), CountingStart.fromFormation()))
                .hasMessageStartingWith("SB-ARC-0101");
    }

    private static RetentionSchedule parse(String json) {
        return RetentionSchedule.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void loadsAScheduleFromJson() {
        RetentionSchedule s = parse("""
                {"name": "江北区统计局保管期限表", "date": "2026-01-01",
                 "classes": [
                   {"class": "ledger", "retention": "D10"},
                   {"class": "enforcement-case", "retention": "30", "counting": {"event": "case-closed", "from": "next-year"}},
                   {"class": "minutes", "retention": "Y", "counting": "formation"}]}
                """);
        assertThat(s.name()).isEqualTo("江北区统计局保管期限表");
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.retentionOf(RecordClass.of("ledger")).orElseThrow().period()).isEqualTo(RetentionPeriod.ofYears(10));
        assertThat(s.retentionOf(RecordClass.of("ledger")).orElseThrow().statutory().orElseThrow().rule())
                .isEqualTo("统计法实施条例 第二十三条");
        assertThat(s.retentionOf(RecordClass.of("enforcement-case")).orElseThrow().start())
                .isEqualTo(CountingStart.fromEvent("case-closed", true));
        assertThat(s.retentionOf(RecordClass.of("minutes")).orElseThrow().period().isPermanent()).isTrue();
        // classes it does not list keep the statutory minimum
        assertThat(s.retentionOf(RecordClass.of("aggregated")).orElseThrow().period()).isEqualTo(RetentionPeriod.ofYears(10));
    }

    @Test
    void loadingAScheduleThatShortensAMinimumFailsNamingTheRule() {
        assertThatThrownBy(() -> parse("""
                {"name": "x", "date": "2026-01-01", "classes": [{"class": "original-record", "retention": "1"}]}
                """)).isInstanceOf(ArchiveException.class).hasMessageStartingWith("SB-ARC-0101")
                .hasMessageContaining("original-record").hasMessageContaining("统计法实施条例 第二十三条");
    }

    @Test
    void malformedSchedulesAreTypedErrors() {
        assertThatThrownBy(() -> parse("{")).hasMessageStartingWith("SB-ARC-0102");
        assertThatThrownBy(() -> parse("{\"classes\": []}")).hasMessageStartingWith("SB-ARC-0102");
        assertThatThrownBy(() -> parse("{\"date\": \"2026-01-01\", \"classes\": [{\"class\": \"x\"}]}"))
                .hasMessageStartingWith("SB-ARC-0102").hasMessageContaining("classes[0]");
        assertThatThrownBy(() -> parse("{\"date\": \"2026-01-01\", \"classes\": [{\"class\": \"x\", \"retention\": \"soon\"}]}"))
                .hasMessageStartingWith("SB-ARC-0102");
        assertThatThrownBy(() -> parse("{\"date\": \"2026-01-01\", \"classes\": [{\"class\": \"x\", \"retention\": \"3\"},"
                + "{\"class\": \"x\", \"retention\": \"4\"}]}")).hasMessageStartingWith("SB-ARC-0102");
        assertThatThrownBy(() -> parse("{\"date\": \"2026-01-01\", \"classes\": [{\"class\": \"x\", \"retention\": \"3\","
                + "\"counting\": {\"event\": \"e\", \"from\": \"tomorrow\"}}]}")).hasMessageStartingWith("SB-ARC-0102");
    }
}
