package org.statsbase.core.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.ReportingPeriod;

/**
 * The business register 基本单位名录库 over time, and its red line 先进库、后有数 / 不在库、不出数
 * (国统字〔2012〕12号; NBS 联网直报 "four red lines", no. 1): a unit reports for a period only if
 * it is in the register for the whole of that period.
 *
 * <p>Built from {@link RegisterEntry entries} with effective dates; the entries of one unit must
 * not overlap (adjacent entries — one ending the day before the next starts — are one continuous
 * presence). Dates are inclusive at both ends. Reporting periods ({@code 2026-10}, {@code 2026Q3})
 * are given here as their first and last day.
 *
 * <p>Thread safety: immutable; safe to share between threads.
 */
public final class BusinessRegister {

    private static final BusinessRegister EMPTY = new BusinessRegister(Map.of());

    /** Entries per unit id, each list sorted by start date and free of overlaps. */
    private final Map<String, List<RegisterEntry>> byUnit;

    private BusinessRegister(Map<String, List<RegisterEntry>> byUnit) {
        this.byUnit = byUnit;
    }

    /**
     * The empty register.
     *
     * @return the empty register
     */
    public static BusinessRegister empty() {
        return EMPTY;
    }

    /**
     * A register of these entries.
     *
     * @param entries the entries, in any order; a unit's entries must not overlap
     * @return a register of these entries
     * @throws StatsbaseException {@link CoreError#REGISTER_ENTRIES_OVERLAP} if two entries of one unit overlap
     */
    public static BusinessRegister of(Collection<RegisterEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, List<RegisterEntry>> grouped = new LinkedHashMap<>();
        for (RegisterEntry entry : entries) {
            Objects.requireNonNull(entry, "entries contains null");
            grouped.computeIfAbsent(entry.unit().id(), k -> new ArrayList<>()).add(entry);
        }
        Map<String, List<RegisterEntry>> checked = new LinkedHashMap<>();
        for (Map.Entry<String, List<RegisterEntry>> e : grouped.entrySet()) {
            List<RegisterEntry> list = e.getValue();
            list.sort(Comparator.comparing(RegisterEntry::from));
            for (int i = 1; i < list.size(); i++) {
                RegisterEntry previous = list.get(i - 1);
                RegisterEntry next = list.get(i);
                if (previous.until().isEmpty() || !previous.until().get().isBefore(next.from())) {
                    throw new StatsbaseException(CoreError.REGISTER_ENTRIES_OVERLAP, e.getKey(),
                            previous.period(), next.period());
                }
            }
            checked.put(e.getKey(), List.copyOf(list));
        }
        return new BusinessRegister(Map.copyOf(checked));
    }

    /**
     * A builder collecting entries.
     *
     * @return a builder collecting entries
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the unit is in the register on {@code date}.
     *
     * @param unitId the unit's id in the business register
     * @param date the day asked about
     * @return whether the unit is in the register on {@code date}
     */
    public boolean isInRegister(String unitId, LocalDate date) {
        return entryOn(unitId, date).isPresent();
    }

    /**
     * Whether the unit is in the register on every day from {@code from} to {@code to}, both
     * inclusive.
     *
     * @param unitId the unit's id in the business register
     * @param from the first day, inclusive
     * @param to the last day, inclusive, not before {@code from}
     * @return whether the unit is in the register on every day from {@code from} to {@code to}, both inclusive
     * @throws StatsbaseException {@link CoreError#REGISTER_RANGE_REVERSED} if {@code to} is before {@code from}
     */
    public boolean isInRegister(String unitId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(unitId, "unitId");
        checkRange(from, to);
        LocalDate covered = from;
        for (RegisterEntry entry : byUnit.getOrDefault(unitId.strip(), List.of())) {
            if (entry.from().isAfter(covered)) {
                return false;
            }
            if (entry.until().isEmpty()) {
                return true;
            }
            if (!entry.until().get().isBefore(covered)) {
                if (!entry.until().get().isBefore(to)) {
                    return true;
                }
                covered = entry.until().get().plusDays(1);
            }
        }
        return false;
    }

    /**
     * The unit as the register records it on the last day of the period, provided it is in the
     * register for the whole period (先进库、后有数).
     *
     * @param unitId the unit's id in the business register
     * @param from the first day of the period, inclusive
     * @param to the last day of the period, inclusive
     * @return the unit as the register records it on the last day of the period, provided it is in the register for
     *         the whole period
     * @throws NotInRegisterException if it is not in the register on some day of the period
     * @throws StatsbaseException {@link CoreError#REGISTER_RANGE_REVERSED} if {@code to} is before {@code from}
     */
    public StatisticalUnit require(String unitId, LocalDate from, LocalDate to) {
        if (!isInRegister(unitId, from, to)) {
            throw new NotInRegisterException(unitId.strip(), from, to, entriesOf(unitId));
        }
        return entryOn(unitId, to).orElseThrow().unit();
    }

