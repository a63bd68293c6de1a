package org.statsbase.core.form;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;

/**
 * An indicator (指标) of a report form as a survey system (统计调查制度) defines it: code, name in
 * Chinese (and English where given), unit of measure (计量单位), type and — for amounts — the
 * decimals to keep.
 *
 * <p>Codes are normalised like identifiers (NFKC, trimmed, upper-cased: {@code b01} is
 * {@code B01}). Decimals: a {@link IndicatorType#NUMBER} may state 0–{@value #MAX_DECIMALS}
 * decimals; an {@link IndicatorType#INTEGER} has 0; other types have none.
 *
 * <p>Thread safety: immutable; the {@code with…} methods return new indicators.
 */
public final class Indicator {

    /** The most decimals an indicator may keep. */
    public static final int MAX_DECIMALS = 10;

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final String unit;
    private final IndicatorType type;
    private final int decimals;

    private Indicator(String code, String nameZh, String nameEn, String unit, IndicatorType type, int decimals) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.type = type;
        this.decimals = decimals;
    }

    /**
     * An indicator without English name, unit or decimals.
     *
     * @param code the indicator code, for example {@code B01}
     * @param nameZh the Chinese name, not blank
     * @param type the type of its values
     * @return an indicator without English name, unit or decimals
     * @throws StatsbaseException {@link CoreError#FORM_BAD_ID} if the code is blank or has blanks inside,
     *         {@link CoreError#CONFIG_EMPTY_TEXT} if the name is blank
     */
    public static Indicator of(String code, String nameZh, IndicatorType type) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(type, "type");
        String id = ConfigIds.normalize(code).orElseThrow(() -> new StatsbaseException(CoreError.FORM_BAD_ID, code));
        return new Indicator(id, requireText(nameZh, "nameZh"), "", "", type, type == IndicatorType.INTEGER ? 0 : -1);
    }

    static String requireText(String text, String what) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new StatsbaseException(CoreError.CONFIG_EMPTY_TEXT, what);
        }
        return s;
    }

    /**
     * This indicator with an English name ({@code ""} removes it).
     *
     * @param nameEn the English name, not blank
     * @return a new indicator; this one is unchanged
     */
    public Indicator withNameEn(String nameEn) {
        return new Indicator(code, nameZh, Objects.requireNonNull(nameEn, "nameEn").strip(), unit, type, decimals);
    }

    /**
     * This indicator with a unit of measure such as 千元 or 人 ({@code ""} removes it).
     *
     * @param unit the unit of measure
     * @return a new indicator; this one is unchanged
     */
    public Indicator withUnit(String unit) {
        return new Indicator(code, nameZh, nameEn, Objects.requireNonNull(unit, "unit").strip(), type, decimals);
    }

    /**
     * This indicator keeping {@code decimals} decimals.
     *
     * @param decimals the number of decimals, at least 0
     * @return a new indicator; this one is unchanged
     * @throws StatsbaseException {@link CoreError#FORM_DECIMALS_NOT_ALLOWED} unless the type is NUMBER,
     *         {@link CoreError#FORM_DECIMALS_OUT_OF_RANGE} unless 0 ≤ decimals ≤ {@value #MAX_DECIMALS}
     */
    public Indicator withDecimals(int decimals) {
        if (!type.allowsDecimals()) {
            throw new StatsbaseException(CoreError.FORM_DECIMALS_NOT_ALLOWED, type);
        }
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new StatsbaseException(CoreError.FORM_DECIMALS_OUT_OF_RANGE, decimals, MAX_DECIMALS);
        }
        return new Indicator(code, nameZh, nameEn, unit, type, decimals);
    }

    /**
     * The code, for example {@code B01}.
     *
     * @return the code, for example {@code B01}
     */
    public String code() {
        return code;
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
     * The English name, if given.
     *
     * @return the English name, if given
     */
    public Optional<String> nameEn() {
        return nameEn.isEmpty() ? Optional.empty() : Optional.of(nameEn);
    }

    /**
     * The unit of measure (计量单位), if any.
     *
     * @return the unit of measure (计量单位), if any
     */
    public Optional<String> unit() {
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }

    /**
     * The type.
     *
     * @return the type
     */
    public IndicatorType type() {
        return type;
    }

    /**
     * The decimals to keep: as stated for a NUMBER (empty if not stated), 0 for an INTEGER, empty otherwise.
     *
     * @return the decimals to keep
     */
    public OptionalInt decimals() {
        return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator other && code.equals(other.code) && nameZh.equals(other.nameZh)
                && nameEn.equals(other.nameEn) && unit.equals(other.unit) && type == other.type
                && decimals == other.decimals;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, nameZh, nameEn, unit, type, decimals);
    }

    @Override
    public String toString() {
        return code + " " + nameZh + " (" + type + (decimals > 0 && type == IndicatorType.NUMBER ? ", " + decimals
                + " decimals" : "") + (unit.isEmpty() ? "" : ", " + unit) + ")";
    }
}
