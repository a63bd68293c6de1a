package org.statsbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.statsbase.archive.Archive;
import org.statsbase.archive.Filing;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive ingest --file PATH --id ID --class CLASS --formed DATE --title T --responsible P …}: files
 * one record with its DA/T 46 metadata; the archive digests it (SHA-256, SM3), runs the four-property check at
 * archiving and allocates the next item number of {@code --group}. Exit 0 filed, 1 refused, 2 bad input.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"File one record: content, DA/T 46 metadata, digests, the check at archiving, the trail.",
                "归档一份资料：内容、元数据、摘要、归档时四性检测、留痕。",
                "Exit 0 filed, 1 refused (id in use, check failed, item numbers), 2 usage error or malformed input."},
        footer = {"", "Example:",
                "  statsbase archive ingest --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail \\",
                "      --file 2024-05.pdf --id form-2024-05 --class original-survey --formed 2024-05-10 \\",
                "      --title '城关镇规上工业月报 2024-05' --responsible 城关镇统计站 --group 'Z109-WS·2024-D10-TJZ'"})
final class ArchiveIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--file", required = true, paramLabel = "PATH", description = "the content to file")
    Path file;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "the record's id")
    String id;

    @Option(names = "--class", required = true, paramLabel = "CLASS", description = "the record class")
    String recordClass;

    @Option(names = "--formed", required = true, paramLabel = "DATE", description = "the date it was formed")
    String formed;

    @Option(names = "--event-date", paramLabel = "DATE", description = "the counting event's date, for classes counted from one")
    String eventDate;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "题名")
    String title;

    @Option(names = "--responsible", required = true, paramLabel = "TEXT", description = "责任者")
    String responsible;

    @Option(names = "--retention", paramLabel = "PERIOD",
            description = "保管期限: Y (permanent), D30, D10 or years; default: the class's period")
    String retention;

    @Option(names = "--format", paramLabel = "FORMAT", description = "the file format (default: the file's extension)")
    String format;

    @Option(names = "--confidentiality", paramLabel = "LEVEL", defaultValue = "INTERNAL",
            description = "密级: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ConfidentialityLevel confidentiality;

    @Option(names = "--secrecy-years", paramLabel = "N", description = "保密期限 in years (state secrets only)")
    Integer secrecyYears;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "the archival group to number in, e.g. Z109-WS·2024-Y-BGS (the archive allocates the item number)")
    String group;

    @Option(names = "--code", paramLabel = "CODE", description = "the archival code itself (must be the group's next item)")
    String code;

    @Override
    public Integer call() {
        if (group != null && code != null) {
            throw new StatsbaseException(CliError.ARCHIVE_CODE_AND_GROUP);
        }
        LocalDate formedOn = ArchiveOptions.date("--formed", formed);
        RecordClass cls = RecordClass.of(recordClass);
        RetentionPeriod period = retention == null
                ? org.statsbase.archive.retention.Retention.of(archive.retentionSchedule()).classRetention(cls).period()
                : RetentionPeriod.parse(retention);
        if (!Files.isRegularFile(file)) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, file, "不存在或不是文件", "no such file, or not a file");
        }
        Metadata.Builder m = Metadata.builder().title(title).responsibleParty(responsible).date(formedOn)
                .retention(period).format(format != null ? format : extension(file)).confidentiality(confidentiality);
        if (secrecyYears != null) {
            if (secrecyYears < 0) {
                throw new StatsbaseException(CliError.NEGATIVE_NUMBER, "--secrecy-years", secrecyYears);
            }
            m.secrecyYears(secrecyYears);
        }
        if (code != null) {
            m.archivalCode(ArchivalCode.parse(code));
        }
        Filing filing = Filing.of(RecordId.of(id), cls, formedOn, m.build());
        if (group != null) {
            filing = filing.inGroup(ArchivalCode.parse(group.strip() + "-0001").group());
        }
        if (eventDate != null) {
            filing = filing.withEventDate(ArchiveOptions.date("--event-date", eventDate));
        }
        try (ArchiveOptions.Opened opened = archive.open("archive ingest");
                InputStream in = Files.newInputStream(file)) {
            Archive a = opened.archive();
            try {
                ArchivedRecord r = a.ingest(archive.actor(), filing, in);
                Json.print(spec.commandLine().getOut(), ArchiveOptions.record(r, a.due(r.id(), LocalDate.now())));
                return Outcome.Status.OK.exitCode;
            } catch (ArchiveException e) {
                return ArchiveOptions.refused(spec, e);
            }
        } catch (IOException e) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, file, e.getMessage(), e.getMessage());
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
