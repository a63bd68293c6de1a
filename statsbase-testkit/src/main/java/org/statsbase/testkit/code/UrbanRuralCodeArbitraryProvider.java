package org.statsbase.testkit.code;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.code.UrbanRuralCode;

/**
 * Lets {@code @ForAll UrbanRuralCode} draw from {@link UrbanRuralCodes#valid()} (instead of
 * jqwik's generic enum support, so the choice is the testkit's to make).
 *
 * <p>Thread safety: stateless.
 */
public final class UrbanRuralCodeArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(UrbanRuralCode.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(UrbanRuralCodes.valid());
    }

    /** Above jqwik's default enum provider, so {@code @ForAll UrbanRuralCode} comes from here. */
    @Override
    public int priority() {
        return 1;
    }
}
