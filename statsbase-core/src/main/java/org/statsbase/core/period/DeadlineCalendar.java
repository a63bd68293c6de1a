package org.statsbase.core.period;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.io.InputLimits;

/**
 * The reporting deadlines (报送时间) of a survey system in one province and year, as
 * configuration: DOMAIN.md says deadlines "vary by survey system, province and year" (for example
 * a monthly industrial finance form due the 16th 12:00 of the next month, January exempt), so
 * statsbase ships no deadline of its own. Late submission (迟报) is a violation named by 统计法
 * (2009 第四十二条); this calendar says when a report is late.
 *
 * <p>A calendar holds {@link DeadlineRule}s: at most one default rule per {@link Frequency} and at
 * most one rule per form (表号) and frequency. A question about a form uses the form's rule if there is
 * one, else the default rule of the period's frequency. Deadlines are local times in the calendar's
 * zone (default {@code Asia/Shanghai}).
 *
 * <p><b>On time means not after the deadline</b>: a report submitted exactly at the deadline
 * ({@code 12:00:00}) is on time; one submitted at any instant strictly after it ({@code 12:00:00.001},
 * {@code 12:00:01}) is late, compared at the full precision of {@link Instant}. Callers that
 * record submissions to the second should truncate before asking, as the systems they mirror do.
 * In a zone with daylight saving time, a local deadline that falls in a gap moves forward by the
 * length of the gap and one in an overlap takes the earlier offset ({@link java.time.ZonedDateTime#of}).
 *
 * <h2>JSON form</h2>
 * <pre>{@code
 * {
 *   "source": "free text naming the document that sets these deadlines",   (optional)
 *   "zone": "Asia/Shanghai",                                                (optional, the default)
 *   "rules": [
 *     { "frequency": "MONTHLY",            MONTHLY | QUARTERLY | HALF_YEARLY | YEARLY, or 月报 …
 *       "form": "B204-1",                  optional: this form only
 *       "day_of_month": 16,                either day_of_month (1-31) …
 *       "months_after_end": 1,             … with months after the period's last month (default 1, 0-24),
 *       "days_after_end": 10,              … or days after the period's last day (0-731)
 *       "time": "12:00",                   HH:mm or HH:mm:ss, required
 *       "exempt_indexes": [1],             optional: month/quarter/half-year numbers exempt every year
 *       "exempt_periods": ["2026-02"],     optional: single exempt periods
 *       "overrides": {"2026-09": "2026-10-20T12:00"}   optional: own deadline of single periods
 *     }
 *   ]
 * }
 * }</pre>
 * Every problem (missing or unknown key, wrong type, day 32, index 13 for a month, a period of
 * the wrong frequency, a duplicate rule, an unknown zone …) is reported with its JSON path in one
 * {@link DataFileException}. DOMAIN.md's example, written as such a file, is in the test resources
 * ({@code org/statsbase/core/period/sample-deadlines.json}) and marked there as a sample, not regulation.
 *
 * <p>Thread safety: immutable.
 */
public final class DeadlineCalendar {

    /** The zone of a calendar that names none: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String ANY_FORM = "*";

    private final ZoneId zone;
    private final String source;
    private final Map<Key, DeadlineRule> rules;

    private DeadlineCalendar(Builder builder) {
        this.zone = builder.zone;
        this.source = builder.source;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
    }

    private record Key(String formId, Frequency frequency) {
    }

    /**
     * A builder of a calendar in {@link #DEFAULT_ZONE}.
     *
     * @return a builder of a calendar in {@link #DEFAULT_ZONE}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a calendar from a JSON file (see the class comment for the form).
     *
     * @param file the file to read
     * @return the calendar
     * @throws DataFileException if the file is unreadable or has problems (all of them reported)
     */
    public static DeadlineCalendar load(Path file) {
        return load(file, InputLimits.configuration());
    }

    /**
     * Reads a calendar from a JSON file under {@code limits} (the one-argument form uses
     * {@link InputLimits#configuration()}).
     *
     * @param file the file to read
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the calendar
     * @throws DataFileException if the file is unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202})
     *                           or has problems (all of them reported)
     */
    public static DeadlineCalendar load(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return DeadlineCalendarReader.read(file, limits);
    }

