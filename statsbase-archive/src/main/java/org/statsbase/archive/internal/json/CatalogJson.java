package org.statsbase.archive.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.archive.internal.Json;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.trail.Hash;
import org.statsbase.core.org.PersonId;

/**
 * Whole records and destruction lists as JSON text, for a relational catalog's body column: the description of
 * {@link RecordJson} plus holds, destruction certificate and stored due date (the revision lives in its own
 * column). Reading gives back an equal value.
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** The record as JSON text. */
    public static String writeRecord(ArchivedRecord r) {
        ObjectNode o = RecordJson.write(r);
        ArrayNode holds = o.putArray("holds");
        for (Hold h : r.holds()) {
            ObjectNode j = holds.addObject();
            j.put("id", h.id().value());
            j.put("kind", h.kind().name());
            j.put("reason", h.reason());
            j.put("placed_by", h.placedBy().value());
            j.put("placed_at", h.placedAt().toString());
            h.releasedBy().ifPresent(p -> j.put("released_by", p.value()));
            h.releasedAt().ifPresent(t -> j.put("released_at", t.toString()));
            h.releaseReason().ifPresent(s -> j.put("release_reason", s));
        }
        r.destruction().ifPresent(d -> {
            ObjectNode j = o.putObject("destruction");
            j.put("list", d.list().value());
            j.put("approved_by", d.approvedBy().value());
            j.put("method", d.method());
            j.put("date", d.date().toString());
            ArrayNode s = j.putArray("supervisors");
            d.supervisors().forEach(p -> s.add(p.value()));
            j.put("certificate", d.certificate());
        });
        r.dueOn().ifPresent(d -> o.put("due_on", d.toString()));
        return text(o);
    }

    /**
     * The record a text written by {@link #writeRecord} gives, at {@code revision}. Read with the streaming
     * parser, not the tree: a due list decodes tens of thousands of rows.
     *
     * @throws RuntimeException if the text is not such a record
     */
    public static ArchivedRecord readRecord(String text, long revision) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String id = null;
            String recordClass = null;
            LocalDate formed = null;
            Metadata.Builder m = Metadata.builder();
            String sha = null;
            String sm3 = null;
            long size = -1;
            LocalDate event = null;
            LocalDate due = null;
            List<Hold> holds = new ArrayList<>();
            Destruction destruction = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "class" -> recordClass = p.getText();
                    case "formed" -> formed = LocalDate.parse(p.getText());
                    case "title" -> m.title(p.getText());
                    case "responsible_party" -> m.responsibleParty(p.getText());
                    case "date" -> m.date(LocalDate.parse(p.getText()));
                    case "confidentiality" -> m.confidentiality(ConfidentialityLevel.valueOf(p.getText()));
                    case "secrecy_years" -> m.secrecyYears(p.getIntValue());
                    case "retention" -> m.retention(RetentionPeriod.parse(p.getText()));
                    case "archival_code" -> m.archivalCode(ArchivalCode.parse(p.getText()));
                    case "format" -> m.format(p.getText());
                    case "sha256" -> sha = p.getText();
                    case "sm3" -> sm3 = p.getText();
                    case "size" -> size = p.getLongValue();
                    case "event_date" -> event = LocalDate.parse(p.getText());
                    case "due_on" -> due = LocalDate.parse(p.getText());
                    case "holds" -> {
                        expect(v, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            holds.add(readHold(p.readValueAsTree()));
                        }
                    }
                    case "destruction" -> destruction = readDestruction(p.readValueAsTree());
                    default -> p.skipChildren();
                }
            }
            Digests digests = Digests.of(Hash.ofHex(required(sha, "sha256")), Hash.ofHex(required(sm3, "sm3")), size);
            return ArchivedRecord.restore(RecordId.of(required(id, "id")), RecordClass.of(required(recordClass, "class")),
                    required(formed, "formed"), m.build(), digests, holds, Optional.ofNullable(event),
                    Optional.ofNullable(destruction), Optional.ofNullable(due), revision);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + ", found " + actual);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("the field " + field + " is missing");
        }
        return value;
    }

    private static Hold readHold(JsonNode j) {
        Hold h = Hold.place(HoldId.of(j.path("id").asText()), HoldKind.valueOf(j.path("kind").asText()),
                j.path("reason").asText(), PersonId.of(j.path("placed_by").asText()),
                Instant.parse(j.path("placed_at").asText()));
        if (j.hasNonNull("released_at")) {
            h = h.release(PersonId.of(j.path("released_by").asText()), Instant.parse(j.get("released_at").asText()),
                    j.path("release_reason").asText());
        }
        return h;
    }

    private static Destruction readDestruction(JsonNode j) {
        return Destruction.of(DestructionListId.of(j.path("list").asText()),
                PersonId.of(j.path("approved_by").asText()), j.path("method").asText(),
                LocalDate.parse(j.path("date").asText()), persons(j.path("supervisors")),
                j.path("certificate").asText());
    }

    /** The list as JSON text. */
    public static String writeList(DestructionList l) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", l.id().value());
        o.put("appraised_by", l.appraisedBy().value());
        o.put("appraised_at", l.appraisedAt().toString());
        ArrayNode entries = o.putArray("entries");
        l.entries().forEach(e -> entries.add(e.value()));
        l.approvedBy().ifPresent(p -> o.put("approved_by", p.value()));
        l.approvedAt().ifPresent(t -> o.put("approved_at", t.toString()));
        l.method().ifPresent(m -> o.put("method", m));
        l.executedOn().ifPresent(d -> o.put("executed_on", d.toString()));
        ArrayNode s = o.putArray("supervisors");
        l.supervisors().forEach(p -> s.add(p.value()));
        return text(o);
    }

    /**
     * The list a text written by {@link #writeList} gives, at {@code revision}.
     *
     * @throws RuntimeException if the text is not such a list
     */
    public static DestructionList readList(String text, long revision) {
        JsonNode o = tree(text);
        List<RecordId> entries = new ArrayList<>();
        for (JsonNode e : o.path("entries")) {
            entries.add(RecordId.of(e.asText()));
        }
        return DestructionList.restore(DestructionListId.of(o.path("id").asText()),
                PersonId.of(o.path("appraised_by").asText()), Instant.parse(o.path("appraised_at").asText()), entries,
                o.hasNonNull("approved_by") ? Optional.of(PersonId.of(o.get("approved_by").asText())) : Optional.empty(),
                o.hasNonNull("approved_at") ? Optional.of(Instant.parse(o.get("approved_at").asText())) : Optional.empty(),
                o.hasNonNull("method") ? Optional.of(o.get("method").asText()) : Optional.empty(),
                o.hasNonNull("executed_on") ? Optional.of(LocalDate.parse(o.get("executed_on").asText())) : Optional.empty(),
                persons(o.path("supervisors")), revision);
    }

    private static List<PersonId> persons(JsonNode array) {
        List<PersonId> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(PersonId.of(p.asText()));
        }
        return out;
    }

    private static String text(ObjectNode o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            JsonNode n = Json.MAPPER.readTree(text);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
