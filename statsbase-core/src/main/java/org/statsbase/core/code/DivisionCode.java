package org.statsbase.core.code;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A 统计用区划代码 (statistical division code) as 国家统计局《统计用区划代码和城乡划分代码编制规则》
 * lays it out: 12 digits, province 2 (GB/T 2260), prefecture 2, county 2, township 3, village 3.
 *
 * <p>Accepted input forms: the 12 digits, or the leading 2, 4, 6 or 9 digits, which are padded
 * with zeros ({@code 4419} and {@code 441900000000} are the same code). The canonical form is the
 * 12 digits. Input is normalised first (NFKC, trimmed).
 *
 * <p>Structure: a non-zero group below a zero group is invalid ({@link Reason#LEVEL_GAP}), with
 * one exception the published catalogs need: a prefecture-level city without counties (东莞市
 * 4419, 中山市 4420, 儋州市 4604) has its townships directly under county digits {@code 00}, for
 * example {@code 441900003000} 东城街道. Such a township's {@link #parent()} is the prefecture.
 *
 * <p><strong>The level is implied by the digits and is not authoritative.</strong> {@link #level()}
 * is the level of the lowest non-zero group; a catalog may list a unit at another level (the
 * 2023 data lists {@code 441900} 东莞市 also as a county-level unit, and {@code 350527000} 金门县
 * also as a township). Where a {@link DivisionCatalog} is loaded, it decides.
 *
 * <p>The county, township and village digits carry the kinds the rules assign by range:
 * {@link CountyKind}, {@link TownshipKind}, {@link VillageKind}; prefecture digits {@code 90}
 * are a 省直辖县级行政区划 group (for example {@code 429004} 仙桃市).
 *
 * <p>Thread safety: immutable.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    /** Why a division code is invalid. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.DIVISION_EMPTY),
        /** A character other than a digit, with its position. */
        ILLEGAL_CHARACTER(CoreError.DIVISION_ILLEGAL_CHARACTER),
        /** Not 2, 4, 6, 9 or 12 digits. */
        WRONG_LENGTH(CoreError.DIVISION_WRONG_LENGTH),
        /** The first two digits are not a GB/T 2260 province ({@link Province#isKnown(int)}). */
        UNKNOWN_PROVINCE(CoreError.DIVISION_UNKNOWN_PROVINCE),
        /**
         * A non-zero group below a zero group, for example {@code 110000001000}; townships under
         * county {@code 00} of a prefecture are the one exception.
         */
        LEVEL_GAP(CoreError.DIVISION_LEVEL_GAP);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private static final String ZEROS = "000000000000";
    private static final String LENGTHS = "2/4/6/9/12";
    /** Position (0-based) where each level's own group starts, indexed by ordinal. */
    private static final int[] GROUP_START = {0, 2, 4, 6, 9};

    private final String canonical;
    private final DivisionLevel level;

    private DivisionCode(String canonical, DivisionLevel level) {
        this.canonical = canonical;
        this.level = level;
    }

    /**
     * The code of a province, for example {@code 440000000000} for 广东省.
     *
     * @param province the province
     * @return the code of a province, for example {@code 440000000000} for 广东省
     */
    public static DivisionCode of(Province province) {
        Objects.requireNonNull(province, "province");
        return new DivisionCode(province.codeText() + ZEROS.substring(2), DivisionLevel.PROVINCE);
    }

    /**
     * Parses the 12-digit form or a 2, 4, 6 or 9-digit prefix.
     *
     * @param input the code in any accepted spelling (full-width digits and blanks are normalised)
     * @return the code
     * @throws InvalidCodeException with a {@link Reason} if the input is not a valid code
     */
    public static DivisionCode parse(CharSequence input) {
        return check(input).orElseThrow();
    }

    /**
     * Checks the 12-digit form or a 2, 4, 6 or 9-digit prefix; never throws, {@code null} gives
     * {@link Reason#EMPTY}.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return the check: the code, or the reason it is not one
     */
    public static CodeCheck<DivisionCode, Reason> check(CharSequence input) {
        String s = CodeText.normalize(input);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1, "0-9", String.valueOf(c));
            }
        }
        int n = s.length();
        if (n != 2 && n != 4 && n != 6 && n != 9 && n != 12) {
            return CodeCheck.invalid(s, Reason.WRONG_LENGTH, 0, LENGTHS, Integer.toString(n));
        }
        int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        if (!Province.isKnown(province)) {
            return CodeCheck.invalid(s, Reason.UNKNOWN_PROVINCE, 1, "", s.substring(0, 2));
        }
        String digits = n == 12 ? s : s + ZEROS.substring(n);
        boolean prefecture = !isZero(digits, DivisionLevel.PREFECTURE);
        boolean county = !isZero(digits, DivisionLevel.COUNTY);
        boolean township = !isZero(digits, DivisionLevel.TOWNSHIP);
        boolean village = !isZero(digits, DivisionLevel.VILLAGE);
        DivisionLevel gap = null;
        if (!prefecture) {
            gap = county ? DivisionLevel.COUNTY : township ? DivisionLevel.TOWNSHIP
                    : village ? DivisionLevel.VILLAGE : null;
        } else if (!county && !township && village) {
            // A township directly under county 00 is allowed; a village directly under county 00 is not.
            gap = DivisionLevel.VILLAGE;
        } else if (county && !township && village) {
            gap = DivisionLevel.VILLAGE;
        }
        if (gap != null) {
            int from = GROUP_START[gap.ordinal()];
            String group = digits.substring(from, gap.digits());
            return CodeCheck.invalid(s, Reason.LEVEL_GAP, from + 1, ZEROS.substring(0, group.length()), group);
        }
        DivisionLevel level = village ? DivisionLevel.VILLAGE : township ? DivisionLevel.TOWNSHIP
                : county ? DivisionLevel.COUNTY : prefecture ? DivisionLevel.PREFECTURE : DivisionLevel.PROVINCE;
        return CodeCheck.valid(s, new DivisionCode(digits, level));
    }

    private static boolean isZero(String digits, DivisionLevel level) {
        for (int i = GROUP_START[level.ordinal()]; i < level.digits(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical 12 digits.
     *
     * @return the canonical 12 digits
     */
    public String canonical() {
        return canonical;
    }

    /**
     * The leading digits that identify the unit at its {@link #level()}: 2, 4, 6, 9 or 12 digits,
     * for example {@code 441900003} for {@code 441900003000}.
     *
     * @return the leading digits that identify the unit at its {@link #level()}
     */
    public String shortForm() {
        return canonical.substring(0, level.digits());
    }

    /**
     * The level the digits imply: that of the lowest non-zero group. Not authoritative — a
     * {@link DivisionCatalog} may list the unit at another level (see the class comment).
     *
     * @return the level the digits imply: that of the lowest non-zero group
     */
    public DivisionLevel level() {
        return level;
    }

    /**
     * The province (digits 1–2).
     *
     * @return the province (digits 1–2)
     */
    public Province province() {
        return Province.ofCode(Integer.parseInt(canonical, 0, 2, 10)).orElseThrow();
    }

    /**
     * Digits 1–2.
     *
     * @return the digits 1–2
     */
    public String provinceDigits() {
        return canonical.substring(0, 2);
    }

    /**
     * Digits 3–4; {@code "00"} above prefecture level.
     *
     * @return the digits 3–4; {@code "00"} above prefecture level
     */
    public String prefectureDigits() {
        return canonical.substring(2, 4);
    }

    /**
     * Digits 5–6; {@code "00"} above county level and for a township under county {@code 00}.
     *
     * @return the digits 5–6; {@code "00"} above county level and for a township under county {@code 00}
     */
    public String countyDigits() {
        return canonical.substring(4, 6);
    }

    /**
     * Digits 7–9; {@code "000"} above township level.
     *
     * @return the digits 7–9; {@code "000"} above township level
     */
    public String townshipDigits() {
        return canonical.substring(6, 9);
    }

    /**
     * Digits 10–12; {@code "000"} above village level.
     *
     * @return the digits 10–12; {@code "000"} above village level
     */
    public String villageDigits() {
        return canonical.substring(9, 12);
    }

    /**
     * The code one level up: the province of a prefecture, the prefecture of a county, the
     * county of a township (or the prefecture, for a township under county {@code 00}), the
     * township of a village; empty for a province.
     *
     * @return the code one level up: the province of a prefecture, the prefecture of a county, the county of a
     *         township (or the prefecture, for a township under county {@code 00}), the township of a village
     */
    public Optional<DivisionCode> parent() {
        switch (level) {
            case PROVINCE:
                return Optional.empty();
            case TOWNSHIP:
                return Optional.of(countyDigits().equals("00") ? truncate(DivisionLevel.PREFECTURE)
                        : truncate(DivisionLevel.COUNTY));
            default:
                return Optional.of(truncate(level.above().orElseThrow()));
        }
    }

    /**
     * The ancestor-or-self at {@code level}; empty if this code is above that level, or has no
     * unit there (a township under county {@code 00} has no county).
     *
     * @param level the level asked for
     * @return the ancestor-or-self at {@code level}
     */
    public Optional<DivisionCode> at(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        if (level == this.level) {
            return Optional.of(this);
        }
        if (!level.isAbove(this.level) || isZero(canonical, level)) {
            return Optional.empty();
        }
        return Optional.of(truncate(level));
    }

    private DivisionCode truncate(DivisionLevel to) {
        return new DivisionCode(canonical.substring(0, to.digits()) + ZEROS.substring(to.digits()), to);
    }

    /**
     * Whether this code is a strict ancestor of {@code other}: it lies at a higher level and
     * {@code other} begins with its significant digits ({@link #shortForm()}).
     *
     * @param other the code compared with
     * @return whether this code is a strict ancestor of {@code other}: it lies at a higher level and {@code other}
     *         begins with its significant digits ({@link #shortForm()})
     */
    public boolean isAncestorOf(DivisionCode other) {
        Objects.requireNonNull(other, "other");
        return level.isAbove(other.level) && other.canonical.startsWith(shortForm());
    }

    /**
     * Whether this code equals {@code ancestor} or lies below it.
     *
     * @param ancestor the code that may contain this one
     * @return whether this code equals {@code ancestor} or lies below it
     */
    public boolean isWithin(DivisionCode ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        return equals(ancestor) || ancestor.isAncestorOf(this);
    }

    /**
     * The county-digit range (positions 5–6); empty when they are {@code 00}.
     *
     * @return the county-digit range (positions 5–6); empty when they are {@code 00}
     */
    public Optional<CountyKind> countyKind() {
        return CountyKind.ofNumber(Integer.parseInt(canonical, 4, 6, 10));
    }

    /**
     * The township-digit range (positions 7–9); empty when they are {@code 000}.
     *
     * @return the township-digit range (positions 7–9); empty when they are {@code 000}
     */
    public Optional<TownshipKind> townshipKind() {
        return TownshipKind.ofNumber(Integer.parseInt(canonical, 6, 9, 10));
    }

    /**
     * The village-digit range (positions 10–12); empty when they are {@code 000}.
     *
     * @return the village-digit range (positions 10–12); empty when they are {@code 000}
     */
    public Optional<VillageKind> villageKind() {
        return VillageKind.ofNumber(Integer.parseInt(canonical, 9, 12, 10));
    }

    /**
     * Whether the prefecture digits are {@code 90}: the 省直辖县级行政区划 group of a province, or a
     * unit in it (for example {@code 429004} 仙桃市, administered directly by 湖北省).
     *
     * @return whether the prefecture digits are {@code 90}: the 省直辖县级行政区划 group of a province, or a unit in it (for
     *         example {@code 429004} 仙桃市, administered directly by 湖北省)
     */
    public boolean isProvinceAdministered() {
        return canonical.startsWith("90", 2);
    }

    /**
     * Whether this is a township (or a village in one) directly under a prefecture-level city
     * without counties: county digits {@code 00} below a non-zero prefecture, such as
     * {@code 441900003000}.
     *
     * @return whether this is a township (or a village in one) directly under a prefecture-level city without
     *         counties: county digits {@code 00} below a non-zero prefecture, such as {@code 441900003000}
     */
    public boolean isDirectlyUnderPrefecture() {
        return (level == DivisionLevel.TOWNSHIP || level == DivisionLevel.VILLAGE) && countyDigits().equals("00");
    }

    /** Orders by the 12 digits, so a unit comes before everything below it. */
    @Override
    public int compareTo(DivisionCode other) {
        return canonical.compareTo(other.canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** The canonical 12 digits. */
    @Override
    public String toString() {
        return canonical;
    }
}
