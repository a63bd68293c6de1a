package org.statsbase.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * What {@link Submissions} knows from the trail, kept up to date incrementally: every submission (the
 * fold of {@link Submission#replay}), every proxy authorisation, and every handover's signing state.
 * It reads the events appended since it last looked, so events other writers append to the same trail
 * (handovers, authorisations, urging) are seen too.
 *
 * <p>Thread safety: thread-safe (every method synchronizes on this).
 */
final class TrailProjection {

    /** A handover of a unit: who takes over and which parties signed. */
    static final class Handover {
        final String subject;
        Optional<PersonId> incoming = Optional.empty();
        final Set<HandoverSide> signed = EnumSet.noneOf(HandoverSide.class);

        Handover(String subject) {
            this.subject = subject;
        }
    }

    /** The two sides of a handover (工作交接: 移交人, 接交人). */
    enum HandoverSide {
        OUTGOING, INCOMING
    }

    private static final String HANDOVER_PREFIX = "handover/";
    private static final String UNIT_PREFIX = "unit/";

    private final Trail trail;
    private long seen;
    private final Map<SubmissionKey, Submission> submissions = new HashMap<>();
    private final Map<String, List<ProxyAuthorisation>> authorisations = new HashMap<>();
    // A handover gates every unit it covers: its own subject's unit and those listed in its "units"
    // payload (a township statistician's post covers the units of the township).
    private final Map<String, Handover> handoversBySubject = new HashMap<>();
    private final Map<String, Map<String, Handover>> handovers = new HashMap<>();

    TrailProjection(Trail trail) {
        this.trail = trail;
    }

    /** Reads the events appended since the last call. */
    synchronized void catchUp() {
        trail.forEach(seen + 1, e -> {
            apply(e);
            seen = e.sequence();
            return true;
        });
    }

    synchronized Optional<Submission> submission(SubmissionKey key) {
        return Optional.ofNullable(submissions.get(key));
    }

    synchronized List<Submission> submissions() {
        TreeMap<String, Submission> sorted = new TreeMap<>();
        submissions.forEach((k, v) -> sorted.put(k.subject(), v));
        return List.copyOf(sorted.values());
    }

    synchronized List<ProxyAuthorisation> authorisations(String unitId) {
        return List.copyOf(authorisations.getOrDefault(unitId, List.of()));
    }

    /** The first handover of {@code unitId} naming {@code person} as incoming that both sides have not signed. */
    synchronized Optional<Handover> unsignedHandover(String unitId, PersonId person) {
        for (Handover h : handovers.getOrDefault(unitId, Map.of()).values()) {
            if (h.incoming.filter(person::equals).isPresent() && h.signed.size() < HandoverSide.values().length) {
                Handover copy = new Handover(h.subject);
                copy.incoming = h.incoming;
                copy.signed.addAll(h.signed);
                return Optional.of(copy);
            }
        }
        return Optional.empty();
    }

    private void apply(TrailEvent e) {
        if (e.outcome() != Outcome.DONE) {
            return;
        }
        String subject = e.subject();
        if (subject.startsWith(SubmissionKey.SUBJECT_PREFIX)) {
            SubmissionKey key;
            try {
                key = SubmissionKey.parseSubject(subject);
            } catch (RuntimeException malformed) {
                return;
            }
            Submission next = Submission.next(key, submissions.get(key), e);
            if (next != null) {
                submissions.put(key, next);
            }
        } else if (subject.startsWith(UNIT_PREFIX) && e.action().equals(ReportingEvents.PROXY_AUTHORISE)) {
            authorisation(subject.substring(UNIT_PREFIX.length()), e);
        } else if (subject.startsWith(HANDOVER_PREFIX)) {
            handover(subject, e);
        }
    }

    private void authorisation(String unitId, TrailEvent e) {
        Optional<String> id = e.payload(ReportingEvents.AUTHORISATION);
        Optional<PersonId> person = person(e.payload(ReportingEvents.PERSON));
        Optional<PersonId> by = person(Optional.of(e.actor()));
        if (id.isEmpty() || person.isEmpty() || by.isEmpty()) {
            return;
        }
        authorisations.computeIfAbsent(unitId, u -> new ArrayList<>()).add(new ProxyAuthorisation(id.get(), unitId,
                person.get(), e.payload(ReportingEvents.BASIS).orElse(""), by.get(), e.time(), e.sequence()));
    }

    private void handover(String subject, TrailEvent e) {
        String[] parts = subject.split("/", -1);
        if (parts.length < 3 || parts[1].isEmpty()) {
            return;
        }
        Handover h = handoversBySubject.computeIfAbsent(subject, Handover::new);
        if (e.action().equals(ReportingEvents.HANDOVER_RECORD)) {
            h.incoming = person(e.payload(ReportingEvents.INCOMING));
            handovers.computeIfAbsent(parts[1], u -> new LinkedHashMap<>()).put(subject, h);
            for (String unit : e.payload(ReportingEvents.UNITS).orElse("").split(",")) {
                if (!unit.isBlank()) {
                    handovers.computeIfAbsent(unit.strip(), u -> new LinkedHashMap<>()).put(subject, h);
                }
            }
        } else if (e.action().equals(ReportingEvents.HANDOVER_SIGN)) {
            String party = e.payload(ReportingEvents.PARTY).orElse("");
            for (HandoverSide side : HandoverSide.values()) {
                if (side.name().equals(party)) {
                    h.signed.add(side);
                }
            }
        }
    }

    private static Optional<PersonId> person(Optional<String> text) {
        try {
            return text.map(PersonId::of);
        } catch (RuntimeException blank) {
            return Optional.empty();
        }
    }
}
