package org.statsbase.testkit.confidentiality;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.testkit.code.DivisionCodes;

/**
 * Division codes for confidentiality properties: mostly from a small tree — a province, a prefecture, two
 * counties, townships (one under a prefecture without counties) and villages — so that one code lies within
 * another often; sometimes any valid code.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Regions {

    /** The fixed tree: 江苏省 → 南京市 → 玄武区, 秦淮区 → townships → villages; 广东省 → 东莞市 → a township. */
    public static final List<DivisionCode> TREE = List.of(
            DivisionCode.parse("32"), DivisionCode.parse("3201"), DivisionCode.parse("320102"),
            DivisionCode.parse("320104"), DivisionCode.parse("320102001"), DivisionCode.parse("320102002"),
            DivisionCode.parse("320104003"), DivisionCode.parse("320102001001"), DivisionCode.parse("320102001002"),
            DivisionCode.parse("320102002001"), DivisionCode.parse("44"), DivisionCode.parse("4419"),
            DivisionCode.parse("441900003"), DivisionCode.parse("441900003001"));

    private Regions() {
    }

    /**
     * A code of {@link #TREE} (nine times in ten) or any valid code.
     *
     * @return division codes, mostly of the synthetic tree
     */
    public static Arbitrary<DivisionCode> codes() {
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(TREE)),
                Tuple.of(1, DivisionCodes.valid()));
    }

    /**
     * {@code code} or one of its ancestors: a jurisdiction at least as large.
     *
     * @param code a division code
     * @return {@code code} or an ancestor of it
     */
    public static Arbitrary<DivisionCode> atOrAbove(DivisionCode code) {
        List<DivisionCode> chain = new ArrayList<>();
        DivisionCode c = code;
        chain.add(c);
        while (c.parent().isPresent()) {
            c = c.parent().get();
            chain.add(c);
        }
        return Arbitraries.of(chain);
    }
}
