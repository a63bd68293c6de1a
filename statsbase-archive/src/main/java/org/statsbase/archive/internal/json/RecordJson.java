package org.statsbase.archive.internal.json;

import org.statsbase.archive.internal.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.ConfidentialityLevel;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.trail.Hash;

/**
 * A record's description as JSON (snake_case keys), for transfer manifests: id, class, formed, the DA/T 46
 * subset and the digests. Holds and destruction are not part of it.
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
                .confidentiality(ConfidentialityLevel.valueOf(o.path("confidentiality").asText("NON_SECRET")))
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
}
