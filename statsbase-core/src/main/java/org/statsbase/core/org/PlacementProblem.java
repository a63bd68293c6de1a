package org.statsbase.core.org;

import java.util.Objects;

/**
 * One institution that cannot stand where it was placed in the tree of 国统字〔2021〕85号 二, and
 * why, in Chinese and English.
 *
 * <p>Thread safety: immutable.
 */
public final class PlacementProblem {

    private final InstitutionId institution;
    private final PlacementReason reason;
    private final Object[] args;

    PlacementProblem(InstitutionId institution, PlacementReason reason, Object... args) {
        this.institution = Objects.requireNonNull(institution, "institution");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = args.clone();
    }

    /**
     * The institution that cannot stand there.
     *
     * @return the institution that cannot stand there
     */
    public InstitutionId institution() {
        return institution;
    }

    /**
     * Why.
     *
     * @return the reason
     */
    public PlacementReason reason() {
        return reason;
    }

    /**
     * The stable code, for example {@code SB-CORE-0917}.
     *
     * @return the stable code, for example {@code SB-CORE-0917}
     */
    public String code() {
        return reason.error().code();
    }

    /**
     * The problem in Chinese.
     *
     * @return the problem in Chinese
     */
    public String messageZh() {
        return reason.error().formatZh(args);
    }

    /**
     * The problem in English.
     *
     * @return the problem in English
     */
    public String messageEn() {
        return reason.error().formatEn(args);
    }

    Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlacementProblem other && institution.equals(other.institution)
                && reason == other.reason && messageEn().equals(other.messageEn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(institution, reason, messageEn());
    }

    @Override
    public String toString() {
        return code() + " " + messageEn();
    }
}
