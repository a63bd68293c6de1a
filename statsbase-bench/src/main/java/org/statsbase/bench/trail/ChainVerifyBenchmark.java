package org.statsbase.bench.trail;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.Verification;
import org.statsbase.trail.spi.StoredEvent;
import org.statsbase.trail.store.FileEventStore;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * Verification of a chain of a million events ({@link Trail#verify()}: sequence, previous hash,
 * algorithm and the SHA-256 of every body) in memory and in a {@link FileEventStore}, beside the
 * floor it cannot beat: one plain {@code MessageDigest} SHA-256 pass over the same bodies held in
 * byte arrays. The chain is built once in {@code @Setup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ChainVerifyBenchmark {

    /** Events in the chain. */
    @Param("1000000")
    public int events;

    private Trail inMemory;
    private Trail inFile;
    private Path directory;
    private byte[][] bodies;

    /** Appends the chain through a trail in memory and copies it to a file store. */
    @Setup(Level.Trial)
    public void build() {
        InMemoryEventStore memory = InMemoryEventStore.create();
        inMemory = Trail.open(memory);
        for (int i = 0; i < events; i++) {
            inMemory.append(Events.draft(i));
        }
        directory = Events.freshDirectory();
        FileEventStore file = FileEventStore.open(directory);
        bodies = new byte[events][];
        List<StoredEvent> batch = new ArrayList<>();
        memory.scan(1, e -> {
            bodies[(int) e.sequence() - 1] = e.body();
            batch.add(e);
            if (batch.size() == 10_000) {
                file.append(batch);
                batch.clear();
            }
            return true;
        });
        file.append(batch);
        inFile = Trail.open(file);
        check(inMemory.verify());
        check(inFile.verify());
    }

    private void check(Verification v) {
        if (!v.intact() || v.eventsChecked() != events) {
            throw new IllegalStateException("the benchmark chain does not verify: " + v);
        }
    }

    /** Closes and deletes the file store. */
    @TearDown(Level.Trial)
    public void close() {
        inFile.close();
        Events.delete(directory);
    }

    /** The chain in an {@link InMemoryEventStore}. */
    @Benchmark
    public Verification verifyInMemory() {
        return inMemory.verify();
    }

    /** The chain read back from the segment file (in the page cache after the first pass). */
    @Benchmark
    public Verification verifyFile() {
        return inFile.verify();
    }

    /** The floor: SHA-256 of every body, nothing else. */
    @Benchmark
    public void plainSha256(Blackhole sink) {
        MessageDigest digest = HashAlgorithm.SHA_256.newDigest();
        for (byte[] body : bodies) {
            sink.consume(digest.digest(body));
        }
    }
}
