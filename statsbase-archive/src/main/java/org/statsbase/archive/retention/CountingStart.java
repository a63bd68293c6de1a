package org.statsbase.archive.retention;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.internal.Texts;

/**
 * Where the retention period of a class starts. By default (archive practice, *unconfirmed for statistics*,
 * hence configurable) on 1 January of the year after the record was formed; or from an event set per class —
 * a survey closed, an enforcement case closed — either on the event's date or on 1 January of the year after it.
 *
 * <p>Thread safety: immutable.
 */
public final class CountingStart {

    private static final CountingStart FORMATION = new CountingStart(null, true);

    private final String event;
    private final boolean nextYear;

    private CountingStart(String event, boolean nextYear) {
        this.event = event;
        this.nextYear = nextYear;
    }

    /**
     * 1 January of the year after formation (the default).
     *
     * @return counting from 1 January of the year after formation
     */
    public static CountingStart fromFormation() {
        return FORMATION;
    }

    /**
     * From an event.
     *
     * @param event    the event's name, for example {@code survey-closed}
     * @param nextYear whether counting starts on 1 January of the year after the event (else on its date)
     * @return counting from {@code event}
     */
    public static CountingStart fromEvent(String event, boolean nextYear) {
        return new CountingStart(Texts.required(event, "counting event", "起算事件"), nextYear);
    }

    /**
     * The event counted from; empty when counting from formation.
     *
     * @return the event counted from; empty when counting from formation
     */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /**
     * Whether counting starts on 1 January of the year after the formation or event.
     *
     * @return true when counting starts on 1 January of the year after the formation or event
     */
    public boolean nextYear() {
        return nextYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountingStart c && Objects.equals(event, c.event) && nextYear == c.nextYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, nextYear);
    }

    @Override
    public String toString() {
        return event == null ? "formation" : "event " + event + (nextYear ? " (next year)" : "");
    }
}
