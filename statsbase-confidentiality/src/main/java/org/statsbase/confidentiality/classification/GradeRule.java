package org.statsbase.confidentiality.classification;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.DivisionLevel;

/**
 * One row of the grading table of a {@link ClassificationPolicy} (统计数据分类分级标准规范（2022）, grades
 * 核心 / 重要 / 一般): the conditions a data item must meet — each absent condition matches everything — and
 * the grade it then gets. The first matching row decides.
 *
 * @param dataClass   the class the row applies to, or empty for both
 * @param stateSecret whether the row applies only to items in force as state secrets ({@code true}) or
 *                    only to others ({@code false}); empty for both
 * @param released    whether the row applies only to released items or only to unreleased ones; empty for both
 * @param atOrAbove   the row applies only to items aggregated at this level or above; empty for every level
 * @param grade       the grade given
 *
 * <p>Thread safety: immutable.
 */
public record GradeRule(Optional<DataClass> dataClass, Optional<Boolean> stateSecret, Optional<Boolean> released,
        Optional<DivisionLevel> atOrAbove, DataGrade grade) {

    /**
     * Checks that no component is null.
     *
     * @param dataClass   the class the row applies to, or empty for both
     * @param stateSecret whether the row applies only to items in force as state secrets ({@code true}) or only to
     *                    others ({@code false}); empty for both
     * @param released    whether the row applies only to released items or only to unreleased ones; empty for both
     * @param atOrAbove   the row applies only to items aggregated at this level or above; empty for every level
     * @param grade       the grade given
     */
    public GradeRule {
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(stateSecret, "stateSecret");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(atOrAbove, "atOrAbove");
        Objects.requireNonNull(grade, "grade");
    }

    /**
     * A row without conditions: every item gets {@code grade}.
     *
     * @param grade the grade every item gets
     * @return a row without conditions: every item gets {@code grade}
     */
    public static GradeRule always(DataGrade grade) {
        return new GradeRule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), grade);
    }

    /**
     * Whether the row has no condition.
     *
     * @return true when the row has no condition
     */
    public boolean isCatchAll() {
        return dataClass.isEmpty() && stateSecret.isEmpty() && released.isEmpty() && atOrAbove.isEmpty();
    }

    /**
     * Whether an item of this description meets every condition of the row.
     *
     * @param itemClass        the item's class
     * @param itemStateSecret  whether a state-secret item is in force for the item
     * @param itemReleased     whether the item is released
     * @param aggregationLevel the level the item is aggregated at
     * @return true when an item of this description meets every condition of the row
     */
    public boolean matches(DataClass itemClass, boolean itemStateSecret, boolean itemReleased,
            DivisionLevel aggregationLevel) {
        return dataClass.map(c -> c == itemClass).orElse(true)
                && stateSecret.map(s -> s == itemStateSecret).orElse(true)
                && released.map(r -> r == itemReleased).orElse(true)
                && atOrAbove.map(l -> aggregationLevel == l || aggregationLevel.isAbove(l)).orElse(true);
    }
}
