package org.statsbase.testkit.code;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.Province;

/**
 * Arbitraries of 统计用区划代码 ({@link DivisionCode}): valid codes at every level — including
 * townships directly under county {@code 00} (东莞市-style) and prefecture {@code 90}
 * (省直辖县级行政区划) — and, for each {@link DivisionCode.Reason}, inputs that fail for exactly
 * that reason.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class DivisionCodes {

    private static final String ILLEGAL = "AZX-./#中区";

    private DivisionCodes() {
    }

    /**
     * Valid codes at any level, every level about equally often.
     *
     * @return valid division codes (区划代码) of every level
     */
    public static Arbitrary<DivisionCode> valid() {
        return Arbitraries.of(DivisionLevel.values()).flatMap(DivisionCodes::atLevel);
    }

    /**
     * Valid codes whose digits imply {@code level}.
     *
     * @param level the level the codes must have
     * @return valid codes of {@code level}
     */
    public static Arbitrary<DivisionCode> atLevel(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        return digitsAt(level).map(DivisionCode::parse);
    }

    /**
     * Townships directly under county {@code 00} of a prefecture, such as {@code 441900003000}.
     *
     * @return townships of a prefecture without counties (such as 东莞, 中山)
     */
    public static Arbitrary<DivisionCode> townshipsUnderPrefecture() {
        return Combinators.combine(digitsAt(DivisionLevel.PREFECTURE), group(3)).as((p, t) -> p + "00" + t)
                .map(DivisionCode::parse);
    }

    /** The significant digits (2, 4, 6, 9 or 12) of a valid code at {@code level}. */
    private static Arbitrary<String> digitsAt(DivisionLevel level) {
        switch (level) {
            case PROVINCE:
                return Arbitraries.of(Province.values()).map(Province::codeText);
            case PREFECTURE:
                return Combinators.combine(digitsAt(DivisionLevel.PROVINCE),
                        Arbitraries.frequencyOf(List.of(tuple(9, group(2)), tuple(1, Arbitraries.just("90")))))
                        .as(String::concat);
            case COUNTY:
                return Combinators.combine(digitsAt(DivisionLevel.PREFECTURE), group(2)).as(String::concat);
            case TOWNSHIP:
                Arbitrary<String> above = Arbitraries.frequencyOf(List.of(tuple(9, digitsAt(DivisionLevel.COUNTY)),
                        tuple(1, digitsAt(DivisionLevel.PREFECTURE).map(p -> p + "00"))));
                return Combinators.combine(above, group(3)).as(String::concat);
            default:
                return Combinators.combine(digitsAt(DivisionLevel.TOWNSHIP), group(3)).as(String::concat);
        }
    }

    private static Tuple2<Integer, Arbitrary<String>> tuple(int weight, Arbitrary<String> a) {
        return Tuple.of(weight, a);
    }

    /** A non-zero group of {@code width} digits. */
    private static Arbitrary<String> group(int width) {
        int max = width == 2 ? 99 : 999;
        String format = "%0" + width + "d";
        return Arbitraries.integers().between(1, max).map(n -> String.format(format, n));
    }

    /**
     * Inputs that fail for exactly {@code reason}.
     *
     * @param reason the reason {@code DivisionCode.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> invalid(DivisionCode.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EMPTY:
                return Arbitraries.of("", " ", "\t", "\u3000", " \u3000 ");
            case ILLEGAL_CHARACTER:
                return Combinators.combine(valid().map(DivisionCode::shortForm), Arbitraries.integers()
                        .between(0, 11), Arbitraries.of(ILLEGAL.chars().mapToObj(c -> (char) c).toList()))
                        .as((s, i, c) -> {
                            int at = i % s.length();
                            return s.substring(0, at) + c + s.substring(at + 1);
                        });
            case WRONG_LENGTH:
                return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20)
                        .filter(s -> s.length() != 2 && s.length() != 4 && s.length() != 6 && s.length() != 9
                                && s.length() != 12);
            case UNKNOWN_PROVINCE:
                return Combinators.combine(Arbitraries.integers().between(0, 99).filter(p -> !Province.isKnown(p)),
                        valid().map(DivisionCode::shortForm))
                        .as((p, s) -> String.format("%02d", p) + s.substring(2));
            default:
                return levelGaps();
        }
    }

    /** A non-zero group below a zero group, in each way the rules forbid. */
    private static Arbitrary<String> levelGaps() {
        Arbitrary<String> province = digitsAt(DivisionLevel.PROVINCE);
        Arbitrary<String> prefecture = digitsAt(DivisionLevel.PREFECTURE);
        Arbitrary<String> county = digitsAt(DivisionLevel.COUNTY);
        Arbitrary<String> anyTail = Arbitraries.strings().numeric().ofLength(8);
        return Arbitraries.oneOf(
                // prefecture 00 with anything non-zero below
                Combinators.combine(province, anyTail.filter(t -> !t.equals("00000000")))
                        .as((p, t) -> p + "00" + t),
                // county 00 and township 000 with a village
                Combinators.combine(prefecture, group(3)).as((p, v) -> p + "00000" + v),
                // township 000 under a county with a village
                Combinators.combine(county, group(3)).as((c, v) -> c + "000" + v));
    }
}
