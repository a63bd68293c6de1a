package org.statsbase.testkit.confidentiality;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItems;

/**
 * Makes {@code @ForAll Subject}, {@code @ForAll Resource}, {@code @ForAll DataItem} and {@code @ForAll SecretItems}
 * work ({@link Subjects#any()}, {@link Resources#any()}, {@link DataItems#any()}, {@link DataItems#secretItems()}).
 * Registered through {@code META-INF/services} and the testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class ConfidentialityArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public ConfidentialityArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Subject.class) || targetType.isOfType(Resource.class)
                || targetType.isOfType(DataItem.class) || targetType.isOfType(SecretItems.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Subject.class)) {
            return Set.of(Subjects.any());
        }
        if (targetType.isOfType(Resource.class)) {
            return Set.of(Resources.any());
        }
        if (targetType.isOfType(DataItem.class)) {
            return Set.of(DataItems.any());
        }
        return Set.of(DataItems.secretItems());
    }
}
