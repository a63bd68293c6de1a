package org.statsbase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;
import picocli.CommandLine;

/**
 * The outcome rule of the command-line fuzzing (issue 8 §1) and how a fuzzed command line runs. A run ends with exit
 * code 0 (answered), 1 (a negative answer, printed) or 2 (usage error or malformed input, with a typed error: a
 * {@code SB-…} code and messages in Chinese and English on standard output, as the module README documents); never
 * exit code 3 (an exception statsbase did not type: {@code SB-CLI-0099}), an exception escaping
 * {@link Main#run(CommandLine, String[], java.io.PrintStream, java.io.PrintStream)}, a stack trace on either stream,
 * or a hang (each run has {@link #GUARD}).
 *
 * <p>Runs reuse one command tree ({@link Main#commandLine()}): building it costs most of a run that fails at
 * parsing, and picocli resets every option before it parses; {@code CliArgumentsFuzzProperties} checks that a reused
 * tree answers as a fresh one. Not thread-safe: one run at a time.
 */
final class CliFuzz {

    /** Command lines per property in the normal build (issue 8 §1: at least 10,000 per parser). */
    static final int TRIES = 10_000;

    /** The longest one run may take before it counts as a hang. */
    static final Duration GUARD = Duration.ofSeconds(Long.getLong("statsbase.fuzz.guard.seconds", 20));

    private static final Pattern CODE = Pattern.compile("SB-[A-Z]+-\\d{4}");

    private static final Map<String, Integer> OUTCOMES = new HashMap<>();
    private static ExecutorService worker = newWorker();
    private static CommandLine tree = Main.commandLine();

    private CliFuzz() {
    }

    /** Runs {@code args} on the shared command tree under the time guard; fails on a hang or an escaping throwable. */
    static CliRun run(List<String> args) {
        String[] argv = args.toArray(String[]::new);
        Future<CliRun> outcome = worker.submit(() -> CliRun.on(tree, argv));
        try {
            return outcome.get(GUARD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            tree = Main.commandLine();
            throw new AssertionFailedError("no exit within " + GUARD + " (a hang) for " + show(args));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionFailedError("an exception escaped Main.run for " + show(args), e.getCause());
        }
    }

    /** Runs {@code args} and checks the outcome rule. */
    static CliRun check(List<String> args) {
        CliRun run = run(args);
        checkOutcome(args, run);
        Matcher code = CODE.matcher(run.stdout());
        OUTCOMES.merge(run.exit() + " " + (code.find() ? code.group() : "-"), 1, Integer::sum);
        return run;
    }

    /** How often each exit code and first error code came out since the last call, most frequent first. */
    static String outcomes() {
        StringBuilder s = new StringBuilder();
        OUTCOMES.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> s.append(String.format("  exit %-16s %,d%n", e.getKey(), e.getValue())));
        OUTCOMES.clear();
        return s.toString();
    }

    /** The outcome rule for a finished run. */
    static void checkOutcome(List<String> args, CliRun run) {
        if (run.exit() < 0 || run.exit() > 2) {
            fail("exit code " + run.exit(), args, run);
        }
        for (String stream : List.of(run.stdout(), run.stderr())) {
            if (stream.contains("\tat ") || stream.contains("Exception in thread") || stream.contains("SB-CLI-0099")) {
                fail("a stack trace or an internal error", args, run);
            }
        }
        if (run.exit() == 1 && run.stdout().isBlank()) {
            fail("a negative answer without output", args, run);
        }
        if (run.exit() == 2 && !typedError(run.stdout())) {
            fail("exit code 2 without a typed error (SB-… code, message_zh, message_en)", args, run);
        }
    }

    /** Whether the output holds a code with messages in both languages (JSON), or a code (text format). */
    private static boolean typedError(String stdout) {
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (IOException notJson) {
                if (CODE.matcher(line).find()) {
                    return true;
                }
                continue;
            }
            if (bilingualCode(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bilingualCode(JsonNode node) {
        if (node.isObject() && node.path("code").isTextual() && CODE.matcher(node.path("code").asText()).matches()
                && !node.path("message_zh").asText().isBlank() && !node.path("message_en").asText().isBlank()) {
            return true;
        }
        for (JsonNode child : node) {
            if (bilingualCode(child)) {
                return true;
            }
        }
        return false;
    }

    private static void fail(String what, List<String> args, CliRun run) {
        throw new AssertionFailedError(what + " for " + show(args) + "\nexit " + run.exit() + "\nstdout: "
                + cut(run.stdout()) + "\nstderr: " + cut(run.stderr()));
    }

    static String show(List<String> args) {
        StringBuilder s = new StringBuilder("[");
        for (String a : args) {
            s.append(s.length() > 1 ? ", " : "").append('"');
            String shown = a.length() > 80 ? a.substring(0, 80) + "…(" + a.length() + " chars)" : a;
            shown.chars().forEach(c -> {
                if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)) {
                    s.append(String.format("\\u%04x", c));
                } else {
                    s.append((char) c);
                }
            });
            s.append('"');
        }
        return s.append(']').toString();
    }

    private static String cut(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "statsbase-cli-fuzz", 0);
            t.setDaemon(true);
            return t;
        });
    }
}
