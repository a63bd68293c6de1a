package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase archive …}: statistical material management (统计资料管理制度) with statsbase-archive. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Statistical material: retention, holds, disposal, transfer, the four-property check.",
                "统计资料管理：保管期限、冻结、销毁、移交、四性检测。",
                "All but `due --class` work on a persistent archive: --catalog JDBC-URL --content DIR --trail DIR."},
        subcommands = {ArchiveDueCommand.class, ArchiveIngestCommand.class, ArchiveCheckCommand.class,
                ArchiveHoldCommand.class, ArchiveReleaseCommand.class, ArchiveDisposeCommand.class,
                ArchiveTransferCommand.class},
        footer = {"", "Example:", "  statsbase archive due --class ledger --formed 2024-05-10"})
final class ArchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
