package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.internal.CodeText;

/**
 * Edges of the identifier standards, one assertion per clause: 组织机构代码 GB 11714 (weights
 * 3,7,9,10,5,8,4,2; c = 11 − Σ mod 11, 10 → X, 11 → 0), 统一社会信用代码 GB 32100-2015, the number
 * ranges of 统计用区划代码 (township 001–099 街道, 100–199 镇, 200–399 乡, 400–599 类似乡级单位; village
 * 001–199 居委会, 200–399 村委会; county 01–20, 21–50, 51–70, 71–80, 81–99), 城乡分类代码 and the
 * sections of GB/T 4754-2017. The check characters below were computed by hand from the formula.
 */
class CodeEdgesTest {

    @Test
    void organizationCodeCheckCharactersZeroNineAndX() {
        assertThat(OrganizationCode.parse("100000040").checkCharacter()).isEqualTo('0');
        assertThat(OrganizationCode.parse("100000059").checkCharacter()).isEqualTo('9');
        assertThat(OrganizationCode.parse("10000018X").checkCharacter()).isEqualTo('X');
        // the letters at both ends of A–Z (values 10 and 35) are body characters
        assertThat(OrganizationCode.isValid("AAAAAAAA4")).isTrue();
        assertThat(OrganizationCode.isValid("ZZZZZZZZ3")).isTrue();
        assertThat(OrganizationCode.checkCharacter("AAAAAAAA")).isEqualTo('4');
        assertThat(OrganizationCode.checkCharacter("ZZZZZZZZ")).isEqualTo('3');
    }

