package org.statsbase.testkit.confidentiality;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Role;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Arbitrary {@link Subject}s: every role, clearance and purpose, jurisdictions from {@link Regions#codes()}.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Subjects {

    private Subjects() {
    }

    /**
     * Any subject.
     *
     * @return subjects of any clearance, jurisdiction and purpose
     */
    public static Arbitrary<Subject> any() {
        return Combinators.combine(Arbitraries.of("zhang.san", "li.si", "王五", "dept-7"), Arbitraries.of(Role.class),
                Arbitraries.of(ConfidentialityLevel.class), Regions.codes(), Arbitraries.of(Purpose.class))
                .as(Subject::of);
    }

    /**
     * {@code subject} with rights at least as wide: clearance at or above, a jurisdiction containing the old
     * one, and a statistical purpose if it already was, else either.
     *
     * @param subject the subject to widen
     * @return subjects with rights at least those of {@code subject}
     */
    public static Arbitrary<Subject> widened(Subject subject) {
        Arbitrary<ConfidentialityLevel> atLeast = Arbitraries.of(ConfidentialityLevel.class)
                .filter(level -> level.covers(subject.clearance()));
        Arbitrary<Purpose> purpose = subject.purpose() == Purpose.STATISTICAL ? Arbitraries.just(Purpose.STATISTICAL)
                : Arbitraries.of(Purpose.class);
        return Combinators.combine(atLeast, Regions.atOrAbove(subject.jurisdiction()), purpose)
                .as((c, j, p) -> subject.withClearance(c).withJurisdiction(j).withPurpose(p));
    }
}
