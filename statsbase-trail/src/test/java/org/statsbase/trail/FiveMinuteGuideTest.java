package org.statsbase.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() throws IOException {
        List<String> snippetLines = guideCodeLines(Path.of("README.md"));
        String source = normalise(Files.readString(
                Path.of("src/test/java/org/statsbase/trail/FiveMinuteGuideTest.java"), StandardCharsets.UTF_8));
        assertThat(snippetLines).isNotEmpty();
        assertThat(snippetLines).allSatisfy(line -> assertThat(source).contains(line));
    }

    /** The lines of the java code blocks of the README section headed "Five-minute guide", whitespace collapsed. */
    static List<String> guideCodeLines(Path readme) throws IOException {
        List<String> code = new ArrayList<>();
        boolean inGuide = false;
        boolean inCode = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inGuide = line.startsWith("## Five-minute guide");
            } else if (inGuide && line.startsWith("```")) {
                inCode = !inCode && line.equals("```java");
            } else if (inGuide && inCode && !line.isBlank()) {
                code.add(normalise(line));
            }
        }
        return code;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("[ \\t]+", " ");
    }
}
