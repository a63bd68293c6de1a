package org.statsbase.trail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.trail.Trail;
import org.statsbase.trail.Verification;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/**
 * Issue 4's crash test: a child JVM appends from several threads and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment; after each kill every event it
 * acknowledged is in the store with the hash it was acknowledged with, the chain verifies, and the
 * next round appends to the same store.
 */
class FileEventStoreCrashTest {

    private static final int ROUNDS = 5;
    private static final int THREADS = 4;
    private static final int ACKS_BEFORE_KILL_WINDOW = 10;
    private static final Pattern ACK = Pattern.compile("(\\d+) ([0-9a-f]{64})");

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedEventSurvivesSigkillAndTheChainVerifies() throws Exception {
        Path dir = tmp.resolve("store");
        Random random = new Random(20261127);
        Map<Long, String> acknowledged = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path stderr = tmp.resolve("child-" + round + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    CrashingAppender.class.getName(), dir.toString(), Integer.toString(THREADS))
                    .redirectError(stderr.toFile()).start();
            List<String> lines = new ArrayList<>();
            CountDownLatch firstAcks = new CountDownLatch(ACKS_BEFORE_KILL_WINDOW);
            Thread reader = new Thread(() -> readLines(child, lines, firstAcks));
            reader.start();
            int delay = random.nextInt(400);
            try {
                assertThat(firstAcks.await(60, TimeUnit.SECONDS)).as("child acknowledged %d events in time; stderr: %s",
                        ACKS_BEFORE_KILL_WINDOW, stderr).isTrue();
                assertThatThrownBy(() -> FileEventStore.open(dir)).isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TrailError.FILE_STORE_LOCKED));
                Thread.sleep(delay); // the random moment of the crash: what the test is about, not synchronisation
                assertThat(child.isAlive()).as("child still appending; stderr: %s", Files.readString(stderr)).isTrue();
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            reader.join();

            int before = acknowledged.size();
            synchronized (lines) {
                for (String line : lines) {
                    Matcher m = ACK.matcher(line);
                    if (m.matches()) { // the last line may have been cut by the kill
                        String earlier = acknowledged.put(Long.parseLong(m.group(1)), m.group(2));
                        assertThat(earlier).as("sequence %s acknowledged twice", m.group(1)).isNull();
                    }
                }
            }
            assertThat(acknowledged.size()).as("round %d acknowledged events", round)
                    .isGreaterThanOrEqualTo(before + ACKS_BEFORE_KILL_WINDOW);

            try (Trail trail = Trail.open(FileEventStore.open(dir))) {
                Map<Long, String> stored = new HashMap<>();
                trail.forEach(1, e -> stored.put(e.sequence(), e.hash().hex()) == null);
                for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                    assertThat(stored.get(ack.getKey())).as("acknowledged event %d after round %d", ack.getKey(), round)
                            .isEqualTo(ack.getValue());
                }
                Verification v = trail.verify();
                assertThat(v.intact()).as("round %d: %s", round, v.firstBrokenLink()).isTrue();
                assertThat(v.eventsChecked()).isEqualTo(stored.size());
            }
        }
    }

    private static void readLines(Process child, List<String> lines, CountDownLatch firstAcks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                firstAcks.countDown();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
