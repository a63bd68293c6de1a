package org.statsbase.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.statsbase.archive.Archive;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive hold --record ID --hold HOLD --kind KIND --reason TEXT}: places a hold (执法检查, 审计,
 * 诉讼); a held record is never due. Exit 0 placed, 1 refused, 2 bad input.
 */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = {"Place a hold on a record: it is never due while the hold is active.",
                "冻结一份资料（执法检查、审计、诉讼）：冻结期间不得处置。",
                "Exit 0 placed, 1 refused (no such record, hold id in use, destroyed), 2 usage error."},
        footer = {"", "Example:",
                "  statsbase archive hold --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail \\",
                "      --record form-2024-05 --hold ZF-2026-003 --kind INSPECTION --reason '统计执法检查' --actor p-021"})
final class ArchiveHoldCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--record", required = true, paramLabel = "ID", description = "the record")
    String record;

    @Option(names = "--hold", required = true, paramLabel = "HOLD", description = "the hold's id, e.g. the case number")
    String hold;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "INSPECTION",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    HoldKind kind;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    String reason;

    @Override
    public Integer call() {
        try (ArchiveOptions.Opened opened = archive.open("archive hold")) {
            Archive a = opened.archive();
            try {
                ArchivedRecord r = a.placeHold(archive.actor(), RecordId.of(record), HoldId.of(hold), kind, reason);
                Json.print(spec.commandLine().getOut(), ArchiveOptions.record(r, a.due(r.id(), LocalDate.now())));
                return Outcome.Status.OK.exitCode;
            } catch (ArchiveException e) {
                return ArchiveOptions.refused(spec, e);
            }
        }
    }
}
