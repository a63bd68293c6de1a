package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.error.ValidationError;

/** Reader edges the mutation run found unchecked: exact limits, blank lines, CR endings, unreadable files. */
class DatasetReaderEdgesTest {

    private static final String JSONL = "{\"unit\": \"U1\", \"B01\": 1}\n";

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keyColumnsMustBeDistinctAndAreKept() {
        assertThat(DatasetReader.withKey(List.of("unit", "period")).keyColumns()).containsExactly("unit", "period");
        assertThatThrownBy(() -> DatasetReader.withKey(List.of("unit", "unit")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetReader.withKey(List.of("unit", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOfExactlyTheByteLimitReadsAndOneByteMoreIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("data.jsonl"), JSONL);
        Path csv = Files.writeString(dir.resolve("data.csv"), "unit,B01\nU1,1\n");
        long jsonlSize = Files.size(jsonl);
        long csvSize = Files.size(csv);
        DatasetReader reader = DatasetReader.withKey("unit");
        assertThat(reader.withLimits(InputLimits.defaults().withMaxInputBytes(jsonlSize)).readJsonLines(jsonl)
                .accepted().size()).isEqualTo(1);
        assertThat(reader.withLimits(InputLimits.defaults().withMaxInputBytes(csvSize)).readCsv(csv)
                .accepted().size()).isEqualTo(1);
        DatasetReadException j = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxInputBytes(jsonlSize - 1)).readJsonLines(jsonl));
        assertThat(j.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo(ValidationError.INPUT_LIMIT_EXCEEDED);
            assertThat(p.line()).isZero();
            assertThat(p.messageEn()).contains("limit of " + (jsonlSize - 1) + " bytes");
        });
        DatasetReadException c = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxInputBytes(csvSize - 1)).readCsv(csv));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo(ValidationError.INPUT_LIMIT_EXCEEDED);
            assertThat(p.line()).isZero();
            assertThat(p.messageEn()).contains("limit of " + (csvSize - 1) + " bytes");
        });
    }

    @Test
    void aDirectoryIsUnreadable(@TempDir Path dir) {
        DatasetReader reader = DatasetReader.withKey("unit");
        for (DatasetReadException e : List.of(
                catchThrowableOfType(DatasetReadException.class, () -> reader.readCsv(dir)),
                catchThrowableOfType(DatasetReadException.class, () -> reader.readJsonLines(dir)))) {
            assertThat(e).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.error()).isEqualTo(ValidationError.DATA_UNREADABLE);
                assertThat(p.line()).isZero();
            });
        }
    }

    @Test
    void aJsonLineOfExactlyTheLengthLimitReadsAndCarriageReturnsDoNotCount() {
        String line = "{\"unit\": \"U1\", \"B01\": 1}";
        DatasetReader reader = DatasetReader.withKey("unit")
                .withLimits(InputLimits.defaults().withMaxLineLength(line.length()));
        DatasetRead read = reader.readJsonLines(in(line + "\r\n" + line.replace("U1", "U2") + "\r\n"), "data.x");
        assertThat(read.problems()).isEmpty();
        assertThat(read.accepted().size()).isEqualTo(2);
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> DatasetReader.withKey("unit").withLimits(InputLimits.defaults().withMaxLineLength(line.length() - 1))
                        .readJsonLines(in(JSONL.replace("U1", "U0") + JSONL), "data.x"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo(ValidationError.INPUT_LIMIT_EXCEEDED);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.messageEn()).contains("max_line_length");
        });
    }

    @Test
    void blankJsonLinesAreSkippedButCountedAndATrailingCarriageReturnIsDropped() {
        String text = "\n   \r\n{\"unit\": \"U1\", \"B01\": 1}\r\n\r\nnot json\r\n{\"unit\": \"U2\", \"B01\": 2}";
        DatasetRead read = DatasetReader.withKey("unit").readJsonLines(in(text), "data.x");
        assertThat(read.accepted().size()).isEqualTo(2);
        assertThat(read.accepted().key(1).values()).containsExactly("U2");
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    @Test
    void blankCsvRowsAreSkippedAndRowsWithTheWrongWidthAreProblemsOnTheirLine() {
        String text = "unit,B01\r\nU1,1\r\n\r\nU2,2,3\r\nU3,x\r\n";
        DatasetRead read = DatasetReader.withKey("unit").readCsv(in(text), "data.x");
        assertThat(read.accepted().size()).isEqualTo(2);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(read.accepted().schema().column("B01").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void jsonLinesReportEachBadLineWithItsCodeAndKeepTypesFromTheGoodOnes() {
        byte[] bad = "{\"unit\": \"U9\", \"B01\": \"x\u00ff\"}".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xFF;
        bad[bad.length - 3] = (byte) 0xFE;
        String before = "{\"unit\": \"U1\", \"B01\": 1, \"n\": 1e2}\n";
        String after = "\n[1, 2]\n{\"unit\": 7, \"\": 1}\n{\"unit\": \"U3\", \"B01\": null}\n"
                + "{\"unit\": 8, \"n\": \"x\"}\n{\"unit\": \"U5\"}\nnot json\n";
        byte[] all = concat(before.getBytes(StandardCharsets.UTF_8), bad, after.getBytes(StandardCharsets.UTF_8));
        DatasetRead read = DatasetReader.withKey("unit").readJsonLines(new ByteArrayInputStream(all), "data.x");
        Schema schema = read.accepted().schema();
        assertThat(schema.columns()).extracting(Column::name).containsExactly("unit", "B01", "n");
        assertThat(schema.column("B01").orElseThrow().type()).isEqualTo(ColumnType.NUMBER);
        assertThat(schema.column("unit").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
        assertThat(schema.column("n").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
        assertThat(read.problems()).extracting(ReadProblem::line, ReadProblem::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, ValidationError.DATA_NOT_UTF8),
                org.assertj.core.groups.Tuple.tuple(3L, ValidationError.DATA_NOT_JSON_OBJECT),
                org.assertj.core.groups.Tuple.tuple(4L, ValidationError.DATA_BLANK_FIELD_NAME),
                org.assertj.core.groups.Tuple.tuple(8L, ValidationError.DATA_BROKEN_JSON));
        ColumnarDataset data = read.accepted();
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.value(0, 2)).isEqualTo(Value.of("100"));
        assertThat(data.value(1, 0)).isEqualTo(Value.of("U3"));
        assertThat(data.isMissing(1, 1)).isTrue();
        assertThat(data.value(2, 0)).isEqualTo(Value.of("8"));
        assertThat(data.value(3, 0)).isEqualTo(Value.of("U5"));
        assertThat(data.isMissing(3, 1)).isTrue();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aBlankCsvColumnNameIsReportedWithItsPosition() {
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> DatasetReader.withKey("unit").readCsv(in("unit,,B01\nU1,2,3\n"), "data.x"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo(ValidationError.DATA_BLANK_COLUMN_NAME);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.messageEn()).contains("2");
        });
    }
}
