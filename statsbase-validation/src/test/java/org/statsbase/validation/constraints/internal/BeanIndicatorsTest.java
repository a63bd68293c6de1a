package org.statsbase.validation.constraints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.constraints.Indicator;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Value;

/** Which properties (getter order is the JVM's, so compared as a set) of a bean are indicators, of which column type, and the values read from them. */
class BeanIndicatorsTest {

    /** A bean with one property of each kind the reader distinguishes. */
    public static class Bean {
        private BigInteger big = BigInteger.TEN.pow(20);
        private Long count = 3L;
        private Double ratio = 0.1;
        private Float nan = Float.NaN;
        private AtomicInteger atomic = new AtomicInteger(7);
        private boolean active = true;
        private LocalDate day = LocalDate.of(2024, 6, 30);
        private Integer size = 4;
        private BigDecimal amount = new BigDecimal("1.50");

        /** A getter that differs from its field: the getter is what is read. */
        public Long getCount() {
            return count * 2;
        }

        public boolean isActive() {
            return active;
        }

        /** Of another type than the field: not the field's getter. */
        public String getSize() {
            return "size";
        }

        public String getURL() {
            return "u";
        }

        public String getA() {
            return "a";
        }

        public String get() {
            return "not a property";
        }

        public Boolean is() {
            return Boolean.TRUE;
        }

        public String isText() {
            return "not a boolean";
        }

        public Boolean isOn() {
            return Boolean.FALSE;
        }

        @Indicator("TOTAL")
        public BigDecimal total() {
            return BigDecimal.ONE;
        }

        public BigDecimal other() {
            return BigDecimal.TEN;
        }
    }

    private static Map<String, ColumnType> columns(BeanIndicators indicators) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (Column c : indicators.schema().columns()) {
            columns.put(c.name(), c.type());
        }
        return columns;
    }

    @Test
    void propertiesAreFieldsThenGettersWithTheirColumnTypes() {
        BeanIndicators indicators = BeanIndicators.of(Bean.class);
        assertThat(columns(indicators)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("big", ColumnType.NUMBER),
                Map.entry("count", ColumnType.NUMBER),
                Map.entry("ratio", ColumnType.NUMBER),
                Map.entry("nan", ColumnType.NUMBER),
                Map.entry("atomic", ColumnType.NUMBER),
                Map.entry("active", ColumnType.BOOLEAN),
                Map.entry("day", ColumnType.DATE),
                Map.entry("size", ColumnType.NUMBER),
                Map.entry("amount", ColumnType.NUMBER),
                Map.entry("URL", ColumnType.TEXT),
                Map.entry("a", ColumnType.TEXT),
                Map.entry("on", ColumnType.BOOLEAN),
                Map.entry("TOTAL", ColumnType.NUMBER)));
        assertThat(indicators.property("TOTAL")).contains("total");
        assertThat(indicators.property("other")).isEmpty();
    }

    @Test
    void valuesAreReadThroughGettersElseFields() {
        BeanIndicators indicators = BeanIndicators.of(Bean.class);
        ColumnarDataset data = indicators.dataset(new Bean());
        assertThat(data.size()).isEqualTo(1);
        assertThat(value(indicators, data, "big")).isEqualTo(Value.of(new BigDecimal("100000000000000000000")));
        assertThat(value(indicators, data, "count")).isEqualTo(Value.of(6));
        assertThat(value(indicators, data, "ratio")).isEqualTo(Value.of(new BigDecimal("0.1")));
        assertThat(value(indicators, data, "nan")).isEqualTo(Value.missing());
        assertThat(value(indicators, data, "atomic")).isEqualTo(Value.of(7));
        assertThat(value(indicators, data, "active")).isEqualTo(Value.of(true));
        assertThat(value(indicators, data, "day")).isEqualTo(Value.of(LocalDate.of(2024, 6, 30)));
        assertThat(value(indicators, data, "size")).isEqualTo(Value.of(4));
        assertThat(value(indicators, data, "amount")).isEqualTo(Value.of(new BigDecimal("1.50")));
        assertThat(value(indicators, data, "URL")).isEqualTo(Value.of("u"));
        assertThat(value(indicators, data, "on")).isEqualTo(Value.of(false));
        assertThat(value(indicators, data, "TOTAL")).isEqualTo(Value.of(BigDecimal.ONE));
    }

    private static Value value(BeanIndicators indicators, ColumnarDataset data, String indicator) {
        return data.value(0, indicators.schema().indexOf(indicator).getAsInt());
    }
}
