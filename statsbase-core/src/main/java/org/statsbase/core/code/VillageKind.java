package org.statsbase.core.code;

import java.util.Optional;

/**
 * What the village digits (positions 10–12) of a 统计用区划代码 say about a village-level unit,
 * by range, as 国家统计局《统计用区划代码和城乡划分代码编制规则》 assigns them: 001–199 居民委员会,
 * 200–399 村民委员会, 400–599 类似村级单位; higher numbers occur in the published catalogs and are
 * {@link #OTHER}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum VillageKind {
    /** 001–199: 居民委员会 (residents' committee, 社区居委会). */
    RESIDENTS_COMMITTEE("居委会", 1, 199),
    /** 200–399: 村民委员会 (villagers' committee). */
    VILLAGERS_COMMITTEE("村委会", 200, 399),
    /** 400–599: units similar to a village (类似村级单位), such as farm teams. */
    SIMILAR_UNIT("类似村级单位", 400, 599),
    /** 600–999: outside the ranges the rules assign. */
    OTHER("其他", 600, 999);

    private final String nameZh;
    private final int first;
    private final int last;

    VillageKind(String nameZh, int first, int last) {
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
     * The first village number of the range.
     *
     * @return the first village number of the range
     */
    public int first() {
        return first;
    }

    /**
     * The last village number of the range.
     *
     * @return the last village number of the range
     */
    public int last() {
        return last;
    }

    /**
     * The kind of village number 1–999; empty for 0 (no village group).
     *
     * @param village the village number, digits 10–12 of a division code
     * @return the kind of village number 1–999; empty for 0 (no village group)
     */
    public static Optional<VillageKind> ofNumber(int village) {
        for (VillageKind kind : values()) {
            if (village >= kind.first && village <= kind.last) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
