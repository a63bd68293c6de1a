package org.statsbase.confidentiality.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * The two classes of statistical data in 统计数据分类分级标准规范（2022）: unit-level data (基层数据, the
 * material of single respondents) and aggregates (综合数据).
 *
 * <p>Thread safety: immutable constants.
 */
public enum DataClass {
    /** 基层数据: records of single respondents; never published (统计法 2009 第二十五条). */
    UNIT_LEVEL("基层数据", "unit-level data"),
    /** 综合数据: aggregates; published only after disclosure control. */
    AGGREGATE("综合数据", "aggregate data");

    private final String nameZh;
    private final String nameEn;

    DataClass(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The Chinese name: 基层数据 or 综合数据.
     *
     * @return the Chinese name: 基层数据 or 综合数据
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
     * The class named by {@code text}: the constant name in any case ({@code UNIT_LEVEL}, {@code unit-level}),
     * the short forms {@code unit} and {@code aggregate}, or the Chinese name. Never throws.
     *
     * @param text the name, for example {@code unit-level} or {@code 综合数据}
     * @return the class; empty when the text names none
     */
    public static Optional<DataClass> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        String constant = s.toUpperCase(Locale.ROOT).replace('-', '_');
        if (constant.equals("UNIT")) {
            return Optional.of(UNIT_LEVEL);
        }
        for (DataClass c : values()) {
            if (c.name().equals(constant) || c.nameZh.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
