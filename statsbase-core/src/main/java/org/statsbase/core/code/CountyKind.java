package org.statsbase.core.code;

import java.util.Optional;

/**
 * What the county digits (positions 5–6) of a 统计用区划代码 say about a county-level unit, by
 * range, as 国家统计局《统计用区划代码和城乡划分代码编制规则》 assigns them and as the 2023 catalog
 * (reference date 2023-06-30) shows them. The digits alone cannot always name the unit's kind:
 * 01–20 are 市辖区 under a 地级市 but 县级市 under a 地区、自治州 or 盟 (and under a
 * 省直辖县级行政区划 group, prefecture digits 90, for example 429004 仙桃市), so that range is named
 * for both. Where it matters, the name in a {@link DivisionCatalog} decides.
 *
 * <p>Thread safety: immutable constants.
 */
public enum CountyKind {
    /** 01–20: 市辖区, or 县级市 under a 地区/自治州/盟 or a 省直辖县级行政区划 group. */
    DISTRICT_OR_COUNTY_LEVEL_CITY("市辖区或县级市", 1, 20),
    /** 21–50: 县、自治县、旗、自治旗 (also 特区、林区 such as 429021 神农架林区). */
    COUNTY_OR_BANNER("县、旗", 21, 50),
    /** 51–70: further 市辖区 where 01–20 ran out or were kept for history. */
    FURTHER_DISTRICT("市辖区（续）", 51, 70),
    /** 71–80: units similar to a county (类似县级单位), such as development zones. */
    SIMILAR_UNIT("类似县级单位", 71, 80),
    /** 81–99: 县级市. */
    COUNTY_LEVEL_CITY("县级市", 81, 99);

    private final String nameZh;
    private final int first;
    private final int last;

    CountyKind(String nameZh, int first, int last) {
        this.nameZh = nameZh;
        this.first = first;
        this.last = last;
    }

    /**
     * A short Chinese description.
     *
     * @return a short Chinese description
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The first county number of the range.
     *
     * @return the first county number of the range
     */
    public int first() {
        return first;
    }

    /**
     * The last county number of the range.
     *
     * @return the last county number of the range
     */
    public int last() {
        return last;
    }

    /**
     * The kind of county number 1–99; empty for 0 (no county group) and out-of-range numbers.
     *
     * @param county the county number, digits 5–6 of a division code
     * @return the kind of county number 1–99; empty for 0 (no county group) and out-of-range numbers
     */
    public static Optional<CountyKind> ofNumber(int county) {
        for (CountyKind kind : values()) {
            if (county >= kind.first && county <= kind.last) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
