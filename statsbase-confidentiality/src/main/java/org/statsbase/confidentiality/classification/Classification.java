package org.statsbase.confidentiality.classification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * What {@link DataClassifier} says of a data item at an instant: its level, grade, the secrecy period and
 * declassification time when a state-secret item is in force, the time it becomes public when that is
 * already known, and every reason in order.
 *
 * @param item           the item classified
 * @param asOf           the instant the answer holds for
 * @param level          the confidentiality level
 * @param grade          核心, 重要 or 一般
 * @param secrecyYears   the secrecy period of the secret item in force; empty when none is
 * @param declassifiesAt when that period ends (another covering item with a longer period may then still hold,
 *                       at a lower level); empty when none is in force, or the formation time is unknown (the secret
 *                       then holds until someone sets it)
 * @param publicFrom     from when the item is public, whatever instant is asked about: for an aggregate that passed
 *                       disclosure control and has a release time, that time or the end of the last secrecy period
 *                       covering it if later; empty when the item is never public as described (unit-level,
 *                       unchecked, no release time, or a secret whose period cannot be counted). The item is
 *                       public at {@code asOf} exactly when this is present and not after {@code asOf}.
 * @param reasons        the clauses applied, each with its text
 *
 * <p>Thread safety: immutable.
 */
public record Classification(DataItem item, Instant asOf, ConfidentialityLevel level, DataGrade grade,
        OptionalInt secrecyYears, Optional<Instant> declassifiesAt, Optional<Instant> publicFrom,
        List<ClassificationReason> reasons) {

    /**
     * Checks that no component is null and copies the reasons.
     *
     * @param item           the item classified
     * @param asOf           the instant the answer holds for
     * @param level          the confidentiality level
     * @param grade          核心, 重要 or 一般
     * @param secrecyYears   the secrecy period of the secret item in force; empty when none is
     * @param declassifiesAt when that period ends (another covering item with a longer period may then still hold, at
     *                       a lower level); empty when none is in force, or the formation time is unknown (the secret
     *                       then holds until someone sets it)
     * @param publicFrom     from when the item is public, whatever instant is asked about: for an aggregate that
     *                       passed disclosure control and has a release time, that time or the end of the last
     *                       secrecy period covering it if later; empty when the item is never public as described
     *                       (unit-level, unchecked, no release time, or a secret whose period cannot be counted). The
     *                       item is public at {@code asOf} exactly when this is present and not after {@code asOf}.
     * @param reasons        the clauses applied, each with its text
     */
    public Classification {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(secrecyYears, "secrecyYears");
        Objects.requireNonNull(declassifiesAt, "declassifiesAt");
        Objects.requireNonNull(publicFrom, "publicFrom");
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether a state-secret item is in force for the item.
     *
     * @return true when a state-secret item is in force for the item
     */
    public boolean isStateSecret() {
        return level.isStateSecret();
    }

    /**
     * Whether the reasons include {@code rule}.
     *
     * @param rule the clause
     * @return true when the reasons include {@code rule}
     */
    public boolean hasReason(ClassificationRule rule) {
        return reasons.stream().anyMatch(r -> r.rule() == rule);
    }
}
