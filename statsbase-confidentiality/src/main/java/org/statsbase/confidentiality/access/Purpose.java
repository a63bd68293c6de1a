package org.statsbase.confidentiality.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What the data is wanted for. 统计法 2009 第二十五条: material identifying or allowing inference of a single
 * respondent is used only for statistical purposes.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Purpose {
    /** 统计目的: statistical work (collection, review, compilation, analysis). */
    STATISTICAL("统计目的", "statistical"),
    /** 非统计目的: anything else (administration, enforcement outside statistics, commerce …). */
    NON_STATISTICAL("非统计目的", "non-statistical");

    private final String nameZh;
    private final String nameEn;

    Purpose(String nameZh, String nameEn) {
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
     * Whether this purpose covers at least what {@code other} does (statistical is the wider).
     *
     * @param other another purpose
     * @return true when this purpose covers at least what {@code other} does (statistical is the wider)
     */
    public boolean isAtLeast(Purpose other) {
        return this == STATISTICAL || this == other;
    }

    /**
     * The purpose named by {@code text}: {@code statistical}, or {@code other}/{@code non-statistical} for
     * the rest, in any case, or the Chinese name. Never throws.
     *
     * @param text the name, for example {@code statistical} or {@code non-statistical}
     * @return the purpose; empty when the text names none
     */
    public static Optional<Purpose> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        String constant = s.toUpperCase(Locale.ROOT).replace('-', '_');
        if (constant.equals("OTHER")) {
            return Optional.of(NON_STATISTICAL);
        }
        for (Purpose p : values()) {
            if (p.name().equals(constant) || p.nameZh.equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
