package org.statsbase.confidentiality.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;

/**
 * How the code a unit reports for one dimension places it in the levels of a table: the path of
 * categories from the top level (just below the total) down to the unit's category. The table adds the
 * total above the path and a margin for every category on it.
 *
 * <ul>
 * <li>{@link #flat()}: a code list without levels (the code itself);</li>
 * <li>{@link #divisions(DivisionLevel...)}: 统计用区划代码 levels (for example county → township),
 * through {@link DivisionCode#at(DivisionLevel)};</li>
 * <li>{@link #industries(IndustryLevel...)}: GB/T 4754-2017 levels (for example section → division),
 * through {@link IndustryCode#at(IndustryLevel)}.</li>
 * </ul>
 *
 * <p>Thread safety: immutable.
 */
public final class Hierarchy {

    private enum Kind { FLAT, DIVISION, INDUSTRY }

    private final Kind kind;
    private final List<DivisionLevel> divisionLevels;
    private final List<IndustryLevel> industryLevels;

    private Hierarchy(Kind kind, List<DivisionLevel> divisionLevels, List<IndustryLevel> industryLevels) {
        this.kind = kind;
        this.divisionLevels = List.copyOf(divisionLevels);
        this.industryLevels = List.copyOf(industryLevels);
    }

    /**
     * A flat code list: one level, the code as given (trimmed).
     *
     * @return a flat code list: one level, the code as given (trimmed)
     */
    public static Hierarchy flat() {
        return new Hierarchy(Kind.FLAT, List.of(), List.of());
    }

    /**
     * Division-code levels, top-down, for example {@code divisions(COUNTY, TOWNSHIP)}.
     *
     * @param levels the division levels, top-down, at least one
     * @return the hierarchy
     * @throws ConfidentialityException SB-CONF-0305 when no level is given or they are not strictly top-down
     */
    public static Hierarchy divisions(DivisionLevel... levels) {
        Objects.requireNonNull(levels, "levels");
        List<DivisionLevel> list = Arrays.asList(levels);
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "levels");
            if (i > 0 && !list.get(i - 1).isAbove(list.get(i))) {
                throw new ConfidentialityException(ConfidentialityError.HIERARCHY_LEVELS_INVALID, list);
            }
        }
        if (list.isEmpty()) {
            throw new ConfidentialityException(ConfidentialityError.HIERARCHY_LEVELS_INVALID, list);
        }
        return new Hierarchy(Kind.DIVISION, list, List.of());
    }

    /**
     * Industry levels of GB/T 4754-2017, top-down, for example {@code industries(SECTION, DIVISION)}.
     *
     * @param levels the industry levels, top-down, at least one
     * @return the hierarchy
     * @throws ConfidentialityException SB-CONF-0305 when no level is given or they are not strictly top-down
     */
    public static Hierarchy industries(IndustryLevel... levels) {
        Objects.requireNonNull(levels, "levels");
        List<IndustryLevel> list = Arrays.asList(levels);
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "levels");
            if (i > 0 && list.get(i - 1).compareTo(list.get(i)) >= 0) {
                throw new ConfidentialityException(ConfidentialityError.HIERARCHY_LEVELS_INVALID, list);
            }
        }
        if (list.isEmpty()) {
            throw new ConfidentialityException(ConfidentialityError.HIERARCHY_LEVELS_INVALID, list);
        }
        return new Hierarchy(Kind.INDUSTRY, List.of(), list);
    }

    /**
     * The number of levels below the total.
     *
     * @return the number of levels below the total
     */
    public int depth() {
        switch (kind) {
            case DIVISION:
                return divisionLevels.size();
            case INDUSTRY:
                return industryLevels.size();
            default:
                return 1;
        }
    }

    /**
     * The categories of {@code code}, top level first, in canonical form (a division code padded to
     * 12 digits, an industry code as section letter plus digits).
     *
     * @param unitId    the unit, for the error message
     * @param dimension the dimension's name, for the error message
     * @param code the code as reported
     * @return the categories of {@code code}, top level first, in canonical form (a division code padded to 12
     *         digits, an industry code as section letter plus digits)
     * @throws ConfidentialityException SB-CONF-0304 when the code is invalid or lies above the deepest level
     */
    public List<String> path(String unitId, String dimension, String code) {
        Objects.requireNonNull(code, "code");
        String text = code.strip();
        switch (kind) {
            case DIVISION: {
                CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(text);
                if (check.value().isEmpty()) {
                    throw invalid(unitId, dimension, text, "not a division code", "不是有效的区划代码");
                }
                List<String> path = new ArrayList<>();
                for (DivisionLevel level : divisionLevels) {
                    Optional<DivisionCode> at = check.value().get().at(level);
                    if (at.isEmpty()) {
                        throw invalid(unitId, dimension, text, "it has no " + level.name().toLowerCase() + " level",
                                "没有" + level.nameZh() + "层次");
                    }
                    path.add(at.get().canonical());
                }
                return List.copyOf(path);
            }
            case INDUSTRY: {
                CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(text);
                if (check.value().isEmpty()) {
                    throw invalid(unitId, dimension, text, "not an industry code", "不是有效的行业代码");
                }
                List<String> path = new ArrayList<>();
                for (IndustryLevel level : industryLevels) {
                    Optional<IndustryCode> at = check.value().get().at(level);
                    if (at.isEmpty()) {
                        throw invalid(unitId, dimension, text, "it has no " + level.name().toLowerCase() + " level",
                                "没有" + level.nameZh() + "层次");
                    }
                    path.add(at.get().canonical());
                }
                return List.copyOf(path);
            }
            default:
                if (text.isEmpty()) {
                    throw new ConfidentialityException(ConfidentialityError.MICRODATA_CODE_MISSING, unitId, dimension);
                }
                return List.of(text);
        }
    }

    private static ConfidentialityException invalid(String unitId, String dimension, String code, String en, String zh) {
        return new ConfidentialityException(ConfidentialityError.MICRODATA_CODE_INVALID, unitId, dimension, code, en, zh);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hierarchy && ((Hierarchy) o).kind == kind
                && ((Hierarchy) o).divisionLevels.equals(divisionLevels) && ((Hierarchy) o).industryLevels.equals(industryLevels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, divisionLevels, industryLevels);
    }

    @Override
    public String toString() {
        switch (kind) {
            case DIVISION:
                return "divisions" + divisionLevels;
            case INDUSTRY:
                return "industries" + industryLevels;
            default:
                return "flat";
        }
    }
}
