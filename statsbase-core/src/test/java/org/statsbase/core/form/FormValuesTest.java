package org.statsbase.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Forms and their data as values (统计调查制度: a survey system's forms and indicators), and the
 * closed ranges a survey-system file must respect: years 1900–2199, 0–10 decimals.
 */
class FormValuesTest {

    private static final Indicator REVENUE = Indicator.of("B01", "营业收入", IndicatorType.NUMBER).withUnit("千元")
            .withDecimals(1);
    private static final Indicator STAFF = Indicator.of("B03", "平均用工人数", IndicatorType.INTEGER).withUnit("人");
    private static final ReportForm FORM = ReportForm.of("B204-1", "工业企业财务状况", Frequency.MONTHLY,
            List.of(REVENUE, STAFF));

    @Test
    void indicatorsDescribeAndCompareThemselves() {
        assertThat(REVENUE.toString()).isEqualTo("B01 营业收入 (NUMBER, 1 decimals, 千元)");
        assertThat(STAFF.toString()).isEqualTo("B03 平均用工人数 (INTEGER, 人)");
        assertThat(Indicator.of("N", "数", IndicatorType.NUMBER).withDecimals(0).toString()).isEqualTo("N 数 (NUMBER)");
        assertThat(REVENUE).isEqualTo(Indicator.of("b01", "营业收入", IndicatorType.NUMBER).withUnit("千元").withDecimals(1))
                .isNotEqualTo(REVENUE.withDecimals(2)).isNotEqualTo(REVENUE.withUnit("元"))
                .isNotEqualTo(REVENUE.withNameEn("Revenue")).isNotEqualTo(STAFF).isNotEqualTo("B01");
        assertThat(REVENUE.hashCode()).isNotEqualTo(REVENUE.withDecimals(2).hashCode());
        assertThat(REVENUE.withDecimals(0).decimals()).hasValue(0);
        assertThat(REVENUE.withDecimals(Indicator.MAX_DECIMALS).decimals()).hasValue(10);
        assertThatThrownBy(() -> REVENUE.withDecimals(-1)).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> REVENUE.withDecimals(11)).isInstanceOf(StatsbaseException.class);
        assertThat(IndicatorType.NUMBER.isNumeric()).isTrue();
        assertThat(IndicatorType.INTEGER.isNumeric()).isTrue();
        assertThat(IndicatorType.TEXT.isNumeric()).isFalse();
        assertThat(IndicatorType.DATE.isNumeric()).isFalse();
        assertThat(IndicatorType.BOOLEAN.nameZh()).isEqualTo("是否");
    }

    @Test
    void formsAndSystemsDescribeAndCompareThemselves() {
        assertThat(FORM.toString()).isEqualTo("B204-1 工业企业财务状况 (MONTHLY, 2 indicators)");
        assertThat(FORM.nameZh()).isEqualTo("工业企业财务状况");
        ReportForm other = ReportForm.of("B204-1", "工业企业财务状况", Frequency.QUARTERLY, List.of(REVENUE, STAFF));
        assertThat(FORM).isEqualTo(ReportForm.of("B204-1", "工业企业财务状况", Frequency.MONTHLY, List.of(REVENUE, STAFF)))
                .isNotEqualTo(other).isNotEqualTo(FORM.withNameEn("Finance"))
                .isNotEqualTo(ReportForm.of("B204-1", "工业企业财务状况", Frequency.MONTHLY, List.of(REVENUE)));
        assertThat(FORM.hashCode()).isNotEqualTo(other.hashCode());
        assertThatThrownBy(() -> ReportForm.of("F", "表", Frequency.MONTHLY, List.of(REVENUE, STAFF, REVENUE)))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("#1");

        SurveySystem system = SurveySystem.of("s-2026", "制度", 2026, List.of(FORM)).withVersion("2026.1");
        assertThat(system.toString()).isEqualTo("S-2026 制度 2026 v2026.1 [B204-1]");
        assertThat(SurveySystem.of("s-2026", "制度", 2026, List.of(FORM)).toString()).isEqualTo("S-2026 制度 2026 [B204-1]");
        assertThat(system).isNotEqualTo(SurveySystem.of("s-2026", "制度", 2026, List.of(FORM)))
                .isNotEqualTo(SurveySystem.of("s-2026", "制度", 2027, List.of(FORM)).withVersion("2026.1"))
                .isEqualTo(SurveySystem.of("S-2026", "制度", 2026, List.of(FORM)).withVersion("2026.1"));
        assertThat(system.hashCode()).isNotEqualTo(SurveySystem.of("s-2026", "制度", 2027, List.of(FORM))
                .withVersion("2026.1").hashCode());
        assertThat(system.form("B204-1")).hasValueSatisfying(f -> assertThat(f.surveySystemId()).contains("S-2026"));
        assertThat(SurveySystem.of("s", "制度", 1900, List.of()).year()).isEqualTo(1900);
        assertThat(SurveySystem.of("s", "制度", 2199, List.of()).year()).isEqualTo(2199);
        assertThatThrownBy(() -> SurveySystem.of("s", "制度", 1899, List.of())).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> SurveySystem.of("s", "制度", 2200, List.of())).isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> SurveySystem.of("s", "制度", 2026, List.of(FORM, other)))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("#1");
    }

    @Test
    void formDataAndValues() {
        ReportingPeriod october = ReportingPeriod.ofMonth(2026, 10);
        FormData data = FormData.of(FORM, "U1", october, Map.of("B01", FormValue.of(new BigDecimal("12.5"))));
        assertThat(data.toString()).isEqualTo("FormData[U1, 2026-10, B204-1, {B01=12.5}]");
        assertThat(data).isEqualTo(FormData.of(FORM, "U1", october, Map.of("B01", FormValue.of(new BigDecimal("12.50")))))
                .isNotEqualTo(FormData.of(FORM, "U2", october, Map.of("B01", FormValue.of(new BigDecimal("12.5")))))
                .isNotEqualTo(FormData.of(FORM, "U1", october.next(), Map.of("B01", FormValue.of(new BigDecimal("12.5")))))
                .isNotEqualTo(FormData.of(FORM, "U1", october, Map.of()))
                .isNotEqualTo(FormData.of("U1", october, "B204-2", Map.of("B01", FormValue.of(new BigDecimal("12.5")))));
        assertThat(data.hashCode()).isEqualTo(FormData.of(FORM, "U1", october,
                Map.of("B01", FormValue.of(new BigDecimal("12.50")))).hashCode())
                .isNotEqualTo(FormData.of(FORM, "U2", october, Map.of()).hashCode());
        FormValue zero = FormValue.of(new BigDecimal("0.00"));
        assertThat(zero).isEqualTo(FormValue.of(BigDecimal.ZERO)).hasSameHashCodeAs(FormValue.of(BigDecimal.ZERO));
        assertThat(FormValue.of(new BigDecimal("1.0")).hashCode()).isEqualTo(FormValue.of(BigDecimal.ONE).hashCode())
                .isNotEqualTo(FormValue.of(BigDecimal.TEN).hashCode());
        assertThat(FormValue.of(BigDecimal.ONE)).isNotEqualTo(FormValue.of(BigDecimal.TEN)).isNotEqualTo(FormValue.of("1"));
        assertThat(FormValue.of("甲").toString()).isEqualTo("\"甲\"");
        assertThat(FormValue.missing().toString()).isNotBlank();
        // an INTEGER indicator takes whole numbers only
        assertThatThrownBy(() -> FormData.of(FORM, "U1", october, Map.of("B03", FormValue.of(new BigDecimal("1.5")))))
                .isInstanceOf(StatsbaseException.class);
        assertThat(FormData.of(FORM, "U1", october, Map.of("B03", FormValue.of(new BigDecimal("2.0")))).value("B03"))
                .isEqualTo(FormValue.of(new BigDecimal(2)));
    }

    private static final String SYSTEM = """
            {"id": "s", "name": "制度", "year": %s, "forms": [{"id": "F", "name": "表", "frequency": "MONTHLY",
              "indicators": [{"code": "A", "name": "甲", "type": "NUMBER", "decimals": %s}]}]}
            """;

    private static SurveySystem read(Object year, Object decimals) {
        return SurveySystem.read("s.json", new ByteArrayInputStream(
                SYSTEM.formatted(year, decimals).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(Object year, Object decimals) {
        try {
            read(year, decimals);
        } catch (DataFileException e) {
            return e.problems().stream().map(DataProblem::field).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void theReaderKeepsTheClosedRanges() {
        assertThat(read(1900, 0).year()).isEqualTo(1900);
        assertThat(read(2199, 10).indicator("F", "A").orElseThrow().decimals()).hasValue(10);
        assertThat(problems(1899, 0)).containsExactly("$.year");
        assertThat(problems(2200, 0)).containsExactly("$.year");
        assertThat(problems(2026, 11)).containsExactly("$.forms[0].indicators[0].decimals");
        assertThat(problems(2026, -1)).containsExactly("$.forms[0].indicators[0].decimals");
        // a broken indicator makes the form unusable but is reported once
        assertThat(problems(2026, "\"x\"")).containsExactly("$.forms[0].indicators[0].decimals");
    }
}
