package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase access …}: access decisions (统计工作保密制度). */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = {"Access decisions on statistical data: who may read, export or publish what.",
                "统计数据访问控制判定。"},
        subcommands = {AccessCheckCommand.class},
        footer = {"", "Example:",
                "  statsbase access check --role statistician --clearance internal --jurisdiction 320102001"
                        + " --purpose statistical --level internal --class unit --region 320102002 --action read"})
final class AccessCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
