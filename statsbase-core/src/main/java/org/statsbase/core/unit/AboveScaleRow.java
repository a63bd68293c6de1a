package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.internal.text.NumberText;

/**
 * One row of a "四上" threshold table: the industries of a category, how the category decides
 * ({@link AboveScaleCriterion}), the revenue threshold in 万元 where it has one, the revenue
 * measure (主营业务收入 for 规模以上工业, 营业收入 otherwise) and the kinds of unit it counts.
 *
 * <p>Thread safety: immutable.
 */
public final class AboveScaleRow {

    private final String id;
    private final AboveScaleCategory category;
    private final String nameZh;
    private final IndustryScope scope;
    private final AboveScaleCriterion criterion;
    private final BigDecimal threshold;
    private final String revenueMeasureZh;
    private final Set<UnitKind> unitKinds;
    private final String note;

    private AboveScaleRow(String id, AboveScaleCategory category, String nameZh, IndustryScope scope,
            AboveScaleCriterion criterion, BigDecimal threshold, String revenueMeasureZh, Set<UnitKind> unitKinds,
            String note) {
        this.id = id;
        this.category = category;
        this.nameZh = nameZh;
        this.scope = scope;
        this.criterion = criterion;
        this.threshold = threshold;
        this.revenueMeasureZh = revenueMeasureZh;
        this.unitKinds = unitKinds;
        this.note = note;
    }

    /**
     * A row.
     *
     * @param threshold required exactly when {@code criterion} is {@link AboveScaleCriterion#REVENUE}
     * @throws IllegalArgumentException if the parts do not fit together (a threshold without the
     *         revenue criterion or the reverse, an out-of-scope row with a criterion, no unit kinds)
     */
    static AboveScaleRow of(String id, AboveScaleCategory category, String nameZh, IndustryScope scope,
            AboveScaleCriterion criterion, Optional<BigDecimal> threshold, String revenueMeasureZh,
            Set<UnitKind> unitKinds, String note) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(revenueMeasureZh, "revenueMeasureZh");
        Objects.requireNonNull(unitKinds, "unitKinds");
        Objects.requireNonNull(note, "note");
        if ((criterion == AboveScaleCriterion.REVENUE) != threshold.isPresent()) {
            throw new IllegalArgumentException("a threshold goes with the REVENUE criterion only: " + id);
        }
        if ((category == AboveScaleCategory.OUT_OF_SCOPE) != (criterion == AboveScaleCriterion.NONE)) {
            throw new IllegalArgumentException("criterion NONE goes with category OUT_OF_SCOPE only: " + id);
        }
        if (category != AboveScaleCategory.OUT_OF_SCOPE && unitKinds.isEmpty()) {
            throw new IllegalArgumentException("a category counts at least one kind of unit: " + id);
        }
        Set<UnitKind> kinds = unitKinds.isEmpty() ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(unitKinds);
        return new AboveScaleRow(id, category, nameZh, scope, criterion, threshold.orElse(null), revenueMeasureZh,
                Collections.unmodifiableSet(kinds), note);
    }

    /**
     * The stable row id, for example {@code SERVICES_1000}.
     *
     * @return the stable row id, for example {@code SERVICES_1000}
     */
    public String id() {
        return id;
    }

    /**
     * The category.
     *
     * @return the category
     */
    public AboveScaleCategory category() {
        return category;
    }

    /**
     * The Chinese name of the row.
     *
     * @return the Chinese name of the row
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
     * How the row decides.
     *
     * @return how the row decides
     */
    public AboveScaleCriterion criterion() {
        return criterion;
    }

    /**
     * The revenue threshold in 万元 (at or above it is above scale), for the REVENUE criterion.
     *
     * @return the revenue threshold in 万元 (at or above it is above scale), for the REVENUE criterion
     */
    public Optional<BigDecimal> threshold() {
        return Optional.ofNullable(threshold);
    }

    /**
     * The revenue measured, for example 主营业务收入; {@code ""} without a threshold.
     *
     * @return the revenue measured, for example 主营业务收入; {@code ""} without a threshold
     */
    public String revenueMeasureZh() {
        return revenueMeasureZh;
    }

    /**
     * The kinds of unit this category counts; empty for an out-of-scope row.
     *
     * @return the kinds of unit this category counts; empty for an out-of-scope row
     */
    public Set<UnitKind> unitKinds() {
        return unitKinds;
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
        return o instanceof AboveScaleRow other && id.equals(other.id) && category == other.category
                && nameZh.equals(other.nameZh) && scope.equals(other.scope) && criterion == other.criterion
                && Objects.equals(threshold, other.threshold) && revenueMeasureZh.equals(other.revenueMeasureZh)
                && unitKinds.equals(other.unitKinds) && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, category, scope, criterion, threshold, unitKinds);
    }

    @Override
    public String toString() {
        return id + " " + category + " " + scope + " " + criterion
                + (threshold == null ? "" : " >= " + NumberText.of(threshold)) + " " + unitKinds;
    }
}
