package org.statsbase.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * One submission (a unit's form for a period) as its trail events say it is: the state in the
 * reporting cycle (数据采集审核报送制度), the current values, the signatures the form carries
 * (统计法 2009 第二十一条), the explanations of verify failures, the reviewers' queries, and when it
 * was first submitted and accepted. A snapshot: {@link #replay} builds it from the events alone, so a
 * trail on a durable store gives every submission back.
 *
 * <p>The projection: only {@link Outcome#DONE} events on the submission's subject count; refused
 * attempts ({@link Outcome#REFUSED}) are evidence and change nothing. Events before the
 * {@link ReportingEvents#CREATE} are ignored, as are actions that are no lifecycle step (urging,
 * refusal flags). DONE events are trusted: the service that appended them checked them
 * ({@link Submissions}); the projection does not check them again. Entering values clears every
 * signature (the signatories signed other figures); approving a reopening clears the acceptance and
 * the forwarding but keeps values, explanations and signatures.
 *
 * <p>Thread safety: immutable.
 */
public final class Submission {

    private final SubmissionKey key;
    private final SubmissionState state;
    private final SortedMap<String, String> values;
    private final SortedMap<String, String> proxyValues;
    private final Map<Role, Signature> signatures;
    private final List<SubmissionExplanation> explanations;
    private final List<ReviewQuery> queries;
    private final Optional<String> proxyAuthorisation;
    private final Optional<Instant> firstSubmitted;
    private final Optional<Instant> accepted;
    private final Optional<String> forwardedTo;
    private final Optional<String> reopenReason;
    private final int submissions;
    private final long lastSequence;

    private Submission(Builder b) {
        this.key = b.key;
        this.state = b.state;
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(b.values));
        this.proxyValues = Collections.unmodifiableSortedMap(new TreeMap<>(b.proxyValues));
        EnumMap<Role, Signature> sig = new EnumMap<>(Role.class);
        sig.putAll(b.signatures);
        this.signatures = Collections.unmodifiableMap(sig);
        this.explanations = List.copyOf(b.explanations);
        this.queries = List.copyOf(b.queries);
        this.proxyAuthorisation = b.proxyAuthorisation;
        this.firstSubmitted = b.firstSubmitted;
        this.accepted = b.accepted;
        this.forwardedTo = b.forwardedTo;
        this.reopenReason = b.reopenReason;
        this.submissions = b.submissions;
        this.lastSequence = b.lastSequence;
    }

    /**
     * The submission {@code key} as {@code events} say it is: a pure fold over the events in the
     * order given (trail order). Events of other subjects are skipped.
     *
     * @param key    the submission to rebuild
     * @param events trail events in trail order; events of other subjects are skipped
     * @return empty when the events hold no carried-out {@link ReportingEvents#CREATE} for the key
     */
    public static Optional<Submission> replay(SubmissionKey key, List<TrailEvent> events) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(events, "events");
        String subject = key.subject();
        Submission current = null;
        for (TrailEvent e : events) {
            if (!e.subject().equals(subject)) {
                continue;
            }
            current = next(key, current, e);
        }
        return Optional.ofNullable(current);
    }

    /**
     * The submission {@code key} as the trail holds it now ({@link #replay} of its events).
     *
     * @param trail the trail the submission's steps were recorded in
     * @param key   the submission to read
     * @return the submission as its events say it is; empty when it was never created
     */
    public static Optional<Submission> read(Trail trail, SubmissionKey key) {
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(key, "key");
        return replay(key, trail.bySubject(key.subject()));
    }

    /**
     * One step of the fold: {@code current} (null before the creation) after the event {@code e} of
     * the key's subject.
     */
    static Submission next(SubmissionKey key, Submission current, TrailEvent e) {
        if (e.outcome() != Outcome.DONE) {
            return current;
        }
        Optional<SubmissionAction> step = SubmissionAction.ofTrailAction(e.action());
        if (step.isEmpty()) {
            return current;
        }
        if (current == null) {
            if (step.get() != SubmissionAction.CREATE) {
                return null;
            }
            Builder b = new Builder(key);
            b.lastSequence = e.sequence();
            return new Submission(b);
        }
        if (step.get() == SubmissionAction.CREATE) {
            return current;
        }
        Builder b = new Builder(current);
        b.apply(step.get(), e);
        b.lastSequence = e.sequence();
        return new Submission(b);
    }

    /**
     * What the submission is of.
     *
     * @return the unit, form and period the submission is of
     */
    public SubmissionKey key() {
        return key;
    }

    /**
     * Where it stands.
     *
     * @return the submission's state, for example {@link SubmissionState#SUBMITTED}
     */
    public SubmissionState state() {
        return state;
    }

    /**
     * The current values, indicator code → value text (numbers in plain notation; {@code ""} = missing
     * or cleared); unmodifiable, sorted by indicator.
     *
     * @return the current values, indicator code → value text (numbers in plain notation; {@code ""} = missing or
     *         cleared); unmodifiable, sorted by indicator; empty before any entry
     */
    public SortedMap<String, String> values() {
        return values;
    }

    /**
     * The current value of {@code indicator}; empty when never entered or cleared.
     *
     * @param indicator the indicator code, for example {@code B01}
     * @return the current value of {@code indicator}; empty when never entered or cleared
     */
    public Optional<String> value(String indicator) {
        String v = values.get(Objects.requireNonNull(indicator, "indicator"));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * The indicators whose current value was entered by a proxy filler (代填, defence-industry units
     * only), indicator → the authorisation id it was entered under; unmodifiable.
     *
     * @return indicator → the authorisation id its current value was entered under; empty when no current value came
     *         from a proxy
     */
    public SortedMap<String, String> proxyValues() {
        return proxyValues;
    }

    /**
     * The authorisation id of the latest entry by a proxy filler, if values were ever entered by proxy.
     *
     * @return the authorisation id of the latest entry by a proxy filler, if values were ever entered by proxy
     */
    public Optional<String> proxyAuthorisation() {
        return proxyAuthorisation;
    }

    /**
     * The signatures given since values last changed, by capacity; unmodifiable.
     *
     * @return the standing signatures by capacity, unmodifiable; empty after any value change
     */
    public Map<Role, Signature> signatures() {
        return signatures;
    }

    /**
     * The current explanations of verify failures, the latest per rule and record, in the order given.
     *
     * @return the latest explanation per rule and record, in the order given; empty when none stands
     */
    public List<SubmissionExplanation> explanations() {
        return explanations;
    }

    /**
     * Every query asked, in order, answered or not.
     *
     * @return every query asked, in order, answered or not; empty when none was asked
     */
    public List<ReviewQuery> queries() {
        return queries;
    }

    /**
     * The queries not answered yet, in order.
     *
     * @return the unanswered queries, in order; empty when every query is answered
     */
    public List<ReviewQuery> openQueries() {
        return queries.stream().filter(q -> !q.answered()).toList();
    }

    /**
     * The query {@code id}, if asked.
     *
     * @param id the query id, for example {@code Q1}
     * @return the query {@code id}, if asked
     */
    public Optional<ReviewQuery> query(String id) {
        Objects.requireNonNull(id, "id");
        return queries.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * When it was first submitted.
     *
     * @return when it was first submitted; empty while never submitted
     */
    public Optional<Instant> firstSubmitted() {
        return firstSubmitted;
    }

    /**
     * When it was accepted (验收); empty when not accepted or reopened since.
     *
     * @return when it was accepted (验收); empty when not accepted or reopened since
     */
    public Optional<Instant> accepted() {
        return accepted;
    }

    /**
     * The institution it was forwarded to (上报), while forwarded.
     *
     * @return the institution it was forwarded to (上报), while forwarded
     */
    public Optional<String> forwardedTo() {
        return forwardedTo;
    }

    /**
     * The reason given for reopening, while a reopening is requested.
     *
     * @return the reason given for reopening, while a reopening is requested
     */
    public Optional<String> reopenReason() {
        return reopenReason;
    }

    /**
     * How many times it was submitted (1 + resubmissions).
     *
     * @return how many times it was submitted (1 + resubmissions); 0 while never submitted
     */
    public int submissions() {
        return submissions;
    }

    /**
     * The sequence of the last trail event that changed it.
     *
     * @return the sequence of the last trail event that changed it, from 1
     */
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Submission s && key.equals(s.key) && state == s.state && values.equals(s.values)
                && proxyValues.equals(s.proxyValues) && signatures.equals(s.signatures)
                && explanations.equals(s.explanations) && queries.equals(s.queries)
                && proxyAuthorisation.equals(s.proxyAuthorisation) && firstSubmitted.equals(s.firstSubmitted)
                && accepted.equals(s.accepted) && forwardedTo.equals(s.forwardedTo)
                && reopenReason.equals(s.reopenReason) && submissions == s.submissions
                && lastSequence == s.lastSequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, state, values, signatures, queries, lastSequence);
    }

    @Override
    public String toString() {
        return "Submission[" + key + ", " + state + ", values=" + values + ", signed=" + signatures.keySet()
                + ", open queries=" + openQueries().size() + ", last=" + lastSequence + "]";
    }

    /** The mutable state of one fold step; never escapes. */
    private static final class Builder {
        private final SubmissionKey key;
        private SubmissionState state = SubmissionState.DRAFT;
        private final TreeMap<String, String> values;
        private final TreeMap<String, String> proxyValues;
        private final EnumMap<Role, Signature> signatures = new EnumMap<>(Role.class);
        private final List<SubmissionExplanation> explanations;
        private final List<ReviewQuery> queries;
        private Optional<String> proxyAuthorisation = Optional.empty();
        private Optional<Instant> firstSubmitted = Optional.empty();
        private Optional<Instant> accepted = Optional.empty();
        private Optional<String> forwardedTo = Optional.empty();
        private Optional<String> reopenReason = Optional.empty();
        private int submissions;
        private long lastSequence;

        Builder(SubmissionKey key) {
            this.key = key;
            this.values = new TreeMap<>();
            this.proxyValues = new TreeMap<>();
            this.explanations = new ArrayList<>();
            this.queries = new ArrayList<>();
        }

        Builder(Submission s) {
            this.key = s.key;
            this.state = s.state;
            this.values = new TreeMap<>(s.values);
            this.proxyValues = new TreeMap<>(s.proxyValues);
            this.signatures.putAll(s.signatures);
            this.explanations = new ArrayList<>(s.explanations);
            this.queries = new ArrayList<>(s.queries);
            this.proxyAuthorisation = s.proxyAuthorisation;
            this.firstSubmitted = s.firstSubmitted;
            this.accepted = s.accepted;
            this.forwardedTo = s.forwardedTo;
            this.reopenReason = s.reopenReason;
            this.submissions = s.submissions;
            this.lastSequence = s.lastSequence;
        }

        void apply(SubmissionAction step, TrailEvent e) {
            PersonId actor = PersonId.of(e.actor());
            switch (step) {
                case ENTER -> enter(e);
                case EXPLAIN -> explain(e, actor);
                case SIGN -> e.payload(ReportingEvents.SIGNATORY).flatMap(Builder::role).ifPresent(
                        r -> signatures.put(r, new Signature(r, actor, e.time(), e.sequence())));
                case SUBMIT -> {
                    state = SubmissionState.SUBMITTED;
                    submissions++;
                    if (firstSubmitted.isEmpty()) {
                        firstSubmitted = Optional.of(e.time());
                    }
                }
                case QUERY -> ask(e, actor, false);
                case RETURN -> {
                    ask(e, actor, true);
                    state = SubmissionState.RETURNED;
                }
                case ANSWER -> answer(e);
                case ACCEPT -> {
                    state = SubmissionState.ACCEPTED;
                    accepted = Optional.of(e.time());
                }
                case FORWARD -> {
                    state = SubmissionState.FORWARDED;
                    forwardedTo = e.payload(ReportingEvents.TO);
                }
                case REOPEN_REQUEST -> {
                    state = SubmissionState.REOPEN_REQUESTED;
                    reopenReason = Optional.of(e.payload(ReportingEvents.REASON).orElse(""));
                }
                case REOPEN_APPROVE -> {
                    state = SubmissionState.DRAFT;
                    accepted = Optional.empty();
                    forwardedTo = Optional.empty();
                    reopenReason = Optional.empty();
                }
                default -> {
                    // CREATE is handled by the fold
                }
            }
        }

        private void enter(TrailEvent e) {
            Optional<String> proxy = e.payload(ReportingEvents.PROXY_AUTHORISATION);
            boolean changed = false;
            for (Map.Entry<String, String> p : e.payload().entrySet()) {
                if (!p.getKey().startsWith(ReportingEvents.VALUE_PREFIX)) {
                    continue;
                }
                String indicator = p.getKey().substring(ReportingEvents.VALUE_PREFIX.length());
                values.put(indicator, p.getValue());
                if (proxy.isPresent()) {
                    proxyValues.put(indicator, proxy.get());
                } else {
                    proxyValues.remove(indicator);
                }
                changed = true;
            }
            if (proxy.isPresent()) {
                proxyAuthorisation = proxy;
            }
            if (changed) {
                signatures.clear();
            }
        }

        private void explain(TrailEvent e, PersonId actor) {
            String rule = e.payload(ReportingEvents.RULE).orElse("");
            String record = e.payload(ReportingEvents.RECORD).orElse("");
            explanations.removeIf(x -> x.ruleId().equals(rule) && x.record().equals(record));
            explanations.add(new SubmissionExplanation(rule, record, e.payload(ReportingEvents.TEXT).orElse(""),
                    actor, e.time(), e.sequence()));
        }

        private void ask(TrailEvent e, PersonId actor, boolean returned) {
            Role role = role(e.role()).orElse(Role.SYSTEM);
            queries.add(new ReviewQuery(e.payload(ReportingEvents.QUERY).orElse(""),
                    e.payload(ReportingEvents.TEXT).orElse(""), actor, role, returned, e.time(), e.sequence(),
                    Optional.empty()));
        }

        private void answer(TrailEvent e) {
            String id = e.payload(ReportingEvents.QUERY).orElse("");
            String text = e.payload(ReportingEvents.TEXT).orElse("");
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i).id().equals(id)) {
                    queries.set(i, queries.get(i).withAnswer(text));
                    return;
                }
            }
        }

        private static Optional<Role> role(String name) {
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }
}
