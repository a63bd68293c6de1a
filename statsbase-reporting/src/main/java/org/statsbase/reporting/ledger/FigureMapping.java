package org.statsbase.reporting.ledger;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;
import org.statsbase.reporting.ledger.internal.UnitConversion;

/**
 * How one figure of a form is derived from a ledger: the sum of the signed {@link AccountTerm terms}
 * over the period or the year to date ({@link FigureBasis}), converted from the ledger's unit to the
 * figure's (元 → 千元 / 万元), rounded to the form's decimals.
 *
 * <p>Rounding: DOMAIN.md names no rule for statistical forms, so it is configuration. The default is
 * {@link RoundingMode#HALF_UP} (四舍五入), what statistical forms and their review software use in
 * practice; {@link RoundingMode#HALF_EVEN} is GB/T 8170-2008 数值修约规则 (四舍六入五成双), for forms that
 * ask for it. Both apply once, to the exact sum: figures are never summed from rounded parts.
 *
 * <p>Thread safety: immutable.
 */
public final class FigureMapping {

    /** The most decimals a figure may have (that of {@code org.statsbase.core.form.Indicator}). */
    public static final int MAX_DECIMALS = 10;

    private final String code;
    private final String name;
    private final FigureBasis basis;
    private final List<AccountTerm> terms;
    private final String sourceUnit;
    private final String unit;
    private final int shift;
    private final int decimals;
    private final RoundingMode rounding;

