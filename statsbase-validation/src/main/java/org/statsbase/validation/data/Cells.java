package org.statsbase.validation.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a text cell becomes a value: the number syntax, the leading-zero rule of inference, booleans
 * and dates. One place, so that CSV, JSON Lines and the documentation agree.
 *
 * <p>Thread safety: stateless.
 */
final class Cells {

    /** Longer texts are never numbers: a million digits would be slow to parse and is no amount. */
    static final int MAX_NUMBER_CHARS = 60;

    private Cells() {
    }

    /** {@code [+-]?digits(.digits)?}, at most {@value #MAX_NUMBER_CHARS} characters; no exponent, no separators. */
    static boolean isNumber(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_NUMBER_CHARS) {
            return false;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    /** A number whose integer part starts with a 0 followed by a digit ({@code 0123}, {@code -007.5}): a code. */
    static boolean hasLeadingZero(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        return s.length() > i + 1 && s.charAt(i) == '0' && isDigit(s.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number of a text for which {@link #isNumber} holds. */
    static BigDecimal number(String s) {
        return new BigDecimal(s);
    }

    /** {@code true}/{@code false} in any case, {@code 是}/{@code 否}, {@code 1}/{@code 0}. */
    static Optional<Boolean> bool(String s) {
        if (s.equalsIgnoreCase("true") || s.equals("是") || s.equals("1")) {
            return Optional.of(Boolean.TRUE);
        }
        if (s.equalsIgnoreCase("false") || s.equals("否") || s.equals("0")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /** An ISO {@code yyyy-MM-dd} date that exists. */
    static Optional<LocalDate> date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The value of a non-empty, stripped text cell of a column of this type, if it is one. */
    static Optional<Value> parse(String s, ColumnType type) {
        return switch (type) {
            case TEXT -> Optional.of(Value.of(s));
            case NUMBER -> isNumber(s) ? Optional.of(Value.of(number(s))) : Optional.empty();
            case BOOLEAN -> bool(s).map(Value::of);
            case DATE -> date(s).map(Value::of);
        };
    }

    /** The type as a cell problem names it: Chinese. */
    static String nameZh(ColumnType type) {
        return switch (type) {
            case NUMBER -> "数值";
            case TEXT -> "文本";
            case BOOLEAN -> "是否值（true/false、是/否、1/0）";
            case DATE -> "日期（yyyy-MM-dd）";
        };
    }

    /** The type as a cell problem names it: English. */
    static String nameEn(ColumnType type) {
        return switch (type) {
            case NUMBER -> "a number";
            case TEXT -> "a text";
            case BOOLEAN -> "a boolean (true/false, 是/否, 1/0)";
            case DATE -> "a date (yyyy-MM-dd)";
        };
    }

    /** A cell for a problem message: cut to 40 characters so a hostile cell cannot flood a report. */
    static String shown(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
