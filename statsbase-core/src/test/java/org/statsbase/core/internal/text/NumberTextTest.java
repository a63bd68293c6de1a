package org.statsbase.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    /** Every real amount, count or ratio is short: it keeps its plain notation, scale as given. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "12.50", "-0.01", "1E+3", "1000000000000", "999999999999.999999", "0.000001",
        "123456789012345678901234567890123456789012345678901234567890123"})
    void shortNumbersArePlain(String text) {
        BigDecimal value = new BigDecimal(text);
        assertThat(NumberText.of(value)).isEqualTo(value.toPlainString());
        assertThat(NumberText.plainLength(value)).isEqualTo(value.toPlainString().length());
    }

    /** The plain length is computed, not built: checked against toPlainString where that is cheap. */
    @ParameterizedTest
    @ValueSource(strings = {"1E+70", "-1E+70", "1E-70", "-1.5E-70", "12345E+60", "0E-80"})
    void thePlainLengthIsThatOfToPlainString(String text) {
        BigDecimal value = new BigDecimal(text);
        assertThat(NumberText.plainLength(value)).isEqualTo(value.toPlainString().length());
    }

    @ParameterizedTest
    @CsvSource({
        "1e999999999, 1E+999999999",
        "-1e999999999, -1E+999999999",
        "1e-999999999, 1E-999999999",
        "1e-2147483647, 1E-2147483647",
        "123456789012345678901234567890e999999999, 1.234567890123457E+1000000028",
    })
    void absurdNumbersAreShortAndScientific(String text, String expected) {
        String rendered = NumberText.of(new BigDecimal(text));
        assertThat(rendered).isEqualTo(expected).hasSizeLessThan(NumberText.MAX_PLAIN_LENGTH);
    }
}
