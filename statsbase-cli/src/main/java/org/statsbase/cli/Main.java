package org.statsbase.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.statsbase.core.error.StatsbaseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

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

    private static int internalError(PrintWriter out, Throwable e) {
        Json.print(out, Json.error(CliError.INTERNAL, e.toString()));
        return Outcome.Status.INTERNAL.exitCode;
    }

    /** The typed, bilingual error for what picocli found wrong with the arguments. */
    private static StatsbaseException usageError(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return new StatsbaseException(CliError.UNKNOWN_ARGUMENT, String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (ArgSpec arg : missing.getMissing()) {
                names.add(arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel());
            }
            return new StatsbaseException(CliError.MISSING_PARAMETER, String.join(", ", names));
        }
        if (ex.getCause() instanceof PathArguments.Refused refused) {
            ArgSpec arg = ex.getArgSpec();
            String name = arg instanceof OptionSpec option ? option.longestName() : arg == null ? "" : arg.paramLabel();
            return new StatsbaseException(refused.error, name, refused.getMessage());
        }
        if (ex instanceof SubcommandRequired) {
            return new StatsbaseException(CliError.SUBCOMMAND_REQUIRED, SubcommandRequired.names(ex.getCommandLine()));
        }
        return new StatsbaseException(CliError.USAGE, ex.getMessage());
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
        return run(commandLine(), args, stdout, stderr);
    }

    /**
     * The command tree, built from the annotations (the costly part of a run, a few milliseconds). {@code @FILE}
     * arguments are not expanded: picocli would read the named file whole, {@code /dev/zero} without end, and a
     * value starting with {@code @} would silently become a file's contents.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StatsbaseCommand());
        cli.setExpandAtFiles(false);
        cli.registerConverter(java.nio.file.Path.class, new PathArguments());
        return cli;
    }

    /**
     * Runs {@code args} on a command tree of {@link #commandLine()}, which may have run before: picocli resets every
     * option to its initial value before it parses. Not for concurrent use of one tree.
     */
    static int run(CommandLine cli, String[] args, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            Json.print(out, Json.error(usageError(ex)));
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return Outcome.Status.MALFORMED.exitCode;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StatsbaseException se) {
                Json.print(out, Json.error(se));
                return Outcome.Status.MALFORMED.exitCode;
            }
            return internalError(out, ex);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // Errors (OutOfMemoryError, StackOverflowError) escape picocli's handler: still no stack trace.
            code = internalError(out, e);
        }
        out.flush();
        err.flush();
        return code;
    }
}
