package org.statsbase.reporting.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * 数据质量责任追究制度, one clause per property: a figure's history holds every event of the trail that
 * changed it, in trail order, and its last value is the submission's current value.
 */
class AccountabilityProperties {

    private static final List<SubmissionKey> KEYS = List.of(
            SubmissionKey.of("U-A", "B204-1", ReportingPeriod.ofMonth(2026, 10)),
            SubmissionKey.of("U-B", "B204-1", ReportingPeriod.ofMonth(2026, 10)),
            SubmissionKey.of("U-A", "B204-1", ReportingPeriod.ofMonth(2026, 11)));
    private static final List<String> INDICATORS = List.of("B01", "B02", "B03");
    private static final List<String> ACTIONS = List.of(ReportingEvents.ENTER, ReportingEvents.ENTER,
            ReportingEvents.ENTER, ReportingEvents.SIGN, ReportingEvents.SUBMIT, ReportingEvents.EXPLAIN,
            ReportingEvents.RETURN, ReportingEvents.ACCEPT, ReportingEvents.REOPEN_APPROVE, ReportingEvents.URGE);

    /** One event: on key {@code key}, action, the indicators it names (bit mask), the value, refused or not. */
    record Step(int key, String action, int indicators, String value, boolean refused, Role role) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100000))
                        .ofScale(2).map(java.math.BigDecimal::toPlainString));
        return Combinators.combine(Arbitraries.integers().between(0, KEYS.size() - 1), Arbitraries.of(ACTIONS),
                        Arbitraries.integers().between(0, 7), values, Arbitraries.of(false, false, false, true),
                        Arbitraries.of(Role.FILLER, Role.STATISTICS_LEAD, Role.TOWNSHIP_REVIEWER, Role.PROXY_FILLER))
                .as(Step::new).list().ofMaxSize(40);
    }

    private static Trail play(List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
        Trail trail = Fixtures.trail(clock);
        for (SubmissionKey key : KEYS) {
            trail.append(Fixtures.draft("f", Role.FILLER, ReportingEvents.CREATE, key));
        }
        for (Step s : steps) {
            clock.advance(Duration.ofSeconds(61));
            EventDraft d = Fixtures.draft("p-" + s.role().ordinal(), s.role(), s.action(), KEYS.get(s.key()));
            if (s.action().equals(ReportingEvents.ENTER)) {
                for (int i = 0; i < INDICATORS.size(); i++) {
                    if ((s.indicators() & (1 << i)) != 0) {
                        d = d.with(ReportingEvents.VALUE_PREFIX + INDICATORS.get(i), s.value() + i);
                    }
                }
                if (s.role() == Role.PROXY_FILLER) {
                    d = d.with(ReportingEvents.PROXY_AUTHORISATION, "A-1");
                }
            } else if (s.action().equals(ReportingEvents.SIGN)) {
                d = d.with(ReportingEvents.SIGNATORY, s.role().name());
            }
            trail.append(s.refused() ? d.refused("SB-REP-0201") : d);
        }
        return trail;
    }

    @Property(tries = 200)
    void aFiguresHistoryHoldsEveryEventThatChangedItInOrderAndEndsAtTheCurrentValue(
            @ForAll("histories") List<Step> steps) {
        Trail trail = play(steps);
        Accountability accountability = Accountability.over(trail);
        List<TrailEvent> all = trail.events();
        for (SubmissionKey key : KEYS) {
            for (String indicator : INDICATORS) {
                FigureHistory h = accountability.figure(key, indicator);
                String valueKey = ReportingEvents.VALUE_PREFIX + indicator;
                List<Long> touching = all.stream()
                        .filter(e -> e.subject().equals(key.subject()) && e.action().equals(ReportingEvents.ENTER)
                                && e.payload(valueKey).isPresent())
                        .map(TrailEvent::sequence).toList();
                assertThat(h.entries(EntryKind.VALUE)).extracting(FigureEntry::sequence).isEqualTo(touching);
                assertThat(h.valueChanges()).extracting(FigureEntry::sequence).isEqualTo(all.stream()
                        .filter(e -> touching.contains(e.sequence()) && e.outcome() == Outcome.DONE)
                        .map(TrailEvent::sequence).toList());
                assertThat(h.entries()).extracting(FigureEntry::sequence).isSorted().doesNotHaveDuplicates();
                assertThat(h.entries()).allSatisfy(e -> assertThat(e.event().subject()).isEqualTo(key.subject()));
                // every non-value event of the submission is in the history
                assertThat(h.entries()).extracting(FigureEntry::sequence).containsAll(all.stream()
                        .filter(e -> e.subject().equals(key.subject()) && !e.action().equals(ReportingEvents.ENTER))
                        .map(TrailEvent::sequence).toList());
                // the changes chain: each starts where the previous carried-out one ended
                String current = "";
                for (FigureEntry e : h.entries(EntryKind.VALUE)) {
                    assertThat(e.change().orElseThrow().before()).isEqualTo(current);
                    assertThat(e.change().orElseThrow().after())
                            .isEqualTo(e.event().payload(valueKey).orElseThrow());
                    if (e.isValueChange()) {
                        current = e.change().orElseThrow().after();
                    }
                }
                Optional<Submission> submission = Submission.read(trail, key);
                assertThat(h.currentValue()).isEqualTo(submission.orElseThrow().value(indicator));
                assertThat(h.currentSignatures()).isEqualTo(submission.orElseThrow().signatures());
                assertThat(h.enteredBy()).isEqualTo(h.valueChanges().isEmpty() ? Optional.empty()
                        : Optional.of(h.valueChanges().get(h.valueChanges().size() - 1).actor()));
            }
        }
    }
}
