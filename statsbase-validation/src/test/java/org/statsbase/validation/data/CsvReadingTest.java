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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.period.Frequency;
import org.statsbase.validation.error.ValidationError;

class CsvReadingTest {

    private static final DatasetReader BY_UNIT = DatasetReader.withKey("unit");

    static DatasetRead csv(DatasetReader reader, String text) {
        return reader.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    static DatasetRead csv(DatasetReader reader, byte[] bytes) {
        return reader.readCsv(new ByteArrayInputStream(bytes), "t.csv");
    }

    static ColumnType type(Dataset data, String column) {
        return data.schema().column(column).orElseThrow().type();
    }

    @Test
    void aColumnIsANumberOnlyIfEveryNonEmptyCellIsOne() {
        Dataset data = csv(BY_UNIT, """
                unit,amount,mixed,zero,half,exp,grouped,blank,signed
                A,1,1,0,0.5,1e5,"1,000",,+3
                B,2.25,x,0,-0.5,2,2,,-3
                C,,3,,0.0,3,3,,3
                """).orElseThrow();
        assertThat(type(data, "amount")).isEqualTo(ColumnType.NUMBER);
        assertThat(type(data, "mixed")).isEqualTo(ColumnType.TEXT);
        assertThat(type(data, "zero")).isEqualTo(ColumnType.NUMBER);
        assertThat(type(data, "half")).isEqualTo(ColumnType.NUMBER);
        assertThat(type(data, "exp")).isEqualTo(ColumnType.TEXT);
        assertThat(type(data, "grouped")).isEqualTo(ColumnType.TEXT);
        assertThat(type(data, "blank")).isEqualTo(ColumnType.NUMBER);
        assertThat(type(data, "signed")).isEqualTo(ColumnType.NUMBER);
        assertThat(data.value(0, 2)).isEqualTo(Value.of("1"));
        assertThat(data.value(1, 1)).isEqualTo(Value.of(new BigDecimal("2.25")));
        assertThat(data.value(0, 8)).isEqualTo(Value.of(3));
        assertThat(data.value(0, 6)).isEqualTo(Value.of("1,000"));
    }

    @Test
    void aLeadingZeroMakesACodeThatKeepsItsZeros() {
        Dataset data = csv(BY_UNIT, """
                unit,division,industry,amount
                A,110101,0610,10
                B,0123,1311,007
                """).orElseThrow();
        assertThat(type(data, "division")).isEqualTo(ColumnType.TEXT);
        assertThat(type(data, "industry")).isEqualTo(ColumnType.TEXT);
        assertThat(type(data, "amount")).isEqualTo(ColumnType.TEXT);
        assertThat(data.value(1, 1)).isEqualTo(Value.of("0123"));
        assertThat(data.value(0, 2)).isEqualTo(Value.of("0610"));
        assertThat(data.value(1, 3)).isEqualTo(Value.of("007"));
    }

    @Test
    void keyColumnsAreTextAndCallersCanForceText() {
        Dataset data = csv(BY_UNIT.withTextColumns(Set.of("B05", "absent")), """
                unit,B05,B06
                12,34,56
                """).orElseThrow();
        assertThat(data.schema().columns()).containsExactly(Column.of("unit", ColumnType.TEXT),
                Column.of("B05", ColumnType.TEXT), Column.of("B06", ColumnType.NUMBER));
        assertThat(data.find(RecordKey.of("unit", "12"))).hasValue(0);
        assertThat(data.value(0, 1)).isEqualTo(Value.of("34"));
    }

    @Test
    void anEmptyCellIsMissingAndCellsAreStripped() {
        Dataset data = csv(BY_UNIT, "unit,B01,note\n A ,  , \nB, 2 ,\" x \"\n").orElseThrow();
        assertThat(data.value(0, 0)).isEqualTo(Value.of("A"));
        assertThat(data.value(0, 1).isMissing()).isTrue();
        assertThat(data.value(0, 2).isMissing()).isTrue();
        assertThat(data.value(1, 1)).isEqualTo(Value.of(2));
        assertThat(data.value(1, 2)).isEqualTo(Value.of("x"));
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        String text = "unit,B01\nA,1\n";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        Dataset withBom = csv(BY_UNIT, marked).orElseThrow();
        Dataset without = csv(BY_UNIT, plain).orElseThrow();
        assertThat(withBom.schema()).isEqualTo(without.schema());
        assertThat(withBom.schema().columns().get(0).name()).isEqualTo("unit");
        assertThat(withBom.find(RecordKey.of("unit", "A"))).hasValue(0);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndTheGoodOnesAreKept() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String text = """
                unit,B01,day
                A,1,2026-01-31
                B,2
                C,x,2026-02-30

                ,4,2026-03-01
                "E
                E",5,2026-03-02
                """;
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'F', (byte) 0xC3, ',', '6', ',', '\n'});
        bytes.writeBytes("G,7,\nH,y,\n".getBytes(StandardCharsets.UTF_8));
        DatasetRead read = csv(BY_UNIT.withType("B01", ColumnType.NUMBER).withType("day", ColumnType.DATE),
                bytes.toByteArray());
        assertThat(read.problems()).extracting(ReadProblem::line, ReadProblem::column, ReadProblem::error)
                .containsExactly(
                        tuple(3L, "", ValidationError.DATA_ROW_WIDTH),
                        tuple(4L, "B01", ValidationError.DATA_BAD_CELL),
                        tuple(4L, "day", ValidationError.DATA_BAD_CELL),
                        tuple(6L, "unit", ValidationError.DATA_KEY_MISSING),
                        tuple(9L, "", ValidationError.DATA_NOT_UTF8),
                        tuple(11L, "B01", ValidationError.DATA_BAD_CELL));
        assertThat(read.isClean()).isFalse();
        Dataset accepted = read.accepted();
        assertThat(accepted.size()).isEqualTo(3);
        assertThat(accepted.key(1)).isEqualTo(RecordKey.of("unit", "E\nE"));
        assertThat(accepted.value(2, 2).isMissing()).isTrue();
        assertThat(read.problems().get(0).messageEn()).isEqualTo("the row has 2 cell(s), the header 3");
        assertThat(read.problems().get(1).messageZh()).contains("B01", "x", "数值");
        assertThat(read.problems().get(1).toString()).startsWith("t.csv:4 [B01] SB-VAL-0510");
        assertThatThrownBy(read::orElseThrow).isInstanceOfSatisfying(DatasetReadException.class,
                e -> assertThat(e.problems()).isEqualTo(read.problems()));
    }

    @Test
    void aCsvSyntaxErrorStopsTheReadingAndKeepsTheRowsBefore() {
        DatasetRead read = csv(BY_UNIT, "unit,B01\nA,1\nB,2\nC,\"3\nD,4\n");
        assertThat(read.accepted().size()).isEqualTo(2);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo(ValidationError.DATA_CSV_SYNTAX);
            assertThat(p.line()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void anUnusableHeaderFailsTheWholeFileWithEveryProblem() {
        assertThatThrownBy(() -> csv(DatasetReader.withKey("unit", "period"), "B01,,B01\n1,2,3\n"))
                .isInstanceOfSatisfying(DatasetReadException.class, e -> assertThat(e.problems())
                        .extracting(ReadProblem::error).containsExactly(ValidationError.DATA_BLANK_COLUMN_NAME,
                                ValidationError.DATA_REPEATED_COLUMN, ValidationError.DATA_NO_KEY_COLUMN,
                                ValidationError.DATA_NO_KEY_COLUMN));
        assertThatThrownBy(() -> csv(BY_UNIT, "\n\n")).isInstanceOfSatisfying(DatasetReadException.class,
                e -> assertThat(e.problems()).extracting(ReadProblem::error)
                        .containsExactly(ValidationError.DATA_NO_HEADER));
        assertThatThrownBy(() -> csv(BY_UNIT, new byte[] {'u', (byte) 0xFF, '\n', 'A', '\n'}))
                .isInstanceOfSatisfying(DatasetReadException.class, e -> assertThat(e.problems())
                        .extracting(ReadProblem::error).contains(ValidationError.DATA_NOT_UTF8));
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> BY_UNIT.readCsv(dir.resolve("none.csv")))
                .isInstanceOfSatisfying(DatasetReadException.class, e -> assertThat(e.problems())
                        .extracting(ReadProblem::error).containsExactly(ValidationError.DATA_UNREADABLE));
    }

    @Test
    void aFormDefinitionGivesTheTypes(@TempDir Path dir) throws IOException {
        ReportForm form = ReportForm.of("B204-1", "工业产销总值及主要产品产量", Frequency.MONTHLY, List.of(
                Indicator.of("B01", "营业收入", IndicatorType.NUMBER),
                Indicator.of("B02", "从业人员", IndicatorType.INTEGER),
                Indicator.of("C01", "行业代码", IndicatorType.CODE),
                Indicator.of("C02", "单位名称", IndicatorType.TEXT),
                Indicator.of("D01", "开业日期", IndicatorType.DATE),
                Indicator.of("E01", "是否新增", IndicatorType.BOOLEAN)));
        Path file = dir.resolve("b204.csv");
        Files.writeString(file, """
                unit,b01,B02,C01,C02,D01,E01,remark,extra
                U1,0120.50,12,1311,123,2001-02-03,是,7,x
                U2,,,,,,false,8,
                """);
        DatasetReader reader = BY_UNIT.withForm(form);
        Dataset data = reader.readCsv(file).orElseThrow();
        assertThat(data.schema().columns()).containsExactly(Column.of("unit", ColumnType.TEXT),
                Column.of("b01", ColumnType.NUMBER), Column.of("B02", ColumnType.NUMBER),
                Column.of("C01", ColumnType.TEXT), Column.of("C02", ColumnType.TEXT),
                Column.of("D01", ColumnType.DATE), Column.of("E01", ColumnType.BOOLEAN),
                Column.of("remark", ColumnType.NUMBER), Column.of("extra", ColumnType.TEXT));
        assertThat(data.value(0, 1)).isEqualTo(Value.of(new BigDecimal("120.5")));
        assertThat(data.value(0, 3)).isEqualTo(Value.of("1311"));
        assertThat(data.value(0, 5)).isEqualTo(Value.of(LocalDate.of(2001, 2, 3)));
        assertThat(data.value(0, 6)).isEqualTo(Value.of(true));
        assertThat(data.value(1, 6)).isEqualTo(Value.of(false));

        Files.writeString(file, "unit,B01,E01,D01\nU1,abc,maybe,31/01/2026\n");
        assertThat(reader.readCsv(file).problems()).extracting(ReadProblem::column)
                .containsExactly("B01", "E01", "D01");
        Dataset forced = reader.withType("B01", ColumnType.TEXT).readCsv(file).accepted();
        assertThat(forced.schema().column("B01")).contains(Column.of("B01", ColumnType.TEXT));
    }

    @Test
    void writtenValuesReadBack() {
        Schema schema = Schema.of(List.of(Column.of("unit", ColumnType.TEXT), Column.of("B01", ColumnType.NUMBER),
                Column.of("ok", ColumnType.BOOLEAN), Column.of("day", ColumnType.DATE)), List.of("unit"));
        ColumnarDataset built = ColumnarDataset.builder(schema)
                .add(Value.of("001"), Value.of(new BigDecimal("-12.3456789")), Value.of(true),
                        Value.of(LocalDate.of(2026, 10, 31)))
                .add(Value.of("a,\"b\""), Value.missing(), Value.missing(), Value.missing()).build();
        StringBuilder text = new StringBuilder("unit,B01,ok,day\n");
        for (int r = 0; r < built.size(); r++) {
            for (int c = 0; c < 4; c++) {
                Value v = built.value(r, c);
                String cell = v.isMissing() ? "" : v.render();
                text.append(c == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
            }
            text.append('\n');
        }
        Dataset read = csv(BY_UNIT.withType("ok", ColumnType.BOOLEAN).withType("day", ColumnType.DATE),
                text.toString()).orElseThrow();
        assertThat(read.schema()).isEqualTo(schema);
        for (int r = 0; r < built.size(); r++) {
            assertThat(read.key(r)).isEqualTo(built.key(r));
            for (int c = 0; c < 4; c++) {
                assertThat(read.value(r, c)).isEqualTo(built.value(r, c));
            }
        }
    }
}
