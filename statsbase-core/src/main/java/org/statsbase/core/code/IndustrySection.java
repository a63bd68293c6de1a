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
    A("农、林、牧、渔业", 1, 5),
    B("采矿业", 6, 12),
    C("制造业", 13, 43),
    D("电力、热力、燃气及水生产和供应业", 44, 46),
    E("建筑业", 47, 50),
    F("批发和零售业", 51, 52),
    G("交通运输、仓储和邮政业", 53, 60),
    H("住宿和餐饮业", 61, 62),
    I("信息传输、软件和信息技术服务业", 63, 65),
    J("金融业", 66, 69),
    K("房地产业", 70, 70),
    L("租赁和商务服务业", 71, 72),
    M("科学研究和技术服务业", 73, 75),
    N("水利、环境和公共设施管理业", 76, 79),
    O("居民服务、修理和其他服务业", 80, 82),
    P("教育", 83, 83),
    Q("卫生和社会工作", 84, 85),
    R("文化、体育和娱乐业", 86, 90),
    S("公共管理、社会保障和社会组织", 91, 96),
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

    /** The section letter, for example {@code 'C'}. */
    public char letter() {
        return name().charAt(0);
    }

    /** The Chinese name, for example 制造业. */
    public String nameZh() {
        return nameZh;
    }

    /** The first division number of the section, for example 13 for C. */
    public int firstDivision() {
        return firstDivision;
    }

    /** The last division number of the section, for example 43 for C. */
    public int lastDivision() {
        return lastDivision;
    }

    /** Whether the two-digit division number belongs to this section. */
    public boolean containsDivision(int division) {
        return division >= firstDivision && division <= lastDivision;
    }

    /** The section of a division number 1–97, if it is one. */
    public static Optional<IndustrySection> ofDivision(int division) {
        return division >= 1 && division <= 97 ? Optional.of(BY_DIVISION[division]) : Optional.empty();
    }

    /** The section with this letter (either case), if GB/T 4754-2017 has one. */
    public static Optional<IndustrySection> ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        return upper >= 'A' && upper <= 'T' ? Optional.of(values()[upper - 'A']) : Optional.empty();
    }
}
