package org.statsbase.reporting.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.testing.Fixtures.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.reporting.testing.TamperableStore;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/** 数据质量责任追究制度: the history of one figure names everyone who touched it, with the chain's hashes. */
class AccountabilityTest {

    private static final SubmissionKey KEY = SubmissionKey.of("U-A", "B204-1", ReportingPeriod.ofMonth(2026, 10));
    private static final SubmissionKey OTHER = SubmissionKey.of("U-B", "B204-1", ReportingPeriod.ofMonth(2026, 10));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private final TamperableStore store = new TamperableStore();
    private final Trail trail = Trail.open(store, HashAlgorithm.SM3, clock);

    private TrailEvent at(EventDraft d) {
        clock.advance(Duration.ofMinutes(7));
        return trail.append(d);
    }

    private EventDraft enter(String person, Role role, SubmissionKey key, String indicator, String value) {
        return draft(person, role, ReportingEvents.ENTER, key).with(ReportingEvents.VALUE_PREFIX + indicator, value);
    }

    private EventDraft sign(String person, Role role) {
        return draft(person, role, ReportingEvents.SIGN, KEY).with(ReportingEvents.SIGNATORY, role.name());
    }

    @Test
    void theHistoryNamesEveryValueAndStepInTrailOrderAndLeavesOutOtherFigures() {
        TrailEvent create = at(draft("f1", Role.FILLER, ReportingEvents.CREATE, KEY));
        at(draft("g1", Role.FILLER, ReportingEvents.CREATE, OTHER));
        TrailEvent first = at(enter("f1", Role.FILLER, KEY, "B01", "1200").with(ReportingEvents.VALUE_PREFIX + "B02", "7"));
        TrailEvent otherIndicator = at(enter("f1", Role.FILLER, KEY, "B02", "8"));
        at(enter("g1", Role.FILLER, OTHER, "B01", "55"));
        TrailEvent reviewerTry = at(enter("r1", Role.TOWNSHIP_REVIEWER, KEY, "B01", "1300").refused("SB-REP-0201"));
        TrailEvent explainB01 = at(draft("f1", Role.FILLER, ReportingEvents.EXPLAIN, KEY)
                .with(ReportingEvents.RULE, "R-B01").with(ReportingEvents.RECORD, "U-A").with(ReportingEvents.TEXT, "新增订单"));
        TrailEvent explainB02 = at(draft("f1", Role.FILLER, ReportingEvents.EXPLAIN, KEY)
                .with(ReportingEvents.RULE, "R-B02").with(ReportingEvents.RECORD, "U-A").with(ReportingEvents.TEXT, "季节性"));
        TrailEvent s1 = at(sign("f1", Role.FILLER));
        TrailEvent submit = at(draft("f1", Role.FILLER, ReportingEvents.SUBMIT, KEY).with(ReportingEvents.REVIEW_FAILS, "0"));
        TrailEvent ret = at(draft("r1", Role.TOWNSHIP_REVIEWER, ReportingEvents.RETURN, KEY)
                .with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "请核实营业收入"));
        TrailEvent answer = at(draft("f1", Role.FILLER, ReportingEvents.ANSWER, KEY)
                .with(ReportingEvents.QUERY, "Q1").with(ReportingEvents.TEXT, "已更正"));
        TrailEvent second = at(enter("f2", Role.FILLER, KEY, "B01", "1250"));
        TrailEvent s2 = at(sign("f2", Role.FILLER));
        TrailEvent s3 = at(sign("lead", Role.STATISTICS_LEAD));
        TrailEvent s4 = at(sign("head", Role.UNIT_HEAD));
        TrailEvent resubmit = at(draft("f2", Role.FILLER, ReportingEvents.SUBMIT, KEY).with(ReportingEvents.REVIEW_FAILS, "0"));
        TrailEvent accept = at(draft("c1", Role.COUNTY_REVIEWER, ReportingEvents.ACCEPT, KEY));
        TrailEvent forward = at(draft("c1", Role.COUNTY_REVIEWER, ReportingEvents.FORWARD, KEY).with(ReportingEvents.TO, "市统计局"));

