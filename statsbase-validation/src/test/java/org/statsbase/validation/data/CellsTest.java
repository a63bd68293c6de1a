package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cell syntax shared by the CSV and JSON Lines readers: numbers, leading zeros, booleans, dates. */
class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-7", "+7", "12.5", "-0.0001", "+3.25", "0123", "9999999999"})
    void plainDecimalsAreNumbers(String s) {
        assertThat(Cells.isNumber(s)).as(s).isTrue();
        assertThat(Cells.parse(s, ColumnType.NUMBER)).contains(Value.of(new BigDecimal(s)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".5", "5.", "1.2.3", "1e5", "1,000", " 1", "1 ", "--1", "1-", "a1", "1a",
        "١", "/", ":", "0x1F", "1.5a"})
    void anythingElseIsNot(String s) {
        assertThat(Cells.isNumber(s)).as(s).isFalse();
        assertThat(Cells.parse(s, ColumnType.NUMBER)).isEmpty();
    }

    @Test
    void atMostSixtyCharacters() {
        assertThat(Cells.isNumber("1".repeat(60))).isTrue();
        assertThat(Cells.isNumber("1".repeat(61))).isFalse();
        assertThat(Cells.isNumber("-" + "1".repeat(59))).isTrue();
    }

    @Test
    void leadingZerosMakeCodes() {
        assertThat(Cells.hasLeadingZero("0123")).isTrue();
        assertThat(Cells.hasLeadingZero("-007.5")).isTrue();
        assertThat(Cells.hasLeadingZero("+01")).isTrue();
        assertThat(Cells.hasLeadingZero("0")).isFalse();
        assertThat(Cells.hasLeadingZero("-0")).isFalse();
        assertThat(Cells.hasLeadingZero("0.5")).isFalse();
        assertThat(Cells.hasLeadingZero("10")).isFalse();
        assertThat(Cells.hasLeadingZero("-10")).isFalse();
    }

    @Test
    void booleansAndDates() {
        for (String t : new String[] {"true", "TRUE", "True", "是", "1"}) {
            assertThat(Cells.bool(t)).as(t).contains(true);
            assertThat(Cells.parse(t, ColumnType.BOOLEAN)).contains(Value.of(true));
        }
        for (String f : new String[] {"false", "False", "否", "0"}) {
            assertThat(Cells.bool(f)).as(f).contains(false);
        }
        for (String x : new String[] {"yes", "2", "", "真"}) {
            assertThat(Cells.bool(x)).as(x).isEmpty();
        }
        assertThat(Cells.date("2026-02-28")).contains(LocalDate.of(2026, 2, 28));
        assertThat(Cells.parse("2024-02-29", ColumnType.DATE)).contains(Value.of(LocalDate.of(2024, 2, 29)));
        for (String x : new String[] {"2026-02-29", "2026-2-28", "2026/02/28", "20260228", "2026-02-281", "2026-0228-",
            "202-602-28"}) {
            assertThat(Cells.date(x)).as(x).isEmpty();
        }
        assertThat(Cells.parse("甲", ColumnType.TEXT)).isEqualTo(Optional.of(Value.of("甲")));
    }

    @Test
    void typeNamesAndShownCells() {
        assertThat(Cells.nameEn(ColumnType.NUMBER)).isEqualTo("a number");
        assertThat(Cells.nameEn(ColumnType.TEXT)).isEqualTo("a text");
        assertThat(Cells.nameEn(ColumnType.BOOLEAN)).startsWith("a boolean");
        assertThat(Cells.nameEn(ColumnType.DATE)).isEqualTo("a date (yyyy-MM-dd)");
        assertThat(Cells.nameZh(ColumnType.NUMBER)).isEqualTo("数值");
        assertThat(Cells.nameZh(ColumnType.TEXT)).isEqualTo("文本");
        assertThat(Cells.nameZh(ColumnType.BOOLEAN)).startsWith("是否值");
        assertThat(Cells.nameZh(ColumnType.DATE)).startsWith("日期");
        assertThat(Cells.shown("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Cells.shown("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    }
}
