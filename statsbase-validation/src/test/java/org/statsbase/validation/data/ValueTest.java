package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void numbersCompareByValue() {
        assertThat(Value.of(new BigDecimal("1.0"))).isEqualTo(Value.of(new BigDecimal("1.00")))
                .hasSameHashCodeAs(Value.of(BigDecimal.ONE));
        assertThat(Value.of(new BigDecimal("0.00"))).isEqualTo(Value.of(0)).hasSameHashCodeAs(Value.of(0));
        assertThat(Value.of(new BigDecimal("1.5"))).isNotEqualTo(Value.of(new BigDecimal("1.50001")));
    }

    @Test
    void missingIsNotAnEmptyText() {
        assertThat(Value.missing().isMissing()).isTrue();
        assertThat(Value.of("").isMissing()).isFalse();
        assertThat(Value.missing().render()).isEqualTo("NA");
        assertThat(Value.of("007").render()).isEqualTo("007");
    }

    @Test
    void absurdNumbersRenderShort() {
        assertThat(Value.of(new BigDecimal("1e999999999")).render()).hasSizeLessThan(30);
        assertThat(Value.of(new BigDecimal("1e-999999999")).render()).hasSizeLessThan(30);
        assertThat(Value.of(new BigDecimal("1234.5600")).render()).isEqualTo("1234.5600");
    }

    @Test
    void schemasRefuseRepeatedColumnsAndUnknownKeys() {
        Column b01 = Column.of("B01", ColumnType.NUMBER);
        assertThatThrownBy(() -> Schema.of(List.of(b01, b01), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schema.of(List.of(b01), List.of("unit"))).isInstanceOf(IllegalArgumentException.class);
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT), b01), List.of("unit"));
        assertThat(schema.indexOf("B01")).hasValue(1);
        assertThat(schema.column("B02")).isEmpty();
    }

    @Test
    void recordKeysPrintAsColumnEqualsValue() {
        RecordKey key = new RecordKey(List.of("unit", "period"), List.of("L-1", "2026-10"));
        assertThat(key).hasToString("unit=L-1, period=2026-10").isEqualTo(
                new RecordKey(List.of("unit", "period"), List.of("L-1", "2026-10")));
        assertThatThrownBy(() -> new RecordKey(List.of("unit"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
