package org.statsbase.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.code.DivisionCatalog;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.form.SurveySystem;
import org.statsbase.core.period.DeadlineCalendar;

/** {@link InputLimits}: the value type, and each core loader refusing past a lowered limit and accepting once raised. */
class InputLimitsTest {

    private static final String CATALOG = """
            code,name,level,parent,urban_rural
            50,重庆市,PROVINCE,,
            5001,市辖区,PREFECTURE,50,
            500105,江北区,COUNTY,5001,
            """;
    private static final String CALENDAR = """
            {"rules": [{"frequency": "月报", "day_of_month": 10, "time": "18:00", "exempt_indexes": [1]}]}""";

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void presetsAreDocumentedValues() {
        InputLimits d = InputLimits.defaults();
        assertThat(d.maxInputBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(d.maxLineLength()).isEqualTo(1024 * 1024);
        assertThat(d.maxNestingDepth()).isEqualTo(64);
        assertThat(d.maxNumberLength()).isEqualTo(1_000);
        assertThat(d.maxProblems()).isEqualTo(1_000);
        InputLimits c = InputLimits.configuration();
        assertThat(c.maxInputBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(c.maxNestingDepth()).isEqualTo(32);
        assertThat(c.maxNumberLength()).isEqualTo(100);
        assertThat(c.maxProblems()).isEqualTo(200);
    }

    @Test
    void withReturnsACopyAndLeavesTheOriginal() {
        InputLimits d = InputLimits.defaults();
        InputLimits changed = d.withMaxInputBytes(10).withMaxLineLength(11).withMaxNestingDepth(12)
                .withMaxNumberLength(13).withMaxStringLength(14).withMaxNameLength(15).withMaxProblems(16)
                .withMaxYamlAliases(17);
        assertThat(changed).isNotEqualTo(d);
        assertThat(d).isEqualTo(InputLimits.defaults());
        assertThat(changed.maxInputBytes()).isEqualTo(10);
        assertThat(changed.maxLineLength()).isEqualTo(11);
        assertThat(changed.maxNestingDepth()).isEqualTo(12);
        assertThat(changed.maxNumberLength()).isEqualTo(13);
        assertThat(changed.maxStringLength()).isEqualTo(14);
        assertThat(changed.maxNameLength()).isEqualTo(15);
        assertThat(changed.maxProblems()).isEqualTo(16);
        assertThat(changed.maxYamlAliases()).isEqualTo(17);
        assertThat(changed.toString()).contains("maxInputBytes=10", "maxYamlAliases=17");
    }

    @Test
    void equalLimitsAreEqual() {
        InputLimits a = InputLimits.defaults().withMaxNestingDepth(5);
        InputLimits b = InputLimits.defaults().withMaxNestingDepth(5);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.withMaxProblems(3)).isNotEqualTo(InputLimits.configuration());
    }

    @Test
    void everyLimitMustBePositive() {
        InputLimits d = InputLimits.defaults();
        assertThatThrownBy(() -> d.withMaxInputBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputBytes");
        assertThatThrownBy(() -> d.withMaxLineLength(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxNumberLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxNameLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxYamlAliases(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatalogLargerThanTheLimitIsRefusedNamingTheSourceAndFitsOnceRaised(@TempDir Path dir) throws Exception {
        int size = CATALOG.getBytes(StandardCharsets.UTF_8).length;
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> DivisionCatalog.load(in(CATALOG), "catalog.csv", 2023,
                        InputLimits.defaults().withMaxInputBytes(size - 1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1201");
        assertThat(e.messageEn()).contains("catalog.csv", "limit of " + (size - 1) + " bytes");
        assertThat(e.messageZh()).contains("catalog.csv", String.valueOf(size - 1));
        assertThat(DivisionCatalog.load(in(CATALOG), "catalog.csv", 2023, InputLimits.defaults().withMaxInputBytes(size))
                .find(DivisionCode.parse("500105"))).isPresent();

        Path file = Files.writeString(dir.resolve("catalog.csv"), CATALOG);
        assertThat(catchThrowableOfType(DataFileException.class,
                () -> DivisionCatalog.load(file, 2023, InputLimits.defaults().withMaxInputBytes(10))).code())
                .isEqualTo("SB-CORE-1201");
        assertThat(DivisionCatalog.load(file, 2023).find(DivisionCode.parse("5001"))).isPresent();
    }

    @Test
    void aCatalogLineLongerThanTheLimitIsRefusedWithItsLine() {
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> DivisionCatalog.load(in(CATALOG), "catalog.csv", 2023,
                        InputLimits.defaults().withMaxLineLength(30)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.messageEn()).contains("max_line_length", "30");
        });
        assertThat(DivisionCatalog.load(in(CATALOG), "catalog.csv", 2023,
                InputLimits.defaults().withMaxLineLength(37)).find(DivisionCode.parse("50"))).isPresent();
    }

    @Test
    void anIndustryCsvFieldLongerThanTheStringLimitIsRefused() {
        String csv = "code,name\nA,农、林、牧、渔业\n";
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> IndustryClassification.loadCsv(in(csv), "industry.csv",
                        InputLimits.defaults().withMaxStringLength(7)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_string_length");
        // raised: read, then refused for its content (a one-entry table lacks the other sections), not its size
        assertThat(catchThrowableOfType(DataFileException.class,
                () -> IndustryClassification.loadCsv(in(csv), "industry.csv",
                        InputLimits.defaults().withMaxStringLength(8))).code()).isEqualTo("SB-CORE-0002");
    }

    @Test
    void industryJsonDeeperThanTheLimitIsRefused() {
        String json = "[{\"code\": \"A\", \"name\": \"农业\", \"children\": [{\"code\": \"01\", \"name\": \"农业\"}]}]";
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> IndustryClassification.loadJson(in(json), "industry.json",
                        InputLimits.defaults().withMaxNestingDepth(3)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_nesting_depth", "3");
        assertThat(catchThrowableOfType(DataFileException.class,
                () -> IndustryClassification.loadJson(in(json), "industry.json",
                        InputLimits.defaults().withMaxNestingDepth(4))).code()).isEqualTo("SB-CORE-0002");
    }

    @Test
    void aCalendarNumberLongerThanTheLimitIsRefused() {
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> DeadlineCalendar.read("calendar.json", in(CALENDAR),
                        InputLimits.configuration().withMaxNumberLength(1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_number_length");
        assertThat(DeadlineCalendar.read("calendar.json", in(CALENDAR),
                InputLimits.configuration().withMaxNumberLength(2)).zone()).isEqualTo(DeadlineCalendar.DEFAULT_ZONE);
    }

    @Test
    void aSurveySystemLargerThanTheLimitIsRefused() {
        String json = "{\"id\": \"x\"}";
        assertThat(catchThrowableOfType(DataFileException.class,
                () -> SurveySystem.read("system.json", in(json), InputLimits.defaults().withMaxInputBytes(4))).code())
                .isEqualTo("SB-CORE-1201");
        // raised: read, then refused for its content (no forms), not its size
        assertThat(catchThrowableOfType(DataFileException.class,
                () -> SurveySystem.read("system.json", in(json), InputLimits.defaults().withMaxInputBytes(11))).code())
                .isNotEqualTo("SB-CORE-1201");
    }
}
