package org.statsbase.core.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * 登记管理部门: the first character of a {@link UnifiedSocialCreditCode}, GB 32100-2015 clause 4.2
 * and its annex (登记管理部门和机构类别代码), including the codes assigned after publication
 * ({@code N} 农业 for rural collective economic organisations).
 *
 * <p>Thread safety: immutable constants.
 */
public enum RegistrationAuthority {
    /** 1 机构编制 (commissions for public-sector reform). */
    ESTABLISHMENT('1', "机构编制"),
    /** 2 外交. */
    FOREIGN_AFFAIRS('2', "外交"),
    /** 3 司法行政. */
    JUSTICE('3', "司法行政"),
    /** 4 文化. */
    CULTURE('4', "文化"),
    /** 5 民政. */
    CIVIL_AFFAIRS('5', "民政"),
    /** 6 旅游. */
    TOURISM('6', "旅游"),
    /** 7 宗教. */
    RELIGION('7', "宗教"),
    /** 8 工会. */
    TRADE_UNION('8', "工会"),
    /** 9 工商 (market regulation; the authority of enterprises and individual businesses). */
    INDUSTRY_AND_COMMERCE('9', "工商"),
    /** A 军队 (中央军委改革和编制办公室). */
    MILITARY('A', "军队"),
    /** N 农业 (农业农村部门). */
    AGRICULTURE('N', "农业"),
    /** Y 其他: every other registration authority. */
    OTHER('Y', "其他");

    private final char code;
    private final String nameZh;

    RegistrationAuthority(char code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * The code character, for example {@code '9'}.
     *
     * @return the code character, for example {@code '9'}
     */
    public char code() {
        return code;
    }

    /**
     * The Chinese name, for example 工商.
     *
     * @return the Chinese name, for example 工商
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The organisation categories this authority registers, in code order.
     *
     * @return the organisation categories this authority registers, in code order
     */
    public List<OrganizationCategory> categories() {
        List<OrganizationCategory> out = new ArrayList<>();
        for (OrganizationCategory c : OrganizationCategory.values()) {
            if (c.authority() == this) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The authority with this code character (upper-case), if there is one.
     *
     * @param code the authority character (position 1)
     * @return the authority with this code character (upper-case), if there is one
     */
    public static Optional<RegistrationAuthority> ofCode(char code) {
        for (RegistrationAuthority a : values()) {
            if (a.code == code) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
