package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command of the tree, the root and every subcommand at every depth, shows an example in its {@code --help}. */
class HelpExamplesTest {

    @Test
    void everyCommandsUsageHasAnExampleCommandLine() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new StatsbaseCommand()), all);
        assertThat(all).hasSizeGreaterThan(10);
        for (CommandLine command : all) {
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = command.getCommandSpec().qualifiedName();
            assertThat(usage).as(name).contains("Example");
            assertThat(usage.lines().map(String::strip)).as(name).anyMatch(line -> line.startsWith("statsbase "));
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        // picocli adds aliases as extra keys of the same CommandLine: visit each once
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }
}
