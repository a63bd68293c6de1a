package org.statsbase.reporting.ledger.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * The checks every ledger field passes, the same for the Java API, the file readers and replay:
 * each returns the canonical value or throws {@link ReportingException} ({@code SB-REP-0705/0706}).
 *
 * <p>Thread safety: stateless.
 */
public final class EntryFields {

    /** Longest account code or category. */
    public static final int MAX_ACCOUNT = 64;
    /** Longest unit text. */
    public static final int MAX_UNIT = 16;
    /** Longest description of an original record or reason. */
    public static final int MAX_TEXT = 1024;
    /** Most decimals of a quantity. */
    public static final int MAX_DECIMALS = 6;
    /** Most integer digits of a quantity. */
    public static final int MAX_INTEGER_DIGITS = 20;

    private static final Pattern QUANTITY = Pattern.compile("[+-]?\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1,"
            + MAX_DECIMALS + "})?");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    private EntryFields() {
    }

    /** NFKC, stripped; full-width digits of an account code become ASCII. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A date {@code yyyy-MM-dd} within the years of {@link ReportingPeriod}. */
    public static LocalDate date(String text) {
        String s = required("date", text);
        try {
            return date(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw invalid("date", s, "an ISO date yyyy-MM-dd", "ISO日期 yyyy-MM-dd");
        }
    }

    /** A date within the years of {@link ReportingPeriod}. */
    public static LocalDate date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < ReportingPeriod.MIN_YEAR || date.getYear() > ReportingPeriod.MAX_YEAR) {
            throw invalid("date", date.toString(), "a date in the years " + ReportingPeriod.MIN_YEAR + "-"
                    + ReportingPeriod.MAX_YEAR, ReportingPeriod.MIN_YEAR + "至" + ReportingPeriod.MAX_YEAR + "年之间的日期");
        }
        return date;
    }

    /** An account code or category: non-blank, single line, at most {@value #MAX_ACCOUNT} characters. */
    public static String account(String text) {
        return line("account", required("account", text), MAX_ACCOUNT, "账户/科目代码");
    }

    /** A unit: non-blank, single line, at most {@value #MAX_UNIT} characters. */
    public static String unit(String text) {
        return line("unit", required("unit", text), MAX_UNIT, "计量单位");
    }

    /**
     * A description or reason: non-blank, single line, at most {@value #MAX_TEXT} characters. Only
     * stripped, never NFKC-normalised: it is the person's own wording (full-width （） and ： stay).
     */
    public static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ReportingException(ReportingError.LEDGER_FIELD_MISSING, field);
        }
        return line(field, text.strip(), MAX_TEXT, "文字说明");
    }

    /** A decimal {@code [+-]digits[.digits]}, at most {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_DECIMALS} decimals. */
    public static BigDecimal quantity(String text) {
        String s = required("quantity", text);
        if (!QUANTITY.matcher(s).matches()) {
            throw invalid("quantity", s, quantityRule(), quantityRuleZh());
        }
        return new BigDecimal(s);
    }

    /** A quantity within the same bounds as {@link #quantity(String)}. */
    public static BigDecimal quantity(BigDecimal value) {
        Objects.requireNonNull(value, "quantity");
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        if (v.scale() > MAX_DECIMALS || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw invalid("quantity", v.toPlainString(), quantityRule(), quantityRuleZh());
        }
        return v;
    }

    /** A SHA-256 digest: 64 hexadecimal digits, returned lower-case. */
    public static String digest(String text) {
        String s = required("record_digest", text);
        if (!HEX64.matcher(s).matches()) {
            throw invalid("record_digest", s, "a SHA-256 digest of 64 hexadecimal digits", "64位十六进制的SHA-256摘要");
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String quantityRule() {
        return "a decimal number with at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_DECIMALS
                + " decimals, without exponent or separators";
    }

    private static String quantityRuleZh() {
        return "整数部分不超过" + MAX_INTEGER_DIGITS + "位、小数不超过" + MAX_DECIMALS + "位的十进制数（不用科学计数法和千分位）";
    }

    private static String line(String field, String s, int max, String zh) {
        if (s.length() > max) {
            throw invalid(field, s.substring(0, Math.min(s.length(), 40)) + "…", "at most " + max + " characters",
                    "不超过" + max + "个字符的" + zh);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || (Character.isSurrogate(c) && !validPair(s, i))) {
                throw invalid(field, s.replaceAll("\\p{Cntrl}", "?"), "one line of text without control characters",
                        "不含控制字符的单行" + zh);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return s;
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static String required(String field, String text) {
        if (text == null) {
            throw new ReportingException(ReportingError.LEDGER_FIELD_MISSING, field);
        }
        String s = normalize(text);
        if (s.isEmpty()) {
            throw new ReportingException(ReportingError.LEDGER_FIELD_MISSING, field);
        }
        return s;
    }

    private static ReportingException invalid(String field, String value, String en, String zh) {
        return new ReportingException(ReportingError.LEDGER_FIELD_INVALID, field, value, en, zh);
    }
}
