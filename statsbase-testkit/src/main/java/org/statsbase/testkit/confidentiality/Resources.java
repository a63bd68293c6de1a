package org.statsbase.testkit.confidentiality;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Arbitrary {@link Resource}s: every level and class (unit-level data never public), regions from
 * {@link Regions#codes()}.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * Any resource.
     *
     * @return resources of any kind
     */
    public static Arbitrary<Resource> any() {
        return Combinators.combine(Arbitraries.of("b204-1/2026-10", "gdp.quarterly", "名录库/320102", "yearbook-2025"),
                Arbitraries.of(ConfidentialityLevel.class), Arbitraries.of(DataClass.class), Regions.codes())
                .filter((id, level, c, region) -> !(c == DataClass.UNIT_LEVEL && level == ConfidentialityLevel.PUBLIC))
                .as(Resource::of);
    }
}