    private FigureMapping(String code, String name, FigureBasis basis, List<AccountTerm> terms, String sourceUnit,
            String unit, int decimals, RoundingMode rounding) {
        this.code = code;
        this.name = name;
        this.basis = basis;
        this.terms = terms;
        this.sourceUnit = sourceUnit;
        this.unit = unit;
        this.shift = UnitConversion.shift(sourceUnit, unit).orElseThrow(
                () -> new ReportingException(ReportingError.MAPPING_UNIT_CONVERSION, sourceUnit, unit));
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new ReportingException(ReportingError.MAPPING_VALUE_INVALID, code + ".decimals", decimals,
                    "0 to " + MAX_DECIMALS, "0至" + MAX_DECIMALS);
        }
        this.decimals = decimals;
        if (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.HALF_EVEN) {
            throw new ReportingException(ReportingError.MAPPING_VALUE_INVALID, code + ".rounding", rounding,
                    "HALF_UP or HALF_EVEN", "HALF_UP（四舍五入）或HALF_EVEN（四舍六入五成双）");
        }
        this.rounding = rounding;
    }

    /**
     * A figure summing {@code terms} in 元, reported in 元 with 0 decimals, rounded half up.
     *
     * @param code  the figure's code on the form, for example {@code B01}
     * @param basis the period or year to date
     * @param terms the signed account terms summed; not empty, not overlapping
     * @return the figure mapping
     * @throws ReportingException {@code SB-REP-0726} when two terms overlap (an entry would count twice),
     *                            {@code SB-REP-0723} when there is no term
     */
    public static FigureMapping of(String code, FigureBasis basis, List<AccountTerm> terms) {
        String c = EntryFields.text("code", Objects.requireNonNull(code, "code"));
        Objects.requireNonNull(basis, "basis");
        List<AccountTerm> t = List.copyOf(terms);
        if (t.isEmpty()) {
            throw new ReportingException(ReportingError.MAPPING_VALUE_INVALID, c + ".accounts", "[]",
                    "at least one account term", "至少一个科目");
        }
        for (int i = 0; i < t.size(); i++) {
            for (int j = i + 1; j < t.size(); j++) {
                if (t.get(i).overlaps(t.get(j))) {
                    throw new ReportingException(ReportingError.MAPPING_TERMS_OVERLAP, c, t.get(i), t.get(j));
                }
            }
        }
        return new FigureMapping(c, "", basis, t, LedgerPosting.YUAN, LedgerPosting.YUAN, 0, RoundingMode.HALF_UP);
    }

    /**
     * This figure with a name (for output).
     *
     * @param name the figure's name, for example {@code 营业收入}
     * @return a new mapping; this one is unchanged
     */
    public FigureMapping withName(String name) {
        return new FigureMapping(code, EntryFields.text("name", name), basis, terms, sourceUnit, unit, decimals,
                rounding);
    }

    /**
     * This figure summing entries in {@code sourceUnit}, reported in {@code unit}.
     *
     * @param sourceUnit the unit the ledger entries are in, for example {@code 元}
     * @param unit       the unit the form reports, for example {@code 千元}
     * @return a new mapping; this one is unchanged
     * @throws ReportingException {@code SB-REP-0727} when the units do not convert
     */
    public FigureMapping withUnits(String sourceUnit, String unit) {
        return new FigureMapping(code, name, basis, terms, EntryFields.unit(sourceUnit), EntryFields.unit(unit),
                decimals, rounding);
    }

    /**
     * This figure with {@code decimals} decimals (0 to {@value #MAX_DECIMALS}).
     *
     * @param decimals the number of decimals the form reports, 0 to {@value #MAX_DECIMALS}
     * @return a new mapping; this one is unchanged
     */
    public FigureMapping withDecimals(int decimals) {
        return new FigureMapping(code, name, basis, terms, sourceUnit, unit, decimals, rounding);
    }

    /**
     * This figure rounded with {@code rounding}: {@code HALF_UP} or {@code HALF_EVEN}.
     *
     * @param rounding {@code HALF_UP} or {@code HALF_EVEN}
     * @return a new mapping; this one is unchanged
     */
    public FigureMapping withRounding(RoundingMode rounding) {
        return new FigureMapping(code, name, basis, terms, sourceUnit, unit, decimals,
                Objects.requireNonNull(rounding, "rounding"));
    }

    /**
     * The figure's code on the form (the key of the submitted value).
     *
     * @return the figure's code on the form (the key of the submitted value)
     */
    public String code() {
        return code;
    }

    /**
     * Its name, if given.
     *
     * @return its name; empty when none was given
     */
    public Optional<String> name() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * Period or year to date.
     *
     * @return {@link FigureBasis#PERIOD} or {@link FigureBasis#YEAR_TO_DATE}
     */
    public FigureBasis basis() {
        return basis;
    }

    /**
     * The signed terms.
     *
     * @return the signed terms, in the order given; never empty
     */
    public List<AccountTerm> terms() {
        return terms;
    }

    /**
     * The unit of the entries summed.
     *
     * @return the unit of the entries summed
     */
    public String sourceUnit() {
        return sourceUnit;
    }

    /**
     * The unit of the figure.
     *
     * @return the unit of the figure
     */
    public String unit() {
        return unit;
    }

    /**
     * Places the decimal point moves left from the source unit to the figure's unit (3 for 元 → 千元).
     *
     * @return how many places the decimal point moves left from the source unit to the figure's unit (3 for 元 → 千元, 0
     *         for the same unit)
     */
    public int unitShift() {
        return shift;
    }

    /**
     * Decimals of the reported figure.
     *
     * @return the decimals of the reported figure, 0 to {@value #MAX_DECIMALS}
     */
    public int decimals() {
        return decimals;
    }

    /**
     * How the figure is rounded to its decimals.
     *
     * @return how the figure is rounded to its decimals
     */
    public RoundingMode rounding() {
        return rounding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureMapping f && code.equals(f.code) && name.equals(f.name) && basis == f.basis
                && terms.equals(f.terms) && sourceUnit.equals(f.sourceUnit) && unit.equals(f.unit)
                && decimals == f.decimals && rounding == f.rounding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, basis, terms, sourceUnit, unit, decimals, rounding);
    }

    @Override
    public String toString() {
        return "FigureMapping[" + code + " " + basis + " " + terms + " " + sourceUnit + "→" + unit + " "
                + decimals + " " + rounding + "]";
    }
}
