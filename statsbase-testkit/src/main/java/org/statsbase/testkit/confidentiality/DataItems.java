package org.statsbase.testkit.confidentiality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItem;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Arbitrary data-item descriptions for {@link org.statsbase.confidentiality.classification.DataClassifier}: ids
 * from a small set that {@link #secretItems()} covers, either class, regions from {@link Regions#codes()} with an
 * aggregation level at or below the region's, release and formation times around {@link #EPOCH} (or none),
 * disclosure-checked or not; and instants to classify at.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class DataItems {

    /** The middle of the times generated. */
    public static final Instant EPOCH = Instant.parse("2026-06-30T16:00:00Z");

    private static final List<String> IDS = List.of("gdp.quarterly.32", "gdp.annual.32", "census.2020.draft",
            "revenue.by-industry.320102", "b204-1.units");
    private static final long SPAN_SECONDS = Duration.ofDays(366L * 40).getSeconds();

    private DataItems() {
    }

    /**
     * An instant within about 40 years either side of {@link #EPOCH}, often exactly at it.
     *
     * @return instants around {@link #EPOCH}
     */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-SPAN_SECONDS, SPAN_SECONDS)
                .map(EPOCH::plusSeconds);
    }

    /**
     * Any data item.
     *
     * @return data items of any classification
     */
    public static Arbitrary<DataItem> any() {
        Arbitrary<DataItem> base = Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(DataClass.class),
                Regions.codes()).as(DataItem::of);
        return Combinators.combine(base, Arbitraries.of(DivisionLevel.class), instants().optional(),
                Arbitraries.of(true, false), instants().optional())
                .as((item, level, release, checked, formed) -> {
                    DataItem d = level.isAbove(item.region().level()) ? item : item.withAggregationLevel(level);
                    d = d.withDisclosureChecked(checked);
                    d = release.map(d::withReleaseAt).orElse(d);
                    return formed.map(d::withFormedAt).orElse(d);
                });
    }

    /**
     * Lists of up to four secret items covering (by id or pattern) some of the ids {@link #any()} draws.
     *
     * @return secret-item lists (国家秘密事项) of up to four items
     */
    public static Arbitrary<SecretItems> secretItems() {
        Arbitrary<ConfidentialityLevel> level = Arbitraries.of(ConfidentialityLevel.SECRET,
                ConfidentialityLevel.HIGHLY_SECRET, ConfidentialityLevel.TOP_SECRET);
        Arbitrary<String> key = Arbitraries.of("gdp.quarterly.32", "gdp.*", "census.*.draft", "*.32", "b204-1.?nits");
        Arbitrary<SecretItem> item = Combinators.combine(key, level, Arbitraries.integers().between(1, 30))
                .as((k, l, years) -> {
                    int period = Math.min(years, l.defaultMaximumSecrecyYears().getAsInt());
                    return k.contains("*") || k.contains("?") ? SecretItem.ofPattern(k, l, period, "generated")
                            : SecretItem.ofId(k, l, period, "generated");
                });
        return item.list().ofMaxSize(4).map(list -> {
            List<SecretItem> unique = new ArrayList<>();
            for (SecretItem s : list) {
                if (unique.stream().noneMatch(u -> u.key().equals(s.key()))) {
                    unique.add(s);
                }
            }
            return SecretItems.of(unique);
        });
    }
}
