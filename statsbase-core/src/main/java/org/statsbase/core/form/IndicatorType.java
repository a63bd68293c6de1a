package org.statsbase.core.form;

import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;

/**
 * The type of an indicator (指标) of a report form: what kind of value its cell holds. Survey
 * systems (统计调查制度) describe each indicator with a unit of measure (计量单位) and, for amounts,
 * the decimals to keep; codes (行业代码, 区划代码 …) keep their leading zeros and are never numbers.
 *
 * <p>Thread safety: immutable constants.
 */
public enum IndicatorType {
    /** A decimal amount, optionally with a fixed number of decimals (万元 to one decimal …). */
    NUMBER("数值"),
    /** A whole number (persons, units); no decimals. */
    INTEGER("整数"),
    /** Free text (names, explanations). */
    TEXT("文本"),
    /** A code from a code list, kept as text so that leading zeros survive. */
    CODE("代码"),
    /** A calendar date, ISO-8601 {@code YYYY-MM-DD}. */
    DATE("日期"),
    /** Yes or no (是/否). */
    BOOLEAN("是否");

    private final String nameZh;

    IndicatorType(String nameZh) {
        this.nameZh = nameZh;
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
     * Whether values are numbers ({@link #NUMBER}, {@link #INTEGER}).
     *
     * @return whether values are numbers ({@link #NUMBER}, {@link #INTEGER})
     */
    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }

    /**
     * Whether an indicator of this type may state its decimals (only {@link #NUMBER}).
     *
     * @return whether an indicator of this type may state its decimals (only {@link #NUMBER})
     */
    public boolean allowsDecimals() {
        return this == NUMBER;
    }

    /**
     * The type named by {@code text} (constant name, case-insensitive, after NFKC and trimming); never throws.
     *
     * @param text the name; may be {@code null}
     * @return the type named by {@code text} (constant name, case-insensitive, after NFKC and trimming)
     */
    public static Optional<IndicatorType> lookup(CharSequence text) {
        String s = CodeText.normalize(text);
        for (IndicatorType t : values()) {
            if (t.name().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
