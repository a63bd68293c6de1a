package org.statsbase.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.trail.store.FileEventStore;

/**
 * The README's five-minute guide (五分钟上手), run as written: the snippet is the body of
 * {@link #guide(Path)}, and {@link #everySnippetOfTheReadmeGuideIsCodeOfThisTest()} fails when the README
 * and this file drift apart.
 */
class FiveMinuteGuideTest {

    private Anchor anchor;
    private Verification verification;
    private List<TrailEvent> ofTheSubmission;

    /** The snippet: open a file store, append, take the anchor, reopen read-only and verify against it. */
    private void guide(Path dir) {
        Anchor head;
        try (Trail trail = Trail.open(FileEventStore.open(dir))) {          // creates the store; SHA-256, UTC clock
            trail.append(EventDraft.of("u1-filler", "FILLER", "submission.enter",
                    "submission/91350100M000100Y43/B204-1/2026-10").with("v.B01", "1200.50"));  // durable on return
            trail.append(EventDraft.of("t-liu", "TOWNSHIP_REVIEWER", "submission.enter",
                    "submission/91350100M000100Y43/B204-1/2026-10").refused("SB-REP-0203"));    // a refused attempt
            head = trail.head();                  // 锚点 anchor: sequence 2 and its hash; keep it elsewhere
        }
        try (Trail audit = Trail.open(FileEventStore.openReadOnly(dir))) {  // later, or in another process
            Verification v = audit.verify(head);  // walks the whole chain and checks it still reaches the anchor
            v.intact();                           // true; if not, v.firstBrokenLink() names the first broken link
            List<TrailEvent> events = audit.bySubject("submission/91350100M000100Y43/B204-1/2026-10");

            this.verification = v;
            this.ofTheSubmission = events;
        }
        this.anchor = head;
    }

    @Test
    void guideAppendsDurablyAndVerifiesAgainstTheAnchor(@TempDir Path tmp) {
        Path dir = tmp.resolve("trail");

        guide(dir);

        assertThat(Files.isRegularFile(dir.resolve("trail.events"))).isTrue();
        assertThat(anchor.sequence()).isEqualTo(2);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(2);
        assertThat(verification.head()).isEqualTo(anchor);
        assertThat(ofTheSubmission).extracting(TrailEvent::outcome).containsExactly(Outcome.DONE, Outcome.REFUSED);
        assertThat(ofTheSubmission.get(0).payload("v.B01")).contains("1200.50");
        assertThat(ofTheSubmission.get(1).payload("error")).contains("SB-REP-0203");
        assertThat(ofTheSubmission.get(1).previousHash()).isEqualTo(ofTheSubmission.get(0).hash());
    }

    @Test
    void anAnchorFromBeforeTheLastEventsWereCutOffShowsTheCut(@TempDir Path tmp) {
        Path dir = tmp.resolve("trail");
        guide(dir);
        try (Trail trail = Trail.open(FileEventStore.openReadOnly(dir))) {
            Anchor later = new Anchor(3, trail.head().hash());
            assertThat(trail.verify(later).intact()).isFalse();
            assertThat(trail.verify(later).firstBrokenLink()).hasValueSatisfying(
                    l -> assertThat(l.reason()).isEqualTo(BrokenLink.Reason.TAIL_MISSING));
        }
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
