package org.statsbase.core.level;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How secret a piece of statistical data is (统计工作保密制度): public, internal, work secret (工作秘密, not a
 * state secret) and the three levels of state secret that 统计工作国家秘密范围的规定 assigns — 秘密, 机密,
 * 绝密 — each with the longest secrecy period (保密期限) that applies unless one is set otherwise
 * (保守国家秘密法: 绝密 30 years, 机密 20, 秘密 10).
 *
 * <p>Declared from the least to the most secret, so {@link #compareTo} orders the levels and a
 * clearance at some level covers every level at or below it ({@link #covers}).
 *
 * <p>{@link #PUBLIC} and {@link #INTERNAL} are both 非密 (non-secret) in the DA/T 46 sense; they
 * differ in whether the data may be given to the public.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ConfidentialityLevel {
    /** 公开: may be published or given to anyone. */
    PUBLIC("公开", "public", 0),
    /** 内部: non-secret, but for use inside the statistical system and those it serves, not for the public. */
    INTERNAL("内部", "internal", 0),
    /** 工作秘密: not a state secret; protected by the body's own rules; no statutory secrecy period. */
    WORK_SECRET("工作秘密", "work secret", 0),
    /** 秘密: state secret whose disclosure causes harm (large economic loss, harm to national image). */
    SECRET("秘密", "secret", 10),
    /** 机密: state secret whose disclosure causes serious harm (disorder across one or more provinces). */
    HIGHLY_SECRET("机密", "highly secret", 20),
    /** 绝密: state secret whose disclosure causes especially serious harm (national disorder). */
    TOP_SECRET("绝密", "top secret", 30);

    private final String nameZh;
    private final String nameEn;
    private final int longestSecrecyYears;

    ConfidentialityLevel(String nameZh, String nameEn, int longestSecrecyYears) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.longestSecrecyYears = longestSecrecyYears;
    }

    /**
     * The Chinese name, for example 机密.
     *
     * @return the Chinese name, for example 机密
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name, for example {@code highly secret}.
     *
     * @return the English name, for example {@code highly secret}
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Whether this is a level of state secret (秘密, 机密, 绝密); 工作秘密 is not.
     *
     * @return whether this is a level of state secret (秘密, 机密, 绝密); 工作秘密 is not
     */
    public boolean isStateSecret() {
        return longestSecrecyYears > 0;
    }

    /**
     * The longest secrecy period in years that applies unless set otherwise (保守国家秘密法): 10, 20 or
     * 30 for the state secrets; empty for the other levels, which carry no statutory period.
     *
     * @return the longest secrecy period in years that applies unless set otherwise (保守国家秘密法): 10, 20 or 30 for the
     *         state secrets
     */
    public OptionalInt defaultMaximumSecrecyYears() {
        return longestSecrecyYears == 0 ? OptionalInt.empty() : OptionalInt.of(longestSecrecyYears);
    }

    /**
     * Whether someone cleared to this level may see data at {@code level}: {@code level} is at or below this one.
     *
     * @param level the level of the data
     * @return whether someone cleared to this level may see data at {@code level}: {@code level} is at or below this
     *         one
     */
    public boolean covers(ConfidentialityLevel level) {
        Objects.requireNonNull(level, "level");
        return level.compareTo(this) <= 0;
    }

    /**
     * Whether this level is strictly more secret than {@code other}.
     *
     * @param other the level compared with
     * @return whether this level is strictly more secret than {@code other}
     */
    public boolean isAbove(ConfidentialityLevel other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) > 0;
    }

    /**
     * The more secret of this level and {@code other}.
     *
     * @param other the level compared with
     * @return the more secret of this level and {@code other}
     */
    public ConfidentialityLevel max(ConfidentialityLevel other) {
        Objects.requireNonNull(other, "other");
        return isAbove(other) ? this : other;
    }

    /**
     * The level named by {@code text}: the constant name in any case ({@code HIGHLY_SECRET},
     * {@code highly-secret}, {@code highly secret}) or the Chinese name ({@code 机密}), surrounding blanks
     * ignored. Never throws; {@code null} or an unknown name gives empty.
     *
     * @param text the name; {@code null} gives empty
     * @return the level named by {@code text}
     */
    public static Optional<ConfidentialityLevel> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        String constant = s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ConfidentialityLevel level : values()) {
            if (level.name().equals(constant) || level.nameZh.equals(s)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
