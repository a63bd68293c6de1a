package org.statsbase.confidentiality.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The capacity in which a subject asks for data, with the actions that capacity allows and the most secret
 * level it can ever see whatever clearance is claimed. The bodies and people of DOMAIN.md "Organisation and
 * staff" (国统字〔2021〕85号): statistical staff of a county bureau or a township/street station, auxiliary
 * investigators (辅助调查员), other government departments, and the public.
 *
 * <p>Only statistical bodies publish statistical data (统计法 2009 第二十三条 in content: statistical data are
 * published by the statistical bodies). Auxiliary investigators collect and read; they do not export.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Role {
    /** 统计人员: a statistician of a county bureau, township/street station or other statistical body. */
    STATISTICIAN("统计人员", "statistician", EnumSet.allOf(Action.class), ConfidentialityLevel.TOP_SECRET),
    /** 辅助调查员: hired, trained and supervised by a county; reads within its jurisdiction. */
    AUXILIARY_INVESTIGATOR("辅助调查员", "auxiliary investigator", EnumSet.of(Action.READ),
            ConfidentialityLevel.TOP_SECRET),
    /** 政府部门工作人员: staff of a non-statistical government department using statistical data. */
    DEPARTMENT_STAFF("政府部门工作人员", "government department staff member", EnumSet.of(Action.READ, Action.EXPORT),
            ConfidentialityLevel.TOP_SECRET),
    /** 社会公众: anyone; public data only. */
    PUBLIC("社会公众", "member of the public", EnumSet.of(Action.READ, Action.EXPORT), ConfidentialityLevel.PUBLIC);

    private final String nameZh;
    private final String nameEn;
    private final Set<Action> actions;
    private final ConfidentialityLevel ceiling;

    Role(String nameZh, String nameEn, Set<Action> actions, ConfidentialityLevel ceiling) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.actions = Set.copyOf(actions);
        this.ceiling = ceiling;
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
     * The actions this role may perform at all; unmodifiable.
     *
     * @return the actions this role may perform at all; unmodifiable, possibly empty
     */
    public Set<Action> actions() {
        return actions;
    }

    /**
     * Whether this role may perform {@code action} at all.
     *
     * @param action read, export or publish
     * @return true when this role may perform {@code action} at all
     */
    public boolean may(Action action) {
        return actions.contains(action);
    }

    /**
     * The most secret level this role can ever see, whatever clearance a subject claims.
     *
     * @return the most secret level this role can ever see, whatever clearance a subject claims
     */
    public ConfidentialityLevel ceiling() {
        return ceiling;
    }

    /**
     * The role named by its constant name in any case (dashes for underscores) or its Chinese name; never
     * throws.
     *
     * @param text the name, for example {@code statistician} or {@code 统计人员}
     * @return the role; empty when the text names none
     */
    public static Optional<Role> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        String constant = s.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(constant) || r.nameZh.equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
