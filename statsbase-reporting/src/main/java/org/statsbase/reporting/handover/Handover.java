package org.statsbase.reporting.handover;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverItemKind;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.HandoverRecord;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.Role;

/**
 * A handover as the trail records it (工作交接, 国统字〔2021〕85号 二（二）; the enterprises'
 * 统计工作交接制度): the core {@link HandoverRecord} — parties, items (including the open submissions
 * and pending queries, {@link ReportingItemKind}) and signatures — with the post handed over, the
 * units covered, and the trail events that record it and each signature.
 *
 * <p>It is complete when both sides (移交人 and 接收人) have signed; the successor acts on the unit only
 * then. A supervisor's (监交人) signature is recorded when given, for
 * {@link org.statsbase.core.org.TransferRules} to require.
 *
 * <p>Thread safety: immutable.
 */
public final class Handover {

    /** A signature in the trail: its sequence and time. */
    record Signed(long sequence, Instant at) {
    }

    private final HandoverId id;
    private final Role post;
    private final List<String> coveredUnits;
    private final HandoverRecord record;
    private final long recordSequence;
    private final Instant recordedAt;
    private final Map<HandoverParty, Signed> signed;

    Handover(HandoverId id, Role post, List<String> coveredUnits, HandoverRecord record, long recordSequence,
            Instant recordedAt, Map<HandoverParty, Signed> signed) {
        this.id = Objects.requireNonNull(id, "id");
        this.post = Objects.requireNonNull(post, "post");
        this.coveredUnits = List.copyOf(coveredUnits);
        this.record = Objects.requireNonNull(record, "record");
        this.recordSequence = recordSequence;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        EnumMap<HandoverParty, Signed> copy = new EnumMap<>(HandoverParty.class);
        copy.putAll(signed);
        this.signed = copy;
    }

    /**
     * Which handover.
     *
     * @return the unit and the handover's id within it
     */
    public HandoverId id() {
        return id;
    }

    /**
     * The post handed over, as the role its holder acts in.
     *
     * @return the post handed over, as the role its holder acts in
     */
    public Role post() {
        return post;
    }

    /**
     * The units whose open submissions and pending queries were listed, sorted.
     *
     * @return the units whose open submissions and pending queries were listed, sorted
     */
    public List<String> coveredUnits() {
        return coveredUnits;
    }

    /**
     * The core handover record, with the signatures given so far (dated in the reader's zone).
     *
     * @return the core handover record, with the signatures given so far (dated in the reader's zone)
     */
    public HandoverRecord record() {
        return record;
    }

    /**
     * The person handing over (移交人).
     *
     * @return the person handing over (移交人)
     */
    public PersonId outgoing() {
        return record.outgoing();
    }

    /**
     * The person taking over (接收人).
     *
     * @return the person taking over (接收人)
     */
    public PersonId incoming() {
        return record.incoming();
    }

    /**
     * The items listed.
     *
     * @return every item listed, in the order recorded
     */
    public List<HandoverItem> items() {
        return record.items();
    }

    /**
     * The items of one kind.
     *
     * @param kind the kind of item wanted
     * @return the items of that kind, in the order recorded; empty when there is none
     */
    public List<HandoverItem> items(HandoverItemKind kind) {
        Objects.requireNonNull(kind, "kind");
        return record.items().stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /**
     * The sequence of the {@code handover.record} event.
     *
     * @return the sequence of the {@code handover.record} event
     */
    public long recordSequence() {
        return recordSequence;
    }

    /**
     * When it was recorded.
     *
     * @return when the handover was recorded, by the trail's clock
     */
    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * The sequence of {@code party}'s {@code handover.sign} event, if they signed.
     *
     * @param party outgoing, incoming or supervisor
     * @return the sequence of the party's {@code handover.sign} event; empty when the party has not signed
     */
    public OptionalLong signatureSequence(HandoverParty party) {
        Signed s = signed.get(Objects.requireNonNull(party, "party"));
        return s == null ? OptionalLong.empty() : OptionalLong.of(s.sequence());
    }

    /**
     * When {@code party} signed, if they did.
     *
     * @param party outgoing, incoming or supervisor
     * @return when the party signed; empty when it has not
     */
    public Optional<Instant> signedAt(HandoverParty party) {
        return Optional.ofNullable(signed.get(Objects.requireNonNull(party, "party"))).map(Signed::at);
    }

    /**
     * Whether both sides, outgoing and incoming, have signed: the successor may act.
     *
     * @return true when both sides, outgoing and incoming, have signed: the successor may act
     */
    public boolean isComplete() {
        return signed.containsKey(HandoverParty.OUTGOING) && signed.containsKey(HandoverParty.INCOMING);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Handover h && id.equals(h.id) && post == h.post && coveredUnits.equals(h.coveredUnits)
                && record.equals(h.record) && recordSequence == h.recordSequence && recordedAt.equals(h.recordedAt)
                && signed.equals(h.signed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, post, coveredUnits, record, recordSequence, recordedAt, signed);
    }

    @Override
    public String toString() {
        return "Handover[" + id + " " + post + " " + record.outgoing() + " -> " + record.incoming() + ", "
                + record.items().size() + " item(s), signed " + signed.keySet() + (isComplete() ? ", complete" : "")
                + "]";
    }
}
