package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase code …}: identifiers. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Check identifiers. 代码校验。"},
        subcommands = {CodeCheckCommand.class},
        footer = {"", "Example:", "  statsbase code check --type uscc 914403001922038216"})
final class CodeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
