package org.statsbase.testkit.period;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Lets jqwik generate {@code @ForAll ReportingPeriod} parameters with {@link ReportingPeriods#any()};
 * registered through {@code META-INF/services} and the module descriptor.
 *
 * <p>Thread safety: stateless.
 */
public final class ReportingPeriodArbitraryProvider implements ArbitraryProvider {

    /** Called by jqwik's service loader. */
    public ReportingPeriodArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(ReportingPeriod.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(ReportingPeriods.any());
    }
}
