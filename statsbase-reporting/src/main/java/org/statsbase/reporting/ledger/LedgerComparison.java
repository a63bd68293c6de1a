package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.statsbase.core.form.FormValue;

/**
 * A submission compared with the figures derived from the ledger: every figure that differs, with the
 * entries behind the ledger's value (数出有据; a reported figure must agree with the 统计台账 it comes
 * from, 统计法 2009 第二十一条).
 *
 * <p>Each derived figure is compared with the submitted value of the same code, numerically
 * ({@code 1.0} equals {@code 1.00}), against the figure rounded to the mapping's decimals. A figure the
 * submission leaves out (absent, {@code null}, blank text, {@link FormValue.Missing}) differs only when
 * the ledger's rounded value is not zero: forms leave zero cells blank. Submitted values of codes the
 * mapping does not derive are not compared.
 *
 * <p>Thread safety: immutable.
 */
public final class LedgerComparison {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final DerivedForm derived;
    private final List<FigureDifference> differences;

    private LedgerComparison(DerivedForm derived, List<FigureDifference> differences) {
        this.derived = derived;
        this.differences = List.copyOf(differences);
    }

    /**
     * Compares submitted values with the derived figures.
     *
     * @param submitted values by figure code: {@link BigDecimal}, other {@link Number}s (by their decimal
     *                  text), {@link String}s (blank = missing), or core {@link FormValue}s
     * @param derived the figures derived from the ledger
     * @return the comparison, one figure per code of the mapping
     * @throws IllegalArgumentException for a value of another Java type
     */
    public static LedgerComparison of(DerivedForm derived, Map<String, ?> submitted) {
        Objects.requireNonNull(derived, "derived");
        Objects.requireNonNull(submitted, "submitted");
        List<FigureDifference> differences = new ArrayList<>();
        for (DerivedFigure figure : derived.figures()) {
            Object value = submitted.get(figure.code());
            String text = text(value);
            if (text.isBlank()) {
                if (figure.rounded().signum() != 0) {
                    differences.add(new FigureDifference(figure, FigureDifference.Kind.MISSING, "", null));
                }
            } else if (!NUMBER.matcher(text.strip()).matches()) {
                differences.add(new FigureDifference(figure, FigureDifference.Kind.NOT_A_NUMBER, text, null));
            } else {
                BigDecimal number = new BigDecimal(text.strip());
                if (number.compareTo(figure.rounded()) != 0) {
                    differences.add(new FigureDifference(figure, FigureDifference.Kind.DIFFERENT, text, number));
                }
            }
        }
        return new LedgerComparison(derived, differences);
    }

    private static String text(Object value) {
        if (value == null || value instanceof FormValue.Missing) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof FormValue.Decimal d) {
            return d.value().toPlainString();
        }
        if (value instanceof FormValue.Text t) {
            return t.value();
        }
        throw new IllegalArgumentException("not a submitted value: " + value.getClass().getName());
    }

    /**
     * The figures derived from the ledger.
     *
     * @return the figures derived from the ledger
     */
    public DerivedForm derived() {
        return derived;
    }

    /**
     * Every figure that differs, in the mapping's order.
     *
     * @return every figure that differs, in the mapping's order
     */
    public List<FigureDifference> differences() {
        return differences;
    }

    /**
     * Whether no figure differs.
     *
     * @return true when no figure differs
     */
    public boolean agrees() {
        return differences.isEmpty();
    }

    /**
     * The ledger's rounded figures as values for review rules: {@code ledger.{code}} = plain decimal
     * text, plus {@code ledger.differs.{code}} = {@code true} for each differing figure.
     *
     * @return {@code ledger.{code}} = the rounded figure as plain decimal text, and {@code ledger.differs.{code}} =
     *         {@code true} for each differing figure
     */
    public Map<String, String> asReviewValues() {
        Map<String, String> m = new LinkedHashMap<>();
        derived.figures().forEach(f -> m.put("ledger." + f.code(), f.rounded().toPlainString()));
        differences.forEach(d -> m.put("ledger.differs." + d.code(), "true"));
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerComparison c && derived.equals(c.derived) && differences.equals(c.differences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(derived, differences);
    }

    @Override
    public String toString() {
        return "LedgerComparison[" + derived.unitId() + " " + derived.formId() + " " + derived.period() + ", "
                + differences.size() + " differences]";
    }
}
