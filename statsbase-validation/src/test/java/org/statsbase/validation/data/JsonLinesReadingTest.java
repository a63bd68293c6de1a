package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.period.Frequency;
import org.statsbase.validation.error.ValidationError;

class JsonLinesReadingTest {

    private static final DatasetReader BY_UNIT = DatasetReader.withKey("unit", "period");

    private static DatasetRead jsonl(DatasetReader reader, byte[] bytes) {
        return reader.readJsonLines(new ByteArrayInputStream(bytes), "t.jsonl");
    }

    private static DatasetRead jsonl(DatasetReader reader, String text) {
        return jsonl(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonTypesGiveColumnTypesAndNumbersStayExact() {
        Dataset data = jsonl(BY_UNIT, """
                {"unit": 91, "period": "2026-10", "B01": 0.1, "B02": "0123", "ok": true, "mix": 1, "none": null}
                {"unit": "X2", "period": "2026-10", "B01": 123456789012345678901234.56789, "B02": "", "ok": false, "mix": "a"}

                {"period": "2026-10", "unit": "X3", "extra": "late"}
                """).orElseThrow();
        assertThat(data.schema().columns()).containsExactly(Column.of("unit", ColumnType.TEXT),
                Column.of("period", ColumnType.TEXT), Column.of("B01", ColumnType.NUMBER),
                Column.of("B02", ColumnType.TEXT), Column.of("ok", ColumnType.BOOLEAN),
                Column.of("mix", ColumnType.TEXT), Column.of("none", ColumnType.NUMBER),
                Column.of("extra", ColumnType.TEXT));
        assertThat(data.key(0)).isEqualTo(new RecordKey(List.of("unit", "period"), List.of("91", "2026-10")));
        assertThat(data.value(0, 2)).isEqualTo(Value.of(new BigDecimal("0.1")));
        assertThat(data.value(1, 2)).isEqualTo(Value.of(new BigDecimal("123456789012345678901234.56789")));
        assertThat(data.value(0, 3)).isEqualTo(Value.of("0123"));
        assertThat(data.value(1, 3).isMissing()).isTrue();
        assertThat(data.value(0, 5)).isEqualTo(Value.of("1"));
        assertThat(data.value(2, 2).isMissing()).isTrue();
        assertThat(data.value(2, 7)).isEqualTo(Value.of("late"));
        assertThat(data.find(new RecordKey(List.of("period", "unit"), List.of("2026-10", "X3")))).hasValue(2);
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("\uFEFF{\"unit\":\"A\",\"period\":\"P\",\"B01\":1}\r\n"
                + "{\"unit\":\"B\",\"period\":\"P\",\"B01\":2\n"
                + "[1,2]\n"
                + "{\"unit\":\"C\",\"period\":\"P\",\"B01\":{\"x\":1}}\n"
                + "{\"unit\":\"D\",\"B01\":4}\n"
                + "{\"unit\":\"E\",\"period\":\"P\",\"\":5}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'u', 'n', 'i', 't', '"', ':', '"', (byte) 0xE4, (byte) 0xB8, '"', '}', '\n'});
        bytes.writeBytes(("{\"unit\":\"F\",\"period\":\"P\",\"B01\":\"many\"}\n"
                + "{\"unit\":\"G\",\"period\":\"P\",\"B01\":\"7.5\"}\n"
                + "{\"unit\":\"H\",\"period\":\"P\",\"unit\":\"H\"}\n"
                + "{\"unit\":\"I\",\"period\":\"P\"} trailing").getBytes(StandardCharsets.UTF_8));
        DatasetRead read = jsonl(BY_UNIT.withType("B01", ColumnType.NUMBER), bytes.toByteArray());
        assertThat(read.problems()).extracting(ReadProblem::line, ReadProblem::column, ReadProblem::error)
                .containsExactly(
                        tuple(2L, "", ValidationError.DATA_BROKEN_JSON),
                        tuple(3L, "", ValidationError.DATA_NOT_JSON_OBJECT),
                        tuple(4L, "B01", ValidationError.DATA_NOT_SCALAR),
                        tuple(5L, "period", ValidationError.DATA_KEY_MISSING),
                        tuple(6L, "", ValidationError.DATA_BLANK_FIELD_NAME),
                        tuple(7L, "", ValidationError.DATA_NOT_UTF8),
                        tuple(8L, "B01", ValidationError.DATA_BAD_CELL),
                        tuple(10L, "", ValidationError.DATA_BROKEN_JSON),
                        tuple(11L, "", ValidationError.DATA_BROKEN_JSON));
        assertThat(read.accepted().size()).isEqualTo(2);
        assertThat(read.accepted().value(1, 2)).isEqualTo(Value.of(new BigDecimal("7.5")));
        assertThat(read.problems().get(1).messageEn()).isEqualTo("the line is not a JSON object but array");
    }

    /** Found by fuzzing (issue 8): such a number made Jackson throw a raw NumberFormatException. */
    @Test
    void aNumberNoBigDecimalHoldsIsABrokenLineNotARawException() {
        DatasetRead read = jsonl(BY_UNIT, "{\"unit\":\"A\",\"period\":\"P\",\"B01\":1e3" + "9".repeat(40) + "}\n"
                + "{\"unit\":\"B\",\"period\":\"P\",\"B01\":1}\n");
        assertThat(read.problems()).extracting(ReadProblem::line, ReadProblem::column, ReadProblem::error)
                .containsExactly(tuple(1L, "", ValidationError.DATA_BROKEN_JSON));
        assertThat(read.accepted().size()).isEqualTo(1);
    }

    @Test
    void aFormDefinitionGivesTheTypes(@TempDir Path dir) throws IOException {
        ReportForm form = ReportForm.of("B204-1", "工业企业月报", Frequency.MONTHLY, List.of(
                Indicator.of("B01", "营业收入", IndicatorType.NUMBER),
                Indicator.of("C01", "行业代码", IndicatorType.CODE),
                Indicator.of("D01", "开业日期", IndicatorType.DATE),
                Indicator.of("E01", "是否新增", IndicatorType.BOOLEAN)));
        Path file = dir.resolve("b204.jsonl");
        Files.writeString(file, """
                {"unit":"U1","period":"2026-10","B01":"12.50","C01":1311,"D01":"2001-02-03","E01":"是"}
                {"unit":"U2","period":"2026-10","B01":3,"C01":"0610","D01":null,"E01":false}
                """);
        Dataset data = BY_UNIT.withForm(form).readJsonLines(file).orElseThrow();
        assertThat(data.schema().column("B01")).contains(Column.of("B01", ColumnType.NUMBER));
        assertThat(data.schema().column("C01")).contains(Column.of("C01", ColumnType.TEXT));
        assertThat(data.value(0, 2)).isEqualTo(Value.of(new BigDecimal("12.5")));
        assertThat(data.value(0, 3)).isEqualTo(Value.of("1311"));
        assertThat(data.value(0, 4)).isEqualTo(Value.of(LocalDate.of(2001, 2, 3)));
        assertThat(data.value(0, 5)).isEqualTo(Value.of(true));
        assertThat(data.value(1, 5)).isEqualTo(Value.of(false));
        assertThat(data.value(1, 4).isMissing()).isTrue();
    }

    @Test
    void aMissingFileIsUnreadableAndAnEmptyOneHasNoRecords(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> BY_UNIT.readJsonLines(dir.resolve("none.jsonl")))
                .isInstanceOf(DatasetReadException.class).hasMessageContaining("SB-VAL-0501");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");
        DatasetRead read = BY_UNIT.readJsonLines(empty);
        assertThat(read.isClean()).isTrue();
        assertThat(read.accepted().size()).isZero();
        assertThat(read.accepted().schema().keyColumns()).containsExactly("unit", "period");
    }

    @Test
    void builtValuesWrittenAsJsonLinesReadBack() {
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT), Column.of("period", ColumnType.TEXT),
                Column.of("B01", ColumnType.NUMBER), Column.of("ok", ColumnType.BOOLEAN),
                Column.of("day", ColumnType.DATE)), List.of("unit", "period"));
        ColumnarDataset built = ColumnarDataset.builder(schema)
                .add(Value.of("007"), Value.of("2026-10"), Value.of(new BigDecimal("-0.00001")), Value.of(true),
                        Value.of(LocalDate.of(2026, 10, 31)))
                .add(Value.of("\"q\" 单位"), Value.of("2026-10"), Value.missing(), Value.missing(), Value.missing())
                .build();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < built.size(); r++) {
            com.fasterxml.jackson.databind.node.ObjectNode line = mapper.createObjectNode();
            for (int c = 0; c < schema.size(); c++) {
                Value v = built.value(r, c);
                String name = schema.columns().get(c).name();
                if (v instanceof Value.Number n) {
                    line.put(name, n.value());
                } else if (v instanceof Value.Bool b) {
                    line.put(name, b.value());
                } else if (!v.isMissing()) {
                    line.put(name, v.render());
                } else {
                    line.putNull(name);
                }
            }
            text.append(line).append('\n');
        }
        Dataset read = jsonl(BY_UNIT.withType("day", ColumnType.DATE), text.toString()).orElseThrow();
        assertThat(read.schema()).isEqualTo(schema);
        for (int r = 0; r < built.size(); r++) {
            assertThat(read.key(r)).isEqualTo(built.key(r));
            for (int c = 0; c < schema.size(); c++) {
                assertThat(read.value(r, c)).isEqualTo(built.value(r, c));
            }
        }
    }
}
