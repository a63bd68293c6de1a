package org.statsbase.core.period;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;

/**
 * When the report of a period is due, for one frequency and optionally one form (表号): one row of
 * a {@link DeadlineCalendar}.
 *
 * <p>Deadlines (报送时间) are set by each survey system (统计调查制度), province and year, so they are
 * configuration, never constants (DOMAIN.md, "Reporting red lines"). A rule is one of:
 * <ul>
 *   <li>{@link #dayOfMonth(Frequency, int, int, LocalTime) day of month}: day {@code N} at {@code HH:mm} of the month that lies
 *       {@code monthsAfterEnd} months after the period's last month — "due the 16th 12:00 of the
 *       next month" is {@code dayOfMonth(MONTHLY, 1, 16, 12:00)}. A day beyond the length of that
 *       month means its last day (day 31 in a 30-day month is the 30th);</li>
 *   <li>{@link #daysAfterEnd(Frequency, int, LocalTime) days after end}: {@code N} days after the period's last day at
 *       {@code HH:mm}.</li>
 * </ul>
 * plus exemptions (免报): indexes exempt every year (month 1 for "January exempt", 1月免报) and single
 * exempt periods; and overrides giving one period its own deadline (a holiday shift).
 *
 * <p>Thread safety: immutable; the {@code with…} methods return new rules.
 */
public final class DeadlineRule {

    /** The largest {@code monthsAfterEnd} accepted. */
    public static final int MAX_MONTHS_AFTER_END = 24;
    /** The largest {@code daysAfterEnd} accepted. */
    public static final int MAX_DAYS_AFTER_END = 731;

    private final Frequency frequency;
    private final String formId;
    private final int monthsAfterEnd;
    private final int dayOfMonth;
    private final int daysAfterEnd;
    private final LocalTime time;
    private final SortedSet<Integer> exemptIndexes;
    private final SortedSet<ReportingPeriod> exemptPeriods;
    private final SortedMap<ReportingPeriod, LocalDateTime> overrides;

    private DeadlineRule(Frequency frequency, String formId, int monthsAfterEnd, int dayOfMonth, int daysAfterEnd,
            LocalTime time, SortedSet<Integer> exemptIndexes, SortedSet<ReportingPeriod> exemptPeriods,
            SortedMap<ReportingPeriod, LocalDateTime> overrides) {
        this.frequency = frequency;
        this.formId = formId;
        this.monthsAfterEnd = monthsAfterEnd;
        this.dayOfMonth = dayOfMonth;
        this.daysAfterEnd = daysAfterEnd;
        this.time = time;
        this.exemptIndexes = Collections.unmodifiableSortedSet(exemptIndexes);
        this.exemptPeriods = Collections.unmodifiableSortedSet(exemptPeriods);
        this.overrides = Collections.unmodifiableSortedMap(overrides);
    }

