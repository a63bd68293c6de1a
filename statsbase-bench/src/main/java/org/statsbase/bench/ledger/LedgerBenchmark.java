package org.statsbase.bench.ledger;

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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.Contribution;
import org.statsbase.reporting.ledger.DerivedForm;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerDerivation;

/**
 * Deriving a 30-figure monthly form (15 figures 本期 and 本年累计) with provenance from a ledger of one
 * million entries ({@link LedgerHeap}); issue 5's target is under 200 ms on one core after load. One
 * operation = one form derived for October 2026.
 *
 * <ul>
 *   <li>{@link #derive}: the ledger loaded and indexed (the index is built on a ledger's first
 *       derivation and kept): what every later derivation costs;</li>
 *   <li>{@link #deriveFirst}: a freshly loaded ledger, so the time includes building its index by
 *       account and date;</li>
 *   <li>{@link #deriveAndWalkProvenance}: {@link #derive}, then reading one figure's provenance.</li>
 * </ul>
 *
 * <p>Run on one core (see statsbase-bench/README.md):
 * {@code taskset -c 0 java -Xmx2g -XX:ActiveProcessorCount=1 -jar statsbase-bench/target/benchmarks.jar LedgerBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=1"})
@State(Scope.Benchmark)
public class LedgerBenchmark {

    /** Entries in the ledger. */
    @Param({"1000000"})
    public int size;

    private LedgerHeap heap;
    private Ledger indexed;
    private Ledger fresh;
    private final ReportingPeriod october = ReportingPeriod.ofMonth(2026, 10);

    /** Builds the heap and a ledger whose index is built. */
    @Setup(Level.Trial)
    public void load() {
        heap = LedgerHeap.of(size);
        indexed = heap.ledger();
        LedgerDerivation.derive(indexed, heap.mapping(), october);
    }

    /** A ledger whose index is not yet built, for {@link #deriveFirst}. */
    @Setup(Level.Invocation)
    public void freshLedger() {
        fresh = heap.ledger();
    }

    /** Derives the form from the indexed ledger. */
    @Benchmark
    public DerivedForm derive() {
        return LedgerDerivation.derive(indexed, heap.mapping(), october);
    }

    /** Derives the form from a ledger just loaded: includes building the index. */
    @Benchmark
    public DerivedForm deriveFirst() {
        return LedgerDerivation.derive(fresh, heap.mapping(), october);
    }

    /** Derives, then reads every contribution of the first year-to-date figure. */
    @Benchmark
    public void deriveAndWalkProvenance(Blackhole blackhole) {
        DerivedForm form = LedgerDerivation.derive(indexed, heap.mapping(), october);
        for (Contribution c : form.figures().get(1).provenance()) {
            blackhole.consume(c.entry());
        }
    }
}
