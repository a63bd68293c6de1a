package org.statsbase.core.org;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of institution 国统字〔2021〕85号 二 names, from the county down: the county
 * statistics bureau (县级人民政府统计机构, 二（一）), the township or street statistics station
 * (乡镇（街道）统计站/岗, 二（二）), the village or residential committee's statistics post
 * (村（居）统计岗, 二（二）), county government departments (县级部门, 二（三）), parks
 * (高新技术产业开发区、经济开发区等各类园区, 二（一）) and enterprises (企业, 二（四）).
 *
 * <p>{@link #allowedParents()} gives the tree {@link InstitutionDirectory} enforces: a county
 * bureau is a root; stations, departments and parks sit under a county bureau; village posts
 * under a township station; enterprises under the statistics body of their area — a township
 * station, a park or the county bureau (企业统计人员变动应及时报告所在辖区的统计机构, 二（四）).
 *
 * <p>Thread safety: immutable constants.
 */
public enum InstitutionKind {
    /** 县级统计局. */
    COUNTY_BUREAU("县级统计局", "county statistics bureau"),
    /** 乡镇（街道）统计站. */
    TOWNSHIP_STATION("乡镇（街道）统计站", "township statistics station"),
    /** 村（居）统计岗. */
    VILLAGE_POST("村（居）统计岗", "village statistics post"),
    /** 县级部门. */
    COUNTY_DEPARTMENT("县级部门", "county department"),
    /** 园区. */
    PARK("园区", "park"),
    /** 企业. */
    ENTERPRISE("企业", "enterprise");

    private final String nameZh;
    private final String nameEn;

    InstitutionKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
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
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Whether an institution of this kind is a root of the tree (has no parent).
     *
     * @return whether an institution of this kind is a root of the tree (has no parent)
     */
    public boolean isRoot() {
        return this == COUNTY_BUREAU;
    }

    /**
     * The kinds an institution of this kind may be placed under; empty for a root.
     *
     * @return the kinds an institution of this kind may be placed under; empty for a root
     */
    public Set<InstitutionKind> allowedParents() {
        switch (this) {
            case COUNTY_BUREAU:
                return EnumSet.noneOf(InstitutionKind.class);
            case VILLAGE_POST:
                return EnumSet.of(TOWNSHIP_STATION);
            case ENTERPRISE:
                return EnumSet.of(TOWNSHIP_STATION, PARK, COUNTY_BUREAU);
            default:
                return EnumSet.of(COUNTY_BUREAU);
        }
    }

    static String namesZh(Set<InstitutionKind> kinds) {
        return kinds.stream().map(InstitutionKind::nameZh).collect(Collectors.joining("或"));
    }

    static String namesEn(Set<InstitutionKind> kinds) {
        return kinds.stream().map(InstitutionKind::nameEn).collect(Collectors.joining(" or "));
    }
}
