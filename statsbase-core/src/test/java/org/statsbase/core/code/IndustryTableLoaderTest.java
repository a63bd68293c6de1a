package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;

/** Loading a full four-level GB/T 4754-2017 table: structure checks, every problem reported. */
class IndustryTableLoaderTest {

    private static IndustryClassification json(String text) {
        return IndustryClassification.loadJson(SyntheticIndustryTables.stream(text), "t.json");
    }

    private static IndustryClassification csv(String text) {
        return IndustryClassification.loadCsv(SyntheticIndustryTables.stream(text), "t.csv");
    }

    private static List<DataProblem> problemsOf(Runnable load) {
        try {
            load.run();
        } catch (DataFileException e) {
            assertThat(e.code()).isEqualTo("SB-CORE-0002");
            return e.problems();
        }
        throw new AssertionError("expected a DataFileException");
    }

    private static List<DataProblem> fixtureProblems(String name) {
        return problemsOf(() -> {
            try (InputStream in = IndustryTableLoaderTest.class.getResourceAsStream(name)) {
                if (name.endsWith(".csv")) {
                    IndustryClassification.loadCsv(in, name);
                } else {
                    IndustryClassification.loadJson(in, name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** "line field code" for located problems: what a person fixing the file looks for. */
    private static List<String> located(List<DataProblem> problems) {
        return problems.stream().filter(p -> p.line() > 0 || !p.field().isEmpty())
                .map(p -> (p.line() > 0 ? p.line() + " " : "") + p.field() + " " + p.messageEn().substring(0, 12))
                .toList();
    }

    @Test
    void aCompleteSyntheticTableLoadsFromJsonAndCsvAlike() {
        IndustryClassification fromJson = json(SyntheticIndustryTables.json());
        IndustryClassification fromCsv = csv(SyntheticIndustryTables.csv());
        assertThat(fromJson.count(IndustryLevel.SECTION)).isEqualTo(20);
        assertThat(fromJson.count(IndustryLevel.DIVISION)).isEqualTo(97);
        assertThat(fromJson.count(IndustryLevel.GROUP)).isEqualTo(97);
        assertThat(fromJson.count(IndustryLevel.CLASS)).isEqualTo(194);
        assertThat(fromCsv).isEqualTo(fromJson).hasSameHashCodeAs(fromJson);
        assertThat(fromCsv.entries()).isEqualTo(fromJson.entries());
        assertThat(fromCsv.source()).isEqualTo("t.csv");
    }

    @Test
    void csvRoundTrip() throws IOException {
        IndustryClassification table = json(SyntheticIndustryTables.json());
        StringBuilder out = new StringBuilder();
        table.writeCsv(out);
        assertThat(out).startsWith("code,name\nA,农、林、牧、渔业\n01,农业\n011,合成中类011\n0111,合成小类0111\n");
        assertThat(csv(out.toString())).isEqualTo(table);
    }

    @Test
    void csvRowsMayComeInAnyOrder() {
        List<String> lines = new java.util.ArrayList<>(SyntheticIndustryTables.csv().lines().toList());
        List<String> rows = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(rows);
        String reversed = lines.get(0) + "\n" + String.join("\n", rows) + "\n";
        assertThat(csv(reversed)).isEqualTo(csv(SyntheticIndustryTables.csv()));
    }

    @Test
    void csvAcceptsABomQuotedCellsAnyCodeFormAndBlankLines(@TempDir Path dir) throws IOException {
        String text = SyntheticIndustryTables.csv().replace("code,name\n", "\uFEFFcode,name\r\n")
                .replace("\n13,农副食品加工业\n", "\n\"C13\",\" 农副食品加工业 \"\n\n")
                .replace("1311,合成小类1311", "Ｃ１３１１,\"合成小类1311, \"\"quoted\"\"\"");
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text);
        IndustryClassification table = IndustryClassification.loadCsv(file);
        assertThat(table.find(IndustryCode.parse("13"))).map(IndustryEntry::nameZh).contains("农副食品加工业");
        assertThat(table.find(IndustryCode.parse("1311"))).map(IndustryEntry::nameZh)
                .contains("合成小类1311, \"quoted\"");
        StringBuilder out = new StringBuilder();
        table.writeCsv(out);
        assertThat(csv(out.toString())).isEqualTo(table);
    }

    @Test
    void everyProblemOfTheBadCsvFixtureIsReportedWithItsLine() {
        List<DataProblem> problems = fixtureProblems("bad-table.csv");
        assertThat(located(problems)).containsExactly(
                "6 code SB-CORE-0508",
                "7 name SB-CORE-0514",
                "8 code SB-CORE-0509",
                "10 code SB-CORE-0513",
                "11 code SB-CORE-0513",
                "11 code SB-CORE-0516",
                "12  SB-CORE-0519");
        assertThat(problems.get(0).messageEn()).contains("X9").contains("no section \"X\"");
        assertThat(problems.get(0).messageZh()).contains("X9").contains("门类");
        assertThat(problems.get(2).messageEn()).contains("A01 appears twice, first at line 3");
        assertThat(problems.get(2).messageZh()).contains("A01 重复，首次出现于第 3 行");
        assertThat(problems.get(3).messageEn()).contains("parent A021 of industry code A0211");
        assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo("bad-table.csv"));
        // Every section but A and every division but 01 is missing from this small file.
        assertThat(problems).filteredOn(p -> p.line() == 0 && p.field().isEmpty()).hasSize(19 + 96)
                .allSatisfy(p -> assertThat(p.messageEn()).startsWith("SB-CORE-0515"));
    }

    @Test
    void everyProblemOfTheBadJsonFixtureIsReportedWithItsPath() {
        List<DataProblem> problems = fixtureProblems("bad-table.json");
        assertThat(located(problems)).containsExactly(
                "$[0].children[0].children[0].code SB-CORE-0510",
                "$[0].children[0].children[1].name SB-CORE-0514",
                "$[0].children[0].children[1].children[0].code SB-CORE-0509",
                "$[0].children[0].children[2].code SB-CORE-0512",
                "$[0].children[1].code SB-CORE-0510",
                "$[0].children[2].code SB-CORE-0517",
                "$[1].code SB-CORE-0511",
                "$[1].children SB-CORE-0517",
                "$[2] SB-CORE-0517",
                "$[3].code SB-CORE-0508",
                "$[3].children[0].name SB-CORE-0517",
                "$[1].code SB-CORE-0516",
                "$[3].children[0].code SB-CORE-0516");
        assertThat(problems.get(0).messageEn()).contains("A0111 is under A01 but belongs under A011");
        assertThat(problems.get(0).messageZh()).contains("A0111 位于 A01 之下，应位于 A011 之下");
        assertThat(problems.get(4).messageEn()).contains("C13 is under A but belongs under C");
        assertThat(problems.get(6).messageEn()).contains("B06 is at the top level").contains("under B");
        assertThat(problems.get(2).messageEn()).contains("first at $[0].children[0].children[0]");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isZero());
    }

    @Test
    void aDivisionWithoutGroupsAndAGroupWithoutClassesAreReported() {
        String text = SyntheticIndustryTables.csv()
                .replace("141,合成中类141\n1411,合成小类1411\n1419,合成小类1419\n", "")
                .replace("1511,合成小类1511\n1519,合成小类1519\n", "");
        List<DataProblem> problems = problemsOf(() -> csv(text));
        assertThat(located(problems)).hasSize(2).allSatisfy(s -> assertThat(s).endsWith("SB-CORE-0516"));
        assertThat(problems.get(0).messageEn()).startsWith("SB-CORE-0516 C14 has nothing below it");
        assertThat(problems.get(1).messageEn()).startsWith("SB-CORE-0516 C151 has nothing below it");
    }

    @Test
    void aMissingDivisionIsReported() {
        String text = SyntheticIndustryTables.csv()
                .replace("70,房地产业\n701,合成中类701\n7011,合成小类7011\n7019,合成小类7019\n", "");
        List<DataProblem> problems = problemsOf(() -> csv(text));
        // K then has no divisions at all: both facts are reported.
        assertThat(problems).extracting(DataProblem::messageEn).containsExactly(
                "SB-CORE-0516 K has nothing below it; in a full classification table every section, division"
                        + " and group has some",
                "SB-CORE-0515 the classification table lacks K70 (division)");
        assertThat(problems.get(1).messageZh()).isEqualTo("SB-CORE-0515 行业分类表缺少 K70（大类）");
    }

    @Test
    void aWrongCsvHeaderAndWrongColumnCountsAreReported() {
        String text = SyntheticIndustryTables.csv().replace("code,name\n", "代码,名称,说明\n")
                .replace("\n52,零售业\n", "\n52\n");
        List<DataProblem> problems = problemsOf(() -> csv(text));
        // Without its line, division 52 is absent: its group on the next line has no parent.
        assertThat(located(problems)).containsExactly("1  SB-CORE-0518", "212  SB-CORE-0519", "213 code SB-CORE-0513");
        assertThat(problems.get(0).messageEn()).contains("found 代码,名称,说明");
        assertThat(problems.get(1).messageEn()).contains("found 1");
        assertThat(problems.get(2).messageEn()).contains("parent F52 of industry code F521");
        assertThat(problems.get(3).messageEn()).contains("lacks F52");
    }

    @Test
    void aRootThatIsNotAnArrayIsReported() {
        List<DataProblem> problems = problemsOf(() -> json("{\"code\": \"A\"}"));
        assertThat(problems).hasSize(1 + 20 + 97);
        assertThat(problems.get(0).field()).isEqualTo("$");
        assertThat(problems.get(0).messageEn()).contains("expected array");
    }

    @Test
    void unreadableFilesSaySo(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> json("[{\"code\": \"A\","))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("SB-CORE-0001");
                    assertThat(e.problems()).singleElement().extracting(DataProblem::source).isEqualTo("t.json");
                });
        assertThatThrownBy(() -> csv("code,name\n\"A,unclosed\n"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> IndustryClassification.loadCsv(missing))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("SB-CORE-0001");
                    assertThat(e.messageEn()).contains("missing.csv");
                });
        assertThatThrownBy(() -> IndustryClassification.loadJson(dir.resolve("missing.json")))
                .isInstanceOf(DataFileException.class);
    }
}
