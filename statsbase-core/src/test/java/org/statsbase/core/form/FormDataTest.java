package org.statsbase.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.period.ReportingPeriod;

/** Form data keyed by unit, period and form, with missing values (DESIGN.md, Core vocabulary). */
class FormDataTest {

    private static final SurveySystem SYSTEM = SurveySystemTest.resource("sample-survey-system.json");
    private static final ReportForm B204 = SYSTEM.form("B204-1").orElseThrow();
    private static final ReportingPeriod OCTOBER = ReportingPeriod.parse("2026-10");
    private static final String UNIT = "914403001922038216";

    @Test
    void keyAndValues() {
        FormData data = FormData.of(B204, UNIT, OCTOBER,
                Map.of("b01", FormValue.of(new BigDecimal("1234.5")), "B04", FormValue.of("C1311")));
        assertThat(data.unitId()).isEqualTo(UNIT);
        assertThat(data.period()).isEqualTo(OCTOBER);
        assertThat(data.formId()).isEqualTo("B204-1");
        assertThat(data.value("B01").decimal()).contains(new BigDecimal("1234.5"));
        assertThat(data.value("B04").text()).contains("C1311");
        assertThat(data.value("B02").isMissing()).isTrue();
        assertThat(data.value("B02")).isEqualTo(FormValue.missing());
        assertThat(data.value("nonexistent").isMissing()).isTrue();
    }

    @Test
    void missingIsNeitherZeroNorEmptyText() {
        assertThat(FormValue.missing()).isNotEqualTo(FormValue.of(BigDecimal.ZERO)).isNotEqualTo(FormValue.of(""));
        assertThat(FormValue.missing().decimal()).isEmpty();
        assertThat(FormValue.missing().text()).isEmpty();
        assertThat(FormValue.of("").isMissing()).isFalse();
    }

    @Test
    void explicitMissingEqualsLeftOut() {
        Map<String, FormValue> values = new LinkedHashMap<>();
        values.put("B01", FormValue.of(BigDecimal.ONE));
        values.put("B02", FormValue.missing());
        assertThat(FormData.of(UNIT, OCTOBER, "B204-1", values))
                .isEqualTo(FormData.of(UNIT, OCTOBER, "b204-1", Map.of("B01", FormValue.of(BigDecimal.ONE))));
    }

    @Test
    void numbersAreEqualByValueNotScale() {
        assertThat(FormValue.of(new BigDecimal("1.0"))).isEqualTo(FormValue.of(new BigDecimal("1.00")))
                .hasSameHashCodeAs(FormValue.of(new BigDecimal("1.00")));
        assertThat(FormValue.of(new BigDecimal("0.0"))).hasSameHashCodeAs(FormValue.of(BigDecimal.ZERO));
        assertThat(FormValue.of(new BigDecimal("1.10")).decimal()).contains(new BigDecimal("1.10"));
    }

    @Test
    void checkedAgainstTheForm() {
        assertThatThrownBy(() -> FormData.of(B204, UNIT, ReportingPeriod.parse("2026Q3"), Map.of()))
                .hasMessageContaining("SB-CORE-1110");
        assertThatThrownBy(() -> FormData.of(B204, UNIT, OCTOBER, Map.of("B99", FormValue.of(BigDecimal.ONE))))
                .hasMessageContaining("SB-CORE-1111").hasMessageContaining("B99");
        assertThatThrownBy(() -> FormData.of(B204, UNIT, OCTOBER, Map.of("B01", FormValue.of("many"))))
                .hasMessageContaining("SB-CORE-1112");
        assertThatThrownBy(() -> FormData.of(B204, UNIT, OCTOBER,
                Map.of("B03", FormValue.of(new BigDecimal("2.5"))))).hasMessageContaining("SB-CORE-1112");
        assertThat(FormData.of(B204, UNIT, OCTOBER, Map.of("B03", FormValue.of(new BigDecimal("25.00"))))
                .value("B03").decimal()).contains(new BigDecimal("25.00"));
        assertThatThrownBy(() -> FormData.of(B204, UNIT, OCTOBER, Map.of("B04", FormValue.of(BigDecimal.TEN))))
                .hasMessageContaining("SB-CORE-1112");

        ReportForm b101 = SYSTEM.form("B101").orElseThrow();
        ReportingPeriod year = ReportingPeriod.parse("2026");
        assertThat(FormData.of(b101, UNIT, year, Map.of("01", FormValue.of("2003-05-01"), "02", FormValue.of("true")))
                .values()).hasSize(2);
        assertThatThrownBy(() -> FormData.of(b101, UNIT, year, Map.of("01", FormValue.of("2003-02-30"))))
                .hasMessageContaining("SB-CORE-1112");
        assertThatThrownBy(() -> FormData.of(b101, UNIT, year, Map.of("02", FormValue.of("是"))))
                .hasMessageContaining("SB-CORE-1112");
    }

    @Test
    void blankKeysAreRefused() {
        assertThatThrownBy(() -> FormData.of(" ", OCTOBER, "B204-1", Map.of())).hasMessageContaining("SB-CORE-1108");
        assertThatThrownBy(() -> FormData.of(UNIT, OCTOBER, "", Map.of())).hasMessageContaining("SB-CORE-1108");
        assertThatThrownBy(() -> FormData.of(UNIT, OCTOBER, "B204-1", Map.of(" ", FormValue.of("x"))))
                .hasMessageContaining("SB-CORE-1108");
    }

    /** An absurd number is rendered short in the message and in toString, never as a billion digits. */
    @Test
    void anAbsurdNumberInTheWrongPlaceGivesAShortMessage() {
        FormValue absurd = FormValue.of(new BigDecimal("1e999999999"));
        assertThat(absurd.toString()).isEqualTo("1E+999999999");
        assertThat(FormValue.of(new BigDecimal("1234.50")).toString()).isEqualTo("1234.50");
        assertThatThrownBy(() -> FormData.of(B204, UNIT, OCTOBER, Map.of("B04", absurd)))
                .isInstanceOfSatisfying(org.statsbase.core.error.StatsbaseException.class,
                        e -> assertThat(e.getMessage()).contains("1E+999999999").hasSizeLessThan(300));
    }
}
