package org.statsbase.testkit.code;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.code.DivisionCode;

/**
 * Lets {@code @ForAll DivisionCode} draw from {@link DivisionCodes#valid()}.
 *
 * <p>Thread safety: stateless.
 */
public final class DivisionCodeArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(DivisionCode.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(DivisionCodes.valid());
    }
}
