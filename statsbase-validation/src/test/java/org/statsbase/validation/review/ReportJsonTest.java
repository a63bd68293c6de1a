package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/** The JSON export is stable: keys, order, exact numbers, missing as null. */
class ReportJsonTest {

    @Test
    void exactFormat() {
        Table t = Table.with("unit:TEXT", "B01", "B02", "C:TEXT").key("unit")
                .row("u1", new java.math.BigDecimal("0.10"), new java.math.BigDecimal("0.4"), "x")
                .row("u2", 5, null, null).build();
        RuleSetDefinition def = new RuleSetDefinition("demo", java.util.Optional.of("2026.1"),
                java.math.BigDecimal.ZERO, List.of(
                        RuleDefinition.of("R1", "B01 + 0.2 = B02 or C = 'y'").withSeverity(Severity.VERIFY)
                                .withMessage(LocalizedText.of("和为{B01 + 0.2}", "sum {B01 + 0.2}")),
                        RuleDefinition.of("R2", "B01 + C > 0")), "demo.yaml");
        ReviewReport r = RuleSet.compile(def).review(t)
                .explain("R1", RecordKey.of("unit", "u1"), Explanation.of("四舍五入的差异，原始数据为0.1003",
                        "李四", Instant.parse("2026-11-05T08:00:00Z")));
        assertThat(r.toJson()).isEqualTo("{\"rule_set\":\"demo\",\"version\":\"2026.1\",\"records\":2,"
                + "\"rules\":["
                + "{\"rule\":\"R1\",\"severity\":\"VERIFY\",\"items\":2,\"passes\":0,\"fails\":1,"
                + "\"not_applicable\":1,\"errors\":0},"
                + "{\"rule\":\"R2\",\"severity\":\"MANDATORY\",\"items\":2,\"passes\":0,\"fails\":0,"
                + "\"not_applicable\":1,\"errors\":1}],"
                + "\"violations\":[{\"rule\":\"R1\",\"severity\":\"VERIFY\",\"row\":0,\"key\":{\"unit\":\"u1\"},"
                + "\"fields\":[{\"field\":\"B01\",\"value\":0.10},{\"field\":\"B02\",\"value\":0.4},"
                + "{\"field\":\"C\",\"value\":\"x\"}],\"imbalance\":-0.10,"
                + "\"message_zh\":\"和为0.30\",\"message_en\":\"sum 0.30\","
                + "\"explanation\":{\"text\":\"四舍五入的差异，原始数据为0.1003\",\"author\":\"李四\","
                + "\"at\":\"2026-11-05T08:00:00Z\"}}],"
                + "\"errors\":[{\"rule\":\"R2\",\"row\":0,\"key\":{\"unit\":\"u1\"},\"code\":\"SB-VAL-0306\","
                + "\"message_zh\":\"运算 + 不能用于数值、文本\","
                + "\"message_en\":\"operator + cannot be applied to a number, a text\"}]}");
    }

    @Test
    void conditionsDatesAndMissingValuesOfFields() {
        Table t = Table.with("unit:TEXT", "A:BOOLEAN", "D:DATE", "M").key("unit")
                .row("u1", true, java.time.LocalDate.of(2026, 10, 1), null).build();
        ReviewReport r = RuleSet.compile(Rules.of("A = false or D < D or is_missing(M) = false")).review(t);
        assertThat(r.toJson()).contains("\"fields\":[{\"field\":\"A\",\"value\":true},"
                + "{\"field\":\"D\",\"value\":\"2026-10-01\"},{\"field\":\"M\",\"value\":null}]");
    }
}
