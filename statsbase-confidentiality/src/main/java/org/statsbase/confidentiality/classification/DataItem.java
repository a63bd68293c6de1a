package org.statsbase.confidentiality.classification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;

/**
 * The description of a data item that {@link DataClassifier} classifies: its id (what secret items are
 * matched against), class, region scope and aggregation level, release time, whether it passed disclosure
 * control, and when it was formed (the start of a secrecy period).
 *
 * <p>Start from {@link #unitLevel} or {@link #aggregate} and add what is known with the {@code with…}
 * methods, each of which returns a new item. The aggregation level defaults to the region scope's level
 * and may not lie above it (an aggregate by township over a county is {@code TOWNSHIP} within
 * {@code COUNTY}).
 *
 * <p>Thread safety: immutable.
 */
public final class DataItem {

    private final String id;
    private final DataClass dataClass;
    private final DivisionCode region;
    private final DivisionLevel aggregationLevel;
    private final Instant releaseAt;
    private final boolean disclosureChecked;
    private final Instant formedAt;

    private DataItem(String id, DataClass dataClass, DivisionCode region, DivisionLevel aggregationLevel,
            Instant releaseAt, boolean disclosureChecked, Instant formedAt) {
        this.id = id;
        this.dataClass = dataClass;
        this.region = region;
        this.aggregationLevel = aggregationLevel;
        this.releaseAt = releaseAt;
        this.disclosureChecked = disclosureChecked;
        this.formedAt = formedAt;
    }

    /**
     * A data item of {@code dataClass} concerning {@code region}, not scheduled for release, not
     * disclosure-checked, formation time unknown.
     *
     * @param id        the id secret items are matched against, for example {@code gdp.quarterly.320102}
     * @param dataClass unit-level or aggregate
     * @param region    the division the data concerns
     * @return the data item
     * @throws ConfidentialityException SB-CONF-0001/0002 for an id that is blank or not one line
     */
    public static DataItem of(String id, DataClass dataClass, DivisionCode region) {
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(region, "region");
        return new DataItem(Texts.singleLine(id, "data item id", "数据项标识"), dataClass, region, region.level(),
                null, false, null);
    }

    /**
     * Unit-level data (基层数据) concerning respondents in {@code region}.
     *
     * @param id     the id secret items are matched against
     * @param region the division of the respondents
     * @return the data item, class {@link DataClass#UNIT_LEVEL}
     */
    public static DataItem unitLevel(String id, DivisionCode region) {
        return of(id, DataClass.UNIT_LEVEL, region);
    }

    /**
     * An aggregate (综合数据) over {@code region}.
     *
     * @param id     the id secret items are matched against, for example {@code gdp.quarterly.320102}
     * @param region the division the aggregate covers
     * @return the data item, class {@link DataClass#AGGREGATE}
     */
    public static DataItem aggregate(String id, DivisionCode region) {
        return of(id, DataClass.AGGREGATE, region);
    }

    /**
     * This item aggregated at {@code level} (for example by township over a county).
     *
     * @param level the level the figures are aggregated at; at or below the region's level
     * @return a new item; this one is unchanged
     * @throws ConfidentialityException SB-CONF-0112 when {@code level} lies above the region scope's level
     */
    public DataItem withAggregationLevel(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        if (level.isAbove(region.level())) {
            throw new ConfidentialityException(ConfidentialityError.AGGREGATION_ABOVE_SCOPE, level, region.level(),
                    region);
        }
        return new DataItem(id, dataClass, region, level, releaseAt, disclosureChecked, formedAt);
    }

    /**
     * This item with its release time (公布时间): released from that instant on.
     *
     * @param at the release time (公布时间)
     * @return a new item; this one is unchanged
     */
    public DataItem withReleaseAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new DataItem(id, dataClass, region, aggregationLevel, at, disclosureChecked, formedAt);
    }

    /**
     * This item with the outcome of disclosure control (statistical disclosure control of tables).
     *
     * @param checked whether the item passed disclosure control
     * @return a new item; this one is unchanged
     */
    public DataItem withDisclosureChecked(boolean checked) {
        return new DataItem(id, dataClass, region, aggregationLevel, releaseAt, checked, formedAt);
    }

    /**
     * This item with the time it was formed, from which a secrecy period runs.
     *
     * @param at when the item was formed
     * @return a new item; this one is unchanged
     */
    public DataItem withFormedAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new DataItem(id, dataClass, region, aggregationLevel, releaseAt, disclosureChecked, at);
    }

    /**
     * The id secret items are matched against, for example {@code gdp.quarterly.320102}.
     *
     * @return the id secret items are matched against, for example {@code gdp.quarterly.320102}
     */
    public String id() {
        return id;
    }

    /**
     * 基层数据 or 综合数据.
     *
     * @return {@link DataClass#UNIT_LEVEL} (基层数据) or {@link DataClass#AGGREGATE} (综合数据)
     */
    public DataClass dataClass() {
        return dataClass;
    }

    /**
     * The division the data concerns (its region scope).
     *
     * @return the division the data concerns (its region scope)
     */
    public DivisionCode region() {
        return region;
    }

    /**
     * The level the figures are aggregated at; at or below the region's level.
     *
     * @return the level the figures are aggregated at; at or below the region's level
     */
    public DivisionLevel aggregationLevel() {
        return aggregationLevel;
    }

    /**
     * The release time, if one is set.
     *
     * @return the release time; empty when none is set
     */
    public Optional<Instant> releaseAt() {
        return Optional.ofNullable(releaseAt);
    }

    /**
     * Whether the item is released at {@code asOf}: it has a release time at or before it.
     *
     * @param asOf the instant asked about
     * @return true when the item is released at {@code asOf}: it has a release time at or before it
     */
    public boolean isReleased(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return releaseAt != null && !releaseAt.isAfter(asOf);
    }

    /**
     * Whether the item passed disclosure control.
     *
     * @return true when the item passed disclosure control
     */
    public boolean disclosureChecked() {
        return disclosureChecked;
    }

    /**
     * When the item was formed, if known.
     *
     * @return when the item was formed; empty when unknown
     */
    public Optional<Instant> formedAt() {
        return Optional.ofNullable(formedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataItem d && id.equals(d.id) && dataClass == d.dataClass && region.equals(d.region)
                && aggregationLevel == d.aggregationLevel && Objects.equals(releaseAt, d.releaseAt)
                && disclosureChecked == d.disclosureChecked && Objects.equals(formedAt, d.formedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, dataClass, region, aggregationLevel, releaseAt, disclosureChecked, formedAt);
    }

    @Override
    public String toString() {
        return "DataItem[" + id + ", " + dataClass + ", " + region + " by " + aggregationLevel
                + (releaseAt == null ? "" : ", release " + releaseAt) + (disclosureChecked ? ", checked" : "")
                + (formedAt == null ? "" : ", formed " + formedAt) + "]";
    }
}
