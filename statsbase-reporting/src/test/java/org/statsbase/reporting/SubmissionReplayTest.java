package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/** The read side: a submission is the fold of its DONE events; refused attempts change nothing. */
class SubmissionReplayTest {

    private static final Instant T0 = Instant.parse("2026-11-10T02:00:00Z");
    private final Trail trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256,
            Clock.fixed(T0, ZoneOffset.UTC));
    private final SubmissionKey key = SubmissionKey.of("U1", "B204-1", ReportingPeriod.ofMonth(2026, 10));

    private EventDraft draft(String actor, Role role, String action) {
        return EventDraft.of(actor, role.name(), action, key.subject());
    }

    @Test
    void noCreateMeansNoSubmission() {
        trail.append(draft("p1", Role.FILLER, ReportingEvents.CREATE).refused("SB-REP-0201"));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.ENTER).with("v.B01", "5"));
        assertThat(Submission.read(trail, key)).isEmpty();
    }

    @Test
    void doneEventsBuildTheSnapshotAndRefusedOnesDoNot() {
        trail.append(draft("p1", Role.FILLER, ReportingEvents.CREATE));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.ENTER).with("v.B01", "100").with("v.B02", ""));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.SIGN).with(ReportingEvents.SIGNATORY, "FILLER"));
        trail.append(draft("r1", Role.TOWNSHIP_REVIEWER, ReportingEvents.ENTER).with("v.B01", "999")
                .refused("SB-REP-0203"));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.EXPLAIN).with(ReportingEvents.RULE, "R9")
                .with(ReportingEvents.RECORD, "k").with(ReportingEvents.TEXT, "新增订单导致产值增长"));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.SUBMIT));
        trail.append(draft("r1", Role.TOWNSHIP_REVIEWER, ReportingEvents.RETURN).with(ReportingEvents.QUERY, "Q1")
                .with(ReportingEvents.TEXT, "B01 为何翻倍？"));
        Submission returned = Submission.read(trail, key).orElseThrow();
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.values()).containsEntry("B01", "100").containsEntry("B02", "");
        assertThat(returned.value("B02")).isEmpty();
        assertThat(returned.signatures()).containsOnlyKeys(Role.FILLER);
        assertThat(returned.explanations()).singleElement().satisfies(x -> assertThat(x.ruleId()).isEqualTo("R9"));
        assertThat(returned.openQueries()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("Q1");
            assertThat(q.returned()).isTrue();
            assertThat(q.by()).isEqualTo(PersonId.of("r1"));
        });
        assertThat(returned.firstSubmitted()).contains(T0);

        trail.append(draft("p1", Role.FILLER, ReportingEvents.ANSWER).with(ReportingEvents.QUERY, "Q1")
                .with(ReportingEvents.TEXT, "新增订单"));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.ENTER).with("v.B02", "3"));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.SUBMIT));
        trail.append(draft("r2", Role.COUNTY_REVIEWER, ReportingEvents.ACCEPT));
        trail.append(draft("r2", Role.COUNTY_REVIEWER, ReportingEvents.FORWARD).with(ReportingEvents.TO, "市统计局"));
        Submission forwarded = Submission.read(trail, key).orElseThrow();
        assertThat(forwarded.state()).isEqualTo(SubmissionState.FORWARDED);
        assertThat(forwarded.signatures()).as("entering values invalidates signatures").isEmpty();
        assertThat(forwarded.openQueries()).isEmpty();
        assertThat(forwarded.submissions()).isEqualTo(2);
        assertThat(forwarded.accepted()).contains(T0);
        assertThat(forwarded.forwardedTo()).contains("市统计局");
        assertThat(forwarded.lastSequence()).isEqualTo(trail.size());
    }

    @Test
    void proxyEntriesAreMarkedAndOtherActionsIgnored() {
        trail.append(draft("o1", Role.PROXY_FILLER, ReportingEvents.CREATE));
        trail.append(draft("o1", Role.PROXY_FILLER, ReportingEvents.ENTER).with("v.B01", "7")
                .with(ReportingEvents.PROXY_AUTHORISATION, "A-1"));
        long before = trail.size();
        trail.append(draft("o2", Role.OFFICE, ReportingEvents.URGE).with(ReportingEvents.TEXT, "请尽快报送"));
        Submission s = Submission.read(trail, key).orElseThrow();
        assertThat(s.proxyAuthorisation()).contains("A-1");
        assertThat(s.proxyValues()).containsEntry("B01", "A-1");
        assertThat(s.lastSequence()).isEqualTo(before);
    }

    @Test
    void reopeningMakesADraftAgain() {
        trail.append(draft("p1", Role.FILLER, ReportingEvents.CREATE));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.SUBMIT));
        trail.append(draft("r1", Role.TOWNSHIP_REVIEWER, ReportingEvents.ACCEPT));
        trail.append(draft("p1", Role.FILLER, ReportingEvents.REOPEN_REQUEST).with(ReportingEvents.REASON, "漏报"));
        assertThat(Submission.read(trail, key).orElseThrow().reopenReason()).contains("漏报");
        trail.append(draft("r1", Role.TOWNSHIP_REVIEWER, ReportingEvents.REOPEN_APPROVE));
        Submission s = Submission.read(trail, key).orElseThrow();
        assertThat(s.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(s.accepted()).isEmpty();
        assertThat(s.firstSubmitted()).isPresent();
    }
}
