package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.CountyKind;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.TownshipKind;
import org.statsbase.core.code.VillageKind;

/**
 * 统计用区划代码 (DOMAIN.md, Identifiers): one property per clause — 12 digits in five groups,
 * short forms padded, parents and ancestors by prefix, kinds by digit range, check total.
 */
class DivisionCodeProperties {

    private static final String ZEROS = "000000000000";

    @Property
    void shortFormsArePaddedToTheTwelveDigitForm(@ForAll DivisionCode code) {
        String digits = code.canonical();
        assertThat(digits).hasSize(12).containsOnlyDigits();
        for (DivisionLevel level : DivisionLevel.values()) {
            if (!level.isAbove(code.level())) {
                // every prefix at or below the code's level differs from the 12 digits by zeros only
                assertThat(DivisionCode.parse(digits.substring(0, level.digits()))).isEqualTo(code);
            }
        }
        assertThat(DivisionCode.parse(code.shortForm())).isEqualTo(code);
        assertThat(digits).isEqualTo(code.shortForm() + ZEROS.substring(code.shortForm().length()));
    }

    @Property
    void theParentIsAnAncestorOneLevelUp(@ForAll DivisionCode code) {
        Optional<DivisionCode> parent = code.parent();
        assertThat(parent.isPresent()).isEqualTo(code.level() != DivisionLevel.PROVINCE);
        parent.ifPresent(p -> {
            assertThat(p.isAncestorOf(code)).isTrue();
            assertThat(code.isWithin(p)).isTrue();
            if (code.level() == DivisionLevel.TOWNSHIP && code.isDirectlyUnderPrefecture()) {
                // 东莞市-style: no county between the township and its prefecture
                assertThat(p.level()).isEqualTo(DivisionLevel.PREFECTURE);
            } else {
                assertThat(Optional.of(p.level())).isEqualTo(code.level().above());
            }
        });
    }

    @Property
    void ancestryIsTransitiveStrictAndFollowsPrefixes(@ForAll DivisionCode code) {
        List<DivisionCode> chain = new ArrayList<>();
        for (Optional<DivisionCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            chain.add(c.get());
        }
        for (int i = 0; i < chain.size(); i++) {
            DivisionCode lower = chain.get(i);
            assertThat(lower.isAncestorOf(lower)).isFalse();
            assertThat(lower.isWithin(lower)).isTrue();
            for (int j = i + 1; j < chain.size(); j++) {
                DivisionCode upper = chain.get(j);
                assertThat(upper.isAncestorOf(lower)).isTrue();
                assertThat(lower.isAncestorOf(upper)).isFalse();
                assertThat(lower.canonical()).startsWith(upper.shortForm());
            }
        }
        assertThat(chain.get(chain.size() - 1).level()).isEqualTo(DivisionLevel.PROVINCE);
    }

    @Property
    void ancestryAgreesWithPrefixesForUnrelatedPairs(@ForAll DivisionCode a, @ForAll DivisionCode b) {
        boolean byPrefix = a.level().isAbove(b.level()) && b.canonical().startsWith(a.shortForm());
        assertThat(a.isAncestorOf(b)).isEqualTo(byPrefix);
        if (a.isAncestorOf(b)) {
            assertThat(b.isAncestorOf(a)).isFalse();
        }
    }

    @Property
    void countyDigitsFollowTheRanges(@ForAll DivisionCode code) {
        int n = Integer.parseInt(code.countyDigits());
        CountyKind expected = n == 0 ? null : n <= 20 ? CountyKind.DISTRICT_OR_COUNTY_LEVEL_CITY
                : n <= 50 ? CountyKind.COUNTY_OR_BANNER : n <= 70 ? CountyKind.FURTHER_DISTRICT
                : n <= 80 ? CountyKind.SIMILAR_UNIT : CountyKind.COUNTY_LEVEL_CITY;
        assertThat(code.countyKind()).isEqualTo(Optional.ofNullable(expected));
    }

