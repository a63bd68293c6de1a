package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; its subcommands are grouped by module. */
@Command(name = "statsbase", mixinStandardHelpOptions = true, version = "statsbase 0.1.0",
        description = {"The working rules of Chinese grassroots statistical offices.",
                "基层统计工作规则工具。Output: one JSON object per input (JSON Lines)."},
        subcommands = {CodeCommand.class, ClassifyCommand.class, RulesCommand.class, ValidateCommand.class,
                AuditCommand.class, AccountabilityCommand.class, LedgerCommand.class, AccessCommand.class,
                ArchiveCommand.class, SuppressCommand.class},
        footer = {"", "Exit codes: 0 valid/answered, 1 negative result, 2 usage or malformed input, 3 internal error.",
                "Example:", "  statsbase code check --type uscc 914403001922038216"})
final class StatsbaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
