package org.statsbase.testkit.trail;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.trail.EventDraft;

/**
 * Makes {@code @ForAll EventDraft} work ({@link EventDrafts#drafts()}). Registered through
 * {@code META-INF/services} and the testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class TrailArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public TrailArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(EventDraft.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(EventDrafts.drafts());
    }
}