    /**
     * Reads a calendar from JSON.
     *
     * @param source a name for the input in error messages (a file or resource name)
     * @param in the stream, read to its end and not closed
     * @return the calendar
     * @throws DataFileException if the input is unreadable or has problems (all of them reported)
     */
    public static DeadlineCalendar read(String source, InputStream in) {
        return read(source, in, InputLimits.configuration());
    }

    /**
     * Reads a calendar from JSON under {@code limits}.
     *
     * @param source a name for the input in error messages (a file or resource name)
     * @param in the stream, read to its end and not closed
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the calendar
     * @throws DataFileException if the input is unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202})
     *                           or has problems (all of them reported)
     */
    public static DeadlineCalendar read(String source, InputStream in, InputLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        return DeadlineCalendarReader.read(source, in, limits);
    }

    /**
     * The zone the deadlines are local times of.
     *
     * @return the zone the deadlines are local times of
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The document the deadlines come from, if the calendar names one.
     *
     * @return the document the deadlines come from, if the calendar names one
     */
    public Optional<String> source() {
        return source.isEmpty() ? Optional.empty() : Optional.of(source);
    }

    /**
     * Every rule, in the order added.
     *
     * @return every rule, in the order added
     */
    public List<DeadlineRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * The default rule of a frequency, if any.
     *
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @return the default rule of a frequency, if any
     */
    public Optional<DeadlineRule> rule(Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        return Optional.ofNullable(rules.get(new Key("", frequency)));
    }

    /**
     * The rule that applies to a form at a frequency: its own, else the frequency's default.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param frequency the frequency: 月报, 季报, 半年报 or 年报
     * @return the rule that applies to a form at a frequency: its own, else the frequency's default
     */
    public Optional<DeadlineRule> rule(String formId, Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        DeadlineRule own = rules.get(new Key(formKey(formId), frequency));
        return own != null ? Optional.of(own) : rule(frequency);
    }

