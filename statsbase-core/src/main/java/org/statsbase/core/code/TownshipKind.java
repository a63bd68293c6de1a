package org.statsbase.core.code;

import java.util.Optional;

/**
 * What the township digits (positions 7–9) of a 统计用区划代码 say about a township-level unit,
 * by range, as 国家统计局《统计用区划代码和城乡划分代码编制规则》 assigns them: 001–099 街道,
 * 100–199 镇, 200–399 乡, 400–599 类似乡级单位; codes above 599 are {@link #OTHER}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum TownshipKind {
    /** 001–099: 街道 (subdistrict). */
    SUBDISTRICT("街道", 1, 99),
    /** 100–199: 镇 (town). */
    TOWN("镇", 100, 199),
    /** 200–399: 乡, including 民族乡 and 苏木. */
    TOWNSHIP("乡", 200, 399),
    /** 400–599: units similar to a township (类似乡级单位), such as farms and development zones. */
    SIMILAR_UNIT("类似乡级单位", 400, 599),
    /** 600–999: outside the ranges the rules assign. */
    OTHER("其他", 600, 999);

    private final String nameZh;
    private final int first;
    private final int last;

    TownshipKind(String nameZh, int first, int last) {
        this.nameZh = nameZh;
        this.first = first;
        this.last = last;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The first township number of the range.
     *
     * @return the first township number of the range
     */
    public int first() {
        return first;
    }

    /**
     * The last township number of the range.
     *
     * @return the last township number of the range
     */
    public int last() {
        return last;
    }

    /**
     * The kind of township number 1–999; empty for 0 (no township group).
     *
     * @param township the township number, digits 7–9 of a division code
     * @return the kind of township number 1–999; empty for 0 (no township group)
     */
    public static Optional<TownshipKind> ofNumber(int township) {
        for (TownshipKind kind : values()) {
            if (township >= kind.first && township <= kind.last) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
