package org.statsbase.bench.trail;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.FileEventStore;

/**
 * Durable appends per second to a {@link FileEventStore} in a fresh directory: one operation is one
 * {@link Trail#append} that returned, i.e. an event made durable ({@code fdatasync}) before it was
 * acknowledged. With one appender every event pays its own sync; with eight concurrent appenders
 * the trail's group commit writes the events that queued during one sync with the next.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DurableAppendBenchmark {

    private Path directory;
    private Trail trail;
    private final AtomicInteger next = new AtomicInteger();

    /** Opens a trail on a new file store. */
    @Setup(Level.Trial)
    public void open() {
        directory = Events.freshDirectory();
        trail = Trail.open(FileEventStore.open(directory));
    }

    /** Closes and deletes the store. */
    @TearDown(Level.Trial)
    public void close() {
        trail.close();
        Events.delete(directory);
    }

    /** One appender: one fsync per event. */
    @Benchmark
    @Threads(1)
    public TrailEvent oneAppender() {
        return trail.append(Events.draft(next.getAndIncrement()));
    }

    /** Eight concurrent appenders sharing each fsync (group commit). */
    @Benchmark
    @Threads(8)
    public TrailEvent eightAppenders() {
        return trail.append(Events.draft(next.getAndIncrement()));
    }
}
