package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.statsbase.archive.integrity.Finding;
import org.statsbase.archive.integrity.FourPropertyReport;
import org.statsbase.archive.integrity.Property;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.spi.RecordQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive check [--class CLASS | --year YEAR]}: the four-property check (DA/T 70-2018) on demand —
 * authenticity, integrity, usability, security — listing every finding; the run is recorded in the trail.
 * Exit 0 passed, 1 findings, 2 bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"The four-property check (DA/T 70-2018) on demand, every finding listed.",
                "四性检测（真实性、完整性、可用性、安全性），列出每一项发现。",
                "Exit 0 passed, 1 findings, 2 usage error or a store that cannot be opened."},
        footer = {"", "Example:",
                "  statsbase archive check --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail --year 2024"})
final class ArchiveCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--class", paramLabel = "CLASS", description = "only records of this class")
    String recordClass;

    @Option(names = "--year", paramLabel = "YEAR", description = "only records formed in this year")
    Integer year;

    @Override
    public Integer call() {
        RecordQuery query = recordClass != null ? RecordQuery.byClass(RecordClass.of(recordClass))
                : year != null ? RecordQuery.byYear(year) : RecordQuery.all();
        try (ArchiveOptions.Opened opened = archive.open("archive check")) {
            FourPropertyReport report = opened.archive().check(archive.actor(), query);
            ObjectNode out = Json.object();
            out.put("occasion", report.occasion().name());
            out.put("checked_at", report.checkedAt().toString());
            out.put("records_checked", report.recordsChecked());
            out.put("passed", report.passed());
            ObjectNode properties = out.putObject("properties");
            for (Property p : Property.values()) {
                properties.put(p.name().toLowerCase(java.util.Locale.ROOT), report.passed(p));
            }
            ArrayNode findings = out.putArray("findings");
            for (Finding f : report.findings()) {
                ObjectNode o = findings.addObject();
                o.put("property", f.property().name());
                o.put("kind", f.kind().name());
                o.put("subject", f.subject());
                o.put("message_zh", f.messageZh());
                o.put("message_en", f.messageEn());
            }
            Json.print(spec.commandLine().getOut(), out);
            return report.passed() ? Outcome.Status.OK.exitCode : Outcome.Status.NEGATIVE.exitCode;
        }
    }
}
