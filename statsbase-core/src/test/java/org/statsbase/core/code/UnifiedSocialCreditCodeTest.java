package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.code.UnifiedSocialCreditCode.Reason;

/**
 * GB 32100-2015 examples. The valid codes are published codes of well-known organisations whose
 * check characters were verified by hand (weights 3^(i-1) mod 31, GB 11714 for positions 9-17).
 */
class UnifiedSocialCreditCodeTest {

    private static final String CHARSET_TEXT = "0-9, A-H, J-N, P-R, T, U, W-Y";

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91110108551385082Q", "91330100716105852F",
        "91440300708461136T", "91110000100017643K", "12100000400000624D", "Y1100000MA5FNX2Q0D",
        "N232058300000006XG"})
    void publishedAndHandVerifiedCodesAreValid(String code) {
        CodeCheck<UnifiedSocialCreditCode, Reason> check = UnifiedSocialCreditCode.check(code);
        assertThat(check.isValid()).as(check.toString()).isTrue();
        assertThat(check.value()).map(UnifiedSocialCreditCode::canonical).contains(code);
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void accessorsReadThePositionsOfClause4() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("914403001922038216");
        assertThat(code.authority()).isEqualTo(RegistrationAuthority.INDUSTRY_AND_COMMERCE);
        assertThat(code.authority().nameZh()).isEqualTo("工商");
        assertThat(code.category()).isEqualTo(OrganizationCategory.ENTERPRISE);
        assertThat(code.category().nameZh()).isEqualTo("企业");
        assertThat(code.registrationDivision()).isEqualTo("440300");
        assertThat(code.province()).contains(Province.GUANGDONG);
        assertThat(code.organizationCode()).isEqualTo(OrganizationCode.parse("19220382-1"));
        assertThat(code.organizationCode().withHyphen()).isEqualTo("19220382-1");
        assertThat(code.checkCharacter()).isEqualTo('6');
        assertThat(code).hasToString("914403001922038216");
    }

    @Test
    void nationalBodiesHaveDivisionTenAndNoProvince() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("12100000400000624D");
        assertThat(code.authority()).isEqualTo(RegistrationAuthority.ESTABLISHMENT);
        assertThat(code.category()).isEqualTo(OrganizationCategory.PUBLIC_INSTITUTION);
        assertThat(code.registrationDivision()).isEqualTo("100000");
        assertThat(code.province()).isEmpty();
    }

    @Test
    void otherAuthorityHasTheSingleCategoryOne() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("Y1100000MA5FNX2Q0D");
        assertThat(code.authority()).isEqualTo(RegistrationAuthority.OTHER);
        assertThat(code.category()).isEqualTo(OrganizationCategory.OTHER);
        assertThat(code.category().nameZh()).isEqualTo("其他");
    }

    @Test
    void inputIsNormalisedBeforeChecking() {
        UnifiedSocialCreditCode plain = UnifiedSocialCreditCode.parse("91110108551385082Q");
        assertThat(UnifiedSocialCreditCode.parse(" 91110108551385082q\t")).isEqualTo(plain);
        assertThat(UnifiedSocialCreditCode.parse("\u3000９１１１０１０８５５１３８５０８２ｑ")).isEqualTo(plain);
        assertThat(UnifiedSocialCreditCode.isValid("９１１１０１０８５５１３８５０８２Ｑ")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid(new StringBuilder("91110108551385082q"))).isTrue();
    }

    @Test
    void nullAndBlankAreEmpty() {
        for (String input : new String[] {null, "", "   ", "\t", "\u3000"}) {
            CodeCheck<UnifiedSocialCreditCode, Reason> check = UnifiedSocialCreditCode.check(input);
            assertThat(check.reason()).as("%s", input).contains(Reason.EMPTY);
            assertThat(check.position()).isEmpty();
            assertThat(UnifiedSocialCreditCode.isValid(input)).isFalse();
        }
    }

    @Test
    void wrongLengthGivesExpectedAndActualLength() {
        assertFailure("91440300192203821", Reason.WRONG_LENGTH, 0, "18", "17");
        assertFailure("9144030019220382160", Reason.WRONG_LENGTH, 0, "18", "19");
    }

    @Test
    void illegalCharacterGivesTheFirstOffendingPosition() {
        assertFailure("914403001922O38216", Reason.ILLEGAL_CHARACTER, 13, CHARSET_TEXT, "O");
        assertFailure("91440300192203821I", Reason.ILLEGAL_CHARACTER, 18, CHARSET_TEXT, "I");
        assertFailure("9144030019220382-6", Reason.ILLEGAL_CHARACTER, 17, CHARSET_TEXT, "-");
        // an illegal character is reported before an unknown authority in front of it
        assertFailure("0S4403001922038216", Reason.ILLEGAL_CHARACTER, 2, CHARSET_TEXT, "S");
    }

    @Test
    void unknownAuthority() {
        assertFailure("B14403001922038216", Reason.UNKNOWN_AUTHORITY, 1, "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y", "B");
        assertFailure("014403001922038216", Reason.UNKNOWN_AUTHORITY, 1, "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y", "0");
    }

    @Test
    void unknownCategoryListsTheCategoriesOfThatAuthority() {
        assertFailure("944403001922038216", Reason.UNKNOWN_CATEGORY, 2, "1, 2, 3", "4");
        assertFailure("Y94403001922038216", Reason.UNKNOWN_CATEGORY, 2, "1", "9");
        assertFailure("544403001922038216", Reason.UNKNOWN_CATEGORY, 2, "1, 2, 3, 9", "4");
    }

    @Test
    void badDivisionIsADigitOrProvinceProblemNeverACatalogLookup() {
        assertFailure("9144A3001922038216", Reason.BAD_DIVISION, 5, "0-9", "A");
        assertFailure("914403H01922038216", Reason.BAD_DIVISION, 7, "0-9", "H");
        CodeCheck<UnifiedSocialCreditCode, Reason> province = UnifiedSocialCreditCode.check("910003001922038216");
        assertThat(province.reason()).contains(Reason.BAD_DIVISION);
        assertThat(province.position()).hasValue(3);
        assertThat(province.actual()).contains("00");
        assertThat(province.expected().orElseThrow()).startsWith("10, 11, 12").contains("44", "65", "71", "82");
        assertThat(UnifiedSocialCreditCode.check("919903001922038216").actual()).contains("99");
        // a division that does not exist (449999) under a known province is not this type's concern
        assertThat(UnifiedSocialCreditCode.check("91449999192203821" + UnifiedSocialCreditCode
                .checkCharacter("91449999192203821")).isValid()).isTrue();
    }

    @Test
    void badOrganizationCheckNamesPosition17() {
        assertFailure("914403001922038226", Reason.BAD_ORGANIZATION_CHECK, 17, "1", "2");
        assertFailure("9144030019220382X6", Reason.BAD_ORGANIZATION_CHECK, 17, "1", "X");
    }

    @Test
    void badCheckCharacterGivesExpectedAndActual() {
        assertFailure("914403001922038217", Reason.BAD_CHECK_CHARACTER, 18, "6", "7");
        assertFailure("91110108551385082R", Reason.BAD_CHECK_CHARACTER, 18, "Q", "R");
    }

    @Test
    void everyReasonHasInterpolatedMessagesInBothLanguages() {
        String[] inputs = {"", "9144030019220382", "914403001922O38216", "B14403001922038216",
            "944403001922038216", "9144A3001922038216", "914403001922038226", "914403001922038217"};
        EnumSet<Reason> seen = EnumSet.noneOf(Reason.class);
        for (String input : inputs) {
            CodeCheck<UnifiedSocialCreditCode, Reason> check = UnifiedSocialCreditCode.check(input);
            Reason reason = check.reason().orElseThrow();
            seen.add(reason);
            assertThat(check.messageZh()).isNotBlank().doesNotContain("{");
            assertThat(check.messageEn()).isNotBlank().doesNotContain("{");
            assertThat(check.errorCode().orElseThrow()).startsWith("SB-CORE-01");
            if (!input.isEmpty()) {
                assertThat(check.messageZh()).contains(input);
                assertThat(check.messageEn()).contains(input);
            }
            check.position().ifPresent(p -> assertThat(check.messageEn()).contains("position " + p));
            check.actual().ifPresent(a -> assertThat(check.messageZh()).contains(a));
        }
        assertThat(seen).containsExactlyInAnyOrder(Reason.values());
        assertThat(UnifiedSocialCreditCode.check("914403001922038217").messageZh())
                .isEqualTo("统一社会信用代码“914403001922038217”校验码错误：第 18 位应为“6”，实为“7”");
        assertThat(UnifiedSocialCreditCode.check("914403001922038217").messageEn()).isEqualTo(
                "unified social credit code \"914403001922038217\" has a wrong check character: "
                        + "expected \"6\" at position 18, actual \"7\"");
    }

    @Test
    void parseThrowsATypedExceptionWithTheSameCheck() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("914403001922038217"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_CHECK_CHARACTER);
                    assertThat(e.code()).isEqualTo("SB-CORE-0108");
                    assertThat(e.check()).isEqualTo(UnifiedSocialCreditCode.check("914403001922038217"));
                    assertThat(e.messageZh()).contains("校验码");
                });
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void checkCharacterRejectsBadInputWithTypedErrors() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("９１４４０３００１９２２０３８２１")).isEqualTo('6');
        assertThatNullPointerException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(null))
                .withMessageContaining("first17");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("914403001922038216"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH);
                    assertThat(e.check().expected()).contains("17");
                    assertThat(e.check().actual()).contains("18");
                });
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9144030019220382I"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
                    assertThat(e.check().position()).hasValue(17);
                });
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(" "))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void equalityIsByCanonicalText() {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse("91110108551385082Q");
        UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse("91110108551385082q");
        UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse("914403001922038216");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.compareTo(c)).isNegative();
    }

    @Test
    void authoritiesAndCategoriesFollowTheAnnex() {
        assertThat(RegistrationAuthority.values()).extracting(RegistrationAuthority::code)
                .containsExactly('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y');
        assertThat(RegistrationAuthority.values()).extracting(RegistrationAuthority::nameZh).containsExactly(
                "机构编制", "外交", "司法行政", "文化", "民政", "旅游", "宗教", "工会", "工商", "军队", "农业", "其他");
        assertThat(OrganizationCategory.values()).hasSize(36);
        assertThat(RegistrationAuthority.INDUSTRY_AND_COMMERCE.categories()).containsExactly(
                OrganizationCategory.ENTERPRISE, OrganizationCategory.INDIVIDUAL_BUSINESS,
                OrganizationCategory.FARMERS_COOPERATIVE);
        assertThat(RegistrationAuthority.JUSTICE.categories()).extracting(OrganizationCategory::code)
                .containsExactly('1', '2', '3', '4', '5', '9');
        assertThat(OrganizationCategory.of(RegistrationAuthority.CIVIL_AFFAIRS, '1'))
                .contains(OrganizationCategory.SOCIAL_ORGANIZATION);
        assertThat(OrganizationCategory.of(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '9')).isEmpty();
        assertThat(OrganizationCategory.FARMERS_COOPERATIVE.prefix()).isEqualTo("93");
        assertThat(RegistrationAuthority.ofCode('N')).contains(RegistrationAuthority.AGRICULTURE);
        assertThat(RegistrationAuthority.ofCode('Z')).isEmpty();
    }

    private static void assertFailure(String input, Reason reason, int position, String expected, String actual) {
        CodeCheck<UnifiedSocialCreditCode, Reason> check = UnifiedSocialCreditCode.check(input);
        assertThat(check.reason()).as(check.toString()).contains(reason);
        assertThat(check.position()).isEqualTo(position == 0 ? OptionalInt.empty() : OptionalInt.of(position));
        assertThat(check.expected()).isEqualTo(Optional.of(expected));
        assertThat(check.actual()).isEqualTo(Optional.of(actual));
        assertThat(UnifiedSocialCreditCode.isValid(input)).isFalse();
    }
}
