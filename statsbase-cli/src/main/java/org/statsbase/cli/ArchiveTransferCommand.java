package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.transfer.ManifestEntry;
import org.statsbase.archive.transfer.PackageFormat;
import org.statsbase.archive.transfer.TransferManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive transfer --package ID --record ID… --to PATH [--format DIRECTORY|ZIP]}: transfers records
 * to an archive as a package with a manifest and digests, after the four-property check at transfer. Exit 0
 * written, 1 refused, 2 bad input.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Write a transfer package (manifest.json with digests, content/) after the check at transfer.",
                "生成移交包（含摘要的清单与内容），移交前进行四性检测。",
                "Exit 0 written, 1 refused (no such record, destroyed, check failed), 2 usage error."},
        footer = {"", "Example:",
                "  statsbase archive transfer --catalog jdbc:h2:/srv/a/catalog --content /srv/a/content --trail /srv/a/trail \\",
                "      --package YJ-2026-01 --record annual-2023 --record quarterly-2023-q1 --to /media/usb/YJ-2026-01.zip --format ZIP"})
final class ArchiveTransferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--package", required = true, paramLabel = "ID", description = "the package's id")
    String packageId;

    @Option(names = "--record", required = true, paramLabel = "ID", description = "a record to transfer (repeat)")
    List<String> records;

    @Option(names = "--to", required = true, paramLabel = "PATH", description = "the directory or zip file to write")
    Path target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "DIRECTORY",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    PackageFormat format;

    @Override
    public Integer call() {
        try (ArchiveOptions.Opened opened = archive.open("archive transfer")) {
            try {
                TransferManifest m = opened.archive().transfer(archive.actor(), packageId,
                        records.stream().map(RecordId::of).toList(), target, format);
                ObjectNode out = Json.object();
                out.put("package", m.packageId());
                out.put("created", m.created().toString());
                out.put("created_by", m.createdBy());
                out.put("target", target.toString());
                out.put("format", format.name());
                ArrayNode entries = out.putArray("entries");
                for (ManifestEntry e : m.entries()) {
                    ObjectNode o = entries.addObject();
                    o.put("record", e.record().id().value());
                    o.put("path", e.path());
                    o.put("sha256", e.digests().sha256().hex());
                    o.put("sm3", e.digests().sm3().hex());
                    o.put("size", e.digests().size());
                }
                Json.print(spec.commandLine().getOut(), out);
                return Outcome.Status.OK.exitCode;
            } catch (ArchiveException e) {
                return ArchiveOptions.refused(spec, e);
            }
        }
    }
}
