package org.statsbase.reporting.ledger.internal;

import java.util.Optional;

/**
 * The money units of Chinese statistical forms and their powers of ten relative to 元: forms ask for
 * 千元 (工业统计报表制度 financial indicators) or 万元 (size thresholds of 国统字〔2017〕213号), ledgers
 * keep 元. A conversion between two of them moves the decimal point, so it is exact. Any other unit
 * converts only to itself.
 *
 * <p>Thread safety: immutable constants.
 */
public enum UnitConversion {
    /** 元. */
    YUAN("元", 0),
    /** 千元 = 10³ 元. */
    THOUSAND_YUAN("千元", 3),
    /** 万元 = 10⁴ 元. */
    TEN_THOUSAND_YUAN("万元", 4),
    /** 亿元 = 10⁸ 元. */
    HUNDRED_MILLION_YUAN("亿元", 8);

    private final String symbol;
    private final int exponent;

    UnitConversion(String symbol, int exponent) {
        this.symbol = symbol;
        this.exponent = exponent;
    }

    /**
     * How many places to move the decimal point left to convert a quantity in {@code from} to
     * {@code to} (negative: right), or empty when they do not convert.
     */
    public static Optional<Integer> shift(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(0);
        }
        Optional<UnitConversion> a = lookup(from);
        Optional<UnitConversion> b = lookup(to);
        return a.isPresent() && b.isPresent() ? Optional.of(b.get().exponent - a.get().exponent) : Optional.empty();
    }

    private static Optional<UnitConversion> lookup(String symbol) {
        for (UnitConversion u : values()) {
            if (u.symbol.equals(symbol)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
