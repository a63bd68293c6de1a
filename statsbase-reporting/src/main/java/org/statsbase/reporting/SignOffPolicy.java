package org.statsbase.reporting;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * Whose signatures a submission needs before it may be submitted. Statistical forms carry the
 * signatures of 填表人, 统计负责人 and 单位负责人, who answer for the data (统计法 2009 第二十一条:
 * the unit's head and the persons who fill the data are responsible for them);
 * {@link #standard()} requires all three, and a survey system may ask for fewer or other
 * combinations ({@link #of}).
 *
 * <p>Signatures hold for the figures they were given on: entering any value afterwards clears them
 * all, so the signatories sign again (see {@link Submission}).
 *
 * <p>Thread safety: immutable.
 */
public final class SignOffPolicy {

    private static final Set<Role> SIGNATORIES = Collections.unmodifiableSet(
            EnumSet.of(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD));
    private static final SignOffPolicy STANDARD = new SignOffPolicy(SIGNATORIES);

    private final Set<Role> required;

    private SignOffPolicy(Set<Role> required) {
        this.required = Collections.unmodifiableSet(required.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(required));
    }

    /**
     * 填表人, 统计负责人 and 单位负责人 must all sign (统计法 2009 第二十一条).
     *
     * @return the policy requiring all three signatures
     */
    public static SignOffPolicy standard() {
        return STANDARD;
    }

    /**
     * The signatures of {@code required}; an empty set asks for none.
     *
     * @param required the capacities that must sign, among {@link #signatories()}
     * @return the policy requiring exactly {@code required}
     * @throws ReportingException {@code SB-REP-0307} for a role that does not sign forms
     */
    public static SignOffPolicy of(Set<Role> required) {
        Objects.requireNonNull(required, "required");
        for (Role r : required) {
            if (!SIGNATORIES.contains(Objects.requireNonNull(r, "role"))) {
                throw new ReportingException(ReportingError.NOT_A_SIGNATORY, r.nameEn(), r.nameZh());
            }
        }
        return new SignOffPolicy(required);
    }

    /**
     * The capacities that sign forms: {@link Role#FILLER}, {@link Role#STATISTICS_LEAD},
     * {@link Role#UNIT_HEAD}.
     *
     * @return the capacities that sign forms: {@link Role#FILLER}, {@link Role#STATISTICS_LEAD},
     *         {@link Role#UNIT_HEAD}
     */
    public static Set<Role> signatories() {
        return SIGNATORIES;
    }

    /**
     * The capacities whose signatures are required.
     *
     * @return the capacities whose signatures are required
     */
    public Set<Role> required() {
        return required;
    }

    /**
     * The required capacities not among {@code signatures}, in role order.
     *
     * @param signatures the signatures given, by capacity
     * @return the required capacities without a signature, in role order; empty when every one has signed
     */
    public Set<Role> missing(Map<Role, Signature> signatures) {
        Objects.requireNonNull(signatures, "signatures");
        EnumSet<Role> missing = required.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(required);
        missing.removeAll(signatures.keySet());
        return Collections.unmodifiableSet(missing);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignOffPolicy p && required.equals(p.required);
    }

    @Override
    public int hashCode() {
        return required.hashCode();
    }

    @Override
    public String toString() {
        return "SignOffPolicy" + required;
    }
}
