package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase ledger …}: statistical ledgers (统计台账) and the form figures derived from them. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Statistical ledgers (统计台账): derive form figures with their entries, compare a submission.",
                "统计台账：由台账生成报表数据并列出每个数据所依据的台账记录（数出有据），核对报送数据。"},
        subcommands = {LedgerDeriveCommand.class, LedgerCompareCommand.class},
        footer = {"", "Examples:",
                "  statsbase ledger derive --ledger ledger.csv --mapping sx203.yaml --period 2026-10",
                "  statsbase ledger compare --ledger ledger.csv --mapping sx203.yaml --submission sx203-2026-10.json"})
final class LedgerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