    @Test
    void organizationCodeRefusalsSayWhere() {
        CodeCheck<OrganizationCode, OrganizationCode.Reason> star = OrganizationCode.check("19220382-*");
        assertThat(star.reason()).contains(OrganizationCode.Reason.ILLEGAL_CHARACTER);
        assertThat(star.position()).isEqualTo(OptionalInt.of(10));
        assertThat(star.actual()).contains("*");
        assertThat(OrganizationCode.check("192203821").position()).isEmpty();
        assertThat(OrganizationCode.check("19220382/").position()).isEqualTo(OptionalInt.of(9));
        assertThat(OrganizationCode.check("19220382:").reason()).contains(OrganizationCode.Reason.ILLEGAL_CHARACTER);
        // the first misplaced hyphen is the one reported
        CodeCheck<OrganizationCode, OrganizationCode.Reason> twice = OrganizationCode.check("-19220382-1");
        assertThat(twice.reason()).contains(OrganizationCode.Reason.MISPLACED_HYPHEN);
        assertThat(twice.position()).isEqualTo(OptionalInt.of(1));
        CodeCheck<OrganizationCode, OrganizationCode.Reason> late = OrganizationCode.check("19220382--1");
        assertThat(late.reason()).contains(OrganizationCode.Reason.MISPLACED_HYPHEN);
        assertThat(late.position()).isEqualTo(OptionalInt.of(10));
        assertThatThrownBy(() -> OrganizationCode.checkCharacter(" "))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(OrganizationCode.Reason.EMPTY));
    }

    @Test
    void organizationCodesOrderAndCompareByText() {
        OrganizationCode a = OrganizationCode.parse("100000040");
        OrganizationCode b = OrganizationCode.parse("100000059");
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a).isEqualTo(OrganizationCode.parse("10000004-0")).isNotEqualTo(b).isNotEqualTo("100000040");
        assertThat(a.hashCode()).isEqualTo(OrganizationCode.parse("10000004-0").hashCode()).isNotEqualTo(b.hashCode());
    }

    @Test
    void unifiedCodeEdges() {
        // computed by hand: a valid code whose check character is 0 (value 0)
        assertThat(UnifiedSocialCreditCode.check("914403001000002860").isValid()).isTrue();
        assertThat(UnifiedSocialCreditCode.parse("914403001000002860").canonical()).endsWith("0");
        // a character beyond ASCII is illegal, not an error
        CodeCheck<UnifiedSocialCreditCode, UnifiedSocialCreditCode.Reason> high =
                UnifiedSocialCreditCode.check("91440300192203821\u0080");
        assertThat(high.reason()).contains(UnifiedSocialCreditCode.Reason.ILLEGAL_CHARACTER);
        assertThat(high.position()).isEqualTo(OptionalInt.of(18));
        UnifiedSocialCreditCode shenzhen = UnifiedSocialCreditCode.parse("914403001922038216");
        assertThat(shenzhen).isEqualTo(UnifiedSocialCreditCode.parse(" 914403001922038216 "))
                .isNotEqualTo(UnifiedSocialCreditCode.parse("914403001000002860"));
        assertThat(shenzhen.hashCode()).isNotEqualTo(UnifiedSocialCreditCode.parse("914403001000002860").hashCode());
    }

    @Test
    void divisionNumberRanges() {
        assertKinds(TownshipKind.SUBDISTRICT, "街道", 1, 99);
        assertKinds(TownshipKind.TOWN, "镇", 100, 199);
        assertKinds(TownshipKind.TOWNSHIP, "乡", 200, 399);
        assertKinds(TownshipKind.SIMILAR_UNIT, "类似乡级单位", 400, 599);
        assertThat(TownshipKind.ofNumber(99)).contains(TownshipKind.SUBDISTRICT);
        assertThat(TownshipKind.ofNumber(100)).contains(TownshipKind.TOWN);
        assertThat(TownshipKind.ofNumber(399)).contains(TownshipKind.TOWNSHIP);
        assertThat(TownshipKind.ofNumber(400)).contains(TownshipKind.SIMILAR_UNIT);
        assertThat(VillageKind.RESIDENTS_COMMITTEE.first()).isEqualTo(1);
        assertThat(VillageKind.RESIDENTS_COMMITTEE.last()).isEqualTo(199);
        assertThat(VillageKind.VILLAGERS_COMMITTEE.first()).isEqualTo(200);
        assertThat(VillageKind.VILLAGERS_COMMITTEE.last()).isEqualTo(399);
        assertThat(VillageKind.VILLAGERS_COMMITTEE.nameZh()).isEqualTo("村委会");
        assertThat(VillageKind.RESIDENTS_COMMITTEE.nameZh()).isEqualTo("居委会");
        assertThat(CountyKind.DISTRICT_OR_COUNTY_LEVEL_CITY.first()).isEqualTo(1);
        assertThat(CountyKind.DISTRICT_OR_COUNTY_LEVEL_CITY.last()).isEqualTo(20);
        assertThat(CountyKind.COUNTY_OR_BANNER.first()).isEqualTo(21);
        assertThat(CountyKind.COUNTY_OR_BANNER.last()).isEqualTo(50);
        assertThat(CountyKind.COUNTY_LEVEL_CITY.first()).isEqualTo(81);
        assertThat(CountyKind.COUNTY_LEVEL_CITY.last()).isEqualTo(99);
        assertThat(CountyKind.COUNTY_OR_BANNER.nameZh()).isEqualTo("县、旗");
    }

    private static void assertKinds(TownshipKind kind, String nameZh, int first, int last) {
        assertThat(kind.nameZh()).isEqualTo(nameZh);
        assertThat(kind.first()).isEqualTo(first);
        assertThat(kind.last()).isEqualTo(last);
    }

    @Test
    void provincesLevelsAndSections() {
        assertThat(Province.ofCode(11)).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(11);
            assertThat(p.nameZh()).isEqualTo("北京市");
        });
        assertThat(Province.isKnown(100)).isFalse();
        assertThat(Province.isKnown(-1)).isFalse();
        assertThat(Province.isKnown(65)).isTrue();
        assertThat(DivisionLevel.PROVINCE.below()).contains(DivisionLevel.PREFECTURE);
        assertThat(DivisionLevel.TOWNSHIP.below()).contains(DivisionLevel.VILLAGE);
        assertThat(DivisionLevel.VILLAGE.below()).isEmpty();
        assertThat(IndustrySection.F.containsDivision(51)).isTrue();
        assertThat(IndustrySection.F.containsDivision(52)).isTrue();
        assertThat(IndustrySection.F.containsDivision(50)).isFalse();
        assertThat(IndustrySection.F.containsDivision(53)).isFalse();
        assertThat(IndustryLevel.SECTION.nameZh()).isEqualTo("门类");
        assertThat(IndustryLevel.CLASS.nameZh()).isEqualTo("小类");
        assertThat(UrbanRuralGroup.CITY_AREA.code()).isEqualTo("110");
        assertThat(UrbanRuralCode.VILLAGE.canonical()).isEqualTo("220");
        // 119 is made of digits: it is an unknown code, not an illegal character
        assertThat(UrbanRuralCode.check("119").reason()).contains(UrbanRuralCode.Reason.UNKNOWN_CODE);
        assertThat(UrbanRuralCode.check("11:").reason()).contains(UrbanRuralCode.Reason.ILLEGAL_CHARACTER);
        assertThat(UrbanRuralCode.check("11/").reason()).contains(UrbanRuralCode.Reason.ILLEGAL_CHARACTER);
        assertThat(DivisionChange.MERGED.nameZh()).isEqualTo("合并");
        assertThat(DivisionChange.ofDeclaredName(null)).isEmpty();
        assertThat(DivisionChange.ofDeclaredName(" 拆分 ")).contains(DivisionChange.SPLIT);
    }

    @Test
    void divisionAndIndustryAncestors() {
        DivisionCode township = DivisionCode.parse("441900003");
        assertThat(township.at(township.level())).contains(township);
        assertThat(township.isDirectlyUnderPrefecture()).isTrue();
        assertThat(township.parent()).contains(DivisionCode.parse("4419"));
        DivisionCode village = DivisionCode.parse("441900003001");
        assertThat(village.isDirectlyUnderPrefecture()).isTrue();
        assertThat(DivisionCode.parse("4419").isDirectlyUnderPrefecture()).isFalse();
        assertThat(DivisionCode.parse("500105001").parent()).contains(DivisionCode.parse("500105"));
        assertThat(DivisionCode.parse("500105001").isDirectlyUnderPrefecture()).isFalse();
        assertThat(DivisionCode.parse("110101001001").canonical()).isEqualTo("110101001001");
        IndustryCode c1311 = IndustryCode.parse("1311");
        assertThat(c1311.at(IndustryLevel.SECTION)).contains(IndustryCode.of(IndustrySection.C));
        assertThat(c1311.at(IndustryLevel.CLASS)).containsSame(c1311);
        assertThat(c1311.at(IndustryLevel.GROUP)).contains(IndustryCode.parse("131"));
        assertThat(IndustryCode.parse("13").at(IndustryLevel.GROUP)).isEmpty();
    }

    @Test
    void codeChecksDescribeThemselves() {
        CodeCheck<OrganizationCode, OrganizationCode.Reason> empty = OrganizationCode.check("");
        assertThat(empty.expected()).isEmpty();
        assertThat(empty.actual()).isEmpty();
        assertThat(empty.position()).isEmpty();
        assertThat(empty.toString()).isEqualTo("invalid  EMPTY");
        CodeCheck<OrganizationCode, OrganizationCode.Reason> star = OrganizationCode.check("19220382-*");
        assertThat(star.toString()).isEqualTo("invalid 19220382-* ILLEGAL_CHARACTER at 10 expected "
                + star.expected().orElseThrow() + " actual *");
        assertThat(OrganizationCode.check("1922038").toString()).isEqualTo("invalid 1922038 WRONG_LENGTH expected 9 actual 7");
        assertThat(OrganizationCode.check("192203821").toString()).isEqualTo("valid 192203821");
        assertThat(star).isEqualTo(OrganizationCode.check("19220382-*")).isNotEqualTo(OrganizationCode.check("19220382-#"))
                .isNotEqualTo(empty).isNotEqualTo("x");
        assertThat(star.hashCode()).isEqualTo(OrganizationCode.check("19220382-*").hashCode())
                .isNotEqualTo(empty.hashCode());
        // the message of a check without a position names none
        assertThat(OrganizationCode.check("1922038").messageEn()).doesNotContain(" 0");
        assertThatThrownBy(() -> CodeCheck.invalid("x", OrganizationCode.Reason.EMPTY, -1, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CodeCheck.invalid("x", OrganizationCode.Reason.EMPTY, 0, "", "").position()).isEmpty();
    }

    @Test
    void industryChecksAndTheShippedTable() throws IOException {
        IndustryClassification table = IndustryClassification.shipped();
        IndustryCheck manufacturing = table.check("C13");
        assertThat(manufacturing.input()).isEqualTo("C13");
        assertThat(manufacturing).isEqualTo(table.check(" c13 ")).isNotEqualTo(table.check("C14"))
                .isNotEqualTo(table.check("C99")).isNotEqualTo(table.check("X1")).isNotEqualTo("C13");
        assertThat(manufacturing.hashCode()).isEqualTo(table.check("c13").hashCode())
                .isNotEqualTo(table.check("C14").hashCode());
        assertThat(manufacturing.toString()).contains("C13");
        assertThat(table.check("C99").toString()).contains("C99");
        assertThat(table.entries()).isNotEmpty();
        assertThat(table.entries().get(0).code()).isEqualTo(IndustryCode.of(IndustrySection.A));
        assertThat(table.children(IndustryCode.of(IndustrySection.A))).extracting(e -> e.code().canonical())
                .containsExactly("A01", "A02", "A03", "A04", "A05");
        assertThat(table.entries(IndustryLevel.DIVISION)).hasSize(97);
        assertThatThrownBy(() -> table.entries(IndustryLevel.DIVISION).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(table).isEqualTo(IndustryClassification.shipped());
        // names with a comma or a quote at the very start survive a CSV round trip
        String csv = SyntheticIndustryTables.csv().replace("\nA,农、林、牧、渔业\n", "\nA,\",农业\"\n")
                .replace("\n01,农业\n", "\n01,\"\"\"农\"\"业\"\n");
        assertThat(csv).contains("\"\"\"农\"\"业\"", "\",农业\"");
        IndustryClassification odd = IndustryClassification.loadCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "odd.csv");
        StringBuilder out = new StringBuilder();
        odd.writeCsv(out);
        assertThat(out.toString()).isEqualTo(csv);
        // a table loaded here (not the shared shipped instance) links every entry to its parent
        assertThat(odd.children(IndustryCode.of(IndustrySection.A))).extracting(e -> e.code().canonical())
                .startsWith("A01");
        assertThat(odd.children(IndustryCode.parse("A01"))).extracting(e -> e.code().canonical())
                .containsExactly("A011");
        assertThatThrownBy(() -> odd.entries(IndustryLevel.CLASS).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(odd).isNotEqualTo(table);
        assertThat(odd.hashCode()).isNotEqualTo(table.hashCode());
        assertThat(CodeText.normalize(null)).isEmpty();
        assertThat(Optional.of(CodeText.isCanonicalAscii("ABC"))).contains(true);
    }

    @Test
    void canonicalAsciiIsPrintableUpperCaseAsciiWithoutOuterBlanks() {
        assertThat(CodeText.isCanonicalAscii("")).isTrue();
        assertThat(CodeText.isCanonicalAscii("A B")).isTrue();
        assertThat(CodeText.isCanonicalAscii("!~`{")).isTrue();
        assertThat(CodeText.isCanonicalAscii(" A")).isFalse();
        assertThat(CodeText.isCanonicalAscii("A ")).isFalse();
        assertThat(CodeText.isCanonicalAscii(" ")).isFalse();
        assertThat(CodeText.isCanonicalAscii("A\u001F")).isFalse();
        assertThat(CodeText.isCanonicalAscii("A\u007F")).isFalse();
        assertThat(CodeText.isCanonicalAscii("Aa")).isFalse();
        assertThat(CodeText.isCanonicalAscii("Az")).isFalse();
        assertThat(CodeText.isCanonicalAscii("\u00C0")).isFalse();
    }
}
