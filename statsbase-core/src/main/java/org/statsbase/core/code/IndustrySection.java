package org.statsbase.core.code;

import java.util.Optional;

/**
 * The 20 sections (门类) of GB/T 4754-2017 国民经济行业分类, each with the range of its
 * two-digit divisions (大类). Divisions 01–97 are contiguous, so the section of any code follows
 * from its first two digits.
 *
 * <p>Thread safety: immutable constants.
 */
public enum IndustrySection {
    /** 门类 A 农、林、牧、渔业: divisions {@code 01}–{@code 05}. */
    A("农、林、牧、渔业", 1, 5),
    /** 门类 B 采矿业: divisions {@code 06}–{@code 12}. */
    B("采矿业", 6, 12),
    /** 门类 C 制造业: divisions {@code 13}–{@code 43}. */
    C("制造业", 13, 43),
    /** 门类 D 电力、热力、燃气及水生产和供应业: divisions {@code 44}–{@code 46}. */
    D("电力、热力、燃气及水生产和供应业", 44, 46),
    /** 门类 E 建筑业: divisions {@code 47}–{@code 50}. */
    E("建筑业", 47, 50),
    /** 门类 F 批发和零售业: divisions {@code 51}–{@code 52}. */
    F("批发和零售业", 51, 52),
    /** 门类 G 交通运输、仓储和邮政业: divisions {@code 53}–{@code 60}. */
    G("交通运输、仓储和邮政业", 53, 60),
    /** 门类 H 住宿和餐饮业: divisions {@code 61}–{@code 62}. */
    H("住宿和餐饮业", 61, 62),
    /** 门类 I 信息传输、软件和信息技术服务业: divisions {@code 63}–{@code 65}. */
    I("信息传输、软件和信息技术服务业", 63, 65),
    /** 门类 J 金融业: divisions {@code 66}–{@code 69}. */
    J("金融业", 66, 69),
    /** 门类 K 房地产业: division {@code 70}. */
    K("房地产业", 70, 70),
    /** 门类 L 租赁和商务服务业: divisions {@code 71}–{@code 72}. */
    L("租赁和商务服务业", 71, 72),
    /** 门类 M 科学研究和技术服务业: divisions {@code 73}–{@code 75}. */
    M("科学研究和技术服务业", 73, 75),
    /** 门类 N 水利、环境和公共设施管理业: divisions {@code 76}–{@code 79}. */
    N("水利、环境和公共设施管理业", 76, 79),
    /** 门类 O 居民服务、修理和其他服务业: divisions {@code 80}–{@code 82}. */
    O("居民服务、修理和其他服务业", 80, 82),
    /** 门类 P 教育: division {@code 83}. */
    P("教育", 83, 83),
    /** 门类 Q 卫生和社会工作: divisions {@code 84}–{@code 85}. */
    Q("卫生和社会工作", 84, 85),
    /** 门类 R 文化、体育和娱乐业: divisions {@code 86}–{@code 90}. */
    R("文化、体育和娱乐业", 86, 90),
    /** 门类 S 公共管理、社会保障和社会组织: divisions {@code 91}–{@code 96}. */
    S("公共管理、社会保障和社会组织", 91, 96),
    /** 门类 T 国际组织: division {@code 97}. */
    T("国际组织", 97, 97);

    private static final IndustrySection[] BY_DIVISION = new IndustrySection[98];

    static {
        for (IndustrySection s : values()) {
            for (int d = s.firstDivision; d <= s.lastDivision; d++) {
                BY_DIVISION[d] = s;
            }
        }
    }

    private final String nameZh;
    private final int firstDivision;
    private final int lastDivision;

    IndustrySection(String nameZh, int firstDivision, int lastDivision) {
        this.nameZh = nameZh;
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
    }

    /**
     * The section letter, for example {@code 'C'}.
     *
     * @return the section letter, for example {@code 'C'}
     */
    public char letter() {
        return name().charAt(0);
    }

    /**
     * The Chinese name, for example 制造业.
     *
     * @return the Chinese name, for example 制造业
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The first division number of the section, for example 13 for C.
     *
     * @return the first division number of the section, for example 13 for C
     */
    public int firstDivision() {
        return firstDivision;
    }

    /**
     * The last division number of the section, for example 43 for C.
     *
     * @return the last division number of the section, for example 43 for C
     */
    public int lastDivision() {
        return lastDivision;
    }

    /**
     * Whether the two-digit division number belongs to this section.
     *
     * @param division the division number, 1–97
     * @return whether the two-digit division number belongs to this section
     */
    public boolean containsDivision(int division) {
        return division >= firstDivision && division <= lastDivision;
    }

    /**
     * The section of a division number 1–97, if it is one.
     *
     * @param division the division number, 1–97
     * @return the section of a division number 1–97, if it is one
     */
    public static Optional<IndustrySection> ofDivision(int division) {
        return division >= 1 && division <= 97 ? Optional.of(BY_DIVISION[division]) : Optional.empty();
    }

    /**
     * The section with this letter (either case), if GB/T 4754-2017 has one.
     *
     * @param letter the section letter
     * @return the section with this letter (either case), if GB/T 4754-2017 has one
     */
    public static Optional<IndustrySection> ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        return upper >= 'A' && upper <= 'T' ? Optional.of(values()[upper - 'A']) : Optional.empty();
    }
}
