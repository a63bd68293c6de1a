package org.statsbase.core.code;

import java.util.Locale;
import java.util.Optional;

/**
 * The five levels of 统计用区划代码 as 国家统计局《统计用区划代码和城乡划分代码编制规则》
 * lays out the 12 digits: province 2, prefecture 2, county 2, township 3, village 3.
 *
 * <p>Declared from the top down, so {@link #compareTo} orders a level before every level below
 * it.
 *
 * <p>Thread safety: immutable constants.
 */
public enum DivisionLevel {
    /** 省级: 省、自治区、直辖市. */
    PROVINCE("省级", 2),
    /** 地级: 地级市、地区、自治州、盟, also a 直辖市's 市辖区/县 and 省直辖县级行政区划 groups. */
    PREFECTURE("地级", 4),
    /** 县级: 市辖区、县级市、县、旗 and similar county-level units. */
    COUNTY("县级", 6),
    /** 乡级: 街道、镇、乡 and similar township-level units. */
    TOWNSHIP("乡级", 9),
    /** 村级: 居民委员会、村民委员会 and similar village-level units. */
    VILLAGE("村级", 12);

    private static final DivisionLevel[] LEVELS = values();

    private final String nameZh;
    private final int digits;

    DivisionLevel(String nameZh, int digits) {
        this.nameZh = nameZh;
        this.digits = digits;
    }

    /**
     * The Chinese name: 省级, 地级, 县级, 乡级 or 村级.
     *
     * @return the Chinese name: 省级, 地级, 县级, 乡级 or 村级
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The number of leading digits that identify a unit at this level (2, 4, 6, 9, 12); the
     * remaining digits of its 12-digit code are zeros.
     *
     * @return the number of leading digits that identify a unit at this level (2, 4, 6, 9, 12)
     */
    public int digits() {
        return digits;
    }

    /**
     * The level directly above; empty for {@link #PROVINCE}.
     *
     * @return the level directly above; empty for {@link #PROVINCE}
     */
    public Optional<DivisionLevel> above() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(LEVELS[ordinal() - 1]);
    }

    /**
     * The level directly below; empty for {@link #VILLAGE}.
     *
     * @return the level directly below; empty for {@link #VILLAGE}
     */
    public Optional<DivisionLevel> below() {
        return ordinal() == LEVELS.length - 1 ? Optional.empty() : Optional.of(LEVELS[ordinal() + 1]);
    }

    /**
     * Whether this level lies strictly above {@code other} (PROVINCE is above everything else).
     *
     * @param other the level compared with
     * @return whether this level lies strictly above {@code other} (PROVINCE is above everything else)
     */
    public boolean isAbove(DivisionLevel other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The level named by {@code text}: the constant name in any case ({@code COUNTY},
     * {@code county}) or the Chinese name ({@code 县级}), surrounding blanks ignored. Never throws;
     * {@code null} gives empty.
     *
     * @param text the name; may be {@code null}
     * @return the level named by {@code text}
     */
    public static Optional<DivisionLevel> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (DivisionLevel level : LEVELS) {
            if (level.name().equals(s.toUpperCase(Locale.ROOT)) || level.nameZh.equals(s)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
