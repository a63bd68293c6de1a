package org.statsbase.testkit.validation;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Schema;

/**
 * Makes {@code @ForAll Schema} ({@link Datasets#schemas()}), {@code @ForAll ColumnarDataset} and
 * {@code @ForAll Dataset} ({@link Datasets#datasets()}) and {@code @ForAll ReviewCase}
 * ({@link ReviewCases#cases()}) work. Expressions, rules and rule sets have no default: they are
 * only well-typed against a schema, so tests ask {@link RuleExpressions} or
 * {@link RuleDefinitions} for them. Registered through {@code META-INF/services} and the
 * testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class ValidationArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public ValidationArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Schema.class) || targetType.isOfType(ColumnarDataset.class)
                || targetType.isOfType(Dataset.class) || targetType.isOfType(ReviewCase.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Schema.class)) {
            return Set.of(Datasets.schemas());
        }
        if (targetType.isOfType(ReviewCase.class)) {
            return Set.of(ReviewCases.cases());
        }
        return Set.of(Datasets.datasets());
    }
}
