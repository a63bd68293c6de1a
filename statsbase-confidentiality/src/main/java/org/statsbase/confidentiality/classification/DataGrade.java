package org.statsbase.confidentiality.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * The grades of statistical data in 统计数据分类分级标准规范（2022）: core (核心), important (重要), general
 * (一般), from the most to the least protected. Which data gets which grade is configuration
 * ({@link ClassificationPolicy}): the criteria are not confirmed in DOMAIN.md.
 *
 * <p>Thread safety: immutable constants.
 */
public enum DataGrade {
    /** 核心数据. */
    CORE("核心", "core"),
    /** 重要数据. */
    IMPORTANT("重要", "important"),
    /** 一般数据. */
    GENERAL("一般", "general");

    private final String nameZh;
    private final String nameEn;

    DataGrade(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name: 核心, 重要 or 一般.
     *
     * @return the Chinese name: 核心, 重要 or 一般
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
     * The grade named by the constant name in any case or the Chinese name; never throws.
     *
     * @param text the name, for example {@code important} or {@code 重要}
     * @return the grade; empty when the text names none
     */
    public static Optional<DataGrade> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (DataGrade g : values()) {
            if (g.name().equals(s.toUpperCase(Locale.ROOT)) || g.nameZh.equals(s)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
