package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A handover record (交接记录): what a leaving statistician handed to the successor, and who
 * signed for it — 国统字〔2021〕85号 二（二）"做好工作交接", and the enterprises'
 * 统计工作交接制度 (三（八）).
 *
 * <p>The record is built in steps: {@link #of} lists the parties and items, then each party
 * signs ({@link #signedByOutgoing}, {@link #signedByIncoming}, {@link #signedBySupervisor}).
 * Whether a record is good enough for a transfer is for {@link TransferRules} to say: a record
 * may be incomplete or unsigned.
 *
 * <p>Thread safety: immutable (when the item kinds are, as enums are).
 */
public final class HandoverRecord {

    private final PersonId outgoing;
    private final PersonId incoming;
    private final PersonId supervisor;
    private final List<HandoverItem> items;
    private final Map<HandoverParty, LocalDate> signatures;

    private HandoverRecord(PersonId outgoing, PersonId incoming, PersonId supervisor, List<HandoverItem> items,
            Map<HandoverParty, LocalDate> signatures) {
        this.outgoing = Objects.requireNonNull(outgoing, "outgoing");
        this.incoming = Objects.requireNonNull(incoming, "incoming");
        this.supervisor = supervisor;
        this.items = List.copyOf(items);
        EnumMap<HandoverParty, LocalDate> copy = new EnumMap<>(HandoverParty.class);
        copy.putAll(signatures);
        this.signatures = copy;
    }

    /**
     * An unsigned record of {@code items} handed from {@code outgoing} to {@code incoming}.
     *
     * @param outgoing the person handing over
     * @param incoming the person taking over
     * @param items the items handed over
     * @return an unsigned record of {@code items} handed from {@code outgoing} to {@code incoming}
     */
    public static HandoverRecord of(PersonId outgoing, PersonId incoming, List<HandoverItem> items) {
        Objects.requireNonNull(items, "items");
        return new HandoverRecord(outgoing, incoming, null, items, Map.of());
    }

    /**
     * The person handing over (移交人).
     *
     * @return the person handing over (移交人)
     */
    public PersonId outgoing() {
        return outgoing;
    }

    /**
     * The person taking over (接收人).
     *
     * @return the person taking over (接收人)
     */
    public PersonId incoming() {
        return incoming;
    }

    /**
     * The supervisor (监交人), if one has signed.
     *
     * @return the supervisor (监交人), if one has signed
     */
    public Optional<PersonId> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    /**
     * The person of {@code party}, if known.
     *
     * @param party the party who signs
     * @return the person of {@code party}, if known
     */
    public Optional<PersonId> person(HandoverParty party) {
        switch (Objects.requireNonNull(party, "party")) {
            case OUTGOING:
                return Optional.of(outgoing);
            case INCOMING:
                return Optional.of(incoming);
            default:
                return supervisor();
        }
    }

    /**
     * The items, in the order listed; unmodifiable.
     *
     * @return the items, in the order listed; unmodifiable
     */
    public List<HandoverItem> items() {
        return items;
    }

    /**
     * The kinds of the items listed, in the order first listed.
     *
     * @return the kinds of the items listed, in the order first listed
     */
    public Set<HandoverItemKind> kindsListed() {
        Set<HandoverItemKind> kinds = new LinkedHashSet<>();
        items.forEach(item -> kinds.add(item.kind()));
        return kinds;
    }

    /**
     * The record with one more item and <em>no signatures</em>: a signature covers the list as
     * it was signed, so a changed list must be signed again.
     *
     * @param item the item handed over
     * @return the record with one more item and <em>no signatures</em>
     */
    public HandoverRecord withItem(HandoverItem item) {
        Objects.requireNonNull(item, "item");
        List<HandoverItem> more = new ArrayList<>(items);
        more.add(item);
        return new HandoverRecord(outgoing, incoming, null, more, Map.of());
    }

    /**
     * The day {@code party} signed, if they did.
     *
     * @param party the party asked about
     * @return the day {@code party} signed, if they did
     */
    public Optional<LocalDate> signature(HandoverParty party) {
        return Optional.ofNullable(signatures.get(Objects.requireNonNull(party, "party")));
    }

    /**
     * Whether {@code party} has signed.
     *
     * @param party the party asked about
     * @return whether {@code party} has signed
     */
    public boolean isSignedBy(HandoverParty party) {
        return signatures.containsKey(Objects.requireNonNull(party, "party"));
    }

    /**
     * The record signed by the outgoing person on {@code date} (a later signature replaces it).
     *
     * @param date the day of the handover
     * @return the record signed by the outgoing person on {@code date} (a later signature replaces it)
     */
    public HandoverRecord signedByOutgoing(LocalDate date) {
        return signed(HandoverParty.OUTGOING, supervisor, date);
    }

    /**
     * The record signed by the incoming person on {@code date}.
     *
     * @param date the day of the handover
     * @return the record signed by the incoming person on {@code date}
     */
    public HandoverRecord signedByIncoming(LocalDate date) {
        return signed(HandoverParty.INCOMING, supervisor, date);
    }

    /**
     * The record signed by {@code person} as supervisor (监交人) on {@code date}.
     *
     * @param person the supervisor
     * @param date the day of supervision
     * @return the record signed by {@code person} as supervisor (监交人) on {@code date}
     */
    public HandoverRecord signedBySupervisor(PersonId person, LocalDate date) {
        return signed(HandoverParty.SUPERVISOR, Objects.requireNonNull(person, "person"), date);
    }

    private HandoverRecord signed(HandoverParty party, PersonId newSupervisor, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Map<HandoverParty, LocalDate> more = new EnumMap<>(HandoverParty.class);
        more.putAll(signatures);
        more.put(party, date);
        return new HandoverRecord(outgoing, incoming, newSupervisor, items, more);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandoverRecord other && outgoing.equals(other.outgoing)
                && incoming.equals(other.incoming) && Objects.equals(supervisor, other.supervisor)
                && items.equals(other.items) && signatures.equals(other.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outgoing, incoming, supervisor, items, signatures);
    }

    @Override
    public String toString() {
        return "HandoverRecord[" + outgoing + " -> " + incoming
                + (supervisor == null ? "" : ", supervisor " + supervisor) + ", " + items.size() + " item(s), signed "
                + signatures + "]";
    }
}
