package org.statsbase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Hostile command lines for the fuzzing of issue 8 §1: unknown and repeated options, options without their value,
 * {@code --} and {@code --opt=value} forms, {@code @file} arguments, control characters, NUL, lone surrogates,
 * full-width digits, enormous values, negative and overflowing numbers, and paths to empty, truncated, GBK, UTF-16,
 * binary, deeply nested and exponentially expanding files, directories, missing files, {@code /dev/zero},
 * {@code /dev/stdin}, a named pipe and links to {@code /dev/zero} named like data files.
 *
 * <p>{@link #reading} makes command lines of the commands that only read: none of their options writes, and a
 * relative path they are given is only read. {@link #writing} makes command lines of the commands that open stores
 * (archive, audit verify, accountability); every path they could write is absolute and inside the try's directory.
 * Not thread-safe (a {@link Random} is).
 */
final class CliArguments {

    private static final List<List<String>> READING = List.of(List.of("code", "check"), List.of("validate"),
            List.of("rules", "check"), List.of("classify", "size"), List.of("classify", "above-scale"),
            List.of("classify", "data"), List.of("suppress"), List.of("access", "check"), List.of("ledger", "derive"),
            List.of("ledger", "compare"), List.of("archive", "due"), List.of(), List.of("code"), List.of("classify"),
            List.of("ledger"), List.of("archive"), List.of("audit"), List.of("access"), List.of("rules"),
            List.of("nonsense"), List.of("help"), List.of("CODE", "check"), List.of("code", "check", "check"));
    private static final String[] READING_OPTIONS = {"--type", "--catalog", "--year", "--rules", "--data", "--key",
        "--form", "--form-id", "--ref", "--codelist", "--text", "--explanations", "--format", "--industry",
        "--employees", "--revenue", "--assets", "--unit-kind", "--qualified", "--developer", "--item", "--class",
        "--region", "--aggregated-at", "--released-at", "--disclosure-checked", "--formed-at", "--as-of",
        "--secret-items", "--policy", "--microdata", "--rows", "--cols", "--value", "--unit", "--holding",
        "--row-hierarchy", "--col-hierarchy", "--role", "--clearance", "--jurisdiction", "--purpose", "--level",
        "--action", "--ledger", "--mapping", "--submission", "--period", "--summary", "--file", "--formed",
        "--event-date", "--record", "--schedule", "--help", "-h", "--version", "-V", "--", "-", "--x", "-x",
        "--type=uscc", "--year=2023", "--year=", "---", "-@", "@args", "@/dev/zero", "@@args", "-hV", "--HELP",
        "--typ", "—type", "－－type", "--type\u0000", "--\u0000"};
    private static final String[] VALUES = {"uscc", "org", "division", "industry", "urban-rural", "json", "text",
        "csv", "915001058748382148", "9150010587483821４８", "500105003000", "C3011", "111", "2026-10", "2026",
        "2026Q3", "2026H1", "2026Q5", "２０２６-１０", "", " ", "\u0000", "\u001b[31m", "\r\n", "\ufeff", "\ud800",
        "\udc00x", "\ud800\ud800", "\ud83d\ude00", "\u202e", "\u2028", "\u0085", "統計", "９９", "-1", "-0", "+1",
        "0", "1_000", "0x10", "1e309", "1e-400", "NaN", "Infinity", "-Infinity", "0.0000000001",
        "99999999999999999999999999999999999999999", "-9223372036854775809", "9223372036854775808", "2147483648",
        "-2147483649", "9".repeat(5_000), "true", "maybe", "UNIT", "工业", "B01", "unit", "aggregate", "A,B",
        "PUBLIC", "internal", "secret", "机密", "statistician", "read", "export", "publish", "statistical",
        "%s%n", "${x}", "${env:HOME}", "=", "a=b", "prev=", "=x", "--", "-", "2026-02-30", "9999-12-31",
        "+1000000000-01-01", "-999999999-01-01", "2026-10-08T25:00", "2026-10-08T08:00+08:00",
        "2026-10-08T08:00+25:00", "freq(3),nk(2,85),p(10)", "freq(-1)", "nk(99999999999,101)", "p(", "flat",
        "division:COUNTY,TOWNSHIP", "industry:", "division:NOPE", "township", "revenue", "ledger",
        "original-survey", "SHA-256", "SM3", "x".repeat(100_000), "統".repeat(30_000)};
    private static final String[] FILE_NAMES = {"empty.csv", "gbk.csv", "utf16.csv", "binary.dat", "truncated.json",
        "deep.json", "laughs.yaml", "ok.csv", "bom.csv", "missing.csv", "zero.csv", "zero.yaml", "zero.json",
        "zero.jsonl", "fifo.csv", "rules.yaml", "long-line.csv", ""};
    private static final String[] SPECIAL = {"/dev/zero", "/dev/null", "/dev/stdin", "/dev/urandom", "/",
        "/proc/self/status", "/nonexistent/statsbase/x.csv"};

    /** A name that no try may create outside its directory (ids and paths try to climb out to it). */
    static final String ESCAPE = "statsbase-cli-fuzz-escape";

    private CliArguments() {
    }

    // ---- reading commands ---------------------------------------------------------------------------------

    /** The commands that only read and their options (from the command tree), store options left out. */
    private static final Map<List<String>, List<OptionSpec>> READING_LEAVES = readingLeaves();

    private static Map<List<String>, List<OptionSpec>> readingLeaves() {
        Map<List<String>, List<OptionSpec>> leaves = new LinkedHashMap<>();
        CommandLine root = Main.commandLine();
        for (List<String> command : READING) {
            CommandLine c = root;
            for (String name : command) {
                c = c == null ? null : c.getSubcommands().get(name);
            }
            if (c != null && !command.isEmpty() && c.getSubcommands().isEmpty()) {
                leaves.put(command, c.getCommandSpec().options().stream()
                        .filter(o -> !List.of("--content", "--trail", "--to", "--store").contains(o.longestName()))
                        .toList());
            }
        }
        return leaves;
    }

    /**
     * A command line of the commands that only read; {@code files} is {@link #files()}. Half of them use only the
     * command's own options, each with a value when it takes one, so they get past the parser to the command.
     */
    static List<String> reading(Random r, Path files) {
        if (r.nextBoolean()) {
            List<List<String>> leaves = new ArrayList<>(READING_LEAVES.keySet());
            List<String> command = leaves.get(r.nextInt(leaves.size()));
            List<OptionSpec> options = READING_LEAVES.get(command);
            List<String> args = new ArrayList<>(command);
            int n = 1 + r.nextInt(7);
            for (int i = 0; i < n; i++) {
                OptionSpec option = options.get(r.nextInt(options.size()));
                args.add(option.longestName());
                if (option.arity().max() > 0) {
                    args.add(readingValue(r, files));
                }
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                args.add(readingValue(r, files));
            }
            return args;
        }
        List<String> args = new ArrayList<>(READING.get(r.nextInt(READING.size())));
        int n = r.nextInt(10);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(12);
            String option = READING_OPTIONS[r.nextInt(READING_OPTIONS.length)];
            if (kind < 6) {
                args.add(option);
                args.add(readingValue(r, files));
            } else if (kind < 7) {
                args.add(option.startsWith("--") && !option.contains("=") ? option + "=" + readingValue(r, files)
                        : option);
            } else if (kind < 9) {
                args.add(option);
            } else {
                args.add(readingValue(r, files));
            }
        }
        return args;
    }

    private static String readingValue(Random r, Path files) {
        if (r.nextInt(3) == 0) {
            return r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)]
                    : r.nextInt(8) == 0 ? "prev=" + files.resolve(FILE_NAMES[r.nextInt(FILE_NAMES.length)])
                    : r.nextInt(8) == 0 ? "@" + files.resolve(FILE_NAMES[r.nextInt(FILE_NAMES.length)])
                    : files.resolve(FILE_NAMES[r.nextInt(FILE_NAMES.length)]).toString();
        }
        // a relative value names no existing file; the reading commands never write
        return mutate(r, VALUES[r.nextInt(VALUES.length)]).replace('/', '_').replace('\\', '_');
    }

    private static String mutate(Random r, String v) {
        if (r.nextInt(5) == 0 && !v.isEmpty() && v.length() < 1_000) {
            StringBuilder s = new StringBuilder(v);
            s.insert(r.nextInt(s.length() + 1), (char) r.nextInt(0x10000));
            return s.toString();
        }
        return v;
    }

    // ---- writing commands ---------------------------------------------------------------------------------

    private static final List<List<String>> WRITING = List.of(List.of("archive", "ingest"),
            List.of("archive", "hold"), List.of("archive", "release"), List.of("archive", "dispose", "appraise"),
            List.of("archive", "dispose", "approve"), List.of("archive", "dispose", "execute"),
            List.of("archive", "transfer"), List.of("archive", "check"), List.of("archive", "due"),
            List.of("audit", "verify"), List.of("accountability"), List.of("archive", "dispose"));
    private static final String[] ID = {"r1", "r2", "form-2024-05", "", " ", "\u0000", "../x", "a/b", "統計",
        "../../" + ESCAPE, "/tmp/" + ESCAPE,
        "x".repeat(10_000), "\ud800", "r1\r\n", "--id"};
    private static final String[] CLASSES = {"ledger", "original-survey", "original-record", "aggregated",
        "important-aggregated", "nonsense", "", "LEDGER", "ｌｅｄｇｅｒ"};
    private static final String[] DATES = {"2024-05-10", "2000-01-01", "1949-10-01", "2026-02-30", "9999-12-31",
        "+99999-01-01", "-0001-01-01", "２０２４-０５-１０", "2024-5-1", "", "today"};
    private static final String[] TEXT = {"城关镇规上工业月报", "城关镇统计站", "", " ", "\u0000", "\u001b[2J",
        "\ud800", "x".repeat(100_000), "'; DROP TABLE records; --", "${jndi:ldap://127.0.0.1:1/x}"};
    private static final String[] NUMBERS = {"10", "0", "-1", "2147483648", "99999999999999999999", "１０", "1e3",
        "Y", "D30", "D10", "D-5", ""};
    private static final String[] CHOICES = {"INSPECTION", "AUDIT", "LITIGATION", "OTHER", "inspection", "NONE",
        "INTERNAL", "PUBLIC", "SECRET", "TOP_SECRET", "CONFIDENTIAL", "DIRECTORY", "ZIP", "zip", "auto", "SHA-256",
        "SM3", "MD5", ""};
    private static final String[] GROUPS = {"Z109-WS·2024-D10-TJZ", "Z109-WS·2024-D10-TJZ-0001",
        "Z109-WS·2024-Y-BGS-0002", "x", "", "Z109-WS·99999-D10-TJZ-99999"};
    private static final String[] PERIODS = {"2026-10", "2026Q3", "2026", "2026-13", "", "９９"};
    private static final String[] ANCHORS = {"1:" + "0".repeat(64), "0:00", "-1:ff", "x:y", "9999999999999:ab",
        ":", ""};

    /**
     * A session of one to three command lines in one try's directory {@code dir} (which holds {@code record.pdf}):
     * a store option gets a path or JDBC URL inside {@code dir}, a device, or text that is no URL; an option that
     * only reads may also get a file outside (a device, {@code /}, a hostile file of {@link #files()}).
     */
    static List<List<String>> writingSession(Random r, Path dir, Path files) {
        List<List<String>> session = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        Stores stores = new Stores(jdbc(r, dir), pick(r, dir.resolve("content"), dir.resolve("trail"), dir),
                pick(r, dir.resolve("trail"), dir.resolve("content"), dir));
        for (int i = 0; i < n; i++) {
            session.add(writing(r, dir, files, i == 0 && r.nextBoolean() ? WRITING.get(0)
                    : WRITING.get(r.nextInt(WRITING.size())), stores));
        }
        return session;
    }

    private record Stores(String catalog, Path content, Path trail) {
    }

    private static List<String> writing(Random r, Path dir, Path files, List<String> command, Stores s) {
        List<String> args = new ArrayList<>(command);
        // most command lines are nearly right, so they reach the stores; the others are noise
        boolean nearlyRight = r.nextInt(3) > 0;
        List<List<String>> options = new ArrayList<>();
        if (!command.get(0).equals("archive") || command.size() > 2 || !command.get(1).equals("dispose")) {
            if (command.get(0).equals("archive")) {
                options.add(List.of("--catalog", s.catalog()));
                options.add(List.of("--content", s.content().toString()));
                options.add(List.of("--trail", s.trail().toString()));
            } else {
                options.add(List.of("--store", r.nextBoolean() ? s.trail().toString() : jdbc(r, dir)));
            }
        }
        switch (String.join(" ", command)) {
            case "archive ingest" -> {
                options.add(List.of("--file", r.nextInt(4) > 0 ? dir.resolve("record.pdf").toString()
                        : readPath(r, dir, files)));
                options.add(List.of("--id", r.nextInt(3) > 0 ? "r" + r.nextInt(3) : pick(r, ID)));
                options.add(List.of("--class", pick(r, CLASSES)));
                options.add(List.of("--formed", pick(r, DATES)));
                options.add(List.of("--title", pick(r, TEXT)));
                options.add(List.of("--responsible", pick(r, TEXT)));
                maybe(r, options, "--retention", pick(r, NUMBERS));
                maybe(r, options, "--confidentiality", pick(r, CHOICES));
                maybe(r, options, "--secrecy-years", pick(r, NUMBERS));
                maybe(r, options, "--group", pick(r, GROUPS));
                maybe(r, options, "--code", pick(r, GROUPS));
                maybe(r, options, "--event-date", pick(r, DATES));
                maybe(r, options, "--format", pick(r, TEXT));
            }
            case "archive hold", "archive release" -> {
                options.add(List.of("--record", "r" + r.nextInt(3)));
                options.add(List.of("--hold", pick(r, ID)));
                options.add(List.of("--reason", pick(r, TEXT)));
                maybe(r, options, "--kind", pick(r, CHOICES));
            }
            case "archive dispose appraise" -> {
                options.add(List.of("--list", pick(r, ID)));
                maybe(r, options, "--record", "r" + r.nextInt(3));
                maybe(r, options, "--record", pick(r, ID));
                if (r.nextBoolean()) {
                    options.add(List.of("--all-due"));
                }
                maybe(r, options, "--as-of", pick(r, DATES));
            }
            case "archive dispose approve" -> options.add(List.of("--list", pick(r, ID)));
            case "archive dispose execute" -> {
                options.add(List.of("--list", pick(r, ID)));
                options.add(List.of("--method", pick(r, TEXT)));
                maybe(r, options, "--supervisor", pick(r, TEXT));
                maybe(r, options, "--supervisor", pick(r, TEXT));
                maybe(r, options, "--date", pick(r, DATES));
            }
            case "archive transfer" -> {
                options.add(List.of("--package", pick(r, ID)));
                options.add(List.of("--record", "r" + r.nextInt(3)));
                options.add(List.of("--to", pick(r, dir.resolve("out"), dir.resolve("out.zip"), dir,
                        dir.resolve("record.pdf"), dir.resolve("a/b/c"), Path.of("/dev/null"),
                        files.resolve("fifo.csv")).toString()));
                maybe(r, options, "--format", pick(r, CHOICES));
            }
            case "archive check" -> {
                maybe(r, options, "--class", pick(r, CLASSES));
                maybe(r, options, "--year", pick(r, NUMBERS));
            }
            case "archive due" -> {
                maybe(r, options, "--record", "r" + r.nextInt(3));
                maybe(r, options, "--class", pick(r, CLASSES));
                maybe(r, options, "--formed", pick(r, DATES));
                maybe(r, options, "--as-of", pick(r, DATES));
            }
            case "audit verify" -> {
                maybe(r, options, "--algorithm", pick(r, CHOICES));
                maybe(r, options, "--anchor", pick(r, ANCHORS));
            }
            case "accountability" -> {
                options.add(List.of("--unit", pick(r, ID)));
                options.add(List.of("--form", pick(r, "B204-1", "", "\u0000")));
                options.add(List.of("--period", pick(r, PERIODS)));
                options.add(List.of("--indicator", pick(r, "B01", "", "統計")));
                maybe(r, options, "--algorithm", pick(r, CHOICES));
            }
            default -> {
                // archive dispose without its subcommand
            }
        }
        if (command.get(0).equals("archive")) {
            maybe(r, options, "--schedule", readPath(r, dir, files));
            maybe(r, options, "--actor", pick(r, TEXT));
            maybe(r, options, "--role", pick(r, TEXT));
        }
        if (!nearlyRight) {
            Collections.shuffle(options, r);
            int drop = r.nextInt(options.size() + 1);
            options = new ArrayList<>(options.subList(0, options.size() - drop));
        }
        int noise = nearlyRight ? r.nextInt(2) : 1 + r.nextInt(4);
        for (int i = 0; i < noise; i++) {
            int at = r.nextInt(options.size() + 1);
            options.add(at, switch (r.nextInt(6)) {
                case 0 -> List.of(pick(r, "--x", "-", "--", "---", "-h", "--help", "-V", "@/dev/zero", "@"
                        + files.resolve("ok.csv")));
                case 1 -> List.of(mutate(r, VALUES[r.nextInt(VALUES.length)]).replace('/', '_'));
                // an option that takes no value or whose value is hostile text (never a path: see writingValue)
                case 2 -> List.of(pick(r, "--all-due", "--id", "--reason", "--hold", "--title", "--list"),
                        mutate(r, VALUES[r.nextInt(VALUES.length)]).replace('/', '_'));
                case 3 -> List.of("--record", pick(r, ID));
                case 4 -> List.of(pick(r, "--id=", "--class=", "--formed=", "--reason=") + pick(r, TEXT));
                default -> List.of(pick(r, "--content", "--trail", "--to", "--file", "--store"),
                        pick(r, dir.resolve("content"), dir.resolve("x y"), dir.resolve("統計"),
                                Path.of("/dev/zero"), files.resolve("zero.csv"), files.resolve("fifo.csv"))
                                .toString());
            });
        }
        options.forEach(args::addAll);
        return args;
    }

    private static void maybe(Random r, List<List<String>> options, String option, String value) {
        if (r.nextInt(3) == 0) {
            options.add(List.of(option, value));
        }
    }

    /** A file an option only reads: inside the try's directory, hostile, or a device or directory outside. */
    private static String readPath(Random r, Path dir, Path files) {
        return switch (r.nextInt(4)) {
            case 0 -> SPECIAL[r.nextInt(SPECIAL.length)];
            case 1 -> files.resolve(FILE_NAMES[r.nextInt(FILE_NAMES.length)]).toString();
            case 2 -> dir.toString();
            default -> dir.resolve("record.pdf").toString();
        };
    }

    /**
     * A catalog or store URL: H2 in the try's directory or in memory, unreachable servers, settings that would run
     * code or write a file, or no URL at all.
     */
    private static String jdbc(Random r, Path dir) {
        return pick(r, "jdbc:h2:" + dir.resolve("catalog"), "jdbc:h2:" + dir.resolve("catalog"),
                "jdbc:h2:" + dir.resolve("catalog"), "jdbc:h2:mem:", "jdbc:h2:" + dir.resolve("catalog") + ";IFEXISTS=TRUE",
                "jdbc:h2:" + dir.resolve("record.pdf"), "jdbc:h2:" + dir.resolve("統計 目录/c"),
                "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=1", "jdbc:", "jdbc:nonsense:x",
                "jdbc:h2:" + dir.resolve("catalog") + ";" + "x".repeat(1_000), "h2:" + dir, dir.toString(), "",
                "jdbc:h2:" + dir.resolve("catalog") + ";INIT=CREATE TABLE IF NOT EXISTS T(A INT)",
                "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=1&loggerFile=" + dir.resolve("pg.log"));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }

    // ---- the hostile files --------------------------------------------------------------------------------

    /**
     * A new temporary directory of hostile files (deleted when the JVM exits): empty, GBK, UTF-16, binary, truncated, 100,000-deep
     * JSON, a YAML alias bomb, a 1 MiB line, links to {@code /dev/zero} named {@code zero.csv|yaml|json|jsonl}, and
     * a named pipe {@code fifo.csv} (where {@code mkfifo} exists; opening one for reading waits for a writer).
     */
    static Path files() {
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
                        .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
            }
            Files.writeString(dir.resolve("laughs.yaml"), laughs + "id: x\nrules: *a12\n");
            Files.writeString(dir.resolve("ok.csv"), csv);
            Files.writeString(dir.resolve("bom.csv"), "\ufeff" + csv);
            Files.writeString(dir.resolve("rules.yaml"), "id: fuzz\nversion: '1'\nrules:\n  - id: R1\n"
                    + "    check: B01 >= 0\n    message: B01 不能为负\n");
            Files.writeString(dir.resolve("long-line.csv"), "unit,A01\nU1," + "9".repeat(1 << 20) + "\n");
            for (String ext : List.of("csv", "yaml", "json", "jsonl")) {
                Files.createSymbolicLink(dir.resolve("zero." + ext), Path.of("/dev/zero"));
            }
            mkfifo(dir.resolve("fifo.csv"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind
        }
    }

    private static void mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // no mkfifo here: the generators still name the missing file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
