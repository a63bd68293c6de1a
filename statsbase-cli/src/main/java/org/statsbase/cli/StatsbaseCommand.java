package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; its subcommands are grouped by module. */
@Command(name = "statsbase", mixinStandardHelpOptions = true, version = "statsbase 0.1.0",
        description = {"The working rules of Chinese grassroots statistical offices.",
                "基层统计工作规则工具。Output: one JSON object per input (JSON Lines)."},
        subcommands = {CodeCommand.class, ClassifyCommand.class, RulesCommand.class, ValidateCommand.class,
                AuditCommand.class, AccountabilityCommand.class, LedgerCommand.class, AccessCommand.class,
                ArchiveCommand.class, SuppressCommand.class},
        footer = {"", "Exit codes: 0 valid/answered, 1 negative result, 2 usage or malformed input, 3 internal error.",
                "Example:", "  statsbase code check --type uscc 914403001922038216",
                "  statsbase validate --max-input-size 16M --rules b204-1.yaml --data b204-1.csv --key unit"})
final class StatsbaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Set on this root by picocli wherever the (inherited) option is given; read through {@link InputSize}. */
    @Option(names = "--max-input-size", paramLabel = "SIZE", scope = ScopeType.INHERIT,
            converter = InputSize.Converter.class,
            description = {"largest file any reader accepts: bytes, or with K, M, G (binary; 16M = 16 MiB); "
                    + "default 256M for data files (datasets, ledgers, catalogs, forms), 2M for configuration "
                    + "files (rule sets, mappings, schedules, policies, secret items); over it: exit 2, SB-CORE-1201",
                    "读取文件的大小上限（默认数据文件 256M、配置文件 2M）"})
    Long maxInputSize;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
