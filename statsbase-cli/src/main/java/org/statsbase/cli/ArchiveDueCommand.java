package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.retention.ClassRetention;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.retention.Retention;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive due --class CLASS --formed DATE [--event-date DATE] [--as-of DATE] [--schedule FILE]}:
 * when material of a class may be disposed of (统计法实施条例 第二十二、二十三条) — a date, {@code PERMANENT} or
 * {@code WAITING_EVENT}; stateless. With {@code --record ID} and a persistent archive it answers for a filed record,
 * holds included ({@code HELD}). Exit 0 answered, 2 bad input.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = {"When material may be disposed of: a date (the first day disposal may start), PERMANENT,",
                "HELD or WAITING_EVENT. 保管期限何时届满：日期（可开始处置的第一天）、永久、冻结或等待起算事件。",
                "Counting starts on 1 January of the year after formation unless the class counts from an event.",
                "Exit 0 answered, 2 usage error or malformed input."},
        footer = {"", "Examples:",
                "  statsbase archive due --class ledger --formed 2024-05-10                  # 2027-01-01",
                "  statsbase archive due --class important-aggregated --formed 2024-12-31    # PERMANENT",
                "  statsbase archive due --class enforcement-case --formed 2024-03-01 --schedule office.json",
                "  statsbase archive due --record form-2024-05 --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail"})
final class ArchiveDueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--class", paramLabel = "CLASS",
            description = "the record class: original-survey, original-record, ledger, aggregated, important-aggregated, or one of the schedule's")
    String recordClass;

    @Option(names = "--formed", paramLabel = "DATE", description = "the date the material was formed (YYYY-MM-DD)")
    String formed;

    @Option(names = "--event-date", paramLabel = "DATE",
            description = "the date of the event the class counts from (survey closed, case closed)")
    String eventDate;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date asked about (default: today)")
    String asOf;

    @Option(names = "--record", paramLabel = "ID", description = "a filed record (needs --catalog, --content, --trail)")
    String record;

    @Override
    public Integer call() {
        LocalDate when = asOf == null ? LocalDate.now() : ArchiveOptions.date("--as-of", asOf);
        if (record != null) {
            if (recordClass != null || formed != null || eventDate != null) {
                throw new StatsbaseException(CliError.ARCHIVE_DUE_MODE);
            }
            try (ArchiveOptions.Opened opened = archive.open("archive due --record")) {
                try {
                    Due d = opened.archive().due(RecordId.of(record), when);
                    ArchivedRecord r = opened.archive().get(RecordId.of(record)).orElseThrow();
                    ObjectNode out = ArchiveOptions.due(d);
                    out.put("record", r.id().value());
                    out.put("class", r.recordClass().value());
                    out.put("formed", r.formed().toString());
                    out.put("as_of", when.toString());
                    Json.print(spec.commandLine().getOut(), out);
                    return Outcome.Status.OK.exitCode;
                } catch (ArchiveException e) {
                    return ArchiveOptions.refused(spec, e);
                }
            }
        }
        if (recordClass == null || formed == null) {
            throw new StatsbaseException(CliError.ARCHIVE_DUE_MODE);
        }
        RetentionSchedule schedule = archive.retentionSchedule();
        Retention retention = Retention.of(schedule);
        RecordClass cls = RecordClass.of(recordClass);
        LocalDate formedOn = ArchiveOptions.date("--formed", formed);
        Optional<LocalDate> event = ArchiveOptions.date("--event-date", Optional.ofNullable(eventDate));
        ClassRetention cr = retention.classRetention(cls);
        Due d = retention.due(cls, formedOn, event, when);
        ObjectNode out = ArchiveOptions.due(d);
        out.put("class", cls.value());
        out.put("formed", formedOn.toString());
        event.ifPresent(e -> out.put("event_date", e.toString()));
        out.put("as_of", when.toString());
        out.put("retention", cr.period().toString());
        out.put("counting", cr.start().event().map(e -> "event:" + e + (cr.start().nextYear() ? ":next-year" : ":date"))
                .orElse("formation:next-year"));
        cr.statutory().ifPresent(r -> {
            out.put("statutory_minimum", r.minimum().toString());
            out.put("rule", r.rule());
        });
        out.put("schedule", schedule.name());
        Json.print(spec.commandLine().getOut(), out);
        return Outcome.Status.OK.exitCode;
    }
}
