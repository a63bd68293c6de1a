package org.statsbase.validation.internal.lang;

/**
 * The static type of an expression; {@link #ANY} where no form or schema tells (checked at
 * evaluation instead).
 *
 * <p>Thread safety: immutable constants.
 */
enum Type {
    NUMBER("数值", "a number"), TEXT("文本", "a text"), BOOL("条件", "a condition"), DATE("日期", "a date"),
    ANY("任意值", "any value");

    final String zh;
    final String en;

    Type(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    boolean fits(Type wanted) {
        return this == ANY || wanted == ANY || this == wanted;
    }

    /** The type of a runtime value ({@code null}, missing, is ANY). */
    static Type of(Object v) {
        if (v instanceof java.math.BigDecimal) {
            return NUMBER;
        }
        if (v instanceof String) {
            return TEXT;
        }
        if (v instanceof Boolean) {
            return BOOL;
        }
        if (v instanceof java.time.LocalDate) {
            return DATE;
        }
        return ANY;
    }
}
