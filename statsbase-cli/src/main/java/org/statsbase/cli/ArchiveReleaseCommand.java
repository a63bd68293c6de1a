package org.statsbase.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.statsbase.archive.Archive;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.RecordId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive release --record ID --hold HOLD --reason TEXT}: releases a hold; who, when and why stay
 * on the record. Exit 0 released, 1 refused, 2 bad input.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Release a hold; the release (who, when, why) is kept with the hold.",
                "解除冻结；解除人、时间、理由随冻结记录保留。",
                "Exit 0 released, 1 refused (no such record or active hold), 2 usage error."},
        footer = {"", "Example:",
                "  statsbase archive release --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail \\",
                "      --record form-2024-05 --hold ZF-2026-003 --reason '检查结束' --actor p-021"})
final class ArchiveReleaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--record", required = true, paramLabel = "ID", description = "the record")
    String record;

    @Option(names = "--hold", required = true, paramLabel = "HOLD", description = "the hold's id")
    String hold;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it is released")
    String reason;

    @Override
    public Integer call() {
        try (ArchiveOptions.Opened opened = archive.open("archive release")) {
            Archive a = opened.archive();
            try {
                ArchivedRecord r = a.releaseHold(archive.actor(), RecordId.of(record), HoldId.of(hold), reason);
                Json.print(spec.commandLine().getOut(), ArchiveOptions.record(r, a.due(r.id(), LocalDate.now())));
                return Outcome.Status.OK.exitCode;
            } catch (ArchiveException e) {
                return ArchiveOptions.refused(spec, e);
            }
        }
    }
}
