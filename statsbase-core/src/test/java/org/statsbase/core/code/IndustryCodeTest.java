package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IndustryCode: the input forms and reasons of GB/T 4754-2017 codes, hand-checked against the standard. */
class IndustryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1311", "C1311", "c1311", " C1311 ", "Ｃ１３１１", "\u30001311"})
    void everyFormOfTheRiceMillingClassIsC1311(String input) {
        IndustryCode code = IndustryCode.parse(input);
        assertThat(code.canonical()).isEqualTo("C1311");
        assertThat(code.toString()).isEqualTo("C1311");
        assertThat(code.level()).isEqualTo(IndustryLevel.CLASS);
        assertThat(code.section()).isEqualTo(IndustrySection.C);
        assertThat(code.digits()).isEqualTo("1311");
    }

    @ParameterizedTest
    @CsvSource({
        "13, C13, DIVISION",
        "131, C131, GROUP",
        "1311, C1311, CLASS",
        "C, C, SECTION",
        "C13, C13, DIVISION",
        "C1311, C1311, CLASS",
        "01, A01, DIVISION",
        "0111, A0111, CLASS",
        "97, T97, DIVISION",
        "9700, T9700, CLASS",
        "K7010, K7010, CLASS",
    })
    void acceptedInputForms(String input, String canonical, IndustryLevel level) {
        CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(input);
        assertThat(check.isValid()).isTrue();
        assertThat(check.value()).map(IndustryCode::canonical).contains(canonical);
        assertThat(check.value()).map(IndustryCode::level).contains(level);
        assertThat(check.messageEn()).isEmpty();
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertThat(IndustryCode.check(null).reason()).contains(IndustryCode.Reason.EMPTY);
        assertThat(IndustryCode.check("").reason()).contains(IndustryCode.Reason.EMPTY);
        assertThat(IndustryCode.check(" \u3000 ").reason()).contains(IndustryCode.Reason.EMPTY);
        assertThat(IndustryCode.check(null).errorCode()).contains("SB-CORE-0501");
    }

    @ParameterizedTest
    @CsvSource({
        // input, reason, position, expected, actual
        "C13X, ILLEGAL_CHARACTER, 4, 0-9, X",
        "-13, ILLEGAL_CHARACTER, 1, A-T / 0-9, -",
        "13.1, ILLEGAL_CHARACTER, 3, 0-9, .",
        "1, WRONG_LENGTH, 0, '', ''",
        "C1, WRONG_LENGTH, 0, '', ''",
        "13111, WRONG_LENGTH, 0, '', ''",
        "U, UNKNOWN_SECTION, 1, A-T, U",
        "Z13, UNKNOWN_SECTION, 1, A-T, Z",
        "00, UNKNOWN_DIVISION, 1, 01-97, 00",
        "98, UNKNOWN_DIVISION, 1, 01-97, 98",
        "C9900, UNKNOWN_DIVISION, 2, 01-97, 99",
        "A13, SECTION_MISMATCH, 1, C, A",
        "D1311, SECTION_MISMATCH, 1, C, D",
        "B05, SECTION_MISMATCH, 1, A, B",
    })
    void reasons(String input, IndustryCode.Reason reason, int position, String expected, String actual) {
        CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(input);
        assertThat(check.isValid()).isFalse();
        assertThat(check.reason()).contains(reason);
        assertThat(check.position().orElse(0)).isEqualTo(position);
        assertThat(check.expected().orElse("")).isEqualTo(expected);
        assertThat(check.actual().orElse("")).isEqualTo(actual);
        assertThat(check.errorCode()).contains(reason.error().code());
        assertThat(check.messageZh()).contains(check.input()).doesNotContain("{");
        assertThat(check.messageEn()).contains(check.input()).doesNotContain("{");
    }

    @Test
    void parseThrowsTheCheckItWouldHaveReturned() {
        assertThatThrownBy(() -> IndustryCode.parse("A13"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IndustryCode.Reason.SECTION_MISMATCH);
                    assertThat(e.code()).isEqualTo("SB-CORE-0506");
                    assertThat(e.check()).isEqualTo(IndustryCode.check("A13"));
                    assertThat(e.messageZh()).contains("A13");
                });
    }

    @Test
    void everyDivisionFrom01To97ExistsAndBelongsToItsSection() {
        for (int d = 1; d <= 97; d++) {
            IndustryCode code = IndustryCode.parse(String.format("%02d", d));
            assertThat(code.section().containsDivision(d)).isTrue();
            assertThat(code.divisionNumber()).contains(d);
        }
    }

    @Test
    void parentChainOfAClassReachesItsSection() {
        IndustryCode code = IndustryCode.parse("1311");
        assertThat(code.parent()).map(IndustryCode::canonical).contains("C131");
        assertThat(code.parent().flatMap(IndustryCode::parent)).map(IndustryCode::canonical).contains("C13");
        assertThat(code.parent().flatMap(IndustryCode::parent).flatMap(IndustryCode::parent))
                .contains(IndustryCode.of(IndustrySection.C));
        assertThat(IndustryCode.of(IndustrySection.C).parent()).isEmpty();
    }

    @Test
    void ancestorsAtEachLevel() {
        IndustryCode code = IndustryCode.parse("K7010");
        assertThat(code.at(IndustryLevel.SECTION)).map(IndustryCode::canonical).contains("K");
        assertThat(code.at(IndustryLevel.DIVISION)).map(IndustryCode::canonical).contains("K70");
        assertThat(code.at(IndustryLevel.GROUP)).map(IndustryCode::canonical).contains("K701");
        assertThat(code.at(IndustryLevel.CLASS)).contains(code);
        assertThat(IndustryCode.parse("70").at(IndustryLevel.GROUP)).isEmpty();
        assertThat(IndustryCode.of(IndustrySection.K).divisionNumber()).isEmpty();
    }

    @Test
    void isWithin() {
        IndustryCode rice = IndustryCode.parse("1311");
        assertThat(rice.isWithin(IndustryCode.parse("C"))).isTrue();
        assertThat(rice.isWithin(IndustryCode.parse("13"))).isTrue();
        assertThat(rice.isWithin(IndustryCode.parse("131"))).isTrue();
        assertThat(rice.isWithin(rice)).isTrue();
        assertThat(rice.isWithin(IndustryCode.parse("132"))).isFalse();
        assertThat(rice.isWithin(IndustryCode.parse("14"))).isFalse();
        assertThat(rice.isWithin(IndustryCode.parse("B"))).isFalse();
        assertThat(IndustryCode.parse("13").isWithin(rice)).isFalse();
    }

    @Test
    void equalityIsByCanonicalText() {
        assertThat(IndustryCode.parse("13")).isEqualTo(IndustryCode.parse("C13"))
                .hasSameHashCodeAs(IndustryCode.parse("c13"));
        assertThat(IndustryCode.parse("13")).isNotEqualTo(IndustryCode.parse("131"));
        assertThat(IndustryCode.parse("C13").compareTo(IndustryCode.parse("C131"))).isNegative();
        assertThat(IndustryCode.parse("C").compareTo(IndustryCode.parse("C13"))).isNegative();
    }
}
