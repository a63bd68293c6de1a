package org.statsbase.testkit.code;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.code.UnifiedSocialCreditCode;

/**
 * Lets {@code @ForAll UnifiedSocialCreditCode} draw from {@link UnifiedSocialCreditCodes#valid()}.
 * Registered through {@code META-INF/services} and the module descriptor.
 *
 * <p>Thread safety: stateless.
 */
public final class UnifiedSocialCreditCodeArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(UnifiedSocialCreditCode.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(UnifiedSocialCreditCodes.valid());
    }
}
