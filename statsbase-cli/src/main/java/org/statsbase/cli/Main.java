package org.statsbase.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine;

/**
 * The {@code statsbase} command line. Exit codes: 0 all valid / answered, 1 a negative domain
 * result, 2 usage error or malformed input, 3 internal error. Output is JSON Lines on standard
 * output; usage help goes to standard error. No stack trace is ever printed.
 *
 * <p>Thread safety: {@link #run} keeps no state between calls.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line with the given streams.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new StatsbaseCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            Json.print(out, Json.error(CliError.USAGE, ex.getMessage()));
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return Outcome.Status.MALFORMED.exitCode;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StatsbaseException se) {
                Json.print(out, Json.error(se));
                return Outcome.Status.MALFORMED.exitCode;
            }
            Json.print(out, Json.error(CliError.INTERNAL, ex.toString()));
            return Outcome.Status.INTERNAL.exitCode;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
