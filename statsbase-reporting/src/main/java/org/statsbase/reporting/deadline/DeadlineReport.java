package org.statsbase.reporting.deadline;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.statsbase.core.period.ReportingPeriod;

/**
 * The deadline status of every unit expected to report one form for one period, at one instant: the
 * lists of late (迟报), urged (催报), refusing (拒报, 统计法 2009 第四十一条) and overdue units an office works
 * from (数据采集审核报送制度).
 *
 * <p>Each expected unit that is in the business register for the whole period has exactly one
 * entry, so the lists by status partition them; expected units not in the register for the period
 * (先进库、后有数) have none and are listed in {@link #notInRegister()}. Entries and lists are sorted by
 * unit id.
 *
 * <p>Thread safety: immutable.
 */
public final class DeadlineReport {

    private final String formId;
    private final ReportingPeriod period;
    private final Instant asOf;
    private final List<DeadlineStatus> entries;
    private final SortedSet<String> notInRegister;

    private DeadlineReport(String formId, ReportingPeriod period, Instant asOf, List<DeadlineStatus> entries,
            SortedSet<String> notInRegister) {
        this.formId = formId;
        this.period = period;
        this.asOf = asOf;
        this.entries = entries.stream().sorted(Comparator.comparing(DeadlineStatus::unitId)).toList();
        this.notInRegister = Collections.unmodifiableSortedSet(new TreeSet<>(notInRegister));
    }

    static DeadlineReport of(String formId, ReportingPeriod period, Instant asOf, List<DeadlineStatus> entries,
            SortedSet<String> notInRegister) {
        return new DeadlineReport(Objects.requireNonNull(formId, "formId"), Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(asOf, "asOf"), entries, notInRegister);
    }

    /**
     * The form.
     *
     * @return the form id
     */
    public String formId() {
        return formId;
    }

    /**
     * The period.
     *
     * @return the reporting period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The instant the statuses are of.
     *
     * @return the instant the statuses are of
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Every expected unit in the register, sorted by unit id.
     *
     * @return every expected unit in the register, sorted by unit id; empty when none is expected
     */
    public List<DeadlineStatus> entries() {
        return entries;
    }

    /**
     * The entries with {@code status}, sorted by unit id.
     *
     * @param status the status wanted
     * @return the entries with {@code status}, sorted by unit id; empty when none has it
     */
    public List<DeadlineStatus> withStatus(ReportingStatus status) {
        Objects.requireNonNull(status, "status");
        return entries.stream().filter(e -> e.status() == status).toList();
    }

    /**
     * The late units (迟报: submitted after the deadline, not after an urging's deadline).
     *
     * @return the late units (迟报: submitted after the deadline, not after an urging's deadline)
     */
    public List<DeadlineStatus> late() {
        return withStatus(ReportingStatus.LATE);
    }

    /**
     * The urged units whose urging's deadline has not passed.
     *
     * @return the urged units whose urging's deadline has not passed
     */
    public List<DeadlineStatus> urged() {
        return withStatus(ReportingStatus.URGED);
    }

    /**
     * The refusing units (拒报: not reported by their urging's deadline).
     *
     * @return the refusing units (拒报: not reported by their urging's deadline)
     */
    public List<DeadlineStatus> refusing() {
        return withStatus(ReportingStatus.REFUSING);
    }

    /**
     * The overdue units (deadline passed, not submitted, not yet urged): the ones to urge.
     *
     * @return the overdue units (deadline passed, not submitted, not yet urged): the ones to urge
     */
    public List<DeadlineStatus> overdue() {
        return withStatus(ReportingStatus.OVERDUE);
    }

    /**
     * The expected unit ids not in the register for the whole period, sorted.
     *
     * @return the expected unit ids not in the register for the whole period, sorted; empty when all are
     */
    public SortedSet<String> notInRegister() {
        return notInRegister;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineReport r && formId.equals(r.formId) && period.equals(r.period)
                && asOf.equals(r.asOf) && entries.equals(r.entries) && notInRegister.equals(r.notInRegister);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formId, period, asOf, entries, notInRegister);
    }

    @Override
    public String toString() {
        return "DeadlineReport[" + formId + " " + period + " as of " + asOf + ", " + entries.size() + " unit(s), "
                + notInRegister.size() + " not in register]";
    }
}
