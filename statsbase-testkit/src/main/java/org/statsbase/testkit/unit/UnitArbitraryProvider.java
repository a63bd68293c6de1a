package org.statsbase.testkit.unit;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.StatisticalUnit;

/**
 * Makes {@code @ForAll StatisticalUnit} (any kind), {@code @ForAll SizedEnterprise} (2017 size
 * table, metrics around the bounds) and {@code @ForAll AboveScaleInput} (shipped "四上" table)
 * work. Registered through {@code META-INF/services} and the testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class UnitArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public UnitArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(StatisticalUnit.class) || targetType.isOfType(SizedEnterprise.class)
                || targetType.isOfType(AboveScaleInput.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(StatisticalUnit.class)) {
            return Set.of(StatisticalUnits.units());
        }
        if (targetType.isOfType(SizedEnterprise.class)) {
            return Set.of(EnterpriseSizes.enterprises());
        }
        return Set.of(AboveScaleInputs.inputs());
    }
}
