package org.statsbase.reporting.accountability;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.trail.Hash;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.TrailEvent;

/**
 * One entry of a figure's history: a trail event that touched the figure or its submission, with who
 * did it, in which role, when, what, whether it was carried out or refused, and its hash in the chain
 * — the evidence 数据质量责任追究制度 asks for.
 *
 * <p>Thread safety: immutable.
 */
public final class FigureEntry {

    private final TrailEvent event;
    private final EntryKind kind;
    private final ValueChange change;

    private FigureEntry(TrailEvent event, EntryKind kind, ValueChange change) {
        this.event = Objects.requireNonNull(event, "event");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.change = change;
    }

    static FigureEntry of(TrailEvent event, ValueChange change) {
        return new FigureEntry(event, EntryKind.ofAction(event.action()), change);
    }

    /**
     * The trail event.
     *
     * @return the trail event the entry was read from
     */
    public TrailEvent event() {
        return event;
    }

    /**
     * The event's sequence in the trail.
     *
     * @return the event's sequence in the trail, from 1
     */
    public long sequence() {
        return event.sequence();
    }

    /**
     * When it was recorded.
     *
     * @return when it was recorded, by the trail's clock
     */
    public Instant time() {
        return event.time();
    }

    /**
     * Who acted (a person id).
     *
     * @return who acted, a person id
     */
    public String actor() {
        return event.actor();
    }

    /**
     * The role as recorded.
     *
     * @return the role text as recorded in the event
     */
    public String role() {
        return event.role();
    }

    /**
     * The role, when the recorded text names one of {@link Role}.
     *
     * @return the role; empty when the recorded text names none of {@link Role}
     */
    public Optional<Role> knownRole() {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(event.role())).findFirst();
    }

    /**
     * The trail action.
     *
     * @return the trail action, for example {@code submission.enter}
     */
    public String action() {
        return event.action();
    }

    /**
     * What the entry is.
     *
     * @return what the entry is: a value change, a signature, an acceptance …
     */
    public EntryKind kind() {
        return kind;
    }

    /**
     * Carried out or refused.
     *
     * @return {@link Outcome#DONE} or {@link Outcome#REFUSED}
     */
    public Outcome outcome() {
        return event.outcome();
    }

    /**
     * Whether the step was refused (a refused attempt kept as evidence).
     *
     * @return true when the step was refused (a refused attempt kept as evidence)
     */
    public boolean refused() {
        return event.outcome() == Outcome.REFUSED;
    }

    /**
     * The code of the rule that refused the step, for a refused one.
     *
     * @return the stable error code of the refusing rule; empty for a carried-out step
     */
    public Optional<String> errorCode() {
        return refused() ? event.payload(ReportingEvents.ERROR) : Optional.empty();
    }

    /**
     * The event's hash in the chain.
     *
     * @return the event's hash in the chain
     */
    public Hash hash() {
        return event.hash();
    }

    /**
     * The event's payload.
     *
     * @return the event's payload, sorted by key
     */
    public SortedMap<String, String> payload() {
        return event.payload();
    }

    /**
     * For a {@link EntryKind#VALUE} entry: the figure's value before and after (or attempted).
     *
     * @return the value before and after (or the value attempted); empty for other kinds of entry
     */
    public Optional<ValueChange> change() {
        return Optional.ofNullable(change);
    }

    /**
     * Whether this entry changed the figure's value: a carried-out value entry.
     *
     * @return true when this entry changed the figure's value: a carried-out value entry
     */
    public boolean isValueChange() {
        return change != null && !refused();
    }

    /**
     * The proxy authorisation a value was entered under (代填, defence-industry units only).
     *
     * @return the proxy authorisation id the value was entered under; empty for an entry by the unit's own staff
     */
    public Optional<String> proxyAuthorisation() {
        return change == null ? Optional.empty() : event.payload(ReportingEvents.PROXY_AUTHORISATION);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureEntry f && event.equals(f.event) && kind == f.kind && Objects.equals(change, f.change);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, kind, change);
    }

    @Override
    public String toString() {
        return "#" + sequence() + " " + time() + " " + actor() + " (" + role() + ") " + action()
                + (change == null ? "" : " " + change.before() + " -> " + change.after())
                + (refused() ? " REFUSED " + errorCode().orElse("") : "");
    }
}
