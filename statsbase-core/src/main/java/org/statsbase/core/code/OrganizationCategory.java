package org.statsbase.core.code;

import java.util.Optional;

/**
 * 机构类别: the second character of a {@link UnifiedSocialCreditCode}, which has a meaning only
 * together with the {@link RegistrationAuthority} in first place (GB 32100-2015 clause 4.2 and its
 * annex 登记管理部门和机构类别代码; {@code N} 农业 was assigned after publication).
 *
 * <p>One constant per authority/category pair. Where the annex names the category only
 * 其他 (category {@code 9} of most authorities, and the single category {@code 1} of authority
 * {@code Y}), {@link #nameZh()} is 其他 and the constant is named {@code <AUTHORITY>_OTHER}.
 * The names of categories not listed in the project's DOMAIN.md (2/1, 4/1, 6/1, 6/2, 7/1, 7/2,
 * 8/1, A/1, N/1–3) follow the annex as commonly reproduced; the codes themselves are what
 * validation relies on.
 *
 * <p>Thread safety: immutable constants.
 */
public enum OrganizationCategory {
    /** 1/1 机关. */
    ORGAN(RegistrationAuthority.ESTABLISHMENT, '1', "机关"),
    /** 1/2 事业单位. */
    PUBLIC_INSTITUTION(RegistrationAuthority.ESTABLISHMENT, '2', "事业单位"),
    /** 1/3 群众团体 (中央编办直接管理机构编制的群众团体). */
    MASS_ORGANIZATION(RegistrationAuthority.ESTABLISHMENT, '3', "群众团体"),
    /** 1/9 其他 (the annex names it only 其他). */
    ESTABLISHMENT_OTHER(RegistrationAuthority.ESTABLISHMENT, '9', "其他"),
    /** 2/1 外国常驻新闻机构. */
    FOREIGN_NEWS_AGENCY(RegistrationAuthority.FOREIGN_AFFAIRS, '1', "外国常驻新闻机构"),
    /** 2/9 其他 (the annex names it only 其他). */
    FOREIGN_AFFAIRS_OTHER(RegistrationAuthority.FOREIGN_AFFAIRS, '9', "其他"),
    /** 3/1 律师执业机构. */
    LAW_FIRM(RegistrationAuthority.JUSTICE, '1', "律师执业机构"),
    /** 3/2 公证处. */
    NOTARY_OFFICE(RegistrationAuthority.JUSTICE, '2', "公证处"),
    /** 3/3 基层法律服务所. */
    LEGAL_SERVICE_OFFICE(RegistrationAuthority.JUSTICE, '3', "基层法律服务所"),
    /** 3/4 司法鉴定机构. */
    FORENSIC_EXPERTISE_INSTITUTION(RegistrationAuthority.JUSTICE, '4', "司法鉴定机构"),
    /** 3/5 仲裁委员会. */
    ARBITRATION_COMMISSION(RegistrationAuthority.JUSTICE, '5', "仲裁委员会"),
    /** 3/9 其他 (the annex names it only 其他). */
    JUSTICE_OTHER(RegistrationAuthority.JUSTICE, '9', "其他"),
    /** 4/1 外国在华文化中心. */
    FOREIGN_CULTURAL_CENTRE(RegistrationAuthority.CULTURE, '1', "外国在华文化中心"),
    /** 4/9 其他 (the annex names it only 其他). */
    CULTURE_OTHER(RegistrationAuthority.CULTURE, '9', "其他"),
    /** 5/1 社会团体. */
    SOCIAL_ORGANIZATION(RegistrationAuthority.CIVIL_AFFAIRS, '1', "社会团体"),
    /** 5/2 民办非企业单位. */
    PRIVATE_NON_ENTERPRISE_UNIT(RegistrationAuthority.CIVIL_AFFAIRS, '2', "民办非企业单位"),
    /** 5/3 基金会. */
    FOUNDATION(RegistrationAuthority.CIVIL_AFFAIRS, '3', "基金会"),
    /** 5/9 其他 (the annex names it only 其他). */
    CIVIL_AFFAIRS_OTHER(RegistrationAuthority.CIVIL_AFFAIRS, '9', "其他"),
    /** 6/1 外国旅游部门常驻代表机构. */
    FOREIGN_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '1', "外国旅游部门常驻代表机构"),
    /** 6/2 港澳台地区旅游部门常驻内地（大陆）代表机构. */
    HONG_KONG_MACAO_TAIWAN_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '2', "港澳台地区旅游部门常驻内地（大陆）代表机构"),
    /** 6/9 其他 (the annex names it only 其他). */
    TOURISM_OTHER(RegistrationAuthority.TOURISM, '9', "其他"),
    /** 7/1 宗教活动场所. */
    RELIGIOUS_VENUE(RegistrationAuthority.RELIGION, '1', "宗教活动场所"),
    /** 7/2 宗教院校. */
    RELIGIOUS_COLLEGE(RegistrationAuthority.RELIGION, '2', "宗教院校"),
    /** 7/9 其他 (the annex names it only 其他). */
    RELIGION_OTHER(RegistrationAuthority.RELIGION, '9', "其他"),
    /** 8/1 基层工会. */
    GRASSROOTS_TRADE_UNION(RegistrationAuthority.TRADE_UNION, '1', "基层工会"),
    /** 8/9 其他 (the annex names it only 其他). */
    TRADE_UNION_OTHER(RegistrationAuthority.TRADE_UNION, '9', "其他"),
    /** 9/1 企业. */
    ENTERPRISE(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '1', "企业"),
    /** 9/2 个体工商户. */
    INDIVIDUAL_BUSINESS(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '2', "个体工商户"),
    /** 9/3 农民专业合作社. */
    FARMERS_COOPERATIVE(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '3', "农民专业合作社"),
    /** A/1 军队事业单位. */
    MILITARY_PUBLIC_INSTITUTION(RegistrationAuthority.MILITARY, '1', "军队事业单位"),
    /** A/9 其他 (the annex names it only 其他). */
    MILITARY_OTHER(RegistrationAuthority.MILITARY, '9', "其他"),
    /** N/1 组级集体经济组织. */
    GROUP_COLLECTIVE_ECONOMIC_ORGANIZATION(RegistrationAuthority.AGRICULTURE, '1', "组级集体经济组织"),
    /** N/2 村级集体经济组织. */
    VILLAGE_COLLECTIVE_ECONOMIC_ORGANIZATION(RegistrationAuthority.AGRICULTURE, '2', "村级集体经济组织"),
    /** N/3 乡镇级集体经济组织. */
    TOWNSHIP_COLLECTIVE_ECONOMIC_ORGANIZATION(RegistrationAuthority.AGRICULTURE, '3', "乡镇级集体经济组织"),
    /** N/9 其他 (the annex names it only 其他). */
    AGRICULTURE_OTHER(RegistrationAuthority.AGRICULTURE, '9', "其他"),
    /** Y/1 其他: the only category of authority Y; the annex names it only 其他. */
    OTHER(RegistrationAuthority.OTHER, '1', "其他");

    private final RegistrationAuthority authority;
    private final char code;
    private final String nameZh;

    OrganizationCategory(RegistrationAuthority authority, char code, String nameZh) {
        this.authority = authority;
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * The registration authority this category belongs to.
     *
     * @return the registration authority this category belongs to
     */
    public RegistrationAuthority authority() {
        return authority;
    }

    /**
     * The category character (second position of the code), for example {@code '1'}.
     *
     * @return the category character (second position of the code), for example {@code '1'}
     */
    public char code() {
        return code;
    }

    /**
     * The Chinese name, for example 企业; 其他 where the standard names no more.
     *
     * @return the Chinese name, for example 企业; 其他 where the standard names no more
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The two leading characters of a code of this category, for example {@code "91"}.
     *
     * @return the two leading characters of a code of this category, for example {@code "91"}
     */
    public String prefix() {
        return new String(new char[] {authority.code(), code});
    }

    /**
     * The category of this authority with this code character, if the authority has one.
     *
     * @param authority the registration authority (position 1)
     * @param code the category character (position 2)
     * @return the category of this authority with this code character, if the authority has one
     */
    public static Optional<OrganizationCategory> of(RegistrationAuthority authority, char code) {
        for (OrganizationCategory c : values()) {
            if (c.authority == authority && c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
