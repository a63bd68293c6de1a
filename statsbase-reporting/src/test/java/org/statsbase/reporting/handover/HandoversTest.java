package org.statsbase.reporting.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.testing.Fixtures.draft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverItemKind;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StandardHandoverItemKind;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/** 工作交接 (国统字〔2021〕85号 二（二）): the handover lists the open work and is signed by each side for itself. */
class HandoversTest {

    private static final ReportingPeriod OCT = ReportingPeriod.ofMonth(2026, 10);
    private static final PersonId OLD = PersonId.of("zhang");
    private static final PersonId NEW = PersonId.of("li");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    private final Trail trail = Fixtures.trail(clock);
    private final Handovers handovers = Handovers.over(trail);

    private static SubmissionKey key(String unit, String form) {
        return SubmissionKey.of(unit, form, OCT);
    }

    private void at(EventDraft d) {
        clock.advance(Duration.ofMinutes(5));
        trail.append(d);
    }

    private static void assertCode(Throwable t, ErrorCode code) {
        assertThat(t).isInstanceOfSatisfying(StatsbaseException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private TrailEvent lastEvent() {
        List<TrailEvent> all = trail.events();
        return all.get(all.size() - 1);
    }

    /** U-A: F1 draft, F2 submitted with an open query, F3 returned and answered, F4 accepted, F5 forwarded with an open query. */
    private void history() {
        for (String form : List.of("F1", "F2", "F3", "F4", "F5")) {
            at(draft(OLD.value(), Role.FILLER, ReportingEvents.CREATE, key("U-A", form)));
        }
        at(draft("x", Role.FILLER, ReportingEvents.CREATE, key("U-B", "F1")));
        for (String form : List.of("F2", "F3", "F4", "F5")) {
            at(Fixtures.submit(key("U-A", form)));
        }
        at(draft("r", Role.TOWNSHIP_REVIEWER, ReportingEvents.QUERY_ACTION, key("U-A", "F2"))
                .with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "从业人员为何减少"));
        at(draft("r", Role.TOWNSHIP_REVIEWER, ReportingEvents.RETURN, key("U-A", "F3"))
                .with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "营业收入有误"));
        at(draft(OLD.value(), Role.FILLER, ReportingEvents.ANSWER, key("U-A", "F3"))
                .with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "已更正"));
        at(draft("r", Role.TOWNSHIP_REVIEWER, ReportingEvents.QUERY_ACTION, key("U-A", "F5"))
                .with(ReportingEvents.QUERY, "Q7").with(ReportingEvents.TEXT, "请补充说明"));
        at(draft("c", Role.COUNTY_REVIEWER, ReportingEvents.ACCEPT, key("U-A", "F4")));
        at(draft("c", Role.COUNTY_REVIEWER, ReportingEvents.ACCEPT, key("U-A", "F5")));
        at(draft("c", Role.COUNTY_REVIEWER, ReportingEvents.FORWARD, key("U-A", "F5")).with(ReportingEvents.TO, "市局"));
        at(Fixtures.submit(key("U-B", "F1")));
        // a refused return changes nothing
        at(draft("r", Role.TOWNSHIP_REVIEWER, ReportingEvents.RETURN, key("U-A", "F4"))
                .with(ReportingEvents.QUERY, "Q9").with(ReportingEvents.TEXT, "x").refused("SB-REP-0101"));
    }

    @Test
    void theRecordListsTheOpenSubmissionsAndPendingQueriesThenTheExtraItems() {
        history();
        HandoverItem ledger = HandoverItem.of(StandardHandoverItemKind.LEDGER, "2026 年工业统计台账 1 册");
        Handover h = handovers.record("U-A", Role.FILLER, OLD, NEW, List.of(ledger));

        assertThat(h.id()).isEqualTo(HandoverId.of("U-A", "1"));
        assertThat(h.items()).containsExactly(
                HandoverItem.of(ReportingItemKind.OPEN_SUBMISSION, "submission/U-A/F1/" + OCT + " DRAFT（草稿）"),
                HandoverItem.of(ReportingItemKind.OPEN_SUBMISSION, "submission/U-A/F2/" + OCT + " SUBMITTED（已报送）"),
                HandoverItem.of(ReportingItemKind.OPEN_SUBMISSION, "submission/U-A/F3/" + OCT + " RETURNED（已退回）"),
                HandoverItem.of(ReportingItemKind.PENDING_QUERY, "submission/U-A/F2/" + OCT + " Q1（查询） 从业人员为何减少"),
                HandoverItem.of(ReportingItemKind.PENDING_QUERY, "submission/U-A/F5/" + OCT + " Q7（查询） 请补充说明"),
                ledger);
        assertThat(h.record().kindsListed()).containsExactly(ReportingItemKind.OPEN_SUBMISSION,
                ReportingItemKind.PENDING_QUERY, StandardHandoverItemKind.LEDGER);
        assertThat(h.coveredUnits()).containsExactly("U-A");
        assertThat(h.post()).isEqualTo(Role.FILLER);
        assertThat(h.isComplete()).isFalse();

        TrailEvent recorded = lastEvent();
        assertThat(recorded.action()).isEqualTo(ReportingEvents.HANDOVER_RECORD);
        assertThat(recorded.subject()).isEqualTo("handover/U-A/1");
        assertThat(recorded.payload(ReportingEvents.OUTGOING)).contains("zhang");
        assertThat(recorded.payload(ReportingEvents.INCOMING)).contains("li");
        assertThat(recorded.payload(ReportingEvents.ITEMS).orElseThrow().split("\n")).hasSize(6);
        assertThat(handovers.handover(h.id())).contains(h);
        assertThat(ReportingItemKind.PENDING_QUERY.nameZh()).isEqualTo("未答复的查询");
    }

    @Test
    void eachSideSignsForItselfAndTheHandoverIsCompleteOnlyWhenBothHave() {
        Handover h = handovers.record("U-A", Role.STATISTICS_LEAD, OLD, NEW, List.of());
        assertThat(h.items()).isEmpty();
        assertThat(handovers.pending("U-A")).containsExactly(h);

        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> handovers.sign(h.id(), HandoverParty.INCOMING, OLD))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_WRONG_SIGNER));
        assertThat(lastEvent().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(lastEvent().payload(ReportingEvents.ERROR)).contains("SB-REP-0502");
        assertThatThrownBy(() -> handovers.sign(h.id(), HandoverParty.OUTGOING, PersonId.of("wang")))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_WRONG_SIGNER));
        assertThat(handovers.isComplete(h.id())).isFalse();

        Handover out = handovers.sign(h.id(), HandoverParty.OUTGOING, OLD);
        assertThat(out.isComplete()).isFalse();
        assertThat(out.record().isSignedBy(HandoverParty.OUTGOING)).isTrue();
        assertThat(lastEvent().role()).isEqualTo(Role.STATISTICS_LEAD.name());
        assertThatThrownBy(() -> handovers.sign(h.id(), HandoverParty.OUTGOING, OLD))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_ALREADY_SIGNED));
        assertThat(handovers.pending("U-A")).hasSize(1);

        clock.set(Instant.parse("2026-11-20T16:30:00Z")); // 2026-11-21 00:30 in Asia/Shanghai
        Handover both = handovers.sign(h.id(), HandoverParty.INCOMING, NEW);
        assertThat(both.isComplete()).isTrue();
        assertThat(handovers.isComplete(h.id())).isTrue();
        assertThat(both.record().signature(HandoverParty.INCOMING)).contains(LocalDate.parse("2026-11-21"));
        assertThat(both.signatureSequence(HandoverParty.INCOMING)).hasValue(lastEvent().sequence());
        assertThat(handovers.pending("U-A")).isEmpty();
        assertThat(handovers.handovers("U-A")).containsExactly(both);
    }

    @Test
    void aSupervisorMayCountersignButNeverOneOfTheSides() {
        Handover h = handovers.record("U-A", Role.FILLER, OLD, NEW, List.of());
        assertThatThrownBy(() -> handovers.supervise(h.id(), NEW, Role.UNIT_HEAD))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_SUPERVISOR_NOT_INDEPENDENT));
        assertThatThrownBy(() -> handovers.sign(h.id(), HandoverParty.SUPERVISOR, PersonId.of("boss")))
                .isInstanceOf(IllegalArgumentException.class);
        Handover s = handovers.supervise(h.id(), PersonId.of("boss"), Role.UNIT_HEAD);
        assertThat(s.record().supervisor()).contains(PersonId.of("boss"));
        assertThat(s.isComplete()).isFalse();
        assertThatThrownBy(() -> handovers.supervise(h.id(), PersonId.of("boss2"), Role.UNIT_HEAD))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_ALREADY_SIGNED));
    }

    @Test
    void refusedRecordsAndUnknownHandoversAreTypedErrorsRecordedInTheTrail() {
        assertThatThrownBy(() -> handovers.record("U-A", Role.FILLER, OLD, OLD, List.of()))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_SAME_PERSON));
        assertThat(lastEvent().subject()).isEqualTo("handover/U-A/1");
        assertThat(lastEvent().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(handovers.handovers("U-A")).isEmpty();

        Handover h = handovers.record("U-A", Role.FILLER, OLD, NEW, List.of());
        assertThat(h.id().id()).isEqualTo("2");

        HandoverId missing = HandoverId.of("U-A", "9");
        assertThatThrownBy(() -> handovers.sign(missing, HandoverParty.OUTGOING, OLD))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_NOT_FOUND));
        assertThat(lastEvent().subject()).isEqualTo("handover/U-A/9");
        assertThat(lastEvent().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(handovers.isComplete(missing)).isFalse();
        assertThatThrownBy(() -> HandoverId.of("U/A", "1")).satisfies(t -> assertCode(t, ReportingError.INVALID_ID));
        assertThat(HandoverId.parseSubject("handover/U-A/2")).isEqualTo(h.id());
    }

    /** A kind a user adds: known to one reader, read back as a {@link RecordedItemKind} by another. */
    enum Seal implements HandoverItemKind {
        SEAL;

        @Override
        public String code() {
            return "SEAL";
        }

        @Override
        public String nameZh() {
            return "印章";
        }

        @Override
        public String nameEn() {
            return "seals";
        }
    }

    @Test
    void itemsWithAnyTextAndKindsTheReaderKnowsOrNotComeBackFromTheTrail() {
        HandoverItem tricky = HandoverItem.of(StandardHandoverItemKind.ACCOUNT, "账号\tA\\B\n第二行\r\n第三行");
        HandoverItem seal = HandoverItem.of(Seal.SEAL, "统计专用章 1 枚");
        Handover h = handovers.record("U-A", Role.FILLER, OLD, NEW, List.of(tricky, seal));
        assertThat(h.items()).containsExactly(tricky, HandoverItem.of(new RecordedItemKind("SEAL", "印章", "seals"),
                "统计专用章 1 枚"));
        Handovers knowing = Handovers.over(trail, ZoneOffset.UTC, List.of(Seal.SEAL));
        assertThat(knowing.handover(h.id()).orElseThrow().items()).containsExactly(tricky, seal);
    }

    @Test
    void aTownshipStatisticiansHandoverListsTheOpenWorkOfEveryUnitCovered() {
        history();
        Handover h = handovers.record("T-001", Role.TOWNSHIP_REVIEWER, OLD, NEW, Set.of("U-B", "U-A"), List.of());
        assertThat(h.coveredUnits()).containsExactly("U-A", "U-B");
        assertThat(h.items(ReportingItemKind.OPEN_SUBMISSION)).extracting(HandoverItem::description)
                .containsExactly("submission/U-A/F1/" + OCT + " DRAFT（草稿）",
                        "submission/U-A/F2/" + OCT + " SUBMITTED（已报送）",
                        "submission/U-A/F3/" + OCT + " RETURNED（已退回）",
                        "submission/U-B/F1/" + OCT + " SUBMITTED（已报送）");
        assertThat(h.items(ReportingItemKind.PENDING_QUERY)).hasSize(2);
        assertThat(h.id().subject()).isEqualTo("handover/T-001/1");
        assertThat(handovers.pending("T-001")).containsExactly(h);
        assertThat(handovers.pending("U-A")).isEmpty();
    }

    @Test
    void aHandoverEventThatCannotBeReadIsATypedError() {
        trail.append(EventDraft.of("zhang", Role.FILLER.name(), ReportingEvents.HANDOVER_RECORD, "handover/U-A/1")
                .with(ReportingEvents.OUTGOING, "zhang").with(ReportingEvents.INCOMING, "li")
                .with(ReportingEvents.ITEMS, "LEDGER\t台账"));
        assertThatThrownBy(() -> handovers.handover(HandoverId.of("U-A", "1")))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_ITEMS_UNREADABLE));
        trail.append(EventDraft.of("zhang", "NOBODY", ReportingEvents.HANDOVER_RECORD, "handover/U-B/1")
                .with(ReportingEvents.OUTGOING, "zhang").with(ReportingEvents.INCOMING, "li"));
        assertThatThrownBy(() -> handovers.pending("U-B"))
                .satisfies(t -> assertCode(t, ReportingError.HANDOVER_ROLE_UNKNOWN));
    }
}