        FigureHistory h = Accountability.over(trail).verifiedFigure(KEY, "B01");
        assertThat(h.entries()).extracting(FigureEntry::sequence).containsExactly(create.sequence(), first.sequence(),
                reviewerTry.sequence(), explainB01.sequence(), explainB02.sequence(), s1.sequence(), submit.sequence(),
                ret.sequence(), answer.sequence(), second.sequence(), s2.sequence(), s3.sequence(), s4.sequence(),
                resubmit.sequence(), accept.sequence(), forward.sequence());
        assertThat(h.entries()).extracting(FigureEntry::sequence).doesNotContain(otherIndicator.sequence());
        assertThat(h.valueChanges()).extracting(e -> e.change().orElseThrow())
                .containsExactly(ValueChange.of("", "1200"), ValueChange.of("1200", "1250"));
        assertThat(h.valueChanges()).extracting(FigureEntry::actor).containsExactly("f1", "f2");
        assertThat(h.refusedAttempts()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("r1");
            assertThat(e.knownRole()).contains(Role.TOWNSHIP_REVIEWER);
            assertThat(e.errorCode()).contains("SB-REP-0201");
            assertThat(e.change()).contains(ValueChange.of("1200", "1300"));
            assertThat(e.isValueChange()).isFalse();
        });
        assertThat(h.currentValue()).contains("1250");
        assertThat(h.enteredBy()).contains("f2");
        assertThat(h.signatures()).extracting(FigureEntry::sequence)
                .containsExactly(s1.sequence(), s2.sequence(), s3.sequence(), s4.sequence());
        // the filler's first signature covered the old value: entering 1250 cleared it
        assertThat(h.currentSignatures()).containsOnlyKeys(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD);
        assertThat(h.currentSignatures().get(Role.FILLER).sequence()).isEqualTo(s2.sequence());
        assertThat(h.acceptance()).hasValueSatisfying(e -> assertThat(e.actor()).isEqualTo("c1"));
        assertThat(h.entries(EntryKind.FORWARD)).singleElement().satisfies(e -> assertThat(e.kind().nameZh()).isEqualTo("上报"));
        assertThat(h.verifiedIntact()).isTrue();
        assertThat(h.verification().orElseThrow().eventsChecked()).isEqualTo(trail.size());
        for (FigureEntry e : h.entries()) {
            assertThat(e.hash()).isEqualTo(trail.events().get((int) e.sequence() - 1).hash());
        }

        FigureHistory known = Accountability.over(trail, Map.of("R-B01", Set.of("B01"), "R-B02", List.of("B02")))
                .figure(KEY, "B01");
        assertThat(known.entries(EntryKind.EXPLANATION)).extracting(FigureEntry::sequence)
                .containsExactly(explainB01.sequence());
        assertThat(known.verification()).isEmpty();
        assertThat(known.verifiedIntact()).isFalse();
    }

    @Test
    void aValueEnteredByProxyCarriesItsAuthorisationAndTheAuthorisationEvent() {
        TrailEvent auth = at(EventDraft.of("office", Role.OFFICE.name(), ReportingEvents.PROXY_AUTHORISE, "unit/U-A")
                .with(ReportingEvents.AUTHORISATION, "A-7").with(ReportingEvents.PERSON, "p1")
                .with(ReportingEvents.BASIS, "军工单位代填授权书 2026-3"));
        at(EventDraft.of("office", Role.OFFICE.name(), ReportingEvents.PROXY_AUTHORISE, "unit/U-A")
                .with(ReportingEvents.AUTHORISATION, "A-8").with(ReportingEvents.PERSON, "p2"));
        at(draft("p1", Role.PROXY_FILLER, ReportingEvents.CREATE, KEY));
        TrailEvent proxy = at(enter("p1", Role.PROXY_FILLER, KEY, "B01", "99")
                .with(ReportingEvents.PROXY_AUTHORISATION, "A-7"));
        FigureHistory h = Accountability.over(trail).figure(KEY, "B01");
        assertThat(h.entries(EntryKind.PROXY_AUTHORISATION)).extracting(FigureEntry::sequence)
                .containsExactly(auth.sequence());
        assertThat(h.currentEntry()).hasValueSatisfying(e -> {
            assertThat(e.sequence()).isEqualTo(proxy.sequence());
            assertThat(e.proxyAuthorisation()).contains("A-7");
        });
    }

    @Test
    void aClearedFigureHasNoCurrentValueAndReopeningWithdrawsTheAcceptance() {
        at(draft("f1", Role.FILLER, ReportingEvents.CREATE, KEY));
        at(enter("f1", Role.FILLER, KEY, "B01", "10"));
        at(draft("f1", Role.FILLER, ReportingEvents.SUBMIT, KEY));
        at(draft("c1", Role.COUNTY_REVIEWER, ReportingEvents.ACCEPT, KEY));
        at(draft("f1", Role.FILLER, ReportingEvents.REOPEN_REQUEST, KEY).with(ReportingEvents.REASON, "漏报"));
        at(draft("c1", Role.COUNTY_REVIEWER, ReportingEvents.REOPEN_APPROVE, KEY));
        at(enter("f1", Role.FILLER, KEY, "B01", ""));
        FigureHistory h = Accountability.over(trail).figure(KEY, "B01");
        assertThat(h.currentValue()).isEmpty();
        assertThat(h.currentEntry()).hasValueSatisfying(e -> assertThat(e.change()).contains(ValueChange.of("10", "")));
        assertThat(h.acceptance()).isEmpty();
        assertThat(h.entries(EntryKind.ACCEPT)).hasSize(1);
        assertThat(h.submission().orElseThrow().value("B01")).isEmpty();
    }

    @Test
    void aFigureChangedInStorageIsReportedAsABrokenTrail() {
        at(draft("f1", Role.FILLER, ReportingEvents.CREATE, KEY));
        TrailEvent entered = at(enter("f1", Role.FILLER, KEY, "B01", "1200"));
        at(draft("f1", Role.FILLER, ReportingEvents.SUBMIT, KEY));
        Accountability accountability = Accountability.over(trail);
        assertThat(accountability.verifiedFigure(KEY, "B01").verifiedIntact()).isTrue();

        store.rewrite(entered.sequence(), "1200", "9900");
        FigureHistory h = accountability.verifiedFigure(KEY, "B01");
        assertThat(h.verifiedIntact()).isFalse();
        assertThat(h.verification().orElseThrow().firstBrokenLink())
                .hasValueSatisfying(l -> assertThat(l.sequence()).isEqualTo(entered.sequence()));
        assertThat(h.currentValue()).contains("9900"); // what storage now says, flagged as unverified
        assertThat(h.toString()).contains("BROKEN");
    }

    @Test
    void aBadIndicatorIdIsATypedError() {
        Accountability a = Accountability.over(trail);
        for (String bad : List.of("", " B01", "B\n01")) {
            assertThatThrownBy(() -> a.figure(KEY, bad)).isInstanceOfSatisfying(ReportingException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ReportingError.INVALID_INDICATOR));
        }
        assertThat(a.figure(KEY, "B01").entries()).isEmpty();
        assertThat(a.figure(KEY, "B01").submission()).isEmpty();
        assertThat(EntryKind.ofAction("something.else")).isEqualTo(EntryKind.OTHER);
    }
}
