package org.statsbase.core.unit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * One entry of the business register 基本单位名录库: a unit in force from a date (the day it entered
 * the register) and, optionally, until a date — the <em>last</em> day it is in force (inclusive),
 * for example the day before it was removed (注销、吊销 or merged away).
 *
 * <p>A unit may have several entries over time (it left and came back, or its recorded attributes
 * changed); {@link BusinessRegister} requires the entries of one unit not to overlap.
 *
 * <p>Thread safety: immutable.
 */
public final class RegisterEntry {

    private final StatisticalUnit unit;
    private final LocalDate from;
    private final LocalDate until;

    private RegisterEntry(StatisticalUnit unit, LocalDate from, LocalDate until) {
        this.unit = unit;
        this.from = from;
        this.until = until;
    }

    /**
     * An entry in force from {@code from} on, with no end yet.
     *
     * @param unit the unit as registered
     * @param from the first day it is in the register
     * @return an entry in force from {@code from} on, with no end yet
     */
    public static RegisterEntry from(StatisticalUnit unit, LocalDate from) {
        return of(unit, from, Optional.empty());
    }

    /**
     * An entry in force from {@code from} to {@code until}, both inclusive.
     *
     * @param unit the unit as registered
     * @param from the first day it is in the register
     * @param until the last day it is in the register, not before {@code from}
     * @return an entry in force from {@code from} to {@code until}, both inclusive
     */
    public static RegisterEntry between(StatisticalUnit unit, LocalDate from, LocalDate until) {
        return of(unit, from, Optional.of(Objects.requireNonNull(until, "until")));
    }

    /**
     * An entry in force from {@code from} and, if present, until {@code until} (inclusive).
     *
     * @param unit the unit as registered
     * @param from the first day it is in the register
     * @param until the last day, or empty while it stays in the register
     * @return an entry in force from {@code from} and, if present, until {@code until} (inclusive)
     * @throws StatsbaseException {@link CoreError#REGISTER_ENTRY_ENDS_BEFORE_START} if until is before from
     */
    public static RegisterEntry of(StatisticalUnit unit, LocalDate from, Optional<LocalDate> until) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new StatsbaseException(CoreError.REGISTER_ENTRY_ENDS_BEFORE_START, unit.id(), from, until.get());
        }
        return new RegisterEntry(unit, from, until.orElse(null));
    }

    /**
     * The unit as recorded by this entry.
     *
     * @return the unit as recorded by this entry
     */
    public StatisticalUnit unit() {
        return unit;
    }

    /**
     * The first day in force.
     *
     * @return the first day in force
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The last day in force (inclusive), if the entry has ended.
     *
     * @return the last day in force (inclusive), if the entry has ended
     */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /**
     * Whether the entry is in force on {@code date}.
     *
     * @param date the day asked about
     * @return whether the entry is in force on {@code date}
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * The period as text, for example {@code 2026-01-01..2026-06-30} or {@code 2026-01-01..}.
     *
     * @return the period as text, for example {@code 2026-01-01..2026-06-30} or {@code 2026-01-01..}
     */
    public String period() {
        return from + ".." + (until == null ? "" : until.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterEntry other && unit.equals(other.unit) && from.equals(other.from)
                && Objects.equals(until, other.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, from, until);
    }

    @Override
    public String toString() {
        return unit.id() + " " + period();
    }
}
