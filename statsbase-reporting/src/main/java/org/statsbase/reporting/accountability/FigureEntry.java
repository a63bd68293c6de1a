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

    /** The trail event. */
    public TrailEvent event() {
        return event;
    }

    /** The event's sequence in the trail. */
    public long sequence() {
        return event.sequence();
    }

    /** When it was recorded. */
    public Instant time() {
        return event.time();
    }

    /** Who acted (a person id). */
    public String actor() {
        return event.actor();
    }

    /** The role as recorded. */
    public String role() {
        return event.role();
    }

    /** The role, when the recorded text names one of {@link Role}. */
    public Optional<Role> knownRole() {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(event.role())).findFirst();
    }

    /** The trail action. */
    public String action() {
        return event.action();
    }

    /** What the entry is. */
    public EntryKind kind() {
        return kind;
    }

    /** Carried out or refused. */
    public Outcome outcome() {
        return event.outcome();
    }

    /** Whether the step was refused (a refused attempt kept as evidence). */
    public boolean refused() {
        return event.outcome() == Outcome.REFUSED;
    }

    /** The code of the rule that refused the step, for a refused one. */
    public Optional<String> errorCode() {
        return refused() ? event.payload(ReportingEvents.ERROR) : Optional.empty();
    }

    /** The event's hash in the chain. */
    public Hash hash() {
        return event.hash();
    }

    /** The event's payload. */
    public SortedMap<String, String> payload() {
        return event.payload();
    }

    /** For a {@link EntryKind#VALUE} entry: the figure's value before and after (or attempted). */
    public Optional<ValueChange> change() {
        return Optional.ofNullable(change);
    }

    /** Whether this entry changed the figure's value: a carried-out value entry. */
    public boolean isValueChange() {
        return change != null && !refused();
    }

    /** The proxy authorisation a value was entered under (代填, defence-industry units only). */
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
