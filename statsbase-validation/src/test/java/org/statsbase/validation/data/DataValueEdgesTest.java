package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges of values, schemas, cells and key texts that the mutation run found unchecked. */
class DataValueEdgesTest {

    @Test
    void numbersRenderPlainOnlyInsideTheExponentAndScaleWindow() {
        assertThat(Value.of(new BigDecimal("1E+38")).render()).isEqualTo("100000000000000000000000000000000000000");
        assertThat(Value.of(new BigDecimal("1E+39")).render()).isEqualTo("1E+39");
        assertThat(Value.of(new BigDecimal("1E-20")).render()).isEqualTo("0.00000000000000000001");
        assertThat(Value.of(new BigDecimal("1E-21")).render()).isEqualTo("1E-21");
        String scale39 = "0.1" + "0".repeat(38);
        assertThat(Value.of(new BigDecimal(scale39)).render()).isEqualTo(scale39);
        assertThat(Value.of(new BigDecimal(scale39 + "0")).render()).isEqualTo("0.1000000000000000");
    }

    @Test
    void differentNumbersUsuallyHashDifferently() {
        assertThat(Value.of(1).hashCode()).isNotEqualTo(Value.of(2).hashCode());
        assertThat(Value.of(new BigDecimal("2.50")).hashCode()).isEqualTo(Value.of(new BigDecimal("2.5")).hashCode());
    }

    @Test
    void schemasAreEqualOnlyWithTheSameColumnsAndKey() {
        Column unit = Column.of("unit", ColumnType.TEXT);
        Column b01 = Column.of("B01", ColumnType.NUMBER);
        Schema keyed = Schema.of(List.of(unit, b01), List.of("unit"));
        assertThat(keyed).isEqualTo(Schema.of(List.of(unit, b01), List.of("unit")))
                .hasSameHashCodeAs(Schema.of(List.of(unit, b01), List.of("unit")))
                .isNotEqualTo(Schema.of(List.of(unit, b01), List.of()))
                .isNotEqualTo(Schema.of(List.of(unit), List.of("unit")))
                .isNotEqualTo("unit");
        assertThat(keyed.hashCode()).isNotEqualTo(Schema.of(List.of(unit, b01), List.of()).hashCode());
        assertThat(keyed.toString()).contains("unit", "B01", "key");
    }

    @Test
    void datesAreExactlyTenCharacterIsoDates() {
        assertThat(Cells.date("2026-10-31")).hasValue(LocalDate.of(2026, 10, 31));
        assertThat(Cells.date("+10000-01-01")).isEmpty();
        assertThat(Cells.date("2026-02-30")).isEmpty();
        assertThat(Cells.date("2026/10/31")).isEmpty();
    }

    @Test
    void numberKeysCompareByValueAndPrintWithoutTrailingZeros() {
        Schema schema = Schema.of(List.of(Column.of("code", ColumnType.NUMBER), Column.of("name", ColumnType.TEXT)),
                List.of("code"));
        ColumnarDataset data = ColumnarDataset.builder(schema)
                .add(Value.of(new BigDecimal("1E+2")), Value.of("a"))
                .add(Value.of(new BigDecimal("120.50")), Value.of("b"))
                .add(Value.of(new BigDecimal("0.00")), Value.of("c"))
                .add(Value.of(new BigDecimal("100.0")), Value.of("d"))
                .add(Value.of(new BigDecimal("1E+45")), Value.of("e"))
                .build();
        assertThat(data.key(0).values()).containsExactly("100");
        assertThat(data.key(1).values()).containsExactly("120.5");
        assertThat(data.key(2).values()).containsExactly("0");
        assertThat(data.key(3).values()).containsExactly("100");
        assertThat(data.key(4).values()).containsExactly("1E+45");
        assertThat(data.repeatedKeys()).isEqualTo(1);
        assertThat(data.find(new RecordKey(List.of("code"), List.of("100.00")))).hasValue(0);
        assertThat(data.find(new RecordKey(List.of("code"), List.of("120.5")))).hasValue(1);
        assertThat(data.toString()).contains("5 records", "code");
    }

    @Test
    void textAndOtherKeysPrintTheirValues() {
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT), Column.of("since", ColumnType.DATE),
                Column.of("open", ColumnType.BOOLEAN)), List.of("unit", "since", "open"));
        ColumnarDataset data = ColumnarDataset.builder(schema)
                .add(List.of(Value.of("U1"), Value.of(LocalDate.of(2001, 2, 3)), Value.of(true)))
                .build();
        assertThat(data.key(0).values()).containsExactly("U1", "2001-02-03", Value.of(true).render());
        assertThat(data.repeatedKeys()).isZero();
    }

    @Test
    void mapsTakeEveryJavaNumberTypeAndNameTheBadRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("a", new BigInteger("12345678901234567890"));
        row.put("b", (short) 7);
        row.put("c", (byte) -3);
        row.put("d", 2.5f);
        row.put("e", 0.1d);
        row.put("f", Value.of("x"));
        row.put("g", 42);
        row.put("h", new BigDecimal("1.50"));
        ColumnarDataset data = ColumnarDataset.fromMaps("units", List.of(row), List.of());
        Schema schema = data.schema();
        assertThat(data.value(0, schema.indexOf("a").getAsInt())).isEqualTo(Value.of(new BigDecimal("12345678901234567890")));
        assertThat(data.value(0, schema.indexOf("b").getAsInt())).isEqualTo(Value.of(7));
        assertThat(data.value(0, schema.indexOf("c").getAsInt())).isEqualTo(Value.of(-3));
        assertThat(data.value(0, schema.indexOf("d").getAsInt())).isEqualTo(Value.of(new BigDecimal("2.5")));
        assertThat(data.value(0, schema.indexOf("e").getAsInt())).isEqualTo(Value.of(new BigDecimal("0.1")));
        assertThat(data.value(0, schema.indexOf("f").getAsInt())).isEqualTo(Value.of("x"));
        assertThat(data.value(0, schema.indexOf("g").getAsInt())).isEqualTo(Value.of(42));
        assertThat(data.value(0, schema.indexOf("h").getAsInt())).isEqualTo(Value.of(new BigDecimal("1.5")));
        assertThat(schema.column("f").orElseThrow().type()).isEqualTo(ColumnType.TEXT);

        List<Map<String, Object>> rows = List.of(Map.of("a", 1), Map.of("a", Double.NaN));
        assertThatThrownBy(() -> ColumnarDataset.fromMaps("units", rows, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2").hasMessageContaining("a");
    }

    @Test
    void theBuilderCountsRecordsAndNamesTheRecordWithAMissingKey() {
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT), Column.of("B01", ColumnType.NUMBER)),
                List.of("unit"));
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        assertThat(builder.size()).isZero();
        builder.add(Value.of("U1"), Value.of(1)).add(List.of(Value.of("U2"), Value.missing()));
        assertThat(builder.size()).isEqualTo(2);
        assertThatThrownBy(() -> builder.add(Value.missing(), Value.of(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record 3");
        assertThat(ColumnarDataset.builder(schema).add(Value.of("U1"), Value.of(1)).build().estimatedBytes())
                .isLessThan(ColumnarDataset.builder(schema).add(Value.of("U1"), Value.of(1))
                        .add(Value.of("U2"), Value.of(new BigDecimal("0.123456789"))).build().estimatedBytes());
    }
}