    /**
     * Due on day {@code day} at {@code time} of the month {@code monthsAfterEnd} months after the
     * period's last month (0 = the last month itself).
     *
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @param monthsAfterEnd months after the period's last month, 0 to {@value #MAX_MONTHS_AFTER_END}
     * @param day the day of that month, 1–31 (a day beyond the month's end means its last day)
     * @param time the local time of day
     * @return the rule, for every form of the frequency
     * @throws StatsbaseException {@link CoreError#DEADLINE_DAY_OUT_OF_RANGE} unless 1 ≤ day ≤ 31,
     *         {@link CoreError#DEADLINE_OFFSET_OUT_OF_RANGE} unless 0 ≤ monthsAfterEnd ≤ {@value #MAX_MONTHS_AFTER_END}
     */
    public static DeadlineRule dayOfMonth(Frequency frequency, int monthsAfterEnd, int day, LocalTime time) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(time, "time");
        if (day < 1 || day > 31) {
            throw new StatsbaseException(CoreError.DEADLINE_DAY_OUT_OF_RANGE, day);
        }
        if (monthsAfterEnd < 0 || monthsAfterEnd > MAX_MONTHS_AFTER_END) {
            throw new StatsbaseException(CoreError.DEADLINE_OFFSET_OUT_OF_RANGE, "months_after_end", monthsAfterEnd,
                    "0-" + MAX_MONTHS_AFTER_END);
        }
        return new DeadlineRule(frequency, "", monthsAfterEnd, day, 0, time, new TreeSet<>(), new TreeSet<>(),
                new TreeMap<>());
    }

    /**
     * Due {@code days} days after the period's last day at {@code time} (0 = the last day itself).
     *
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @param days days after the period's last day, 0 to {@value #MAX_DAYS_AFTER_END}
     * @param time the local time of day
     * @return the rule, for every form of the frequency
     * @throws StatsbaseException {@link CoreError#DEADLINE_OFFSET_OUT_OF_RANGE} unless 0 ≤ days ≤ {@value #MAX_DAYS_AFTER_END}
     */
    public static DeadlineRule daysAfterEnd(Frequency frequency, int days, LocalTime time) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(time, "time");
        if (days < 0 || days > MAX_DAYS_AFTER_END) {
            throw new StatsbaseException(CoreError.DEADLINE_OFFSET_OUT_OF_RANGE, "days_after_end", days,
                    "0-" + MAX_DAYS_AFTER_END);
        }
        return new DeadlineRule(frequency, "", 0, 0, days, time, new TreeSet<>(), new TreeSet<>(), new TreeMap<>());
    }

    /**
     * This rule for one form only (表号, normalised like a code: {@code b204-1} is {@code B204-1}).
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @return a new rule; this one is unchanged
     * @throws StatsbaseException {@link CoreError#FORM_BAD_ID} if the id is blank or has blanks inside
     */
    public DeadlineRule forForm(String formId) {
        Objects.requireNonNull(formId, "formId");
        String id = ConfigIds.normalize(formId)
                .orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, formId));
        return new DeadlineRule(frequency, id, monthsAfterEnd, dayOfMonth, daysAfterEnd, time, exemptIndexes,
                exemptPeriods, overrides);
    }

    /**
     * This rule with periods exempt every year by index (month 1–12, quarter 1–4, half-year 1–2):
     * {@code exemptingIndexes(1)} on a monthly rule is "January exempt" (1月免报).
     *
     * @param indexes the indexes exempt every year
     * @return a new rule; this one is unchanged
     * @throws StatsbaseException {@link CoreError#DEADLINE_EXEMPT_INDEX_OUT_OF_RANGE} for an index the frequency lacks
     */
    public DeadlineRule exemptingIndexes(int... indexes) {
        SortedSet<Integer> set = new TreeSet<>(exemptIndexes);
        for (int index : indexes) {
            if (index < 1 || index > frequency.periodsPerYear()) {
                throw new StatsbaseException(CoreError.DEADLINE_EXEMPT_INDEX_OUT_OF_RANGE, index, frequency.nameZh(),
                        frequency.periodsPerYear());
            }
            set.add(index);
        }
        return copy(set, exemptPeriods, overrides);
    }

    /**
     * This rule with single periods exempt.
     *
     * @param periods the periods exempt, of the rule's frequency
     * @return a new rule; this one is unchanged
     * @throws StatsbaseException {@link CoreError#DEADLINE_PERIOD_FREQUENCY_MISMATCH} for a period of another frequency,
     *         {@link CoreError#DEADLINE_OVERRIDE_OF_EXEMPT} for a period that has an override
     */
    public DeadlineRule exempting(ReportingPeriod... periods) {
        SortedSet<ReportingPeriod> set = new TreeSet<>(exemptPeriods);
        for (ReportingPeriod period : periods) {
            requireFrequency(period);
            set.add(period);
        }
        DeadlineRule rule = copy(exemptIndexes, set, overrides);
        rule.requireNoOverrideOfExempt();
        return rule;
    }

    /**
     * This rule with its own deadline for one period (for example moved by a public holiday).
     *
     * @param period the reporting period
     * @param dueAt the local date and time that period's report is due instead
     * @return a new rule; this one is unchanged
     * @throws StatsbaseException {@link CoreError#DEADLINE_PERIOD_FREQUENCY_MISMATCH} for a period of another frequency,
     *         {@link CoreError#DEADLINE_OVERRIDE_OF_EXEMPT} for an exempt period
     */
    public DeadlineRule withOverride(ReportingPeriod period, LocalDateTime dueAt) {
        requireFrequency(period);
        Objects.requireNonNull(dueAt, "dueAt");
        SortedMap<ReportingPeriod, LocalDateTime> map = new TreeMap<>(overrides);
        map.put(period, dueAt);
        DeadlineRule rule = copy(exemptIndexes, exemptPeriods, map);
        rule.requireNoOverrideOfExempt();
        return rule;
    }

    private DeadlineRule copy(SortedSet<Integer> indexes, SortedSet<ReportingPeriod> periods,
            SortedMap<ReportingPeriod, LocalDateTime> map) {
        return new DeadlineRule(frequency, formId, monthsAfterEnd, dayOfMonth, daysAfterEnd, time,
                new TreeSet<>(indexes), new TreeSet<>(periods), new TreeMap<>(map));
    }

    private void requireNoOverrideOfExempt() {
        for (ReportingPeriod period : overrides.keySet()) {
            if (isExempt(period)) {
                throw new StatsbaseException(CoreError.DEADLINE_OVERRIDE_OF_EXEMPT, period);
            }
        }
    }

    private void requireFrequency(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (period.frequency() != frequency) {
            throw new StatsbaseException(CoreError.DEADLINE_PERIOD_FREQUENCY_MISMATCH, period, frequency.nameZh());
        }
    }

    // ---- answers ------------------------------------------------------------------------------

    /**
     * Whether no report is due for the period (免报).
     *
     * @param period the reporting period
     * @return whether no report is due for the period (免报)
     * @throws StatsbaseException {@link CoreError#DEADLINE_PERIOD_FREQUENCY_MISMATCH} for a period of another frequency
     */
    public boolean isExempt(ReportingPeriod period) {
        requireFrequency(period);
        return exemptIndexes.contains(period.index()) || exemptPeriods.contains(period);
    }

    /**
     * The local date and time the period's report is due, or empty if the period is exempt.
     *
     * @param period the reporting period
     * @return the local date and time the period's report is due, or empty if the period is exempt
     * @throws StatsbaseException {@link CoreError#DEADLINE_PERIOD_FREQUENCY_MISMATCH} for a period of another frequency
     */
    public Optional<LocalDateTime> localDueAt(ReportingPeriod period) {
        if (isExempt(period)) {
            return Optional.empty();
        }
        LocalDateTime override = overrides.get(period);
        if (override != null) {
            return Optional.of(override);
        }
        LocalDate date;
        if (dayOfMonth > 0) {
            YearMonth month = YearMonth.of(period.year(), period.lastMonth()).plusMonths(monthsAfterEnd);
            date = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        } else {
            date = period.lastDay().plusDays(daysAfterEnd);
        }
        return Optional.of(date.atTime(time));
    }

    // ---- accessors ----------------------------------------------------------------------------

    /**
     * The frequency the rule is for.
     *
     * @return the frequency the rule is for
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The form (表号) the rule is for, or empty for the default rule of its frequency.
     *
     * @return the form (表号) the rule is for, or empty for the default rule of its frequency
     */
    public Optional<String> formId() {
        return formId.isEmpty() ? Optional.empty() : Optional.of(formId);
    }

    /**
     * The day of month, for a day-of-month rule.
     *
     * @return the day of month, for a day-of-month rule
     */
    public OptionalInt dayOfMonth() {
        return dayOfMonth > 0 ? OptionalInt.of(dayOfMonth) : OptionalInt.empty();
    }

    /**
     * The months after the period's last month, for a day-of-month rule.
     *
     * @return the months after the period's last month, for a day-of-month rule
     */
    public OptionalInt monthsAfterEnd() {
        return dayOfMonth > 0 ? OptionalInt.of(monthsAfterEnd) : OptionalInt.empty();
    }

    /**
     * The days after the period's last day, for a days-after-end rule.
     *
     * @return the days after the period's last day, for a days-after-end rule
     */
    public OptionalInt daysAfterEnd() {
        return dayOfMonth > 0 ? OptionalInt.empty() : OptionalInt.of(daysAfterEnd);
    }

    /**
     * The local time of day of the deadline.
     *
     * @return the local time of day of the deadline
     */
    public LocalTime time() {
        return time;
    }

    /**
     * The indexes exempt every year, ascending.
     *
     * @return the indexes exempt every year, ascending
     */
    public Set<Integer> exemptIndexes() {
        return exemptIndexes;
    }

    /**
     * The single exempt periods, ascending.
     *
     * @return the single exempt periods, ascending
     */
    public Set<ReportingPeriod> exemptPeriods() {
        return exemptPeriods;
    }

    /**
     * The overridden deadlines, by period ascending.
     *
     * @return the overridden deadlines, by period ascending
     */
    public Map<ReportingPeriod, LocalDateTime> overrides() {
        return overrides;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineRule other && frequency == other.frequency && formId.equals(other.formId)
                && monthsAfterEnd == other.monthsAfterEnd && dayOfMonth == other.dayOfMonth
                && daysAfterEnd == other.daysAfterEnd && time.equals(other.time)
                && exemptIndexes.equals(other.exemptIndexes) && exemptPeriods.equals(other.exemptPeriods)
                && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, formId, monthsAfterEnd, dayOfMonth, daysAfterEnd, time, exemptIndexes,
                exemptPeriods, overrides);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(frequency.name());
        if (!formId.isEmpty()) {
            out.append(' ').append(formId);
        }
        if (dayOfMonth > 0) {
            out.append(": day ").append(dayOfMonth).append(' ').append(time).append(", ").append(monthsAfterEnd)
                    .append(" month(s) after the period's last month");
        } else {
            out.append(": ").append(daysAfterEnd).append(" day(s) after the period's last day, ").append(time);
        }
        if (!exemptIndexes.isEmpty()) {
            out.append("; exempt indexes ").append(exemptIndexes);
        }
        if (!exemptPeriods.isEmpty()) {
            out.append("; exempt periods ").append(exemptPeriods);
        }
        if (!overrides.isEmpty()) {
            out.append("; overrides ").append(overrides);
        }
        return out.toString();
    }
}
