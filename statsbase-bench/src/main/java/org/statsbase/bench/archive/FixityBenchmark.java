package org.statsbase.bench.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
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
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.Digests;
import org.statsbase.trail.Hash;
import org.statsbase.trail.HashAlgorithm;

/**
 * Fixity throughput: the SHA-256 of one 1 GiB file of random bytes through the archive's streaming code
 * ({@link Fixity#of(InputStream, HashAlgorithm)}, a 64 KiB buffer over {@code Files.newInputStream}) beside
 * coreutils {@code sha256sum} on the same file, run from the benchmark with {@link ProcessBuilder} so that both
 * are measured by the same harness with the file in the same page-cache state. {@link #fixitySha256AndSm3} is
 * what a content store computes on every put (SHA-256 and SM3 in one pass). The file is written in
 * {@code @Setup} under {@code -Dstatsbase.bench.dir} (else the temporary directory) and deleted afterwards; the
 * setup checks that both give the same digest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 3)
public class FixityBenchmark {

    /** File size in MiB. */
    @Param("1024")
    public int mebibytes;

    private Path dir;
    private Path file;

    /** Writes the file (random bytes, seed 20261127) and checks the two digests agree. */
    @Setup(Level.Trial)
    public void write() throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("statsbase.bench.dir", System.getProperty("java.io.tmpdir")));
        dir = Files.createTempDirectory(Files.createDirectories(base), "statsbase-fixity-bench");
        file = dir.resolve("content.bin");
        SplittableRandom random = new SplittableRandom(20261127L);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mebibytes; i++) {
                for (int j = 0; j < block.length; j += 8) {
                    long v = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        block[j + k] = (byte) (v >>> (8 * k));
                    }
                }
                out.write(block);
            }
        }
        String ours = fixitySha256().hex();
        String theirs = sha256sum();
        if (!ours.equals(theirs)) {
            throw new IllegalStateException("Fixity and sha256sum disagree: " + ours + " vs " + theirs);
        }
        System.out.println("\nfixity bench: " + Files.size(file) + " bytes in " + file + ", SHA-256 " + ours);
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** SHA-256 through the archive's fixity code. */
    @Benchmark
    public Hash fixitySha256() {
        try (InputStream in = Files.newInputStream(file)) {
            return Fixity.of(in, HashAlgorithm.SHA_256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 and SM3 in one pass, as every put of a content store computes them. */
    @Benchmark
    public Digests fixitySha256AndSm3() {
        try (InputStream in = Files.newInputStream(file)) {
            return Fixity.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The peer: coreutils {@code sha256sum FILE}, its hex digest read from its output. */
    @Benchmark
    public String sha256sum() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed: " + out);
        }
        return out.substring(0, 64);
    }
}
