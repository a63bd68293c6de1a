package org.statsbase.bench.review;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;

/**
 * The review of a million records once the data is loaded (the dataset, last month's data and the
 * code list built in {@code @Setup}; the review joins {@code prev} by key, computes uniqueness and
 * builds the whole report, every violation with its fields, imbalance and zh/en messages, inside the
 * measurement): the ten checks of {@link Checks#TEN} on one thread, and the fifty of
 * {@link Checks#fifty()} on one thread and in parallel chunks on the common fork-join pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReviewBenchmark {

    /** Records reviewed. */
    @Param("1000000")
    public int records;

    private Contenders.Statsbase ten;
    private Contenders.Statsbase fifty;

    /** Builds the datasets and compiles both rule sets. */
    @Setup
    public void setUp() {
        Units units = Units.generate(records, Units.SEED);
        ColumnarDataset data = units.dataset();
        ten = new Contenders.Statsbase(units, RuleSet.compile(Checks.ten()), data);
        fifty = new Contenders.Statsbase(units, RuleSet.compile(Checks.fifty()), data);
    }

    /** 10 rules, one thread. */
    @Benchmark
    public ReviewReport tenRulesOneCore() {
        return ten.review(false);
    }

    /** 50 rules, one thread. */
    @Benchmark
    public ReviewReport fiftyRulesOneCore() {
        return fifty.review(false);
    }

    /** 50 rules, parallel chunks (both cores of the build machine). */
    @Benchmark
    public ReviewReport fiftyRulesParallel() {
        return fifty.review(true);
    }
}
