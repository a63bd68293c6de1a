package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.FileEventStore;

/** {@code statsbase audit verify} and {@code statsbase accountability} on a file store and an H2 database. */
class AuditCommandTest {

    private static final String SUBJECT = "submission/U1/B204-1/2026-10";

    @TempDir
    Path dir;

    /** A trail of one unit's October report: created, B01 entered twice (once by proxy), a reviewer's refused change. */
    private Anchor writeTrail(Path store, HashAlgorithm algorithm) {
        try (Trail trail = Trail.open(FileEventStore.open(store), algorithm, java.time.Clock.systemUTC())) {
            trail.append(EventDraft.of("u1-filler", "FILLER", "submission.create", SUBJECT));
            trail.append(EventDraft.of("u1-filler", "FILLER", "submission.enter", SUBJECT).with("v.B01", "1200"));
            trail.append(EventDraft.of("t-reviewer", "TOWNSHIP_REVIEWER", "submission.enter", SUBJECT)
                    .with("v.B01", "900").refused("SB-REP-0203"));
            trail.append(EventDraft.of("u1-filler", "FILLER", "submission.enter", SUBJECT).with("v.B01", "1250"));
            return trail.head();
        }
    }

    @Test
    void anIntactFileStoreVerifiesWithExitZero() {
        Path store = dir.resolve("trail");
        Anchor head = writeTrail(store, HashAlgorithm.SM3);
        CliRun run = CliRun.of("audit", "verify", "--store", store.toString(),
                "--anchor", head.sequence() + ":" + head.hash().hex());
        assertThat(run.exit()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("intact").asBoolean()).isTrue();
        assertThat(out.get("algorithm").asText()).isEqualTo("SM3");
        assertThat(out.get("events_checked").asLong()).isEqualTo(4);
        assertThat(out.get("head").get("hash").asText()).isEqualTo(head.hash().hex());
    }

    @Test
    void aTamperedStoreNamesTheFirstBrokenLinkWithExitOne() throws IOException {
        Path store = dir.resolve("trail");
        Anchor head = writeTrail(store, HashAlgorithm.SHA_256);
        // Change one byte inside the second record's body ("1200" becomes "1300"): the chain must notice.
        Path segment = store.resolve(FileEventStore.SEGMENT_FILE);
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer all = ByteBuffer.allocate((int) ch.size());
            ch.read(all, 0);
            String text = new String(all.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = text.indexOf("1200");
            assertThat(at).isPositive();
            ch.write(ByteBuffer.wrap(new byte[] {'3'}), at + 1);
        }
        CliRun run = CliRun.of("audit", "verify", "--store", store.toString(),
                "--anchor", head.sequence() + ":" + head.hash().hex());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode link = run.only().get("broken_link");
        assertThat(link.get("sequence").asLong()).isEqualTo(2);
        assertThat(link.get("reason_zh").asText()).isNotBlank();
    }

    @Test
    void theAccountabilityOfAFigureListsEveryValueAndTheRefusedAttempt() {
        Path store = dir.resolve("trail");
        writeTrail(store, HashAlgorithm.SHA_256);
        CliRun run = CliRun.of("accountability", "--store", store.toString(), "--unit", "U1", "--form", "B204-1",
                "--period", "2026-10", "--indicator", "B01");
        assertThat(run.exit()).as(run.stdout()).isZero();
        JsonNode out = run.only();
        assertThat(out.get("trail_intact").asBoolean()).isTrue();
        assertThat(out.get("current_value").asText()).isEqualTo("1250");
        assertThat(out.get("entered_by").asText()).isEqualTo("u1-filler");
        JsonNode refused = null;
        for (JsonNode e : out.get("entries")) {
            if (e.get("outcome").asText().equals("REFUSED")) {
                refused = e;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.get("actor").asText()).isEqualTo("t-reviewer");
        assertThat(refused.get("error_code").asText()).isEqualTo("SB-REP-0203");
    }

    @Test
    void aJdbcStoreIsVerifiedByUrl() {
        String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath();
        try (Trail trail = Trail.open(org.statsbase.trail.store.JdbcEventStore.open(url))) {
            trail.append(EventDraft.of("u1-filler", "FILLER", "submission.create", SUBJECT));
        }
        CliRun run = CliRun.of("audit", "verify", "--store", url);
        assertThat(run.exit()).as(run.stdout()).isZero();
        assertThat(run.only().get("events_checked").asLong()).isEqualTo(1);
    }

    @Test
    void badInputGetsTypedErrorsWithExitTwo() {
        CliRun missing = CliRun.of("audit", "verify", "--store", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.only().get("error").get("code").asText()).isEqualTo("SB-CLI-0027");

        Path store = dir.resolve("trail");
        writeTrail(store, HashAlgorithm.SHA_256);
        CliRun anchor = CliRun.of("audit", "verify", "--store", store.toString(), "--anchor", "x:zz");
        assertThat(anchor.exit()).isEqualTo(2);
        assertThat(anchor.only().get("error").get("code").asText()).isEqualTo("SB-CLI-0026");

        CliRun algorithm = CliRun.of("audit", "verify", "--store", store.toString(), "--algorithm", "md5");
        assertThat(algorithm.exit()).isEqualTo(2);

        CliRun period = CliRun.of("accountability", "--store", store.toString(), "--unit", "U1", "--form", "B204-1",
                "--period", "2026-13", "--indicator", "B01");
        assertThat(period.exit()).isEqualTo(2);
        assertThat(period.only().get("error").get("code").asText()).startsWith("SB-CORE-");

        CliRun none = CliRun.of("accountability", "--store", store.toString(), "--unit", "U9", "--form", "B204-1",
                "--period", "2026-10", "--indicator", "B01");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.only().get("error").get("code").asText()).isEqualTo("SB-CLI-0028");
    }

    @Test
    void everyNewCommandHasHelpWithAnExample() {
        for (String[] args : new String[][] {{"audit", "--help"}, {"audit", "verify", "--help"},
                {"accountability", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).isZero();
            assertThat(run.stdout()).contains("Example").contains("statsbase ");
        }
    }
}
