package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase rules …}: review-rule sets (审核公式集). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Review-rule sets (审核公式集). 审核规则集。"},
        subcommands = {RulesCheckCommand.class},
        footer = {"", "Example:", "  statsbase rules check b204-1-monthly.yaml --format text"})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
