package org.statsbase.core.code;

import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;

/**
 * The group codes of 城乡分类代码 (《统计上划分城乡的规定》, approved by the State Council in
 * 国函〔2008〕60号; coded by 国家统计局《统计用区划代码和城乡划分代码编制规则》): the split into
 * 100 城镇 and 200 乡村, and within 城镇 the groups 110 城区 and 120 镇区. They aggregate
 * {@link UrbanRuralCode}s and are never carried by a village-level unit itself. 乡村 has no
 * intermediate group: its codes 210 乡中心区 and 220 村庄 belong to 200 directly.
 *
 * <p>Thread safety: immutable constants.
 */
public enum UrbanRuralGroup {
    /** 100 城镇: everything in 城区 and 镇区. */
    URBAN("100", "城镇", null),
    /** 110 城区: 111 主城区 and 112 城乡结合区. */
    CITY_AREA("110", "城区", URBAN),
    /** 120 镇区: 121 镇中心区, 122 镇乡结合区 and 123 特殊区域. */
    TOWN_AREA("120", "镇区", URBAN),
    /** 200 乡村: 210 乡中心区 and 220 村庄. */
    RURAL("200", "乡村", null);

    private final String code;
    private final String nameZh;
    private final UrbanRuralGroup parent;

    UrbanRuralGroup(String code, String nameZh, UrbanRuralGroup parent) {
        this.code = code;
        this.nameZh = nameZh;
        this.parent = parent;
    }

    /**
     * The three-digit group code, for example {@code "110"}.
     *
     * @return the three-digit group code, for example {@code "110"}
     */
    public String code() {
        return code;
    }

    /**
     * The Chinese name, for example 城区.
     *
     * @return the Chinese name, for example 城区
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The group this one belongs to (110 and 120 belong to 100); empty for 100 and 200.
     *
     * @return the group this one belongs to (110 and 120 belong to 100); empty for 100 and 200
     */
    public Optional<UrbanRuralGroup> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Whether this group is part of 城镇 (100, 110, 120).
     *
     * @return whether this group is part of 城镇 (100, 110, 120)
     */
    public boolean isUrban() {
        return this != RURAL;
    }

    /**
     * Whether {@code code} belongs to this group, directly or through a subgroup.
     *
     * @param code the group code
     * @return whether {@code code} belongs to this group, directly or through a subgroup
     */
    public boolean contains(UrbanRuralCode code) {
        UrbanRuralGroup g = code.group();
        return g == this || g.parent == this;
    }

    /**
     * The group with this code (normalised first); empty for anything else. Never throws.
     *
     * @param text the group code, for example {@code 110}; may be {@code null}
     * @return the group with this code (normalised first); empty for anything else
     */
    public static Optional<UrbanRuralGroup> ofCode(CharSequence text) {
        String s = CodeText.normalize(text);
        for (UrbanRuralGroup g : values()) {
            if (g.code.equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
