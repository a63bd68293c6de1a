package org.statsbase.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a {@link DivisionCatalog}: its 统计用区划代码, name, the level at which the catalog
 * lists it, the code of its parent (empty only for a province) and, for a village-level unit, its
 * 城乡分类代码.
 *
 * <p>A <em>stand-in</em> is an entry whose parent is its own code one level up: the published data
 * lists a prefecture-level city without counties again as its own county-level unit
 * ({@code 441900} 东莞市) and a county without townships again as its own township
 * ({@code 350527000} 金门县), so that every unit below has a parent at each level.
 *
 * @param code       the code
 * @param name       the name, for example 东城街道
 * @param level      the level the catalog lists the unit at (which decides, not the digits)
 * @param parent     the parent's code; empty only for a province
 * @param urbanRural the 城乡分类代码 of a village-level unit, if given
 *
 * <p>Thread safety: immutable.
 */
public record DivisionEntry(DivisionCode code, String name, DivisionLevel level, Optional<DivisionCode> parent,
        Optional<UrbanRuralCode> urbanRural) {

    /**
     * Rejects nulls; whether the entry fits a tree is the catalog's check.
     *
     * @param code the code
     * @param name the name, for example 东城街道
     * @param level the level the catalog lists the unit at (which decides, not the digits)
     * @param parent the parent's code; empty only for a province
     * @param urbanRural the 城乡分类代码 of a village-level unit, if given
     */
    public DivisionEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(urbanRural, "urbanRural");
    }

    /**
     * A province: no parent.
     *
     * @param code the code
     * @param name the name, for example 东城街道
     * @return a province: no parent
     */
    public static DivisionEntry province(DivisionCode code, String name) {
        return new DivisionEntry(code, name, DivisionLevel.PROVINCE, Optional.empty(), Optional.empty());
    }

    /**
     * A unit below province level, without urban-rural code.
     *
     * @param code the code
     * @param name the name, for example 东城街道
     * @param level the level the catalog lists the unit at (which decides, not the digits)
     * @param parent the parent's code; empty only for a province
     * @return a unit below province level, without urban-rural code
     */
    public static DivisionEntry of(DivisionCode code, String name, DivisionLevel level, DivisionCode parent) {
        return new DivisionEntry(code, name, level, Optional.of(Objects.requireNonNull(parent, "parent")),
                Optional.empty());
    }

    /**
     * A village-level unit with its urban-rural code.
     *
     * @param code the code
     * @param name the name, for example 东城街道
     * @param parent the parent's code; empty only for a province
     * @param urbanRural the 城乡分类代码 of a village-level unit, if given
     * @return a village-level unit with its urban-rural code
     */
    public static DivisionEntry village(DivisionCode code, String name, DivisionCode parent,
            UrbanRuralCode urbanRural) {
        return new DivisionEntry(code, name, DivisionLevel.VILLAGE, Optional.of(Objects.requireNonNull(parent,
                "parent")), Optional.of(Objects.requireNonNull(urbanRural, "urbanRural")));
    }

    /**
     * Whether this entry stands in for its own code one level up (see the class comment).
     *
     * @return whether this entry stands in for its own code one level up (see the class comment)
     */
    public boolean isStandIn() {
        return parent.isPresent() && parent.get().equals(code);
    }

    @Override
    public String toString() {
        return code + " " + name + " " + level + parent.map(p -> " < " + p).orElse("")
                + urbanRural.map(u -> " " + u).orElse("");
    }
}
