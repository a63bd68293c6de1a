package org.statsbase.bench;

import cn.hutool.core.util.CreditCodeUtil;
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
import org.openjdk.jmh.infra.Blackhole;
import org.statsbase.core.code.UnifiedSocialCreditCode;

/**
 * Checking 统一社会信用代码 (GB 32100-2015): statsbase beside hutool's
 * {@code CreditCodeUtil.isCreditCode}, the check Chinese Java projects commonly use, on the same
 * seeded pool ({@link UsccPool}). One operation = one code checked.
 *
 * <p>Run (see statsbase-bench/README.md):
 * {@code java -jar statsbase-bench/target/benchmarks.jar UsccBenchmark -prof gc}.
 *
 * <p>statsbase checks more than hutool (authority, category, division prefix, the GB 11714 check
 * of positions 9–17, and normalises input); on this pool both give the same answers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
@OperationsPerInvocation(UsccPool.DEFAULT_SIZE)
public class UsccBenchmark {

    private String[] valid;
    private String[] invalid;

    /** Builds the pool once per trial. */
    @Setup
    public void setUp() {
        UsccPool pool = UsccPool.standard();
        valid = pool.valid();
        invalid = pool.invalid();
    }

    /** statsbase {@code isValid} over valid codes: the path that must not allocate. */
    @Benchmark
    public int statsbaseIsValidValid() {
        int n = 0;
        for (String code : valid) {
            n += UnifiedSocialCreditCode.isValid(code) ? 1 : 0;
        }
        return n;
    }

    /** statsbase {@code isValid} over invalid codes. */
    @Benchmark
    public int statsbaseIsValidInvalid() {
        int n = 0;
        for (String code : invalid) {
            n += UnifiedSocialCreditCode.isValid(code) ? 1 : 0;
        }
        return n;
    }

    /** statsbase {@code check} over valid codes: builds the result and the code object. */
    @Benchmark
    public void statsbaseCheckValid(Blackhole blackhole) {
        for (String code : valid) {
            blackhole.consume(UnifiedSocialCreditCode.check(code));
        }
    }

    /** hutool {@code CreditCodeUtil.isCreditCode} over valid codes. */
    @Benchmark
    public int hutoolValid() {
        int n = 0;
        for (String code : valid) {
            n += CreditCodeUtil.isCreditCode(code) ? 1 : 0;
        }
        return n;
    }

    /** hutool {@code CreditCodeUtil.isCreditCode} over invalid codes. */
    @Benchmark
    public int hutoolInvalid() {
        int n = 0;
        for (String code : invalid) {
            n += CreditCodeUtil.isCreditCode(code) ? 1 : 0;
        }
        return n;
    }
}
