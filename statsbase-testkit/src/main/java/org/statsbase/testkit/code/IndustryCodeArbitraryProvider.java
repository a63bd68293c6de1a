package org.statsbase.testkit.code;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.code.IndustryCode;

/**
 * Lets jqwik supply {@code @ForAll IndustryCode} parameters: valid GB/T 4754-2017 codes of every
 * level ({@link IndustryCodes#valid()}). Registered through {@code META-INF/services} and the
 * module descriptor.
 *
 * <p>Thread safety: stateless.
 */
public final class IndustryCodeArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(IndustryCode.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(IndustryCodes.valid());
    }
}
