package org.statsbase.testkit.reporting;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.SubmissionKey;

/**
 * Makes {@code @ForAll Actor} ({@link Actors#any()}) and {@code @ForAll SubmissionKey}
 * ({@link SubmissionKeys#any()}) work. Registered through {@code META-INF/services} and the testkit's
 * module-info. Histories need a world: use {@link SubmissionHistories} in a {@code @Provide} method.
 *
 * <p>Thread safety: stateless.
 */
public final class ReportingArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public ReportingArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Actor.class) || targetType.isOfType(SubmissionKey.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Actor.class)) {
            return Set.of(Actors.any());
        }
        return Set.of(SubmissionKeys.any());
    }
}
