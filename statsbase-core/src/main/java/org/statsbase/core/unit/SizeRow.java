package org.statsbase.core.unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the table of 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号): an industry
 * (工业, 零售业, 房地产开发经营 …) with the metrics it is divided by and their bounds — or a row
 * stating that an industry is outside the scheme (金融业, 铁路运输业 …), which has no bounds.
 *
 * <p>Thread safety: immutable.
 */
public final class SizeRow {

    private final String id;
    private final String nameZh;
    private final IndustryScope scope;
    private final List<SizeBounds> bounds;
    private final boolean outOfScope;
    private final boolean unconfirmed;
    private final String note;

    private SizeRow(String id, String nameZh, IndustryScope scope, List<SizeBounds> bounds, boolean outOfScope,
            boolean unconfirmed, String note) {
        this.id = id;
        this.nameZh = nameZh;
        this.scope = scope;
        this.bounds = bounds;
        this.outOfScope = outOfScope;
        this.unconfirmed = unconfirmed;
        this.note = note;
    }

    /**
     * A row dividing its industries by {@code bounds} (in the order the table lists them).
     *
     * @throws IllegalArgumentException if bounds is empty or names a metric twice
     */
    static SizeRow divided(String id, String nameZh, IndustryScope scope, List<SizeBounds> bounds,
            boolean unconfirmed, String note) {
        List<SizeBounds> list = List.copyOf(Objects.requireNonNull(bounds, "bounds"));
        if (list.isEmpty() || list.stream().map(SizeBounds::metric).distinct().count() != list.size()) {
            throw new IllegalArgumentException("a divided row needs distinct metrics: " + list);
        }
        return new SizeRow(Objects.requireNonNull(id, "id"), Objects.requireNonNull(nameZh, "nameZh"),
                Objects.requireNonNull(scope, "scope"), list, false, unconfirmed, Objects.requireNonNull(note, "note"));
    }

    /** A row stating that its industries are outside the scheme. */
    static SizeRow outOfScope(String id, String nameZh, IndustryScope scope, boolean unconfirmed, String note) {
        return new SizeRow(Objects.requireNonNull(id, "id"), Objects.requireNonNull(nameZh, "nameZh"),
                Objects.requireNonNull(scope, "scope"), List.of(), true, unconfirmed,
                Objects.requireNonNull(note, "note"));
    }

    /**
     * The stable row id, for example {@code RETAIL}.
     *
     * @return the stable row id, for example {@code RETAIL}
     */
    public String id() {
        return id;
    }

    /**
     * The Chinese name of the industry, for example 零售业.
     *
     * @return the Chinese name of the industry, for example 零售业
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The industries of this row.
     *
     * @return the industries of this row
     */
    public IndustryScope scope() {
        return scope;
    }

    /**
     * The metrics with their bounds, in table order; empty for an out-of-scope row.
     *
     * @return the metrics with their bounds, in table order; empty for an out-of-scope row
     */
    public List<SizeBounds> bounds() {
        return bounds;
    }

    /**
     * The bounds of one metric, if this row uses it.
     *
     * @param metric the metric
     * @return the bounds of one metric, if this row uses it
     */
    public Optional<SizeBounds> bounds(SizeMetric metric) {
        return bounds.stream().filter(b -> b.metric() == metric).findFirst();
    }

    /**
     * The metrics this row uses, in table order.
     *
     * @return the metrics this row uses, in table order
     */
    public List<SizeMetric> metrics() {
        return bounds.stream().map(SizeBounds::metric).toList();
    }

    /**
     * Whether the industries of this row are outside the scheme.
     *
     * @return whether the industries of this row are outside the scheme
     */
    public boolean isOutOfScope() {
        return outOfScope;
    }

    /**
     * Whether the table marks this row as unconfirmed (a reading that users may need to change).
     *
     * @return whether the table marks this row as unconfirmed (a reading that users may need to change)
     */
    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    /**
     * The table's note on this row, or {@code ""}.
     *
     * @return the table's note on this row, or {@code ""}
     */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeRow other && id.equals(other.id) && nameZh.equals(other.nameZh)
                && scope.equals(other.scope) && bounds.equals(other.bounds) && outOfScope == other.outOfScope
                && unconfirmed == other.unconfirmed && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, nameZh, scope, bounds, outOfScope, unconfirmed, note);
    }

    @Override
    public String toString() {
        return id + " " + nameZh + " " + scope + (outOfScope ? " out of scope" : " " + bounds);
    }
}
