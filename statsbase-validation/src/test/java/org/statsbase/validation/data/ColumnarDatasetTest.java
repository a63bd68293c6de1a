package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.error.ValidationError;

class ColumnarDatasetTest {

    private static final Schema UNITS = Schema.of(List.of(
            Column.of("unit", ColumnType.TEXT), Column.of("period", ColumnType.TEXT),
            Column.of("B01", ColumnType.NUMBER), Column.of("open", ColumnType.BOOLEAN),
            Column.of("since", ColumnType.DATE)), List.of("unit", "period"));

    private static ColumnarDataset units() {
        return ColumnarDataset.builder(UNITS)
                .add(Value.of("U1"), Value.of("2026-10"), Value.of(new BigDecimal("120.50")), Value.of(true),
                        Value.of(LocalDate.of(2001, 2, 3)))
                .add(Value.of("U2"), Value.of("2026-10"), Value.missing(), Value.missing(), Value.missing())
                .add(Value.of("U1"), Value.of("2026-09"), Value.of(-7), Value.of(false), Value.of(LocalDate.MIN))
                .build();
    }

    @Test
    void valuesReadBackAsBuilt() {
        ColumnarDataset data = units();
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.schema()).isEqualTo(UNITS);
        assertThat(data.value(0, 2)).isEqualTo(Value.of(new BigDecimal("120.5")));
        assertThat(data.value(0, 2).render()).isEqualTo("120.5");
        assertThat(data.value(0, 3)).isEqualTo(Value.of(true));
        assertThat(data.value(0, 4)).isEqualTo(Value.of(LocalDate.of(2001, 2, 3)));
        assertThat(data.value(2, 2).render()).isEqualTo("-7");
        assertThat(data.value(2, 4)).isEqualTo(Value.of(LocalDate.MIN));
        for (int c = 2; c < 5; c++) {
            assertThat(data.value(1, c).isMissing()).isTrue();
            assertThat(data.isMissing(1, c)).isTrue();
            assertThat(data.isMissing(0, c)).isFalse();
        }
        assertThat(data.key(2)).isEqualTo(new RecordKey(List.of("unit", "period"), List.of("U1", "2026-09")));
        assertThatThrownBy(() -> data.value(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void textCellsAreReadByDictionaryId() {
        Schema schema = Schema.of(List.of(Column.of("t", ColumnType.TEXT), Column.of("n", ColumnType.NUMBER)),
                List.of());
        List<Value> texts = List.of(Value.of("甲乙"), Value.missing(), Value.of("ab"), Value.of("甲乙"),
                Value.of("\uD835\uDD38x"), Value.of(""));
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        texts.forEach(t -> builder.add(t, Value.of(1)));
        ColumnarDataset data = builder.build();
        assertThat(data.distinctTexts(0)).isEqualTo(4);
        for (int row = 0; row < texts.size(); row++) {
            int id = data.textId(row, 0);
            if (texts.get(row).isMissing()) {
                assertThat(id).isEqualTo(-1);
                continue;
            }
            String text = ((Value.Text) texts.get(row)).value();
            assertThat(data.dictionaryText(0, id)).isEqualTo(text);
            assertThat(data.dictionaryTextLength(0, id)).isEqualTo(text.codePointCount(0, text.length()));
        }
        assertThat(data.textId(3, 0)).isEqualTo(data.textId(0, 0));
        assertThatThrownBy(() -> data.textId(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.dictionaryText(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> data.textId(6, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void numbersThatDoNotFitFourDecimalsOrFourteenDigitsAreKeptExactly() {
        Schema schema = Schema.of(List.of(Column.of("x", ColumnType.NUMBER)), List.of());
        List<String> texts = List.of("0.12345", "1e20", "-99999999999999.9999", "99999999999999.9999",
                "100000000000000", "0.00001", "1.23450000", "-922337203685477.5808", "1e-30", "1e999999999", "0");
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        texts.forEach(t -> builder.add(Value.of(new BigDecimal(t))));
        ColumnarDataset data = builder.build();
        for (int r = 0; r < texts.size(); r++) {
            BigDecimal expected = new BigDecimal(texts.get(r));
            BigDecimal actual = ((Value.Number) data.value(r, 0)).value();
            assertThat(actual.compareTo(expected)).as(texts.get(r)).isZero();
            long scaled = data.scaledNumber(r, 0);
            if (scaled != ColumnarDataset.NO_SCALED_VALUE) {
                assertThat(BigDecimal.valueOf(scaled, ColumnarDataset.SCALE).compareTo(expected)).isZero();
            }
        }
        assertThat(data.scaledNumber(0, 0)).isEqualTo(ColumnarDataset.NO_SCALED_VALUE);
        assertThat(data.scaledNumber(2, 0)).isEqualTo(-999_999_999_999_999_999L);
        assertThat(data.scaledNumber(6, 0)).isEqualTo(12_345L);
        assertThat(data.scaledNumber(10, 0)).isZero();
    }

    @Test
    void scaledNumbersAreForNumberColumnsOnly() {
        assertThatThrownBy(() -> units().scaledNumber(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit");
        assertThat(units().scaledNumber(1, 2)).isEqualTo(ColumnarDataset.NO_SCALED_VALUE);
        assertThat(units().scaledNumber(0, 2)).isEqualTo(1_205_000L);
    }

    @Test
    void keysAreFoundInAnyColumnOrderAndRepeatedKeysGiveTheFirstRecord() {
        ColumnarDataset data = units();
        assertThat(data.find(new RecordKey(List.of("period", "unit"), List.of("2026-09", "U1")))).hasValue(2);
        assertThat(data.find(new RecordKey(List.of("unit", "period"), List.of("U2", "2026-10")))).hasValue(1);
        assertThat(data.find(new RecordKey(List.of("unit", "period"), List.of("U3", "2026-10")))).isEmpty();
        assertThat(data.repeatedKeys()).isZero();
        assertThatThrownBy(() -> data.find(RecordKey.of("unit", "U1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.find(new RecordKey(List.of("unit", "B01"), List.of("U1", "1"))))
                .isInstanceOf(IllegalArgumentException.class);

        Schema keyed = Schema.of(List.of(Column.of("id", ColumnType.TEXT), Column.of("x", ColumnType.NUMBER)),
                List.of("id"));
        ColumnarDataset twice = ColumnarDataset.builder(keyed).add(Value.of("a"), Value.of(1))
                .add(Value.of("b"), Value.of(2)).add(Value.of("a"), Value.of(3)).add(Value.of("a"), Value.of(4))
                .build();
        assertThat(twice.find(RecordKey.of("id", "a"))).hasValue(0);
        assertThat(twice.repeatedKeys()).isEqualTo(2);
    }

    @Test
    void numericKeysAreFoundByValue() {
        Schema schema = Schema.of(List.of(Column.of("n", ColumnType.NUMBER)), List.of("n"));
        ColumnarDataset data = ColumnarDataset.builder(schema).add(Value.of(new BigDecimal("7.00")))
                .add(Value.of(100)).build();
        assertThat(data.key(0).values()).containsExactly("7");
        assertThat(data.find(RecordKey.of("n", "7.0"))).hasValue(0);
        assertThat(data.find(RecordKey.of("n", "100"))).hasValue(1);
        assertThat(data.find(RecordKey.of("n", "1e2"))).isEmpty();
    }

    @Test
    void withoutKeyColumnsNothingIsFound() {
        Schema schema = Schema.of(List.of(Column.of("x", ColumnType.NUMBER)), List.of());
        ColumnarDataset data = ColumnarDataset.builder(schema).add(Value.of(1)).build();
        assertThat(data.find(new RecordKey(List.of(), List.of()))).isEmpty();
        assertThat(data.key(0).columns()).isEmpty();
    }

    @Test
    void theBuilderRefusesWrongRecordsAndIsSpentByBuild() {
        ColumnarDataset.Builder builder = ColumnarDataset.builder(UNITS);
        assertThatThrownBy(() -> builder.add(Value.of("U1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(Value.of("U1"), Value.of("P"), Value.of("120"), Value.missing(),
                Value.missing())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B01");
        assertThatThrownBy(() -> builder.add(Value.missing(), Value.of("P"), Value.missing(), Value.missing(),
                Value.missing())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThat(builder.size()).isZero();
        Value[] row = {Value.of("U1"), Value.of("P"), Value.of(1), Value.missing(), Value.missing()};
        builder.add(row);
        row[2] = Value.of(2);
        ColumnarDataset data = builder.build();
        assertThat(data.value(0, 2)).isEqualTo(Value.of(1));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.add(row)).isInstanceOf(IllegalStateException.class);
        assertThat(data.size()).isEqualTo(1);
        assertThatThrownBy(() -> data.schema().columns().add(Column.of("y", ColumnType.TEXT)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.key(0).values().set(0, "U9")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapsGiveTheirTypes() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("unit", "0012");
        first.put("B01", new BigDecimal("1.25"));
        first.put("B02", 3);
        first.put("B03", 0.1d);
        first.put("flag", true);
        first.put("day", LocalDate.of(2026, 1, 31));
        first.put("empty", null);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("unit", "0013");
        second.put("B02", Value.of(4));
        second.put("note", "text");
        ColumnarDataset data = ColumnarDataset.fromMaps("units", List.of(first, second), List.of("unit"));
        assertThat(data.schema().columns()).containsExactly(Column.of("unit", ColumnType.TEXT),
                Column.of("B01", ColumnType.NUMBER), Column.of("B02", ColumnType.NUMBER),
                Column.of("B03", ColumnType.NUMBER), Column.of("flag", ColumnType.BOOLEAN),
                Column.of("day", ColumnType.DATE), Column.of("empty", ColumnType.NUMBER),
                Column.of("note", ColumnType.TEXT));
        assertThat(data.value(0, 3)).isEqualTo(Value.of(new BigDecimal("0.1")));
        assertThat(data.value(1, 2)).isEqualTo(Value.of(4));
        assertThat(data.value(1, 1).isMissing()).isTrue();
        assertThat(data.find(RecordKey.of("unit", "0013"))).hasValue(1);
        assertThatThrownBy(() -> ColumnarDataset.fromMaps("x", List.of(Map.of("a", new Object())), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnarDataset.fromMaps("x", List.of(Map.of("a", Double.NaN)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBadMapIsReportedWithItsPosition() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of("unit", "A", "B01", 1));
        rows.add(Map.of("unit", "B", "B01", "many"));
        rows.add(Map.of("B01", 2));
        rows.add(Map.of("unit", "D", "B01", 3));
        assertThatThrownBy(() -> ColumnarDataset.fromMaps("units", rows, List.of("unit")))
                .isInstanceOfSatisfying(DatasetReadException.class, e -> {
                    assertThat(e.problems()).extracting(ReadProblem::line, ReadProblem::error).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, ValidationError.DATA_BAD_CELL),
                            org.assertj.core.groups.Tuple.tuple(3L, ValidationError.DATA_KEY_MISSING));
                    assertThat(e.code()).isEqualTo("SB-VAL-0501");
                    assertThat(e.source()).isEqualTo("units");
                });
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT)), List.of("unit"));
        assertThatThrownBy(() -> ColumnarDataset.fromMaps("units", schema, List.of(Map.of("unit", "A", "B09", 1))))
                .isInstanceOfSatisfying(DatasetReadException.class, e -> assertThat(e.problems())
                        .extracting(ReadProblem::error).containsExactly(ValidationError.DATA_UNKNOWN_FIELD));
    }

    record Unit(String unit, BigDecimal revenue, Integer staff, boolean open) {
    }

    @Test
    void recordsGiveOneColumnPerComponent() {
        ColumnarDataset data = ColumnarDataset.fromRecords("units", List.of(
                new Unit("U1", new BigDecimal("10.5"), 3, true), new Unit("U2", null, null, false)), List.of("unit"));
        assertThat(data.schema().columns()).extracting(Column::name).containsExactly("unit", "revenue", "staff", "open");
        assertThat(data.schema().column("open")).contains(Column.of("open", ColumnType.BOOLEAN));
        assertThat(data.value(0, 1)).isEqualTo(Value.of(new BigDecimal("10.5")));
        assertThat(data.value(1, 2).isMissing()).isTrue();
        assertThat(data.find(RecordKey.of("unit", "U2"))).hasValue(1);
    }

    /**
     * The memory target (1 million records × 30 numeric columns in at most 260 MB, keys aside): the bytes
     * a numeric cell takes, from the arrays the dataset actually holds, projected to that size. Values are
     * amounts of up to 4 decimals below 10^12, the kind the target is about.
     */
    @Test
    void aNumericCellTakesEightBytes() {
        int rows = 20_000;
        int columns = 30;
        List<Column> schema = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            schema.add(Column.of("B" + c, ColumnType.NUMBER));
        }
        ColumnarDataset.Builder builder = ColumnarDataset.builder(Schema.of(schema, List.of()));
        Random random = new Random(7);
        Value[] row = new Value[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(20) == 0 ? Value.missing()
                        : Value.of(BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_0000L, 4));
            }
            builder.add(row);
        }
        ColumnarDataset data = builder.build();
        double perCell = (double) data.estimatedNumberBytes() / ((long) rows * columns);
        assertThat(perCell).isBetween(8.0, 8.01);
        double projected = perCell * 1_000_000 * columns + 1024;
        assertThat(projected).isLessThanOrEqualTo(260.0 * 1024 * 1024);
        assertThat(data.estimatedBytes()).isGreaterThanOrEqualTo(data.estimatedNumberBytes());
    }

    @Test
    void readsFromManyThreadsSeeTheSameValues() {
        int rows = 5_000;
        Schema schema = Schema.of(List.of(Column.of("id", ColumnType.TEXT), Column.of("x", ColumnType.NUMBER)),
                List.of("id"));
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        for (int r = 0; r < rows; r++) {
            builder.add(Value.of("U" + r), Value.of(BigDecimal.valueOf(r, 2)));
        }
        ColumnarDataset data = builder.build();
        Map<Integer, Value> sequential = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            sequential.put(r, data.value(r, 1));
        }
        assertThat(IntStream.range(0, rows * 4).parallel().allMatch(i -> {
            int r = i % rows;
            return data.value(r, 1).equals(sequential.get(r))
                    && data.find(RecordKey.of("id", "U" + r)).getAsInt() == r;
        })).isTrue();
    }
}
