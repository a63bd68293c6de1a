package org.statsbase.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.Frequency;

/** Survey systems (统计调查制度), report forms (表号) and indicators read from one JSON file. */
class SurveySystemTest {

    static SurveySystem resource(String name) {
        try (InputStream in = SurveySystemTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return SurveySystem.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataFileException failureOf(String name, InputStream in) {
        try {
            SurveySystem.read(name, in);
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError(name + " was read without error");
    }

    private static DataFileException failure(String name) {
        try (InputStream in = SurveySystemTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return failureOf(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataFileException failureOfJson(String json) {
        return failureOf("inline.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheSystemItsFormsAndIndicators() {
        SurveySystem system = resource("sample-survey-system.json");
        assertThat(system.id()).isEqualTo("SAMPLE-INDUSTRY-2026");
        assertThat(system.nameZh()).isEqualTo("工业统计报表制度（示例）");
        assertThat(system.nameEn()).contains("Industrial statistical reporting system (sample)");
        assertThat(system.year()).isEqualTo(2026);
        assertThat(system.version()).contains("2026.1");
        assertThat(system.forms()).extracting(ReportForm::id).containsExactly("B204-1", "B101");

        ReportForm b204 = system.form("b204-1").orElseThrow();
        assertThat(b204.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(b204.surveySystemId()).contains("SAMPLE-INDUSTRY-2026");
        assertThat(b204.nameEn()).isPresent();
        assertThat(b204.indicators()).extracting(Indicator::code).containsExactly("B01", "B02", "B03", "B04", "B05");
        assertThat(system.form("B101").orElseThrow().frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(system.form("B999")).isEmpty();
        assertThat(system.form("  ")).isEmpty();
    }

    @Test
    void indicatorsCarryNamesUnitTypeAndDecimals() {
        SurveySystem system = resource("sample-survey-system.json");
        Indicator revenue = system.indicator("B204-1", "b01").orElseThrow();
        assertThat(revenue.nameZh()).isEqualTo("营业收入");
        assertThat(revenue.nameEn()).contains("Operating revenue");
        assertThat(revenue.unit()).contains("千元");
        assertThat(revenue.type()).isEqualTo(IndicatorType.NUMBER);
        assertThat(revenue.decimals()).isEqualTo(OptionalInt.of(1));

        Indicator persons = system.indicator("B204-1", "B03").orElseThrow();
        assertThat(persons.type()).isEqualTo(IndicatorType.INTEGER);
        assertThat(persons.decimals()).isEqualTo(OptionalInt.of(0));
        assertThat(persons.nameEn()).isEmpty();

        Indicator industry = system.indicator("B204-1", "B04").orElseThrow();
        assertThat(industry.type()).isEqualTo(IndicatorType.CODE);
        assertThat(industry.unit()).isEmpty();
        assertThat(industry.decimals()).isEmpty();
        assertThat(system.indicator("B204-1", "B05").orElseThrow().type()).isEqualTo(IndicatorType.TEXT);
        assertThat(system.indicator("B101", "03").orElseThrow().decimals()).isEmpty();
        assertThat(system.indicator("B101", "B01")).isEmpty();
        assertThat(system.indicator("B999", "B01")).isEmpty();
    }

    @Test
    void buildingInCodeGivesTheSameSystem() {
        ReportForm b204 = ReportForm.of("B204-1", "工业企业财务状况（示例）", Frequency.MONTHLY, List.of(
                Indicator.of("B01", "营业收入", IndicatorType.NUMBER).withNameEn("Operating revenue").withUnit("千元")
                        .withDecimals(1),
                Indicator.of("B02", "主营业务收入", IndicatorType.NUMBER).withNameEn("Main business revenue")
                        .withUnit("千元").withDecimals(1),
                Indicator.of("B03", "平均用工人数", IndicatorType.INTEGER).withUnit("人"),
                Indicator.of("B04", "行业代码", IndicatorType.CODE),
                Indicator.of("B05", "备注", IndicatorType.TEXT)))
                .withNameEn("Financial status of industrial enterprises (sample)");
        ReportForm b101 = ReportForm.of("B101", "工业企业基本情况（示例）", Frequency.YEARLY, List.of(
                Indicator.of("01", "开业时间", IndicatorType.DATE),
                Indicator.of("02", "是否高新技术企业", IndicatorType.BOOLEAN),
                Indicator.of("03", "资产总计", IndicatorType.NUMBER).withUnit("万元")));
        SurveySystem built = SurveySystem.of("sample-industry-2026", "工业统计报表制度（示例）", 2026, List.of(b204, b101))
                .withNameEn("Industrial statistical reporting system (sample)").withVersion("2026.1");
        assertThat(built).isEqualTo(resource("sample-survey-system.json"))
                .hasSameHashCodeAs(resource("sample-survey-system.json"));
        assertThat(b204.surveySystemId()).isEmpty();
    }

    @Test
    void codeRefusesWhatTheLoaderRefuses() {
        Indicator text = Indicator.of("T", "文本", IndicatorType.TEXT);
        assertThatThrownBy(() -> text.withDecimals(0)).hasMessageContaining("SB-CORE-1104");
        Indicator number = Indicator.of("N", "数", IndicatorType.NUMBER);
        assertThatThrownBy(() -> number.withDecimals(-1)).hasMessageContaining("SB-CORE-1105");
        assertThatThrownBy(() -> Indicator.of("A B", "x", IndicatorType.TEXT)).hasMessageContaining("SB-CORE-1108");
        assertThatThrownBy(() -> Indicator.of("A", " ", IndicatorType.TEXT)).hasMessageContaining("SB-CORE-1094")
                .hasMessageContaining("nameZh");
        assertThatThrownBy(() -> ReportForm.of("F", "表", Frequency.MONTHLY, List.of()))
                .hasMessageContaining("SB-CORE-1106");
        assertThatThrownBy(() -> ReportForm.of("F", "表", Frequency.MONTHLY, List.of(number, number)))
                .hasMessageContaining("SB-CORE-1102");
        ReportForm form = ReportForm.of("F", "表", Frequency.MONTHLY, List.of(number));
        assertThatThrownBy(() -> SurveySystem.of("S", "制度", 2026, List.of(form, form)))
                .hasMessageContaining("SB-CORE-1101");
        assertThatThrownBy(() -> SurveySystem.of("S", "制度", 2300, List.of(form)))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-1107");
    }

    @Test
    void everyProblemOfABrokenFileIsReportedWithItsPath() {
        DataFileException e = failure("broken-survey-system.json");
        assertThat(e.problems()).extracting(DataProblem::field).containsExactly(
                "$.name.fr",
                "$.year",
                "$.forms[0].frequency",
                "$.forms[0].indicators[0].decimals",
                "$.forms[0].indicators[1].code",
                "$.forms[0].indicators[2].decimals",
                "$.forms[0].indicators[3].type",
                "$.forms[0].indicators[4].code",
                "$.forms[0].indicators[5].name",
                "$.forms[0].indicators[5].decimals",
                "$.forms[0].indicators[6].scale",
                "$.forms[0].indicators[6].unit",
                "$.forms[1].indicators",
                "$.forms[1].id",
                "$.forms[2].id",
                "$.forms[2].name",
                "$.forms[2].indicators[0].decimals");
        assertThat(e.problems()).extracting(DataProblem::messageEn).satisfiesExactly(
                m -> assertThat(m).contains("SB-CORE-1092").contains("en, zh"),
                m -> assertThat(m).contains("SB-CORE-1107").contains("1800"),
                m -> assertThat(m).contains("SB-CORE-1010").contains("WEEKLY"),
                m -> assertThat(m).contains("SB-CORE-1105").contains("-1"),
                m -> assertThat(m).contains("SB-CORE-1102").contains("B01").contains("$.forms[0].indicators[0]"),
                m -> assertThat(m).contains("SB-CORE-1104").contains("TEXT"),
                m -> assertThat(m).contains("SB-CORE-1103").contains("PERCENT"),
                m -> assertThat(m).contains("SB-CORE-1090"),
                m -> assertThat(m).contains("SB-CORE-1094"),
                m -> assertThat(m).contains("SB-CORE-1091").contains("integer").contains("1.5"),
                m -> assertThat(m).contains("SB-CORE-1092").contains("scale"),
                m -> assertThat(m).contains("SB-CORE-1091").contains("string").contains("1000"),
                m -> assertThat(m).contains("SB-CORE-1106"),
                m -> assertThat(m).contains("SB-CORE-1101").contains("B204-1").contains("$.forms[0]"),
                m -> assertThat(m).contains("SB-CORE-1108").contains("B 3"),
                m -> assertThat(m).contains("SB-CORE-1090"),
                m -> assertThat(m).contains("SB-CORE-1104").contains("INTEGER"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.messageZh()).contains(p.field()));
    }

    @Test
    void topLevelProblems() {
        assertThat(failureOfJson("{}").problems()).extracting(DataProblem::field)
                .containsExactly("$.id", "$.name", "$.year", "$.forms");
        assertThat(failureOfJson("\"system\"").problems()).extracting(DataProblem::messageEn)
                .singleElement().asString().contains("SB-CORE-1093");
        assertThat(failureOfJson("{\"id\": 1, \"name\": [], \"year\": \"2026\", \"forms\": {}}").problems())
                .extracting(DataProblem::messageEn).allSatisfy(m -> assertThat(m).contains("SB-CORE-1091"))
                .hasSize(4);
        assertThat(failureOfJson("{\"id\": \"x\",").code()).isEqualTo("SB-CORE-0001");
    }

    @Test
    void systemWithoutFormsIsAllowed() {
        SurveySystem empty = SurveySystem.read("empty.json", new ByteArrayInputStream(
                "{\"id\": \"x\", \"name\": \"空\", \"year\": 2026, \"forms\": []}".getBytes(StandardCharsets.UTF_8)));
        assertThat(empty.forms()).isEmpty();
        assertThat(empty.version()).isEmpty();
        assertThat(empty.nameEn()).isEmpty();
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("system.json");
        try (InputStream in = getClass().getResourceAsStream("sample-survey-system.json")) {
            Files.copy(in, file);
        }
        assertThat(SurveySystem.load(file)).isEqualTo(resource("sample-survey-system.json"));
        assertThatThrownBy(() -> SurveySystem.load(dir.resolve("absent.json")))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
    }
}
