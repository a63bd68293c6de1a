package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules compiled without a form or schema are type-checked per record: a value of the wrong kind is an evaluation
 * error ({@code SB-VAL-0306}, counted in the rule's {@code errors}) whose message names the kinds met, in English
 * and in Chinese.
 */
class RuntimeTypeErrorTest {

    private static final Table DATA = Table.with("id:TEXT", "B01", "C:TEXT", "D:DATE", "ACTIVE:BOOLEAN", "M").key("id")
            .row("u", 5, "abc", LocalDate.of(2026, 10, 1), true, null).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ACTIVE + B01 > 0 | operator + cannot be applied to a condition, a number | 运算 + 不能用于条件、数值",
        "D - 1 > B01      | operator - cannot be applied to a date, a number      | 运算 - 不能用于日期、数值",
        "C * 2 > B01      | operator * cannot be applied to a text, a number      | 运算 * 不能用于文本、数值",
        "B01 / ACTIVE > 0 | operator / cannot be applied to a number, a condition | 运算 / 不能用于数值、条件",
        "ACTIVE + M > 0   | operator + cannot be applied to a condition, missing  | 运算 + 不能用于条件、缺失值",
        "D < B01          | operator < cannot be applied to a date, a number      | 运算 < 不能用于日期、数值",
        "B01              | operator condition cannot be applied to a number      | 运算 condition 不能用于数值",
        "D in ('x', 'y')  | operator in cannot be applied to a date, a text       | 运算 in 不能用于日期、文本",
    })
    void theMessageNamesTheKindsOfTheValues(String check, String en, String zh) {
        ReviewReport r = RuleSet.compile(Rules.of(check)).review(DATA);
        assertThat(r.summaries().get(0).errors()).isEqualTo(1);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SB-VAL-0306");
            assertThat(e.messageEn()).isEqualTo(en);
            assertThat(e.messageZh()).isEqualTo(zh);
        });
    }

    @Test
    void valuesOfTheRightKindAreNoError() {
        ReviewReport r = RuleSet.compile(Rules.of("ACTIVE = true and D = D and B01 > 0")).review(DATA);
        assertThat(r.errors()).isEmpty();
        assertThat(r.summaries().get(0).passes()).isEqualTo(1);
    }
}
