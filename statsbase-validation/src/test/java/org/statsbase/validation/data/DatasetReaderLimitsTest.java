package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.io.InputLimits;

/** {@link DatasetReader#withLimits}: a lowered limit stops the reading with SB-VAL-0801; raised, the same file reads. */
class DatasetReaderLimitsTest {

    private static final String CSV = "unit,B01,A02\nU1,12.5,江北建材有限公司\nU2,7,x\n";
    private static final String JSONL = "{\"unit\": \"U1\", \"B01\": 12345.678}\n{\"unit\": \"U2\", \"B01\": 7}\n";

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOverLimit(DatasetReadException e, String limit) {
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SB-VAL-0801");
            assertThat(p.messageEn()).contains("data.x", limit);
        });
    }

    @Test
    void aCsvStreamLargerThanTheLimitIsRefusedAndReadOnceRaised() {
        int size = CSV.getBytes(StandardCharsets.UTF_8).length;
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxInputBytes(size - 1)).readCsv(in(CSV), "data.x"));
        assertOverLimit(e, "limit of " + (size - 1) + " bytes");
        assertThat(reader.withLimits(InputLimits.defaults().withMaxInputBytes(size)).readCsv(in(CSV), "data.x")
                .accepted().size()).isEqualTo(2);
    }

    @Test
    void aJsonLinesFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("data.x"), JSONL);
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxInputBytes(20)).readJsonLines(file));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("SB-VAL-0801"));
        assertThat(reader.readJsonLines(file).accepted().size()).isEqualTo(2);
    }

    @Test
    void aCsvLineLongerThanTheLimitIsRefused() {
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxLineLength(15)).readCsv(in(CSV), "data.x"));
        assertOverLimit(e, "max_line_length");
        assertThat(reader.withLimits(InputLimits.defaults().withMaxLineLength(16)).readCsv(in(CSV), "data.x")
                .accepted().size()).isEqualTo(2);
    }

    @Test
    void aCsvFieldLongerThanTheLimitIsRefused() {
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxStringLength(7)).readCsv(in(CSV), "data.x"));
        assertOverLimit(e, "max_string_length");
        assertThat(reader.withLimits(InputLimits.defaults().withMaxStringLength(8)).readCsv(in(CSV), "data.x")
                .accepted().size()).isEqualTo(2);
    }

    @Test
    void aJsonLinesNumberLongerThanTheLimitIsRefused() {
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxNumberLength(7)).readJsonLines(in(JSONL),
                        "data.x"));
        assertOverLimit(e, "max_number_length");
        assertThat(reader.withLimits(InputLimits.defaults().withMaxNumberLength(8)).readJsonLines(in(JSONL), "data.x")
                .accepted().size()).isEqualTo(2);
    }

    @Test
    void aJsonLinesLineDeeperThanTheLimitIsRefused() {
        String nested = "{\"unit\": \"U1\", \"B01\": [[1]]}\n";
        DatasetReader reader = DatasetReader.withKey("unit");
        DatasetReadException e = catchThrowableOfType(DatasetReadException.class,
                () -> reader.withLimits(InputLimits.defaults().withMaxNestingDepth(2)).readJsonLines(in(nested),
                        "data.x"));
        assertOverLimit(e, "max_nesting_depth");
        // raised: read, the nested value reported as a bad row rather than the file refused
        assertThat(reader.withLimits(InputLimits.defaults().withMaxNestingDepth(3)).readJsonLines(in(nested), "data.x")
                .problems()).extracting(ReadProblem::code).containsExactly("SB-VAL-0514");
    }

    @Test
    void theReaderKeepsItsLimitsThroughItsOtherOptions() {
        InputLimits limits = InputLimits.defaults().withMaxLineLength(99);
        assertThat(DatasetReader.withKey("unit").withLimits(limits).withTextColumns(java.util.Set.of("A02"))
                .withType("B01", ColumnType.NUMBER).limits()).isEqualTo(limits);
        assertThat(DatasetReader.withKey("unit").limits()).isEqualTo(InputLimits.defaults());
    }
}
