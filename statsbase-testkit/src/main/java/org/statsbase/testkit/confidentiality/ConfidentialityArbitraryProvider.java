package org.statsbase.testkit.confidentiality;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.Table;

/**
 * Makes {@code @ForAll Subject}, {@code @ForAll Resource}, {@code @ForAll DataItem}, {@code @ForAll SecretItems},
 * {@code @ForAll MicrodataSample}, {@code @ForAll Table} and {@code @ForAll SensitivityRules} work
 * ({@link Subjects#any()}, {@link Resources#any()}, {@link DataItems#any()}, {@link DataItems#secretItems()},
 * {@link Microdata#any()}, {@link Tables#any()}, {@link SensitivityRuleSpecs#rules()}).
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
                || targetType.isOfType(DataItem.class) || targetType.isOfType(SecretItems.class)
                || targetType.isOfType(MicrodataSample.class) || targetType.isOfType(Table.class)
                || targetType.isOfType(SensitivityRules.class);
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
        if (targetType.isOfType(MicrodataSample.class)) {
            return Set.of(Microdata.any());
        }
        if (targetType.isOfType(Table.class)) {
            return Set.of(Tables.any());
        }
        if (targetType.isOfType(SensitivityRules.class)) {
            return Set.of(SensitivityRuleSpecs.rules());
        }
        return Set.of(DataItems.secretItems());
    }
}
