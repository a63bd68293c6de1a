package org.statsbase.testkit.unit;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustrySection;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.core.unit.UnitKind;
import org.statsbase.testkit.code.DivisionCodes;
import org.statsbase.testkit.code.UnifiedSocialCreditCodes;

/**
 * Arbitraries of statistical units (法人单位, 产业活动单位, 个体经营户) with register ids, names,
 * village-level locations, credit codes (some) and industry codes at any level of GB/T 4754-2017 (group and class digits are syntactically valid;
 * whether such a group or class exists needs the full classification).
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class StatisticalUnits {

    private StatisticalUnits() {
    }

    /**
     * Units of every kind; establishments name a legal entity other than themselves.
     *
     * @return statistical units of every kind
     */
    public static Arbitrary<StatisticalUnit> units() {
        return Arbitraries.oneOf(legalEntities(), establishments(), individualBusinesses());
    }

    /**
     * 法人单位 located at a village-level division, half of them with a credit code.
     *
     * @return legal entities
     */
    public static Arbitrary<StatisticalUnit> legalEntities() {
        return Combinators.combine(registerIds("L"), names(), industryCodes(), locations(), creditCodes())
                .as((id, name, industry, location, uscc) -> withCode(
                        StatisticalUnit.legalEntity(id, name, industry, location), uscc));
    }

    /**
     * 产业活动单位, each naming a legal entity.
     *
     * @return establishments
     */
    public static Arbitrary<StatisticalUnit> establishments() {
        return Combinators.combine(registerIds("E"), names(), industryCodes(), locations(), registerIds("L"))
                .as(StatisticalUnit::establishment);
    }

    /**
     * 个体经营户, half of them with a credit code.
     *
     * @return individual businesses
     */
    public static Arbitrary<StatisticalUnit> individualBusinesses() {
        return Combinators.combine(registerIds("I"), names(), industryCodes(), locations(), creditCodes())
                .as((id, name, industry, location, uscc) -> withCode(
                        StatisticalUnit.individualBusiness(id, name, industry, location), uscc));
    }

    private static StatisticalUnit withCode(StatisticalUnit unit, Optional<UnifiedSocialCreditCode> uscc) {
        return uscc.map(unit::withCreditCode).orElse(unit);
    }

    /**
     * Locations: valid village-level 统计用区划代码.
     *
     * @return village-level division codes
     */
    public static Arbitrary<DivisionCode> locations() {
        return DivisionCodes.atLevel(DivisionLevel.VILLAGE);
    }

    private static Arbitrary<Optional<UnifiedSocialCreditCode>> creditCodes() {
        return UnifiedSocialCreditCodes.valid().optional(0.5);
    }

    /**
     * Units of one kind.
     *
     * @param kind the kind of unit
     * @return units of {@code kind}
     */
    public static Arbitrary<StatisticalUnit> unitsOf(UnitKind kind) {
        switch (kind) {
            case LEGAL_ENTITY:
                return legalEntities();
            case ESTABLISHMENT:
                return establishments();
            default:
                return individualBusinesses();
        }
    }

    /**
     * Register ids: a prefix and six digits, for example {@code L004711}.
     *
     * @param prefix the prefix, for example {@code L}
     * @return register ids with {@code prefix}
     */
    public static Arbitrary<String> registerIds(String prefix) {
        return Arbitraries.integers().between(0, 999_999).map(n -> prefix + String.format("%06d", n));
    }

    /**
     * Unit names (Chinese, as the register spells them).
     *
     * @return unit names
     */
    public static Arbitrary<String> names() {
        Arbitrary<String> place = Arbitraries.of("江北", "城东", "河西", "新区", "北岸", "南湖");
        Arbitrary<String> trade = Arbitraries.of("机械", "食品", "商贸", "建筑", "物流", "信息", "物业", "餐饮");
        Arbitrary<String> form = Arbitraries.of("有限公司", "股份有限公司", "厂", "店", "经营部");
        return Combinators.combine(place, trade, form).as((p, t, f) -> p + t + f);
    }

    /**
     * Valid industry codes at every level: section, division, group and class.
     *
     * @return industry codes of every level
     */
    public static Arbitrary<IndustryCode> industryCodes() {
        Arbitrary<IndustrySection> sections = Arbitraries.of(IndustrySection.class);
        return sections.flatMap(section -> Arbitraries.integers()
                .between(section.firstDivision(), section.lastDivision())
                .flatMap(division -> Arbitraries.strings().withCharRange('1', '9').ofMinLength(0).ofMaxLength(2)
                        .map(tail -> String.format("%02d", division) + tail)))
                .map(IndustryCode::parse)
                .edgeCases(config -> config.add(IndustryCode.parse("C1311")));
    }
}