    /**
     * The unit as the register records it on {@code date}.
     *
     * @param unitId the unit's id in the business register
     * @param date the day asked about
     * @return the unit as the register records it on {@code date}
     * @throws NotInRegisterException if it is not in the register on that day
     */
    public StatisticalUnit require(String unitId, LocalDate date) {
        return require(unitId, date, date);
    }

    /**
     * Whether the unit is in the register on every day of the reporting period.
     *
     * @param unitId the unit's id in the business register
     * @param period the reporting period
     * @return whether the unit is in the register on every day of the reporting period
     */
    public boolean isInRegister(String unitId, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return isInRegister(unitId, period.firstDay(), period.lastDay());
    }

    /**
     * The unit as the register records it at the end of the reporting period, provided it is in
     * the register for the whole period: a unit reports for a period only if it was in the
     * register before the period began (先进库、后有数；不在库、不出数).
     *
     * @param unitId the unit's id in the business register
     * @param period the reporting period
     * @return the unit as the register records it at the end of the reporting period, provided it is in the register
     *         for the whole period
     * @throws NotInRegisterException if it is not in the register on some day of the period
     */
    public StatisticalUnit require(String unitId, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return require(unitId, period.firstDay(), period.lastDay());
    }

    /**
     * The unit as the register records it on {@code date}, if it is in the register then.
     *
     * @param unitId the unit's id in the business register
     * @param date the day asked about
     * @return the unit as the register records it on {@code date}, if it is in the register then
     */
    public Optional<StatisticalUnit> unit(String unitId, LocalDate date) {
        return entryOn(unitId, date).map(RegisterEntry::unit);
    }

    /**
     * The entries of one unit in date order; empty if the register never held it.
     *
     * @param unitId the unit's id in the business register
     * @return the entries of one unit in date order; empty if the register never held it
     */
    public List<RegisterEntry> entriesOf(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return byUnit.getOrDefault(unitId.strip(), List.of());
    }

    /**
     * Every unit in the register on {@code date}, ordered by register id.
     *
     * @param date the day asked about
     * @return every unit in the register on {@code date}, ordered by register id
     */
    public List<StatisticalUnit> unitsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return byUnit.values().stream()
                .flatMap(List::stream)
                .filter(e -> e.isInForceOn(date))
                .map(RegisterEntry::unit)
                .sorted(Comparator.comparing(StatisticalUnit::id))
                .toList();
    }

    /**
     * Every entry, ordered by register id then start date.
     *
     * @return every entry, ordered by register id then start date
     */
    public List<RegisterEntry> entries() {
        return byUnit.keySet().stream().sorted()
                .flatMap(id -> byUnit.get(id).stream())
                .toList();
    }

    private Optional<RegisterEntry> entryOn(String unitId, LocalDate date) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        for (RegisterEntry entry : byUnit.getOrDefault(unitId.strip(), List.of())) {
            if (entry.isInForceOn(date)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new StatsbaseException(CoreError.REGISTER_RANGE_REVERSED, from, to);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessRegister other && byUnit.equals(other.byUnit);
    }

    @Override
    public int hashCode() {
        return byUnit.hashCode();
    }

    @Override
    public String toString() {
        return "BusinessRegister[" + byUnit.size() + " units, " + byUnit.values().stream().mapToInt(List::size).sum()
                + " entries]";
    }

    /**
     * Collects entries for {@link BusinessRegister#of(Collection)}.
     *
     * <p>Thread safety: not thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private final List<RegisterEntry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder add(RegisterEntry entry) {
            entries.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Adds an entry in force from {@code from} on.
         *
         * @param unit the unit as registered
         * @param from the first day it is in the register
         * @return this builder
         */
        public Builder add(StatisticalUnit unit, LocalDate from) {
            return add(RegisterEntry.from(unit, from));
        }

        /**
         * Adds an entry in force from {@code from} to {@code until}, both inclusive.
         *
         * @param unit the unit as registered
         * @param from the first day it is in the register
         * @param until the last day it is in the register, not before {@code from}
         * @return this builder
         */
        public Builder add(StatisticalUnit unit, LocalDate from, LocalDate until) {
            return add(RegisterEntry.between(unit, from, until));
        }

        /**
         * The register.
         *
         * @return the register
         * @throws StatsbaseException {@link CoreError#REGISTER_ENTRIES_OVERLAP} if two entries of one unit overlap
         */
        public BusinessRegister build() {
            return BusinessRegister.of(entries);
        }
    }
}
