package org.statsbase.reporting.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StandardHandoverItemKind;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.ReviewQuery;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.testing.Fixtures;
import org.statsbase.reporting.testing.MutableClock;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;

/**
 * 工作交接, one clause per property: the handover lists exactly the open submissions and the pending
 * queries of the units handed over, and it is complete exactly when both sides signed.
 */
class HandoverProperties {

    private static final List<SubmissionKey> KEYS = List.of(
            SubmissionKey.of("U-A", "F1", ReportingPeriod.ofMonth(2026, 10)),
            SubmissionKey.of("U-A", "F2", ReportingPeriod.ofMonth(2026, 10)),
            SubmissionKey.of("U-A", "F1", ReportingPeriod.ofMonth(2026, 11)),
            SubmissionKey.of("U-AB", "F1", ReportingPeriod.ofMonth(2026, 10)),
            SubmissionKey.of("U-B", "F1", ReportingPeriod.ofMonth(2026, 10)));
    private static final List<String> ACTIONS = List.of(ReportingEvents.CREATE, ReportingEvents.SUBMIT,
            ReportingEvents.QUERY_ACTION, ReportingEvents.RETURN, ReportingEvents.ANSWER, ReportingEvents.ACCEPT,
            ReportingEvents.FORWARD, ReportingEvents.REOPEN_REQUEST, ReportingEvents.REOPEN_APPROVE,
            ReportingEvents.ENTER);

    record Step(int key, String action, int query, boolean refused) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, KEYS.size() - 1), Arbitraries.of(ACTIONS),
                Arbitraries.integers().between(1, 3), Arbitraries.of(false, false, false, true))
                .as(Step::new).list().ofMaxSize(50);
    }

    private static Trail play(List<Step> steps, MutableClock clock) {
        Trail trail = Fixtures.trail(clock);
        for (Step s : steps) {
            clock.advance(Duration.ofMinutes(3));
            EventDraft d = Fixtures.draft("p", Role.FILLER, s.action(), KEYS.get(s.key()))
                    .with(ReportingEvents.QUERY, "Q" + s.query()).with(ReportingEvents.TEXT, "问题 " + s.query());
            trail.append(s.refused() ? d.refused("SB-REP-0101") : d);
        }
        return trail;
    }

    @Property(tries = 200)
    void theItemsAreExactlyTheOpenSubmissionsAndPendingQueriesOfTheUnit(@ForAll("histories") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
        Trail trail = play(steps, clock);
        HandoverItem ledger = HandoverItem.of(StandardHandoverItemKind.LEDGER, "台账");
        Handover h = Handovers.over(trail).record("U-A", Role.FILLER, PersonId.of("o"), PersonId.of("i"),
                List.of(ledger));

        List<HandoverItem> open = new ArrayList<>();
        List<HandoverItem> pending = new ArrayList<>();
        for (SubmissionKey key : KEYS.stream().filter(k -> k.unitId().equals("U-A"))
                .sorted((a, b) -> a.subject().compareTo(b.subject())).toList()) {
            Optional<Submission> s = Submission.read(trail, key);
            if (s.isEmpty()) {
                continue;
            }
            if (s.get().state() != SubmissionState.ACCEPTED && s.get().state() != SubmissionState.FORWARDED) {
                open.add(HandoverItem.of(ReportingItemKind.OPEN_SUBMISSION, Handovers.describe(s.get())));
            }
            for (ReviewQuery q : s.get().queries()) {
                if (!q.answered()) {
                    pending.add(HandoverItem.of(ReportingItemKind.PENDING_QUERY, Handovers.describe(s.get(), q)));
                }
            }
        }
        assertThat(h.items(ReportingItemKind.OPEN_SUBMISSION)).isEqualTo(open);
        assertThat(h.items(ReportingItemKind.PENDING_QUERY)).isEqualTo(pending);
        assertThat(h.items(StandardHandoverItemKind.LEDGER)).containsExactly(ledger);
        assertThat(h.items()).hasSize(open.size() + pending.size() + 1);
        assertThat(h.items()).allSatisfy(i -> assertThat(i.description()).doesNotContain("U-AB/", "U-B/"));
    }

    @Property(tries = 100)
    void aHandoverIsCompleteExactlyWhenBothSidesHaveSigned(@ForAll List<@From("signers") String> signers) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
        Trail trail = Fixtures.trail(clock);
        Handovers handovers = Handovers.over(trail);
        Handover h = handovers.record("U-A", Role.FILLER, PersonId.of("o"), PersonId.of("i"), List.of());
        boolean out = false;
        boolean in = false;
        for (String s : signers) {
            HandoverParty party = s.startsWith("OUT") ? HandoverParty.OUTGOING : HandoverParty.INCOMING;
            PersonId person = PersonId.of(s.substring(s.indexOf(':') + 1));
            try {
                handovers.sign(h.id(), party, person);
                if (party == HandoverParty.OUTGOING) {
                    assertThat(person.value()).isEqualTo("o");
                    out = true;
                } else {
                    assertThat(person.value()).isEqualTo("i");
                    in = true;
                }
            } catch (ReportingException refused) {
                assertThat(refused.code()).isIn("SB-REP-0502", "SB-REP-0503");
            }
            assertThat(handovers.isComplete(h.id())).isEqualTo(out && in);
            assertThat(handovers.pending("U-A").isEmpty()).isEqualTo(out && in);
        }
    }

    @Provide
    Arbitrary<String> signers() {
        return Arbitraries.of("OUT:o", "OUT:i", "OUT:x", "IN:i", "IN:o", "IN:x");
    }
}
