package org.statsbase.archive.record;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.internal.Texts;
import org.statsbase.core.org.PersonId;

/**
 * A hold (冻结) on a record for an inspection, an audit or litigation: while any hold of a record is
 * active the record is never due and cannot be destroyed. A release is recorded on the hold (who, when,
 * why), never by removing it. A record may carry several holds.
 *
 * <p>Thread safety: immutable.
 */
public final class Hold {

    private final HoldId id;
    private final HoldKind kind;
    private final String reason;
    private final PersonId placedBy;
    private final Instant placedAt;
    private final PersonId releasedBy;
    private final Instant releasedAt;
    private final String releaseReason;

    private Hold(HoldId id, HoldKind kind, String reason, PersonId placedBy, Instant placedAt,
            PersonId releasedBy, Instant releasedAt, String releaseReason) {
        this.id = id;
        this.kind = kind;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
        this.releaseReason = releaseReason;
    }

    /**
     * An active hold.
     *
     * @param id       the hold's id, unique on its record
     * @param kind     inspection, audit, litigation or other
     * @param reason   why the record is held, for example a case number
     * @param placedBy who placed it
     * @param placedAt when
     * @return the active hold
     * @throws org.statsbase.archive.error.ArchiveException SB-ARC-0001 if {@code reason} is blank
     */
    public static Hold place(HoldId id, HoldKind kind, String reason, PersonId placedBy, Instant placedAt) {
        return new Hold(Objects.requireNonNull(id, "id"), Objects.requireNonNull(kind, "kind"),
                Texts.required(reason, "hold reason", "冻结原因"), Objects.requireNonNull(placedBy, "placedBy"),
                Objects.requireNonNull(placedAt, "placedAt"), null, null, null);
    }

    /**
     * This hold, released.
     *
     * @param by  who releases it
     * @param at  when
     * @param why why it is released
     * @return a new hold, released; this one is unchanged
     * @throws IllegalStateException if already released
     */
    public Hold release(PersonId by, Instant at, String why) {
        if (!isActive()) {
            throw new IllegalStateException("hold " + id + " is already released");
        }
        return new Hold(id, kind, reason, placedBy, placedAt, Objects.requireNonNull(by, "by"),
                Objects.requireNonNull(at, "at"), Texts.required(why, "release reason", "解除原因"));
    }

    /**
     * The hold's id, unique on its record.
     *
     * @return the hold's id, unique on its record
     */
    public HoldId id() {
        return id;
    }

    /**
     * Inspection, audit, litigation or other.
     *
     * @return {@link HoldKind#INSPECTION}, {@link HoldKind#AUDIT}, {@link HoldKind#LITIGATION} or
     *         {@link HoldKind#OTHER}
     */
    public HoldKind kind() {
        return kind;
    }

    /**
     * Why the record is held (case number, letter).
     *
     * @return why the record is held (case number, letter)
     */
    public String reason() {
        return reason;
    }

    /**
     * Who placed the hold.
     *
     * @return who placed the hold
     */
    public PersonId placedBy() {
        return placedBy;
    }

    /**
     * When.
     *
     * @return when the hold was placed
     */
    public Instant placedAt() {
        return placedAt;
    }

    /**
     * Whether the hold is in force (not released).
     *
     * @return true when the hold is in force (not released)
     */
    public boolean isActive() {
        return releasedAt == null;
    }

    /**
     * Who released it, if released.
     *
     * @return who released it; empty while active
     */
    public Optional<PersonId> releasedBy() {
        return Optional.ofNullable(releasedBy);
    }

    /**
     * When it was released, if released.
     *
     * @return when it was released; empty while active
     */
    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }

    /**
     * Why it was released, if released.
     *
     * @return why it was released; empty while active
     */
    public Optional<String> releaseReason() {
        return Optional.ofNullable(releaseReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hold h && id.equals(h.id) && kind == h.kind && reason.equals(h.reason)
                && placedBy.equals(h.placedBy) && placedAt.equals(h.placedAt) && Objects.equals(releasedBy, h.releasedBy)
                && Objects.equals(releasedAt, h.releasedAt) && Objects.equals(releaseReason, h.releaseReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, placedAt);
    }

    @Override
    public String toString() {
        return "Hold[" + id + " " + kind + " by " + placedBy + " at " + placedAt
                + (isActive() ? "" : ", released by " + releasedBy + " at " + releasedAt) + "]";
    }
}
