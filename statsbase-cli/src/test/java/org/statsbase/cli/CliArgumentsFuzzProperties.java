package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 8 §1: hostile command-line arguments (unknown options, missing and repeated values, control characters,
 * full-width digits, enormous values, overflowing numbers, files that are empty, truncated, GBK, UTF-16 or binary)
 * given to the commands that only read. Every run ends with exit code 0, 1 or 2 and, when it fails, a typed error
 * with a code on standard output; never exit code 3 (an internal error: a raw exception) and never a hang.
 * Commands that write (archive, audit, ledger derive) are left out so that no try writes outside a temporary
 * directory.
 */
class CliArgumentsFuzzProperties {

    private static final List<List<String>> COMMANDS = List.of(List.of("code", "check"), List.of("validate"),
            List.of("rules", "check"), List.of("classify", "size"), List.of("classify", "above-scale"),
            List.of("classify", "data"), List.of("suppress"), List.of("access", "check"), List.of(), List.of("code"),
            List.of("classify"), List.of("nonsense"));
    private static final String[] OPTIONS = {"--type", "--catalog", "--year", "--rules", "--data", "--key", "--form",
        "--form-id", "--ref", "--codelist", "--text", "--explanations", "--format", "--industry", "--employees",
        "--revenue", "--assets", "--unit-kind", "--qualified", "--developer", "--item", "--class", "--region",
        "--aggregated-at", "--released-at", "--disclosure-checked", "--formed-at", "--as-of", "--secret-items",
        "--policy", "--microdata", "--rows", "--cols", "--value", "--unit", "--holding", "--row-hierarchy",
        "--col-hierarchy", "--role", "--clearance", "--jurisdiction", "--purpose", "--level", "--action", "--help",
        "-h", "--version", "-V", "--", "-", "--x", "--type=uscc", "--year=2023", "---", "-@", "@args"};
    private static final String[] VALUES = {"uscc", "org", "division", "industry", "urban-rural", "json", "text",
        "csv", "915001058748382148", "9150010587483821４８", "500105003000", "C3011", "111", "2026-10", "2026",
        "", " ", "\u0000", "\u001b[31m", "\r\n", "\ufeff", "\ud800", "統計", "９９", "-1", "0", "1e309", "NaN",
        "99999999999999999999999999999999999999999", "-9223372036854775809", "2147483648", "true", "maybe",
        "UNIT", "工业", "B01", "unit", "A,B", "PUBLIC", "机密", "%s%n", "${x}", "=", "--", "2026-02-30",
        "2026-10-08T25:00", "x".repeat(100_000)};
    private static final Path FILES = files();

    @Property(tries = 1_000) // about 12 ms a run (picocli, usage help): 10,000 would add two minutes
    void everyRunEndsInAResultOrATypedError(@ForAll("arguments") List<String> args) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of(args.toArray(String[]::new)),
                () -> "a hang for " + args);
        assertThat(run.exit()).as("exit code for %s, stdout %s", args, run.stdout()).isIn(0, 1, 2);
        assertThat(run.stdout()).as("stdout for %s", args).doesNotContain("SB-CLI-0099").doesNotContain("\tat ");
        assertThat(run.stderr()).as("stderr for %s", args).doesNotContain("\tat org.");
        if (run.exit() == 2 && !run.stdout().isBlank()) {
            assertThat(run.stdout()).as("stdout for %s", args).contains("\"code\"");
        }
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        return Arbitraries.randoms().map(CliArgumentsFuzzProperties::arguments);
    }

    private static List<String> arguments(Random r) {
        List<String> args = new ArrayList<>(COMMANDS.get(r.nextInt(COMMANDS.size())));
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            if (kind < 5) {
                args.add(OPTIONS[r.nextInt(OPTIONS.length)]);
                args.add(value(r));
            } else if (kind < 7) {
                args.add(OPTIONS[r.nextInt(OPTIONS.length)]);
            } else {
                args.add(value(r));
            }
        }
        return args;
    }

    private static String value(Random r) {
        if (r.nextInt(3) == 0) {
            String[] names = {"empty.csv", "gbk.csv", "utf16.csv", "binary.dat", "truncated.json", "deep.json",
                "laughs.yaml", "ok.csv", "missing.csv"};
            return FILES.resolve(names[r.nextInt(names.length)]).toString();
        }
        String v = VALUES[r.nextInt(VALUES.length)];
        if (r.nextInt(5) == 0 && !v.isEmpty()) {
            StringBuilder s = new StringBuilder(v);
            s.insert(r.nextInt(s.length() + 1), (char) r.nextInt(0x10000));
            v = s.toString();
        }
        // no path separators: a relative value names no existing file and no command here writes
        return v.replace('/', '_').replace('\\', '_');
    }

    private static Path files() {
        try {
            Path dir = Files.createTempDirectory("statsbase-cli-fuzz");
            Charset gbk = Charset.forName("GBK");
            String csv = "unit,A01,B01\nU1,915001058748382148,12.5\nU2,统计,1e999\n";
            Files.write(dir.resolve("empty.csv"), new byte[0]);
            Files.write(dir.resolve("gbk.csv"), csv.getBytes(gbk));
            Files.write(dir.resolve("utf16.csv"), csv.getBytes(StandardCharsets.UTF_16));
            Files.write(dir.resolve("binary.dat"), new byte[] {0, (byte) 0xff, (byte) 0xc0, (byte) 0x80, 7, 0});
            Files.writeString(dir.resolve("truncated.json"), "{\"id\": \"x\", \"rules\": [{\"id\": \"R1\", \"che");
            Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));
            StringBuilder laughs = new StringBuilder("a0: &a0 [\"lol\"]\n");
            for (int i = 1; i <= 12; i++) {
                laughs.append("a").append(i).append(": &a").append(i).append(" [")
                        .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
            }
            Files.writeString(dir.resolve("laughs.yaml"), laughs + "id: x\nrules: *a12\n");
            Files.writeString(dir.resolve("ok.csv"), csv);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
