package org.statsbase.reporting.handover;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverItemKind;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.HandoverRecord;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StandardHandoverItemKind;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.ReviewQuery;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * Handover (工作交接) over the trail: 国统字〔2021〕85号 二（二） asks that a township statistician who
 * changes hands over the work, and the enterprises' 统计工作交接制度 (三（八）) that a unit's statistician
 * does; statsbase adds to the core {@link HandoverRecord} the work still open in the reporting cycle —
 * the open submissions (not {@link SubmissionState#ACCEPTED accepted} or
 * {@link SubmissionState#FORWARDED forwarded}) and the pending (unanswered) queries of the units handed
 * over ({@link ReportingItemKind}) — records it ({@code handover.record}, subject
 * {@code handover/{unitId}/{id}}) and the signatures ({@code handover.sign}).
 *
 * <p>Each side signs for itself: only the named outgoing person signs as 移交人 and only the named
 * incoming person as 接收人; anyone else is refused ({@code SB-REP-0502}) and the attempt recorded. A
 * handover is {@linkplain Handover#isComplete() complete} when both sides have signed; until then the
 * lifecycle ({@code Submissions}, reading the same events) refuses the successor's steps on the unit.
 * A supervisor (监交人, {@link #supervise}) may sign too; {@link org.statsbase.core.org.TransferRules}
 * decides whether one is required for a transfer.
 *
 * <p>Events: the record and the two sides' signatures carry the post handed over as their role (for a
 * unit's statistician {@link Role#FILLER} or {@link Role#STATISTICS_LEAD}, for a township statistician
 * {@link Role#TOWNSHIP_REVIEWER}); the record's payload holds {@code outgoing}, {@code incoming},
 * {@code items} (one per line: code, Chinese name, English name, description, tab-separated, escaped)
 * and {@code units} (the units covered, comma-separated). Handover ids are numbered {@code 1, 2, …} per
 * unit in the order recorded (refused attempts take a number too, so ids never repeat).
 *
 * <p>Signature dates in the core record are the signing instants' dates in the reader's zone
 * (default {@link DeadlineCalendar#DEFAULT_ZONE}).
 *
 * <p>Thread safety: safe for concurrent use; recording and signing are checked and appended under one
 * lock of this object. Open one {@code Handovers} per trail, or ids could be taken twice.
 */
public final class Handovers {

    private static final Set<SubmissionState> CLOSED = Set.of(SubmissionState.ACCEPTED, SubmissionState.FORWARDED);

    private final Trail trail;
    private final ZoneId zone;
    private final Map<String, HandoverItemKind> kinds;
    private final Object recording = new Object();

    private Handovers(Trail trail, ZoneId zone, Map<String, HandoverItemKind> kinds) {
        this.trail = trail;
        this.zone = zone;
        this.kinds = kinds;
    }

    /**
     * Handovers over {@code trail}, dating signatures in {@link DeadlineCalendar#DEFAULT_ZONE}.
     *
     * @param trail the trail the handovers are recorded in
     * @return the handover service
     */
    public static Handovers over(Trail trail) {
        return over(trail, DeadlineCalendar.DEFAULT_ZONE, List.of());
    }

    /**
     * Handovers over {@code trail}, dating signatures in {@code zone}; item kinds of {@code moreKinds} are
     * read back as themselves (others than {@link ReportingItemKind} and {@link StandardHandoverItemKind}
     * come back as {@link RecordedItemKind}).
     *
     * @param trail     the trail the handovers are recorded in
     * @param zone      the zone the signature dates of {@link HandoverRecord} are given in
     * @param moreKinds the embedder's own item kinds, recognised when read back
     * @return the handover service
     */
    public static Handovers over(Trail trail, ZoneId zone, Collection<? extends HandoverItemKind> moreKinds) {
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(moreKinds, "moreKinds");
        Map<String, HandoverItemKind> known = new HashMap<>();
        for (HandoverItemKind k : StandardHandoverItemKind.values()) {
            known.put(k.code(), k);
        }
        for (HandoverItemKind k : ReportingItemKind.values()) {
            known.put(k.code(), k);
        }
        for (HandoverItemKind k : moreKinds) {
            known.put(Objects.requireNonNull(k, "kind").code(), k);
        }
        return new Handovers(trail, zone, Map.copyOf(known));
    }

    /**
     * Records the handover of {@code unitId}'s post: its items are the unit's open submissions and
     * pending queries, then {@code extra} (ledgers, accounts, archives …).
     *
     * @param unitId   the unit whose post is handed over
     * @param post     the post, as the role its holder acts in
     * @param outgoing the person handing over (移交人)
     * @param incoming the person taking over (接收人)
     * @param extra    items beyond the open work: ledgers, accounts, archives …; may be empty
     * @return the recorded handover, signed by nobody yet
     * @throws ReportingException {@code SB-REP-0504} when outgoing and incoming are one person (recorded)
     */
    public Handover record(String unitId, Role post, PersonId outgoing, PersonId incoming, List<HandoverItem> extra) {
        return record(unitId, post, outgoing, incoming, List.of(unitId), extra);
    }

    /**
     * Records a handover whose open work spans several units — a township statistician's: the open
     * submissions and pending queries of every unit in {@code coveredUnits}, then {@code extra}.
     *
     * @param unitId       the unit (or station) whose post is handed over
     * @param post         the post, as the role its holder acts in
     * @param coveredUnits the units whose open work is listed (duplicates count once)
     * @param outgoing the person handing over (移交人)
     * @param incoming the person taking over (接收人)
     * @param extra    items beyond the open work; may be empty
     * @return the recorded handover, signed by nobody yet
     * @throws ReportingException {@code SB-REP-0504} when outgoing and incoming are one person (recorded),
     *                            {@code SB-REP-0002} for an invalid unit id
     */
    public Handover record(String unitId, Role post, PersonId outgoing, PersonId incoming,
            Collection<String> coveredUnits, List<HandoverItem> extra) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(coveredUnits, "coveredUnits");
        Objects.requireNonNull(extra, "extra");
        String prefix = HandoverId.prefixOf(unitId);
        TreeSet<String> units = new TreeSet<>();
        for (String u : coveredUnits) {
            units.add(HandoverId.checkedUnitId(Objects.requireNonNull(u, "covered unit")));
        }
        List<HandoverItem> extras = List.copyOf(extra);
        synchronized (recording) {
            int taken = trail.bySubjectPrefix(prefix).stream()
                    .filter(e -> e.action().equals(ReportingEvents.HANDOVER_RECORD)).mapToInt(e -> 1).sum();
            HandoverId id = HandoverId.of(unitId, Integer.toString(taken + 1));
            EventDraft draft = EventDraft.of(outgoing.value(), post.name(), ReportingEvents.HANDOVER_RECORD,
                    id.subject()).with(ReportingEvents.OUTGOING, outgoing.value())
                    .with(ReportingEvents.INCOMING, incoming.value()).with(ReportingEvents.UNITS, String.join(",", units));
            if (outgoing.equals(incoming)) {
                trail.append(draft.refused(ReportingError.HANDOVER_SAME_PERSON.code()));
                throw new ReportingException(ReportingError.HANDOVER_SAME_PERSON, outgoing, unitId);
            }
            List<HandoverItem> items = new ArrayList<>(openWork(units));
            items.addAll(extras);
            trail.append(draft.with(ReportingEvents.ITEMS, ItemCodec.encode(items)));
            return read(id).orElseThrow();
        }
    }

    /**
     * The open work of {@code units} as it stands now: one {@link ReportingItemKind#OPEN_SUBMISSION} per
     * submission not accepted or forwarded, then one {@link ReportingItemKind#PENDING_QUERY} per
     * unanswered query, each sorted by subject (queries in the order asked).
     *
     * @param units the unit ids whose open work is listed
     * @return the open submissions, then the pending queries; empty when nothing is open
     */
    public List<HandoverItem> openWork(Collection<String> units) {
        Objects.requireNonNull(units, "units");
        Set<String> prefixes = new TreeSet<>();
        for (String u : units) {
            prefixes.add(SubmissionKey.SUBJECT_PREFIX + HandoverId.checkedUnitId(Objects.requireNonNull(u, "unit")) + "/");
        }
        Map<String, List<TrailEvent>> bySubject = new TreeMap<>();
        trail.forEach(1, e -> {
            String s = e.subject();
            if (s.startsWith(SubmissionKey.SUBJECT_PREFIX)) {
                int cut = s.indexOf('/', SubmissionKey.SUBJECT_PREFIX.length());
                if (cut > 0 && prefixes.contains(s.substring(0, cut + 1))) {
                    bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                }
            }
            return true;
        });
        List<HandoverItem> open = new ArrayList<>();
        List<HandoverItem> queries = new ArrayList<>();
        for (Map.Entry<String, List<TrailEvent>> entry : bySubject.entrySet()) {
            SubmissionKey key;
            try {
                key = SubmissionKey.parseSubject(entry.getKey());
            } catch (ReportingException malformed) {
                continue;
            }
            Optional<Submission> submission = Submission.replay(key, entry.getValue());
            if (submission.isEmpty()) {
                continue;
            }
            Submission s = submission.get();
            if (!CLOSED.contains(s.state())) {
                open.add(HandoverItem.of(ReportingItemKind.OPEN_SUBMISSION, describe(s)));
            }
            for (ReviewQuery q : s.openQueries()) {
                queries.add(HandoverItem.of(ReportingItemKind.PENDING_QUERY, describe(s, q)));
            }
        }
        open.addAll(queries);
        return List.copyOf(open);
    }

    /** The description of an open submission's item: {@code subject state（状态）}. */
    static String describe(Submission s) {
        return s.key().subject() + " " + s.state().name() + "（" + s.state().nameZh() + "）";
    }

    /** The description of a pending query's item: {@code subject queryId text}. */
    static String describe(Submission s, ReviewQuery q) {
        return s.key().subject() + " " + q.id() + (q.returned() ? "（退回）" : "（查询）") + " " + q.text();
    }

    /**
     * Records {@code person}'s signature as {@code party} (outgoing or incoming).
     *
     * @param id     the handover
     * @param party  {@link HandoverParty#OUTGOING} or {@link HandoverParty#INCOMING}
     * @param person who signs; must be the person the handover names for {@code party}
     * @return the handover with the signature
     * @throws IllegalArgumentException for {@link HandoverParty#SUPERVISOR}: use {@link #supervise}
     * @throws ReportingException {@code SB-REP-0501} no such handover, {@code -0502} the person is not the
     *                            one named for the party, {@code -0503} the party signed already; each
     *                            refused attempt is recorded first
     */
    public Handover sign(HandoverId id, HandoverParty party, PersonId person) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(person, "person");
        if (party == HandoverParty.SUPERVISOR) {
            throw new IllegalArgumentException("a supervisor signs through supervise(id, person, role)");
        }
        synchronized (recording) {
            Optional<Handover> found = read(id);
            Role role = found.map(Handover::post).orElse(Role.SYSTEM);
            EventDraft draft = EventDraft.of(person.value(), role.name(), ReportingEvents.HANDOVER_SIGN, id.subject())
                    .with(ReportingEvents.PARTY, party.name());
            try {
                Handover h = found.orElseThrow(() -> new ReportingException(ReportingError.HANDOVER_NOT_FOUND, id));
                PersonId named = h.record().person(party).orElseThrow();
                if (!named.equals(person)) {
                    throw new ReportingException(ReportingError.HANDOVER_WRONG_SIGNER, id, person, party.nameZh(),
                            named, party.nameEn());
                }
                alreadySigned(h, party);
            } catch (StatsbaseException e) {
                trail.append(draft.refused(e.code()));
                throw e;
            }
            trail.append(draft);
            return read(id).orElseThrow();
        }
    }

    /**
     * Records {@code person}'s signature as supervisor (监交人), acting in {@code role} (for example
     * {@link Role#UNIT_HEAD} for a unit, {@link Role#OFFICE} for a station).
     *
     * @param id     the handover
     * @param person the supervisor (监交人); neither the outgoing nor the incoming person
     * @param role   the role the supervisor acts in
     * @return the handover with the supervisor's signature
     * @throws ReportingException {@code SB-REP-0501} no such handover, {@code -0505} the person is the
     *                            outgoing or incoming one, {@code -0503} a supervisor signed already; each
     *                            refused attempt is recorded first
     */
    public Handover supervise(HandoverId id, PersonId person, Role role) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        synchronized (recording) {
            Optional<Handover> found = read(id);
            EventDraft draft = EventDraft.of(person.value(), role.name(), ReportingEvents.HANDOVER_SIGN, id.subject())
                    .with(ReportingEvents.PARTY, HandoverParty.SUPERVISOR.name());
            try {
                Handover h = found.orElseThrow(() -> new ReportingException(ReportingError.HANDOVER_NOT_FOUND, id));
                if (person.equals(h.outgoing()) || person.equals(h.incoming())) {
                    throw new ReportingException(ReportingError.HANDOVER_SUPERVISOR_NOT_INDEPENDENT, id, person);
                }
                alreadySigned(h, HandoverParty.SUPERVISOR);
            } catch (StatsbaseException e) {
                trail.append(draft.refused(e.code()));
                throw e;
            }
            trail.append(draft);
            return read(id).orElseThrow();
        }
    }

    private static void alreadySigned(Handover h, HandoverParty party) {
        if (h.signatureSequence(party).isPresent()) {
            throw new ReportingException(ReportingError.HANDOVER_ALREADY_SIGNED, h.id(), party.nameZh(),
                    h.signatureSequence(party).getAsLong(), party.nameEn());
        }
    }

    /**
     * Whether both sides of the handover have signed; false for an unknown handover.
     *
     * @param id the handover
     * @return true when both sides of the handover have signed; false for an unknown handover
     */
    public boolean isComplete(HandoverId id) {
        return read(id).map(Handover::isComplete).orElse(false);
    }

    /**
     * The handover {@code id} as the trail records it, if it was recorded.
     *
     * @param id the handover
     * @return the handover; empty when it was never recorded
     */
    public Optional<Handover> handover(HandoverId id) {
        return read(id);
    }

    /**
     * Every recorded handover of {@code unitId}, in the order recorded.
     *
     * @param unitId the unit
     * @return the handovers in the order recorded; empty when there is none
     */
    public List<Handover> handovers(String unitId) {
        Map<String, List<TrailEvent>> bySubject = new LinkedHashMap<>();
        for (TrailEvent e : trail.bySubjectPrefix(HandoverId.prefixOf(unitId))) {
            bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
        }
        List<Handover> all = new ArrayList<>();
        bySubject.forEach((subject, events) -> fold(HandoverId.parseSubject(subject), events).ifPresent(all::add));
        return all;
    }

    /**
     * The handovers of {@code unitId} not yet signed by both sides, in the order recorded.
     *
     * @param unitId the unit
     * @return the unsigned handovers in the order recorded; empty when all are complete
     */
    public List<Handover> pending(String unitId) {
        return handovers(unitId).stream().filter(h -> !h.isComplete()).toList();
    }

    private Optional<Handover> read(HandoverId id) {
        return fold(id, trail.bySubject(id.subject()));
    }

    private Optional<Handover> fold(HandoverId id, List<TrailEvent> events) {
        TrailEvent recorded = null;
        EnumMap<HandoverParty, Handover.Signed> signed = new EnumMap<>(HandoverParty.class);
        EnumMap<HandoverParty, String> signer = new EnumMap<>(HandoverParty.class);
        for (TrailEvent e : events) {
            if (e.outcome() != Outcome.DONE) {
                continue;
            }
            if (e.action().equals(ReportingEvents.HANDOVER_RECORD) && recorded == null) {
                recorded = e;
            } else if (e.action().equals(ReportingEvents.HANDOVER_SIGN) && recorded != null) {
                for (HandoverParty p : HandoverParty.values()) {
                    if (p.name().equals(e.payload(ReportingEvents.PARTY).orElse("")) && !signed.containsKey(p)) {
                        signed.put(p, new Handover.Signed(e.sequence(), e.time()));
                        signer.put(p, e.actor());
                    }
                }
            }
        }
        if (recorded == null) {
            return Optional.empty();
        }
        TrailEvent r = recorded;
        Role post = role(r.role());
        List<HandoverItem> items = ItemCodec.decode(r.payload(ReportingEvents.ITEMS).orElse(""), kinds,
                line -> new ReportingException(ReportingError.HANDOVER_ITEMS_UNREADABLE, id, r.sequence(), line));
        HandoverRecord record = HandoverRecord.of(PersonId.of(r.payload(ReportingEvents.OUTGOING).orElse(r.actor())),
                PersonId.of(r.payload(ReportingEvents.INCOMING).orElse("")), items);
        for (Map.Entry<HandoverParty, Handover.Signed> s : signed.entrySet()) {
            var date = s.getValue().at().atZone(zone).toLocalDate();
            record = switch (s.getKey()) {
                case OUTGOING -> record.signedByOutgoing(date);
                case INCOMING -> record.signedByIncoming(date);
                case SUPERVISOR -> record.signedBySupervisor(PersonId.of(signer.get(HandoverParty.SUPERVISOR)), date);
            };
        }
        String units = r.payload(ReportingEvents.UNITS).orElse(id.unitId());
        List<String> covered = units.isEmpty() ? List.of() : List.of(units.split(","));
        return Optional.of(new Handover(id, post, covered, record, r.sequence(), r.time(), signed));
    }

    private static Role role(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new ReportingException(ReportingError.HANDOVER_ROLE_UNKNOWN, name);
    }

    @Override
    public String toString() {
        return "Handovers[" + trail.store().describe() + "]";
    }
}
