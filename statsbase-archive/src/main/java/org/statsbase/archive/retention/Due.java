package org.statsbase.archive.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.statsbase.archive.record.HoldId;

/**
 * The answer to "when may this record be disposed of?": a due date (the first day disposal may start),
 * {@code PERMANENT}, {@code HELD} (never due while a hold is active), {@code WAITING_EVENT} (counting has not
 * started: the class counts from an event not yet recorded) — or {@code DESTROYED} for a record already gone.
 * Only a {@link On} answer whose date has been reached allows disposal.
 *
 * <p>Thread safety: immutable.
 */
public sealed interface Due {

    /** The kind of answer, for switching and for output. */
    enum Kind {
        /** A due date. */
        DATE,
        /** Kept permanently. */
        PERMANENT,
        /** Held. */
        HELD,
        /** Waiting for the counting event. */
        WAITING_EVENT,
        /** Already destroyed. */
        DESTROYED
    }

    /**
     * The kind.
     *
     * @return what kind of answer this is
     */
    Kind kind();

    /**
     * Whether disposal may start as of the date asked.
     *
     * @return true when disposal may start as of the date asked
     */
    boolean isDue();

    /**
     * The answer as text: the ISO date, or the kind's name.
     *
     * @return the answer as text: the ISO date, or the kind's name
     */
    default String text() {
        return kind().name();
    }

    /**
     * A due date.
     *
     * @param date the first day disposal may start
     * @param asOf the date asked about
     */
    record On(LocalDate date, LocalDate asOf) implements Due {
        /**
         * Checks for nulls.
         *
         * @param date the first day disposal may start
         * @param asOf the date asked about
         */
        public On {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(asOf, "asOf");
        }

        @Override
        public Kind kind() {
            return Kind.DATE;
        }

        @Override
        public boolean isDue() {
            return !date.isAfter(asOf);
        }

        @Override
        public String text() {
            return date.toString();
        }
    }

    /** Kept permanently: never due. */
    record Permanent() implements Due {
        @Override
        public Kind kind() {
            return Kind.PERMANENT;
        }

        @Override
        public boolean isDue() {
            return false;
        }
    }

    /**
     * Held: never due while any hold is active.
     *
     * @param holds the active holds
     */
    record Held(List<HoldId> holds) implements Due {
        /**
         * Copies the list.
         *
         * @param holds the active holds
         */
        public Held {
            holds = List.copyOf(holds);
        }

        @Override
        public Kind kind() {
            return Kind.HELD;
        }

        @Override
        public boolean isDue() {
            return false;
        }
    }

    /**
     * Counting has not started.
     *
     * @param event the event awaited
     */
    record WaitingEvent(String event) implements Due {
        /**
         * Checks for nulls.
         *
         * @param event the event awaited
         */
        public WaitingEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public Kind kind() {
            return Kind.WAITING_EVENT;
        }

        @Override
        public boolean isDue() {
            return false;
        }
    }

    /**
     * Already destroyed.
     *
     * @param on the date of destruction
     */
    record Destroyed(LocalDate on) implements Due {
        /**
         * Checks for nulls.
         *
         * @param on the date of destruction
         */
        public Destroyed {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public Kind kind() {
            return Kind.DESTROYED;
        }

        @Override
        public boolean isDue() {
            return false;
        }
    }
}
