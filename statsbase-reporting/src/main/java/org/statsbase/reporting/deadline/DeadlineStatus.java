package org.statsbase.reporting.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.statsbase.reporting.SubmissionKey;

/**
 * The status of one submission against its deadline at one instant, with the trail events that
 * prove it (统计法 2009 第四十二条 迟报, 第四十一条 拒报; see {@link ReportingStatus}).
 *
 * <p>Only events recorded at or before {@link #asOf()} count, so a status asked for a past instant
 * is what the trail said then. "Submitted" means the <em>first</em> carried-out
 * {@code submission.submit} of the subject ({@link ReportingDeadlines} explains why).
 *
 * <p>Thread safety: immutable.
 */
public final class DeadlineStatus {

    private final SubmissionKey key;
    private final ReportingStatus status;
    private final Instant asOf;
    private final Instant dueAt;
    private final Instant submittedAt;
    private final long submitSequence;
    private final Duration lateBy;
    private final Instant urgeDeadline;
    private final List<Long> urgeSequences;
    private final List<Long> refusingSequences;

    private DeadlineStatus(Builder b) {
        this.key = Objects.requireNonNull(b.key, "key");
        this.status = Objects.requireNonNull(b.status, "status");
        this.asOf = Objects.requireNonNull(b.asOf, "asOf");
        this.dueAt = b.dueAt;
        this.submittedAt = b.submittedAt;
        this.submitSequence = b.submitSequence;
        this.lateBy = b.lateBy;
        this.urgeDeadline = b.urgeDeadline;
        this.urgeSequences = List.copyOf(b.urgeSequences);
        this.refusingSequences = List.copyOf(b.refusingSequences);
    }

    /**
     * The submission.
     *
     * @return the unit, form and period
     */
    public SubmissionKey key() {
        return key;
    }

    /**
     * The unit's id (the lists sort by it).
     *
     * @return the unit's id (the lists sort by it)
     */
    public String unitId() {
        return key.unitId();
    }

    /**
     * The status.
     *
     * @return the unit's reporting status at {@link #asOf()}
     */
    public ReportingStatus status() {
        return status;
    }

    /**
     * The instant the status is of.
     *
     * @return the instant the status is of
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The deadline; empty when the period is exempt.
     *
     * @return the deadline; empty when the period is exempt
     */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /**
     * When the report was first submitted, if it was by {@link #asOf()}.
     *
     * @return when the report was first submitted; empty when it was not by {@link #asOf()}
     */
    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /**
     * The sequence of the first carried-out {@code submission.submit}, if any.
     *
     * @return the sequence of the first carried-out {@code submission.submit}; empty when not submitted
     */
    public OptionalLong submitSequence() {
        return submittedAt == null ? OptionalLong.empty() : OptionalLong.of(submitSequence);
    }

    /**
     * How late: for a submitted report the time from the deadline to its first submission
     * ({@link org.statsbase.core.period.DeadlineCalendar#lateBy}); for one not submitted, the time from
     * the deadline to {@link #asOf()}; zero when on time, not due or exempt.
     *
     * @return how late, never negative: from the deadline to the first submission, or to {@link #asOf()} when not
     *         submitted; zero when on time, not due or exempt
     */
    public Duration lateBy() {
        return lateBy;
    }

    /**
     * The deadline of the first urging (the one that decides refusal), if the unit was urged.
     *
     * @return the deadline of the first urging (the one that decides refusal); empty when the unit was not urged
     */
    public Optional<Instant> urgeDeadline() {
        return Optional.ofNullable(urgeDeadline);
    }

    /**
     * The sequences of the carried-out urgings that count (those before the first submission), in order.
     *
     * @return the sequences of the urgings before the first submission, in order; empty when not urged
     */
    public List<Long> urgeSequences() {
        return urgeSequences;
    }

    /**
     * The sequences of the office's findings of refusal ({@code submission.refusing}), in order.
     *
     * @return the sequences of the office's {@code submission.refusing} events, in order; empty when none
     */
    public List<Long> refusingSequences() {
        return refusingSequences;
    }

    /**
     * Whether the office has recorded its finding of refusal.
     *
     * @return true when the office has recorded its finding of refusal
     */
    public boolean flaggedRefusing() {
        return !refusingSequences.isEmpty();
    }

    /**
     * The trail sequences that prove the status, ascending: the first submission, the urgings and the
     * findings of refusal. Empty for {@link ReportingStatus#NOT_DUE}, {@link ReportingStatus#OVERDUE}
     * and {@link ReportingStatus#EXEMPT}, which the absence of events and the calendar prove.
     *
     * @return the trail sequences that prove the status, ascending (first submission, urgings, findings of refusal);
     *         empty for {@link ReportingStatus#NOT_DUE}, {@link ReportingStatus#OVERDUE} and
     *         {@link ReportingStatus#EXEMPT}
     */
    public List<Long> evidence() {
        return Stream.of(submitSequence().stream().boxed(), urgeSequences.stream(), refusingSequences.stream())
                .flatMap(s -> s).sorted().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineStatus d && key.equals(d.key) && status == d.status && asOf.equals(d.asOf)
                && Objects.equals(dueAt, d.dueAt) && Objects.equals(submittedAt, d.submittedAt)
                && submitSequence == d.submitSequence && lateBy.equals(d.lateBy)
                && Objects.equals(urgeDeadline, d.urgeDeadline) && urgeSequences.equals(d.urgeSequences)
                && refusingSequences.equals(d.refusingSequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, status, asOf, dueAt, submittedAt, submitSequence, lateBy, urgeDeadline,
                urgeSequences, refusingSequences);
    }

    @Override
    public String toString() {
        return "DeadlineStatus[" + key + " " + status + " as of " + asOf
                + (submittedAt == null ? "" : ", submitted " + submittedAt)
                + (lateBy.isZero() ? "" : ", late by " + lateBy) + ", evidence " + evidence() + "]";
    }

    static Builder builder(SubmissionKey key, Instant asOf) {
        return new Builder(key, asOf);
    }

    static final class Builder {
        private final SubmissionKey key;
        private final Instant asOf;
        private ReportingStatus status;
        private Instant dueAt;
        private Instant submittedAt;
        private long submitSequence;
        private Duration lateBy = Duration.ZERO;
        private Instant urgeDeadline;
        private List<Long> urgeSequences = List.of();
        private List<Long> refusingSequences = List.of();

        private Builder(SubmissionKey key, Instant asOf) {
            this.key = key;
            this.asOf = asOf;
        }

        Builder status(ReportingStatus s) {
            this.status = s;
            return this;
        }

        Builder dueAt(Instant i) {
            this.dueAt = i;
            return this;
        }

        Builder submitted(Instant at, long sequence) {
            this.submittedAt = at;
            this.submitSequence = sequence;
            return this;
        }

        Builder lateBy(Duration d) {
            this.lateBy = d;
            return this;
        }

        Builder urged(Instant deadline, List<Long> sequences) {
            this.urgeDeadline = deadline;
            this.urgeSequences = sequences;
            return this;
        }

        Builder refusing(List<Long> sequences) {
            this.refusingSequences = sequences;
            return this;
        }

        DeadlineStatus build() {
            return new DeadlineStatus(this);
        }
    }
}