    private static String formKey(String formId) {
        Objects.requireNonNull(formId, "formId");
        return ConfigIds.normalize(formId).orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, formId));
    }

    private DeadlineRule require(String formId, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        Optional<DeadlineRule> rule = formId == null ? rule(period.frequency()) : rule(formId, period.frequency());
        return rule.orElseThrow(() -> new StatsbaseException(CoreError.DEADLINE_NO_RULE,
                formId == null ? ANY_FORM : formKey(formId), period.frequency().nameZh()));
    }

    /**
     * When the report of the period is due by the frequency's default rule, or empty if the period
     * is exempt.
     *
     * @param period the reporting period
     * @return the deadline in the calendar's zone; empty when the period is exempt (免报)
     * @throws StatsbaseException {@link CoreError#DEADLINE_NO_RULE} if no rule covers the frequency
     */
    public Optional<ZonedDateTime> dueAt(ReportingPeriod period) {
        return require(null, period).localDueAt(period).map(local -> local.atZone(zone));
    }

    /**
     * When the form's report of the period is due, or empty if the period is exempt.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param period the reporting period
     * @return the deadline in the calendar's zone; empty when the period is exempt (免报)
     * @throws StatsbaseException {@link CoreError#DEADLINE_NO_RULE} if no rule covers the form or the frequency
     */
    public Optional<ZonedDateTime> dueAt(String formId, ReportingPeriod period) {
        Objects.requireNonNull(formId, "formId");
        return require(formId, period).localDueAt(period).map(local -> local.atZone(zone));
    }

    /**
     * Whether the period is exempt (免报) by the frequency's default rule.
     *
     * @param period the reporting period
     * @return whether the period is exempt (免报) by the frequency's default rule
     */
    public boolean isExempt(ReportingPeriod period) {
        return require(null, period).isExempt(period);
    }

    /**
     * Whether the form's report of the period is exempt (免报).
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param period the reporting period
     * @return whether the form's report of the period is exempt (免报)
     */
    public boolean isExempt(String formId, ReportingPeriod period) {
        Objects.requireNonNull(formId, "formId");
        return require(formId, period).isExempt(period);
    }

    /**
     * Whether a report submitted at {@code submittedAt} is late: strictly after the deadline; never for an exempt period.
     *
     * @param period the reporting period
     * @param submittedAt when the report was submitted
     * @return whether a report submitted at {@code submittedAt} is late: strictly after the deadline; never for an
     *         exempt period
     */
    public boolean isLate(ReportingPeriod period, Instant submittedAt) {
        return !lateBy(period, submittedAt).isZero();
    }

    /**
     * Whether the form's report submitted at {@code submittedAt} is late: strictly after the deadline.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param period the reporting period
     * @param submittedAt when the report was submitted
     * @return whether the form's report submitted at {@code submittedAt} is late: strictly after the deadline
     */
    public boolean isLate(String formId, ReportingPeriod period, Instant submittedAt) {
        return !lateBy(formId, period, submittedAt).isZero();
    }

    /**
     * How late a report submitted at {@code submittedAt} is: zero when on time or exempt.
     *
     * @param period the reporting period
     * @param submittedAt when the report was submitted
     * @return how late a report submitted at {@code submittedAt} is: zero when on time or exempt
     */
    public Duration lateBy(ReportingPeriod period, Instant submittedAt) {
        return lateness(dueAt(period), submittedAt);
    }

    /**
     * How late the form's report submitted at {@code submittedAt} is: zero when on time or exempt.
     *
     * @param formId the form's 表号, for example {@code B204-1}
     * @param period the reporting period
     * @param submittedAt when the report was submitted
     * @return how late the form's report submitted at {@code submittedAt} is
     */
    public Duration lateBy(String formId, ReportingPeriod period, Instant submittedAt) {
        return lateness(dueAt(formId, period), submittedAt);
    }

    private static Duration lateness(Optional<ZonedDateTime> due, Instant submittedAt) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (due.isEmpty()) {
            return Duration.ZERO;
        }
        Instant deadline = due.get().toInstant();
        return submittedAt.isAfter(deadline) ? Duration.between(deadline, submittedAt) : Duration.ZERO;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineCalendar other && zone.equals(other.zone) && source.equals(other.source)
                && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, source, rules);
    }

    @Override
    public String toString() {
        return "DeadlineCalendar[" + zone + (source.isEmpty() ? "" : ", " + source) + ", " + rules.values() + "]";
    }

    /**
     * Builds a {@link DeadlineCalendar}.
     *
     * <p>Thread safety: not thread-safe; build on one thread, then share the calendar.
     */
    public static final class Builder {

        private ZoneId zone = DEFAULT_ZONE;
        private String source = "";
        private final Map<Key, DeadlineRule> rules = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The zone the deadlines are local times of (default {@code Asia/Shanghai}).
         *
         * @param zone the zone of the deadlines' local times
         * @return the zone the deadlines are local times of (default {@code Asia/Shanghai})
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The document the deadlines come from.
         *
         * @param source a name for the input in error messages (a file or resource name)
         * @return the document the deadlines come from
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source").strip();
            return this;
        }

        /**
         * Adds a rule.
         *
         * @param rule a rule; at most one per form and frequency
         * @return this builder
         * @throws StatsbaseException {@link CoreError#DEADLINE_DUPLICATE_RULE} if a rule for the same
         *         form (or default) and frequency was added already
         */
        public Builder rule(DeadlineRule rule) {
            Objects.requireNonNull(rule, "rule");
            Key key = new Key(rule.formId().orElse(""), rule.frequency());
            if (rules.containsKey(key)) {
                throw new StatsbaseException(CoreError.DEADLINE_DUPLICATE_RULE, rule.formId().orElse(ANY_FORM),
                        rule.frequency().nameZh());
            }
            rules.put(key, rule);
            return this;
        }

        /**
         * The calendar.
         *
         * @return the calendar
         */
        public DeadlineCalendar build() {
            return new DeadlineCalendar(this);
        }
    }
}
