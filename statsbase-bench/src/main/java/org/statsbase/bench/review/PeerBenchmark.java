package org.statsbase.bench.review;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule evaluations per second, side by side: the ten checks of {@link Checks#TEN} over the same
 * {@value #RECORDS} records ({@link Units}, seed {@link Units#SEED}) by statsbase (a compiled rule set
 * over a columnar dataset, one thread), Hibernate Validator 9.1 (a bean per record plus the batch
 * for uniqueness) and Aviator 5.4 (ten compiled expressions per record map). One operation = one
 * rule evaluated on one record; each contender's whole review (failure counting and, for statsbase,
 * the report with every violation's fields and messages) is inside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerBenchmark {

    /** Records per review. */
    public static final int RECORDS = 100_000;
    private static final int EVALUATIONS = RECORDS * 10;

    private Contenders.Statsbase statsbase;
    private Contenders.Hibernate hibernate;
    private Contenders.Aviator aviator;

    /** Builds each contender's data from the same records. */
    @Setup
    public void setUp() {
        Units units = Units.generate(RECORDS, Units.SEED);
        statsbase = new Contenders.Statsbase(units);
        hibernate = new Contenders.Hibernate(units);
        aviator = new Contenders.Aviator(units);
    }

    /** statsbase: {@code RuleSet.review} on one thread. */
    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public Object statsbase() {
        return statsbase.review(false);
    }

    /** Hibernate Validator: {@code validate} of every bean and of the batch. */
    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public long[] hibernateValidator() {
        return hibernate.fails();
    }

    /** Aviator: every expression on every record's map. */
    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public long[] aviator() {
        return aviator.fails();
    }
}
