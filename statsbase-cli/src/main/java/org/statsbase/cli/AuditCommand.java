package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase audit …}: the trail (留痕日志). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The tamper-evident trail (留痕日志). 留痕日志核验。"},
        subcommands = {AuditVerifyCommand.class},
        footer = {"", "Example:", "  statsbase audit verify --store /var/lib/statsbase/trail"})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
