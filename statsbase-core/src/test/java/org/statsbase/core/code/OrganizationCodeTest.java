package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.core.code.OrganizationCode.Reason;

/**
 * GB 11714 examples; check characters verified by hand with weights 3, 7, 9, 10, 5, 8, 4, 2
 * (for example MA5FNX2Q: 66 + 70 + 45 + 150 + 115 + 264 + 8 + 52 = 770 ≡ 0 (mod 11), so c = 11 → 0).
 */
class OrganizationCodeTest {

    @ParameterizedTest
    @CsvSource({"192203821, 19220382-1", "MA5FNX2Q0, MA5FNX2Q-0", "00000006X, 00000006-X", "000000000, 00000000-0",
        "100000008, 10000000-8"})
    void validCodesInBothForms(String plain, String hyphenated) {
        OrganizationCode code = OrganizationCode.parse(plain);
        assertThat(code.canonical()).isEqualTo(plain);
        assertThat(code.withHyphen()).isEqualTo(hyphenated);
        assertThat(OrganizationCode.parse(hyphenated)).isEqualTo(code).hasSameHashCodeAs(code);
        assertThat(OrganizationCode.isValid(plain)).isTrue();
        assertThat(OrganizationCode.isValid(hyphenated)).isTrue();
        assertThat(OrganizationCode.checkCharacter(plain.substring(0, 8))).isEqualTo(plain.charAt(8));
        assertThat(code.body()).isEqualTo(plain.substring(0, 8));
        assertThat(code.checkCharacter()).isEqualTo(plain.charAt(8));
        assertThat(code).hasToString(plain);
    }

    @Test
    void inputIsNormalisedBeforeChecking() {
        OrganizationCode code = OrganizationCode.parse("MA5FNX2Q-0");
        assertThat(OrganizationCode.parse(" ma5fnx2q-0\u3000")).isEqualTo(code);
        assertThat(OrganizationCode.parse("ＭＡ５ＦＮＸ２Ｑ－０")).isEqualTo(code);
        assertThat(OrganizationCode.parse("ma5fnx2q0")).isEqualTo(code);
    }

    @Test
    void nullAndBlankAreEmpty() {
        for (String input : new String[] {null, "", "  ", "\u3000"}) {
            assertThat(OrganizationCode.check(input).reason()).as("%s", input).contains(Reason.EMPTY);
            assertThat(OrganizationCode.isValid(input)).isFalse();
        }
    }

    @Test
    void wrongLengthCountsCharactersWithoutHyphens() {
        assertFailure("19220382", Reason.WRONG_LENGTH, 0, "9", "8");
        assertFailure("19220382-", Reason.WRONG_LENGTH, 0, "9", "8");
        assertFailure("1922038210", Reason.WRONG_LENGTH, 0, "9", "10");
        assertFailure("1922-0382", Reason.WRONG_LENGTH, 0, "9", "8");
    }

    @Test
    void misplacedHyphen() {
        assertFailure("1922-03821", Reason.MISPLACED_HYPHEN, 5, "9", "-");
        assertFailure("-192203821", Reason.MISPLACED_HYPHEN, 1, "9", "-");
        assertFailure("192203821-", Reason.MISPLACED_HYPHEN, 10, "9", "-");
        assertFailure("19220382--1", Reason.MISPLACED_HYPHEN, 10, "9", "-");
    }

    @Test
    void illegalCharacterInBodyOrCheckPosition() {
        assertFailure("19220_821", Reason.ILLEGAL_CHARACTER, 6, "0-9, A-Z", "_");
        assertFailure("1922038中-1", Reason.ILLEGAL_CHARACTER, 8, "0-9, A-Z", "中");
        assertFailure("19220382A", Reason.ILLEGAL_CHARACTER, 9, "0-9, X", "A");
        assertFailure("19220382-A", Reason.ILLEGAL_CHARACTER, 10, "0-9, X", "A");
    }

    @Test
    void badCheckCharacterGivesExpectedAndActualAtThePositionAsWritten() {
        assertFailure("192203822", Reason.BAD_CHECK_CHARACTER, 9, "1", "2");
        assertFailure("19220382-X", Reason.BAD_CHECK_CHARACTER, 10, "1", "X");
        assertFailure("00000006-0", Reason.BAD_CHECK_CHARACTER, 10, "X", "0");
    }

    @Test
    void everyReasonHasInterpolatedMessagesInBothLanguages() {
        String[] inputs = {" ", "1922038", "1922-03821", "19220_821", "192203822"};
        EnumSet<Reason> seen = EnumSet.noneOf(Reason.class);
        for (String input : inputs) {
            CodeCheck<OrganizationCode, Reason> check = OrganizationCode.check(input);
            seen.add(check.reason().orElseThrow());
            assertThat(check.messageZh()).isNotBlank().doesNotContain("{");
            assertThat(check.messageEn()).isNotBlank().doesNotContain("{");
            assertThat(check.errorCode().orElseThrow()).startsWith("SB-CORE-02");
            if (!input.isBlank()) {
                assertThat(check.messageZh()).contains(input);
                assertThat(check.messageEn()).contains(input);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Reason.values());
        assertThat(OrganizationCode.check("192203822").messageEn()).isEqualTo(
                "organisation code \"192203822\" has a wrong check character: expected \"1\" at position 9, actual \"2\"");
        assertThat(OrganizationCode.check("192203822").messageZh())
                .isEqualTo("组织机构代码“192203822”校验码错误：第 9 位应为“1”，实为“2”");
    }

    @Test
    void parseAndCheckCharacterThrowTypedErrors() {
        assertThatThrownBy(() -> OrganizationCode.parse("192203822"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_CHECK_CHARACTER);
                    assertThat(e.code()).isEqualTo("SB-CORE-0205");
                });
        assertThat(OrganizationCode.checkCharacter("ｍａ５ｆｎｘ２ｑ")).isEqualTo('0');
        assertThatNullPointerException().isThrownBy(() -> OrganizationCode.checkCharacter(null))
                .withMessageContaining("body");
        assertThatThrownBy(() -> OrganizationCode.checkCharacter("1922038"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH);
                    assertThat(e.check().expected()).contains("8");
                });
        assertThatThrownBy(() -> OrganizationCode.checkCharacter("1922038_"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
                    assertThat(e.check().position()).hasValue(8);
                });
    }

    private static void assertFailure(String input, Reason reason, int position, String expected, String actual) {
        CodeCheck<OrganizationCode, Reason> check = OrganizationCode.check(input);
        assertThat(check.reason()).as(check.toString()).contains(reason);
        assertThat(check.position()).isEqualTo(position == 0 ? OptionalInt.empty() : OptionalInt.of(position));
        assertThat(check.expected()).isEqualTo(Optional.of(expected));
        assertThat(check.actual()).isEqualTo(Optional.of(actual));
        assertThat(OrganizationCode.isValid(input)).isFalse();
    }
}
