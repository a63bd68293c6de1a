package org.statsbase.bench.confidentiality;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.confidentiality.suppression.SecondarySuppression;

/**
 * Primary and secondary suppression plus the full audit (min and max linear programs for every
 * suppressed cell) of {@link DistrictTable#standard()}: 961 cells, a two-level hierarchy on each side.
 * Issue 7's target: under 30 s on the 2-core CI machine. One operation = one table protected and
 * audited. {@link #main} prints cells, suppressions, linear programs and time of one run.
 *
 * <p>{@code java -jar statsbase-bench/target/benchmarks.jar SuppressionBenchmark}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class SuppressionBenchmark {

    private DistrictTable district;

    /** Builds the table. */
    @Setup(Level.Trial)
    public void load() {
        district = DistrictTable.standard();
    }

    /** Suppresses and audits. */
    @Benchmark
    public ProtectedTable protectAndAudit() {
        return protectAndAuditOf(district);
    }

    /** The operation on a given table. */
    ProtectedTable protectAndAuditOf(DistrictTable d) {
        return SecondarySuppression.protect(d.table(), d.rules());
    }

    /** One run with its figures, for the README: {@code java -cp benchmarks.jar org.statsbase.bench.confidentiality.SuppressionBenchmark}. */
    public static void main(String[] args) {
        DistrictTable d = DistrictTable.standard();
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            ProtectedTable p = SecondarySuppression.protect(d.table(), d.rules());
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d cells (%d microdata rows), %d primary, %d secondary (secondary value %s of total %s), "
                    + "%d audit rounds, %d linear programs in all (%d in the final audit), audit passed %s, %d ms%n", run,
                    p.cells().size(), d.contributions(), p.count(CellStatus.PRIMARY), p.count(CellStatus.SECONDARY),
                    p.value(CellStatus.SECONDARY).toPlainString(), d.table().cell(0).value().toPlainString(), p.rounds(),
                    p.linearPrograms(), p.audit().linearPrograms(), p.audit().passed(), ms);
        }
    }
}
