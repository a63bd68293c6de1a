package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges DOMAIN.md names for 统计用区划代码, on codes from the 2023 catalog. */
class DivisionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "44, 440000000000, PROVINCE",
        "4419, 441900000000, PREFECTURE",
        "110101, 110101000000, COUNTY",
        "110101001, 110101001000, TOWNSHIP",
        "110101001001, 110101001001, VILLAGE",
        "441900003, 441900003000, TOWNSHIP",
        "429004, 429004000000, COUNTY",
    })
    void shortFormsArePaddedAndImplyTheirLevel(String input, String canonical, DivisionLevel level) {
        DivisionCode code = DivisionCode.parse(input);
        assertThat(code.canonical()).isEqualTo(canonical);
        assertThat(code).hasToString(canonical).isEqualTo(DivisionCode.parse(canonical));
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.shortForm()).isEqualTo(input);
    }

    @Test
    void fullWidthAndBlanksAreNormalised() {
        assertThat(DivisionCode.parse("\u3000４４１９００ ")).isEqualTo(DivisionCode.parse("441900"));
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(DivisionCode.check(null).reason()).contains(DivisionCode.Reason.EMPTY);
        assertThat(DivisionCode.check("  ").reason()).contains(DivisionCode.Reason.EMPTY);
    }

    @Test
    void illegalCharacterGivesItsPosition() {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check("4419-00");
        assertThat(check.reason()).contains(DivisionCode.Reason.ILLEGAL_CHARACTER);
        assertThat(check.position()).hasValue(5);
        assertThat(check.actual()).hasValue("-");
        assertThat(check.errorCode()).hasValue("SB-CORE-0302");
        assertThat(check.messageZh()).contains("第 5 位");
        assertThat(check.messageEn()).contains("position 5");
    }

    @ParameterizedTest
    @CsvSource({"1", "441", "44190", "4419000", "44190000", "4419000030", "44190000300", "4419000030000"})
    void lengthsOtherThan2_4_6_9_12AreWrong(String input) {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(input);
        assertThat(check.reason()).contains(DivisionCode.Reason.WRONG_LENGTH);
        assertThat(check.actual()).hasValue(Integer.toString(input.length()));
    }

    @ParameterizedTest
    @CsvSource({"00", "10", "20", "99", "300101000000"})
    void provincesOutsideGbt2260AreUnknown(String input) {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(input);
        assertThat(check.reason()).contains(DivisionCode.Reason.UNKNOWN_PROVINCE);
        assertThat(check.actual()).hasValue(input.substring(0, 2));
    }

    @ParameterizedTest
    @CsvSource({
        "110001000000, 5, 00, 01",
        "110000001000, 7, 000, 001",
        "110000000001, 10, 000, 001",
        "110101000001, 10, 000, 001",
        "441900000001, 10, 000, 001",
    })
    void aNonZeroGroupBelowAZeroGroupIsAGap(String input, int position, String expected, String actual) {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(input);
        assertThat(check.reason()).contains(DivisionCode.Reason.LEVEL_GAP);
        assertThat(check.position()).hasValue(position);
        assertThat(check.expected()).hasValue(expected);
        assertThat(check.actual()).hasValue(actual);
    }

    @Test
    void parseThrowsTheCheckItFailed() {
        assertThatThrownBy(() -> DivisionCode.parse("110000001000"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DivisionCode.Reason.LEVEL_GAP);
                    assertThat(e.code()).isEqualTo("SB-CORE-0305");
                });
    }

    @Test
    void dongguanTownshipsLieDirectlyUnderThePrefecture() {
        DivisionCode dongcheng = DivisionCode.parse("441900003000");
        DivisionCode dongguan = DivisionCode.parse("4419");
        assertThat(dongcheng.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(dongcheng.parent()).contains(dongguan);
        assertThat(dongcheng.isDirectlyUnderPrefecture()).isTrue();
        assertThat(dongcheng.at(DivisionLevel.COUNTY)).isEmpty();
        assertThat(dongcheng.countyKind()).isEmpty();
        assertThat(dongcheng.townshipKind()).contains(TownshipKind.SUBDISTRICT);
        assertThat(dongguan.isAncestorOf(dongcheng)).isTrue();
        DivisionCode village = DivisionCode.parse("441900003001");
        assertThat(village.parent()).contains(dongcheng);
        assertThat(village.isDirectlyUnderPrefecture()).isTrue();
        assertThat(dongguan.isAncestorOf(village)).isTrue();
        assertThat(DivisionCode.parse("110101001000").isDirectlyUnderPrefecture()).isFalse();
    }

    @Test
    void parentsClimbOneLevelAtATime() {
        DivisionCode village = DivisionCode.parse("110101001001");
        assertThat(village.parent().map(DivisionCode::toString)).hasValue("110101001000");
        assertThat(village.parent().flatMap(DivisionCode::parent).map(DivisionCode::toString)).hasValue("110101000000");
        assertThat(DivisionCode.parse("110101").parent().map(DivisionCode::toString)).hasValue("110100000000");
        assertThat(DivisionCode.parse("1101").parent()).contains(DivisionCode.of(Province.BEIJING));
        assertThat(DivisionCode.parse("11").parent()).isEmpty();
        assertThat(village.at(DivisionLevel.PREFECTURE).map(DivisionCode::shortForm)).hasValue("1101");
        assertThat(DivisionCode.parse("1101").at(DivisionLevel.COUNTY)).isEmpty();
    }

    @Test
    void ancestryFollowsPrefixesNotEquality() {
        DivisionCode beijing = DivisionCode.parse("11");
        DivisionCode dongcheng = DivisionCode.parse("110101");
        assertThat(beijing.isAncestorOf(dongcheng)).isTrue();
        assertThat(dongcheng.isAncestorOf(beijing)).isFalse();
        assertThat(beijing.isAncestorOf(beijing)).isFalse();
        assertThat(beijing.isWithin(beijing)).isTrue();
        assertThat(dongcheng.isWithin(beijing)).isTrue();
        assertThat(DivisionCode.parse("12").isAncestorOf(dongcheng)).isFalse();
    }

    @Test
    void accessorsSplitTheGroups() {
        DivisionCode code = DivisionCode.parse("429004100201");
        assertThat(code.province()).isEqualTo(Province.HUBEI);
        assertThat(code.provinceDigits()).isEqualTo("42");
        assertThat(code.prefectureDigits()).isEqualTo("90");
        assertThat(code.countyDigits()).isEqualTo("04");
        assertThat(code.townshipDigits()).isEqualTo("100");
        assertThat(code.villageDigits()).isEqualTo("201");
        assertThat(code.isProvinceAdministered()).isTrue();
        assertThat(code.townshipKind()).contains(TownshipKind.TOWN);
        assertThat(code.villageKind()).contains(VillageKind.VILLAGERS_COMMITTEE);
        assertThat(code.countyKind()).contains(CountyKind.DISTRICT_OR_COUNTY_LEVEL_CITY);
        assertThat(DivisionCode.parse("4201").isProvinceAdministered()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "110101, DISTRICT_OR_COUNTY_LEVEL_CITY", "110120, DISTRICT_OR_COUNTY_LEVEL_CITY",
        "130121, COUNTY_OR_BANNER", "429021, COUNTY_OR_BANNER", "130150, COUNTY_OR_BANNER",
        "130151, FURTHER_DISTRICT", "130170, FURTHER_DISTRICT",
        "130171, SIMILAR_UNIT", "130180, SIMILAR_UNIT",
        "130181, COUNTY_LEVEL_CITY", "130199, COUNTY_LEVEL_CITY",
    })
    void countyDigitsFallInTheirRanges(String input, CountyKind kind) {
        assertThat(DivisionCode.parse(input).countyKind()).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "001, SUBDISTRICT", "099, SUBDISTRICT", "100, TOWN", "199, TOWN", "200, TOWNSHIP", "399, TOWNSHIP",
        "400, SIMILAR_UNIT", "599, SIMILAR_UNIT", "600, OTHER", "999, OTHER",
    })
    void townshipDigitsFallInTheirRanges(String digits, TownshipKind kind) {
        assertThat(DivisionCode.parse("110101" + digits).townshipKind()).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "001, RESIDENTS_COMMITTEE", "199, RESIDENTS_COMMITTEE", "200, VILLAGERS_COMMITTEE",
        "399, VILLAGERS_COMMITTEE", "400, SIMILAR_UNIT", "599, SIMILAR_UNIT", "600, OTHER", "999, OTHER",
    })
    void villageDigitsFallInTheirRanges(String digits, VillageKind kind) {
        assertThat(DivisionCode.parse("110101001" + digits).villageKind()).contains(kind);
    }

    @Test
    void levelsNameThemselvesInBothLanguages() {
        assertThat(DivisionLevel.ofName("county")).contains(DivisionLevel.COUNTY);
        assertThat(DivisionLevel.ofName(" 乡级 ")).contains(DivisionLevel.TOWNSHIP);
        assertThat(DivisionLevel.ofName("乡")).isEmpty();
        assertThat(DivisionLevel.ofName(null)).isEmpty();
        assertThat(DivisionLevel.PROVINCE.isAbove(DivisionLevel.VILLAGE)).isTrue();
        assertThat(DivisionLevel.PROVINCE.above()).isEmpty();
        assertThat(DivisionLevel.TOWNSHIP.above()).contains(DivisionLevel.COUNTY);
        assertThat(DivisionLevel.VILLAGE.below()).isEmpty();
    }
}
