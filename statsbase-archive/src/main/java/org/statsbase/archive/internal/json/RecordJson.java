package org.statsbase.archive.internal.json;

import org.statsbase.archive.internal.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.core.org.PersonId;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.trail.Hash;

/**
 * A record's description as JSON (snake_case keys), for transfer manifests: id, class, formed, the DA/T 46
 * subset and the digests. Holds and destruction are not part of it. Thread safety: stateless.
 */
public final class RecordJson {

    private RecordJson() {
    }

    /** The description of {@code r}. */
    public static ObjectNode write(ArchivedRecord r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        Metadata m = r.metadata();
        o.put("id", r.id().value());
        o.put("class", r.recordClass().value());
        o.put("formed", r.formed().toString());
        o.put("title", m.title());
        o.put("responsible_party", m.responsibleParty());
        o.put("date", m.date().toString());
        o.put("confidentiality", m.confidentiality().name());
        if (m.secrecyYears().isPresent()) {
            o.put("secrecy_years", m.secrecyYears().getAsInt());
        }
        o.put("retention", m.retention().isPermanent() ? "permanent" : String.valueOf(m.retention().years().getAsInt()));
        m.archivalCode().ifPresent(c -> o.put("archival_code", c.toString()));
        o.put("format", m.format());
        o.put("sha256", r.digests().sha256().hex());
        o.put("sm3", r.digests().sm3().hex());
        o.put("size", r.digests().size());
        r.countingEvent().ifPresent(d -> o.put("event_date", d.toString()));
        return o;
    }

    /**
     * The record a description gives (revision 0, no holds).
     *
     * @throws RuntimeException (typed statsbase errors, DateTimeParseException) if a field is missing or malformed
     */
    public static ArchivedRecord read(JsonNode o) {
        Metadata.Builder b = Metadata.builder().title(o.path("title").asText(""))
                .responsibleParty(o.path("responsible_party").asText(""))
                .date(LocalDate.parse(o.path("date").asText()))
                .confidentiality(ConfidentialityLevel.valueOf(o.path("confidentiality").asText("INTERNAL")))
                .secrecyYears(o.path("secrecy_years").asInt(0))
                .retention(RetentionPeriod.parse(o.path("retention").asText()))
                .format(o.path("format").asText(""));
        if (o.hasNonNull("archival_code")) {
            b.archivalCode(ArchivalCode.parse(o.get("archival_code").asText()));
        }
        Digests d = Digests.of(Hash.ofHex(o.path("sha256").asText()), Hash.ofHex(o.path("sm3").asText()),
                o.path("size").asLong(-1));
        Optional<LocalDate> event = o.hasNonNull("event_date")
                ? Optional.of(LocalDate.parse(o.get("event_date").asText())) : Optional.empty();
        return ArchivedRecord.restore(RecordId.of(o.path("id").asText()), RecordClass.of(o.path("class").asText()),
                LocalDate.parse(o.path("formed").asText()), b.build(), d, List.of(), event, Optional.empty(),
                Optional.empty(), 0);
    }

    /**
     * Everything a catalog keeps about a record except its revision: the description of {@link #write} plus
     * {@code holds} (with their releases), {@code destruction} and {@code due_on} — a document a catalog can store
     * in one column.
     */
    public static ObjectNode writeFull(ArchivedRecord r) {
        ObjectNode o = write(r);
        ArrayNode holds = o.putArray("holds");
        for (Hold h : r.holds()) {
            ObjectNode n = holds.addObject();
            n.put("id", h.id().value());
            n.put("kind", h.kind().name());
            n.put("reason", h.reason());
            n.put("placed_by", h.placedBy().value());
            n.put("placed_at", h.placedAt().toString());
            h.releasedBy().ifPresent(p -> n.put("released_by", p.value()));
            h.releasedAt().ifPresent(t -> n.put("released_at", t.toString()));
            h.releaseReason().ifPresent(t -> n.put("release_reason", t));
        }
        r.destruction().ifPresent(d -> {
            ObjectNode n = o.putObject("destruction");
            n.put("list", d.list().value());
            n.put("approved_by", d.approvedBy().value());
            n.put("method", d.method());
            n.put("date", d.date().toString());
            ArrayNode sup = n.putArray("supervisors");
            d.supervisors().forEach(p -> sup.add(p.value()));
            n.put("certificate", d.certificate());
        });
        r.dueOn().ifPresent(d -> o.put("due_on", d.toString()));
        return o;
    }

    /** The record {@link #writeFull} wrote, at {@code revision}. */
    public static ArchivedRecord readFull(JsonNode o, long revision) {
        ArchivedRecord base = read(o);
        List<Hold> holds = new ArrayList<>();
        for (JsonNode n : o.path("holds")) {
            Hold h = Hold.place(HoldId.of(n.path("id").asText()), HoldKind.valueOf(n.path("kind").asText()),
                    n.path("reason").asText(), PersonId.of(n.path("placed_by").asText()),
                    Instant.parse(n.path("placed_at").asText()));
            if (n.hasNonNull("released_at")) {
                h = h.release(PersonId.of(n.path("released_by").asText()), Instant.parse(n.path("released_at").asText()),
                        n.path("release_reason").asText());
            }
            holds.add(h);
        }
        Optional<Destruction> destruction = Optional.empty();
        JsonNode d = o.get("destruction");
        if (d != null && d.isObject()) {
            List<PersonId> sup = new ArrayList<>();
            d.path("supervisors").forEach(p -> sup.add(PersonId.of(p.asText())));
            destruction = Optional.of(Destruction.of(DestructionListId.of(d.path("list").asText()),
                    PersonId.of(d.path("approved_by").asText()), d.path("method").asText(),
                    LocalDate.parse(d.path("date").asText()), sup, d.path("certificate").asText()));
        }
        Optional<LocalDate> due = o.hasNonNull("due_on") ? Optional.of(LocalDate.parse(o.get("due_on").asText()))
                : Optional.empty();
        return ArchivedRecord.restore(base.id(), base.recordClass(), base.formed(), base.metadata(), base.digests(), holds,
                base.countingEvent(), destruction, due, revision);
    }
}
