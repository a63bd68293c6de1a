package org.statsbase.reporting.accountability;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Signature;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.trail.Verification;

/**
 * The whole history of one figure — a unit's indicator in one form and period — as the trail records
 * it (数据质量责任追究制度; 统计法 2009 第二十一条: those who review and sign answer for what they sign): every
 * value entered, changed or cleared and by whom (with any proxy authorisation), every attempt refused
 * (a reviewer trying to change it is evidence), and every step on the submission it belongs to —
 * explanations, signatures, submissions, queries, returns, answers, acceptance, forwarding, reopening,
 * urging — in trail order.
 *
 * <p>Thread safety: immutable.
 */
public final class FigureHistory {

    private final SubmissionKey key;
    private final String indicator;
    private final List<FigureEntry> entries;
    private final Submission submission;
    private final Verification verification;

    private FigureHistory(SubmissionKey key, String indicator, List<FigureEntry> entries, Submission submission,
            Verification verification) {
        this.key = Objects.requireNonNull(key, "key");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.entries = List.copyOf(entries);
        this.submission = submission;
        this.verification = verification;
    }

    static FigureHistory of(SubmissionKey key, String indicator, List<FigureEntry> entries,
            Optional<Submission> submission, Verification verification) {
        return new FigureHistory(key, indicator, entries, submission.orElse(null), verification);
    }

    /**
     * The submission the figure belongs to.
     *
     * @return the submission the figure belongs to
     */
    public SubmissionKey key() {
        return key;
    }

    /**
     * The indicator.
     *
     * @return the indicator code, for example {@code B01}
     */
    public String indicator() {
        return indicator;
    }

    /**
     * Every entry, in trail order.
     *
     * @return every entry, in trail order; empty when the trail holds nothing about the figure
     */
    public List<FigureEntry> entries() {
        return entries;
    }

    /**
     * The entries of one kind, in trail order.
     *
     * @param kind the kind of entry wanted
     * @return the entries of that kind, in trail order; empty when there is none
     */
    public List<FigureEntry> entries(EntryKind kind) {
        Objects.requireNonNull(kind, "kind");
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * The carried-out value changes, in trail order.
     *
     * @return the carried-out value changes, in trail order
     */
    public List<FigureEntry> valueChanges() {
        return entries.stream().filter(FigureEntry::isValueChange).toList();
    }

    /**
     * The refused attempts on the figure or its submission, in trail order.
     *
     * @return the refused attempts on the figure or its submission, in trail order
     */
    public List<FigureEntry> refusedAttempts() {
        return entries.stream().filter(FigureEntry::refused).toList();
    }

    /**
     * The entry that set the current value (or cleared it), if the value was ever entered.
     *
     * @return the entry that set the current value (or cleared it), if the value was ever entered
     */
    public Optional<FigureEntry> currentEntry() {
        List<FigureEntry> changes = valueChanges();
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /**
     * The current value text; empty when never entered or cleared.
     *
     * @return the current value text; empty when never entered or cleared
     */
    public Optional<String> currentValue() {
        return currentEntry().map(e -> e.change().orElseThrow().after()).filter(v -> !v.isEmpty());
    }

    /**
     * Who entered the current value (a person id).
     *
     * @return who entered the current value (a person id); empty when never entered
     */
    public Optional<String> enteredBy() {
        return currentEntry().map(FigureEntry::actor);
    }

    /**
     * Every carried-out signature of the submission, in trail order.
     *
     * @return every carried-out signature of the submission, in trail order
     */
    public List<FigureEntry> signatures() {
        return entries.stream().filter(e -> e.kind() == EntryKind.SIGNATURE && !e.refused()).toList();
    }

    /**
     * The signatures that stand on the submission now, by capacity: those given since values last
     * changed (entering any value clears the signatures, as {@link Submission} says).
     *
     * @return the signatures that stand on the submission now, by capacity: those given since values last changed
     *         (entering any value clears the signatures, as {@link Submission} says)
     */
    public Map<Role, Signature> currentSignatures() {
        return submission == null ? Map.of() : submission.signatures();
    }

    /**
     * The acceptance (验收) that stands: the last carried-out acceptance, unless a reopening was
     * approved since.
     *
     * @return the acceptance (验收) that stands: the last carried-out acceptance, unless a reopening was approved since
     */
    public Optional<FigureEntry> acceptance() {
        if (submission == null || submission.accepted().isEmpty()) {
            return Optional.empty();
        }
        List<FigureEntry> accepted = entries.stream()
                .filter(e -> e.kind() == EntryKind.ACCEPT && !e.refused()).toList();
        return accepted.isEmpty() ? Optional.empty() : Optional.of(accepted.get(accepted.size() - 1));
    }

    /**
     * The submission as the events read give it; empty when it was never created.
     *
     * @return the submission as the events read give it; empty when it was never created
     */
    public Optional<Submission> submission() {
        return Optional.ofNullable(submission);
    }

    /**
     * The verification of the trail made when the history was read, if one was asked for.
     *
     * @return the verification of the trail made when the history was read, if one was asked for
     */
    public Optional<Verification> verification() {
        return Optional.ofNullable(verification);
    }

    /**
     * Whether the trail was verified when the history was read and every link held.
     *
     * @return true when the trail was verified when the history was read and every link held
     */
    public boolean verifiedIntact() {
        return verification != null && verification.intact();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureHistory h && key.equals(h.key) && indicator.equals(h.indicator)
                && entries.equals(h.entries) && Objects.equals(submission, h.submission)
                && Objects.equals(verification, h.verification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, indicator, entries, verification);
    }

    @Override
    public String toString() {
        return "FigureHistory[" + key + " " + indicator + ", " + entries.size() + " entr"
                + (entries.size() == 1 ? "y" : "ies") + ", current " + currentValue().orElse("(none)")
                + (verification == null ? "" : verification.intact() ? ", trail intact" : ", trail BROKEN") + "]";
    }
}
