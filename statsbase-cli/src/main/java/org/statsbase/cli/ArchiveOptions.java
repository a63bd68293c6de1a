package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.statsbase.archive.Actor;
import org.statsbase.archive.Archive;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.retention.Due;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.store.FileContentStore;
import org.statsbase.archive.store.JdbcArchiveCatalog;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.FileEventStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the {@code statsbase archive} commands that work on a persistent archive: {@code --catalog} a
 * JDBC URL for a {@link JdbcArchiveCatalog} (tables created on first use), {@code --content} a directory for a
 * {@link FileContentStore}, {@code --trail} a directory for a {@link FileEventStore} (SHA-256 for a new trail, the
 * existing chain's digest otherwise), {@code --schedule} an office's retention schedule, and who acts.
 */
final class ArchiveOptions {

    /** The command this mixin is part of: its root carries {@code --max-input-size}. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--catalog", paramLabel = "JDBC-URL",
            description = "the catalog database, e.g. jdbc:h2:/srv/archive/catalog or jdbc:postgresql://host/db?user=u")
    String catalog;

    @Option(names = "--content", paramLabel = "DIR", description = "the content store's directory (created if absent)")
    Path content;

    @Option(names = "--trail", paramLabel = "DIR", description = "the trail's directory, a FileEventStore (created if absent)")
    Path trail;

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "an office's retention schedule (JSON); default: the statutory minimums")
    Path schedule;

    @Option(names = "--actor", paramLabel = "PERSON", defaultValue = "cli",
            description = "who acts, recorded in the trail (default: ${DEFAULT-VALUE})")
    String actor;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "archivist",
            description = "the actor's role, recorded in the trail (default: ${DEFAULT-VALUE})")
    String role;

    boolean persistent() {
        return catalog != null || content != null || trail != null;
    }

    RetentionSchedule retentionSchedule() {
        return schedule == null ? RetentionSchedule.statutory()
                : RetentionSchedule.load(schedule, InputSize.configuration(mixee));
    }

    Actor actor() {
        return Actor.of(actor, role);
    }

    /** The archive over the three stores; close it with {@link Opened#close()}. */
    Opened open(String command) {
        if (catalog == null || content == null || trail == null) {
            throw new StatsbaseException(CliError.ARCHIVE_STORES_REQUIRED, command);
        }
        if (!catalog.startsWith("jdbc:")) {
            throw new StatsbaseException(CliError.ARCHIVE_CATALOG_URL, catalog);
        }
        String url = JdbcUrls.checked("--catalog", catalog);
        RetentionSchedule s = retentionSchedule();
        FileEventStore events = FileEventStore.open(trail);
        FileContentStore files = null;
        JdbcArchiveCatalog cat = null;
        try {
            files = FileContentStore.open(content);
            cat = JdbcArchiveCatalog.open(url);
            Trail t = Trail.open(events, Trail.algorithmOf(events).orElse(HashAlgorithm.SHA_256), Clock.systemUTC());
            // the office's calendar day decides what is due and which destruction dates lie in the future
            Archive archive = Archive.builder().catalog(cat).contentStore(files).trail(t).schedule(s)
                    .clock(Clock.systemDefaultZone()).build();
            return new Opened(archive, t, files, cat);
        } catch (RuntimeException e) {
            if (cat != null) {
                cat.close();
            }
            if (files != null) {
                files.close();
            }
            events.close();
            throw e;
        }
    }

    /** An opened archive and what to close. */
    record Opened(Archive archive, Trail trail, FileContentStore content, JdbcArchiveCatalog catalog)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                catalog.close();
            } finally {
                try {
                    content.close();
                } finally {
                    trail.close();
                }
            }
        }
    }

    // ---- shared by the archive commands -------------------------------------------------------------

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new StatsbaseException(CliError.BAD_DATE, option, text);
        }
    }

    static Optional<LocalDate> date(String option, Optional<String> text) {
        return text.map(t -> date(option, t));
    }

    /**
     * Whether an archive refusal is a negative answer (a rule said no: exit 1) rather than bad input (exit 2):
     * records not found or in use, holds, disposal and transfer refusals, archival codes in use or out of order,
     * a failed four-property check. Writing a package (SB-ARC-0312) and store failures are not refusals.
     */
    static boolean isRefusal(ArchiveException e) {
        String n = e.code().substring("SB-ARC-".length());
        return n.startsWith("02") || (n.startsWith("03") && !n.equals("0312") && !n.equals("0313")) || n.equals("0003") || n.equals("0004")
                || n.equals("0409") || n.equals("0410") || n.equals("0412") || n.equals("0502") || n.equals("0105");
    }

    /** Prints an archive refusal (exit 1) or rethrows bad input (exit 2 through the handler). */
    static int refused(picocli.CommandLine.Model.CommandSpec spec, ArchiveException e) {
        if (!isRefusal(e)) {
            throw e;
        }
        ObjectNode out = Json.error(e);
        out.put("refused", true);
        Json.print(spec.commandLine().getOut(), out);
        return Outcome.Status.NEGATIVE.exitCode;
    }

    static ObjectNode due(Due d) {
        ObjectNode o = Json.object();
        o.put("answer", d.text());
        o.put("kind", d.kind().name());
        o.put("due_now", d.isDue());
        // every answer has the same keys: what does not apply is null
        o.putNull("date");
        o.putNull("holds");
        o.putNull("event");
        if (d instanceof Due.On on) {
            o.put("date", on.date().toString());
        }
        if (d instanceof Due.Held held) {
            ArrayNode a = o.putArray("holds");
            held.holds().forEach(h -> a.add(h.value()));
        }
        if (d instanceof Due.WaitingEvent w) {
            o.put("event", w.event());
        }
        return o;
    }

    static ObjectNode record(ArchivedRecord r, Due due) {
        ObjectNode o = Json.object();
        o.put("id", r.id().value());
        o.put("class", r.recordClass().value());
        o.put("formed", r.formed().toString());
        o.put("event_date", r.countingEvent().map(LocalDate::toString).orElse(null));
        o.put("state", r.state().name());
        o.put("title", r.metadata().title());
        o.put("responsible_party", r.metadata().responsibleParty());
        o.put("retention", r.metadata().retention().toString());
        o.put("archival_code", r.metadata().archivalCode().map(Object::toString).orElse(null));
        o.put("format", r.metadata().format());
        o.put("confidentiality", r.metadata().confidentiality().name());
        o.put("sha256", r.digests().sha256().hex());
        o.put("sm3", r.digests().sm3().hex());
        o.put("size", r.digests().size());
        o.set("due", due(due));
        ArrayNode holds = o.putArray("holds");
        for (Hold h : r.holds()) {
            ObjectNode ho = holds.addObject();
            ho.put("id", h.id().value());
            ho.put("kind", h.kind().name());
            ho.put("reason", h.reason());
            ho.put("placed_by", h.placedBy().value());
            ho.put("placed_at", h.placedAt().toString());
            ho.put("active", h.isActive());
            ho.put("released_by", h.releasedBy().map(p -> p.value()).orElse(null));
            ho.put("released_at", h.releasedAt().map(Object::toString).orElse(null));
            ho.put("release_reason", h.releaseReason().orElse(null));
        }
        o.putNull("destruction");
        r.destruction().ifPresent(d -> {
            ObjectNode x = o.putObject("destruction");
            x.put("list", d.list().value());
            x.put("approved_by", d.approvedBy().value());
            x.put("method", d.method());
            x.put("date", d.date().toString());
            ArrayNode sup = x.putArray("supervisors");
            d.supervisors().forEach(p -> sup.add(p.value()));
            x.put("certificate", d.certificate());
        });
        return o;
    }

    static ObjectNode list(DestructionList l) {
        ObjectNode o = Json.object();
        o.put("list", l.id().value());
        o.put("status", l.status().name());
        ArrayNode entries = o.putArray("entries");
        l.entries().forEach(id -> entries.add(id.value()));
        o.put("appraised_by", l.appraisedBy().value());
        o.put("appraised_at", l.appraisedAt().toString());
        o.put("approved_by", l.approvedBy().map(p -> p.value()).orElse(null));
        o.put("approved_at", l.approvedAt().map(Object::toString).orElse(null));
        o.put("method", l.method().orElse(null));
        o.put("executed_on", l.executedOn().map(LocalDate::toString).orElse(null));
        ArrayNode sup = o.putArray("supervisors");
        l.supervisors().forEach(p -> sup.add(p.value()));
        return o;
    }
}