    @Property
    void townshipDigitsFollowTheRanges(@ForAll DivisionCode code) {
        int n = Integer.parseInt(code.townshipDigits());
        TownshipKind expected = n == 0 ? null : n <= 99 ? TownshipKind.SUBDISTRICT : n <= 199 ? TownshipKind.TOWN
                : n <= 399 ? TownshipKind.TOWNSHIP : n <= 599 ? TownshipKind.SIMILAR_UNIT : TownshipKind.OTHER;
        assertThat(code.townshipKind()).isEqualTo(Optional.ofNullable(expected));
    }

    @Property
    void villageDigitsFollowTheRanges(@ForAll DivisionCode code) {
        int n = Integer.parseInt(code.villageDigits());
        VillageKind expected = n == 0 ? null : n <= 199 ? VillageKind.RESIDENTS_COMMITTEE
                : n <= 399 ? VillageKind.VILLAGERS_COMMITTEE : n <= 599 ? VillageKind.SIMILAR_UNIT : VillageKind.OTHER;
        assertThat(code.villageKind()).isEqualTo(Optional.ofNullable(expected));
    }

    @Property
    void prefecture90IsProvinceAdministered(@ForAll DivisionCode code) {
        assertThat(code.isProvinceAdministered()).isEqualTo(code.prefectureDigits().equals("90"));
    }

    @Property
    void theLevelIsThatOfTheLowestNonZeroGroup(@ForAll DivisionCode code) {
        DivisionLevel lowest = DivisionLevel.PROVINCE;
        for (DivisionLevel level : DivisionLevel.values()) {
            int from = level.above().map(DivisionLevel::digits).orElse(0);
            if (!code.canonical().substring(from, level.digits()).matches("0+")) {
                lowest = level;
            }
        }
        assertThat(code.level()).isEqualTo(lowest);
    }

    @Property
    void everyLevelIsGenerated(@ForAll("levels") DivisionLevel level) {
        assertThat(DivisionCodes.atLevel(level).sample().level()).isEqualTo(level);
    }

    @Property
    void townshipsUnderAPrefectureAreValid(@ForAll("underPrefecture") DivisionCode code) {
        assertThat(code.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(code.isDirectlyUnderPrefecture()).isTrue();
        assertThat(code.at(DivisionLevel.COUNTY)).isEmpty();
    }

    @Property
    void checkNeverThrows(@ForAll @WithNull String any) {
        assertThatCode(() -> DivisionCode.check(any)).doesNotThrowAnyException();
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(any);
        assertThat(check.isValid()).isNotEqualTo(check.reason().isPresent());
    }

    @Property
    void checkNeverThrowsOnDigitStrings(@ForAll("digits") String any) {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(any);
        check.value().ifPresent(c -> assertThat(c.canonical()).startsWith(any));
    }

    @Property
    void eachInvalidArbitraryFailsForItsReason(@ForAll("reasonAndInput") Object[] pair) {
        DivisionCode.Reason reason = (DivisionCode.Reason) pair[0];
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check((String) pair[1]);
        assertThat(check.reason()).contains(reason);
        assertThat(check.messageZh()).isNotBlank();
        assertThat(check.messageEn()).isNotBlank();
    }

    @Property
    void everySpellingParsesEqual(@ForAll("spellings") Object[] pair) {
        DivisionCode code = (DivisionCode) pair[0];
        assertThat(DivisionCode.parse((String) pair[1])).isEqualTo(code);
    }

    @Provide
    Arbitrary<DivisionLevel> levels() {
        return Arbitraries.of(DivisionLevel.class);
    }

    @Provide
    Arbitrary<DivisionCode> underPrefecture() {
        return DivisionCodes.townshipsUnderPrefecture();
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(13);
    }

    @Provide
    Arbitrary<Object[]> reasonAndInput() {
        return Arbitraries.of(DivisionCode.Reason.class)
                .flatMap(r -> DivisionCodes.invalid(r).map(s -> new Object[] {r, s}));
    }

    @Provide
    Arbitrary<Object[]> spellings() {
        return DivisionCodes.valid().flatMap(c -> Arbitraries.of(c.canonical(), c.shortForm())
                .flatMap(CodeInputs::spellingsOf).map(s -> new Object[] {c, s}));
    }
}
