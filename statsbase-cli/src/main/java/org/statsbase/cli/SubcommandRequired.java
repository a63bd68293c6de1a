package org.statsbase.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A group command ({@code statsbase}, {@code code}, {@code classify}) was run without a subcommand. */
final class SubcommandRequired extends ParameterException {

    private static final long serialVersionUID = 1L;

    SubcommandRequired(CommandLine commandLine) {
        super(commandLine, "a subcommand is required: " + names(commandLine));
    }

    static String names(CommandLine commandLine) {
        return String.join(", ", commandLine.getSubcommands().keySet());
    }
}
