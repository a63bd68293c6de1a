package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;

/**
 * The dated rule tables (统计上大中小微型企业划分办法（2017）; the “四上” thresholds) are data files a
 * user may replace (DESIGN.md: rule tables are one data file): a broken file is refused with every
 * problem and its path, a sound one loads into exactly the rows it lists.
 */
class UnitTableReadersTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problemFields(Runnable load) {
        try {
            load.run();
        } catch (DataFileException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("t.json"));
            return e.problems().stream().map(DataProblem::field).toList();
        }
        throw new AssertionError("the table was accepted");
    }

    private static List<String> sizeProblems(String text) {
        return problemFields(() -> EnterpriseSizeClassifier.load(json(text), "t.json"));
    }

    private static List<String> scaleProblems(String text) {
        return problemFields(() -> AboveScaleClassifier.load(json(text), "t.json"));
    }

    @Test
    void aBrokenSizeTableReportsEveryFieldOnce() {
        String broken = """
                {"id": 5, "title": "  ", "issued": "2017/12/28", "source": null,
                 "rows": [
                   "x",
                   {"id": "A", "name_zh": "a", "includes": ["A"], "out_of_scope": "yes", "unconfirmed": 1, "note": 7,
                    "metrics": [3,
                      {"metric": "EMPLOYEES", "large": "abc", "medium": -1, "small": "2"},
                      {"metric": "EMPLOYEES", "large": 3, "medium": 2, "small": 1},
                      {"metric": "EMPLOYEES", "large": 3, "medium": 2, "small": 1},
                      {"metric": "REVENUE", "large": 1, "medium": 2, "small": 3}]},
                   {"id": "B", "name_zh": "b", "includes": ["B"], "out_of_scope": true, "metrics": []},
                   {"id": "C", "name_zh": "c", "includes": [], "metrics": 5},
                   {"id": "D", "name_zh": "d", "includes": ["C", 13], "excludes": "C13",
                    "metrics": [{"metric": "ASSETS", "large": 3, "medium": 2, "small": 1},
                      {"large": 3, "medium": 2, "small": 1},
                      {"metric": "REVENUE", "large": 3, "medium": 2}]}
                 ]}
                """;
        assertThat(sizeProblems(broken)).containsExactlyInAnyOrder("id", "title", "document", "issued", "source",
                "rows[0]", "rows[1].out_of_scope", "rows[1].unconfirmed", "rows[1].note", "rows[1].metrics[0]",
                "rows[1].metrics[1].large", "rows[1].metrics[1].medium", "rows[1].metrics[3].metric",
                "rows[1].metrics[4]", "rows[2].metrics", "rows[3].includes", "rows[3].metrics", "rows[4].includes[1]",
                "rows[4].excludes", "rows[4].metrics[1].metric", "rows[4].metrics[2].small");
    }

    @Test
    void sizeBoundsMustFallStrictly() {
        String row = """
                {"id": "t", "title": "t", "document": "d", "issued": "2017-12-28", "source": "s",
                 "rows": [{"id": "X", "name_zh": "x", "includes": ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
                   "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"],
                   "metrics": [{"metric": "EMPLOYEES", "large": %s, "medium": %s, "small": %s}]}]}
                """;
        assertThat(EnterpriseSizeClassifier.load(json(row.formatted(3, 2, 1)), "t.json").rows()).singleElement()
                .satisfies(r -> assertThat(r.bounds()).containsExactly(SizeBounds.of(SizeMetric.EMPLOYEES,
                        new BigDecimal(3), new BigDecimal(2), BigDecimal.ONE)));
        for (List<Integer> bad : List.of(List.of(2, 2, 1), List.of(3, 1, 1), List.of(3, 2, 0))) {
            assertThat(sizeProblems(row.formatted(bad.get(0), bad.get(1), bad.get(2)))).as("%s", bad)
                    .containsExactly("rows[0].metrics[0]");
        }
    }

    @Test
    void overlappingScopesAreRefused() {
        String table = """
                {"id": "t", "title": "t", "document": "d", "issued": "2017-12-28", "source": "s",
                 "rows": [
                   {"id": "X", "name_zh": "x", "includes": ["A", "A01"], "excludes": ["B06"],
                    "metrics": [{"metric": "EMPLOYEES", "large": 3, "medium": 2, "small": 1}]},
                   {"id": "X", "name_zh": "y", "includes": ["A"],
                    "metrics": [{"metric": "EMPLOYEES", "large": 3, "medium": 2, "small": 1}]}
                 ]}
                """;
        assertThat(sizeProblems(table)).containsExactlyInAnyOrder("rows[0].includes[1]", "rows[0].excludes[0]",
                "rows[1].id", "rows[1].includes[0]");
        assertThat(sizeProblems("""
                {"id": "t", "title": "t", "document": "d", "issued": "2017-12-28", "source": "s", "rows": ["x"]}
                """)).containsExactlyInAnyOrder("rows[0]", "rows");
    }

    @Test
    void aBrokenAboveScaleTableReportsEveryFieldOnce() {
        String broken = """
                {"id": "t", "title": "t", "as_of": "2024-02-30", "source": "s",
                 "rows": [
                   1,
                   {"id": "A", "category": "AGRICULTURE", "name_zh": "a", "includes": ["A"]},
                   {"id": "B", "category": "INDUSTRY", "name_zh": "b", "includes": ["B"], "criterion": "NONE",
                    "unit_kinds": ["LEGAL_ENTITY"]},
                   {"id": "C", "category": "OUT_OF_SCOPE", "name_zh": "c", "includes": ["C"], "criterion": "REVENUE",
                    "threshold": 1, "unit_kinds": []},
                   {"id": "D", "category": "OUT_OF_SCOPE", "name_zh": "d", "includes": ["D"], "criterion": "NONE"},
                   {"id": "E", "category": "REAL_ESTATE_DEVELOPMENT", "name_zh": "e", "includes": ["E"],
                    "criterion": "DEVELOPMENT_ACTIVITY", "unit_kinds": "LEGAL_ENTITY"},
                   {"id": "F", "category": "INDUSTRY", "name_zh": "f", "includes": ["F"], "criterion": "REVENUE",
                    "threshold": "x", "revenue_measure_zh": "营业收入", "unit_kinds": ["LEGAL_ENTITY"]},
                   {"id": "G", "category": "SERVICES", "name_zh": "g", "includes": ["G"], "criterion": "REVENUE",
                    "threshold": "1000", "revenue_measure_zh": " ", "unit_kinds": ["LEGAL_ENTITY", 3]}
                 ]}
                """;
        assertThat(scaleProblems(broken)).containsExactlyInAnyOrder("as_of", "rows[0]", "rows[1].category",
                "rows[2].criterion", "rows[3].criterion", "rows[3].threshold", "rows[3].unit_kinds",
                "rows[5].unit_kinds", "rows[6].threshold", "rows[7].revenue_measure_zh", "rows[7].unit_kinds[1]");
    }

    private static final String SCALE_TABLE = """
            {"id": "mini", "title": "mini", "as_of": "2024-01-01", "source": "hand-made",
             "rows": [
               {"id": "I", "category": "INDUSTRY", "name_zh": "工业", "includes": ["B", "C", "D"],
                "criterion": "REVENUE", "threshold": "2000", "revenue_measure_zh": "主营业务收入",
                "unit_kinds": ["LEGAL_ENTITY"], "note": "n"},
               {"id": "E", "category": "CONSTRUCTION", "name_zh": "建筑", "includes": ["E"],
                "criterion": "QUALIFICATION", "unit_kinds": ["LEGAL_ENTITY"]},
               {"id": "O", "category": "OUT_OF_SCOPE", "name_zh": "其他", "includes": ["A", "F", "G", "H", "I", "J",
                "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"], "criterion": "NONE"}
             ]}
            """;

    @Test
    void aSoundAboveScaleTableLoadsItsRows(@TempDir Path dir) throws IOException {
        AboveScaleClassifier mini = AboveScaleClassifier.load(json(SCALE_TABLE), "mini.json");
        assertThat(mini.rows()).extracting(AboveScaleRow::id).containsExactly("I", "E", "O");
        assertThat(mini.rows().get(0).note()).isEqualTo("n");
        assertThat(mini.rows().get(1).note()).isEmpty();
        assertThat(mini.rows().get(0).threshold()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("2000"));
        assertThat(mini.id()).isEqualTo("mini");
        assertThat(mini.classify(IndustryCode.parse("C13"), new BigDecimal("2000")).isAboveScale()).isTrue();
        assertThat(mini.classify(IndustryCode.parse("C13"), new BigDecimal("1999")).isAboveScale()).isFalse();
        Path file = dir.resolve("mini.json");
        Files.writeString(file, SCALE_TABLE);
        assertThat(AboveScaleClassifier.load(file).rows()).isEqualTo(mini.rows());
        try (InputStream in = AboveScaleClassifier.class.getResourceAsStream("above-scale-thresholds.json")) {
            assertThat(AboveScaleClassifier.load(in, "shipped").rows())
                    .isEqualTo(AboveScaleClassifier.standard().rows());
        }
        try (InputStream in = EnterpriseSizeClassifier.class.getResourceAsStream("enterprise-size-2017.json")) {
            Path size = dir.resolve("size.json");
            Files.copy(in, size);
            assertThat(EnterpriseSizeClassifier.load(size).rows())
                    .isEqualTo(EnterpriseSizeClassifier.standard2017().rows());
        }
    }

    @Test
    void aboveScaleRowsKeepTheirInvariants() {
        IndustryScope scope = IndustryScope.of(List.of(IndustryCode.parse("B")), List.of());
        Set<UnitKind> legal = Set.of(UnitKind.LEGAL_ENTITY);
        Optional<BigDecimal> none = Optional.empty();
        Optional<BigDecimal> some = Optional.of(BigDecimal.TEN);
        Function<Runnable, Object> refused = r -> assertThatThrownBy(r::run)
                .isInstanceOf(IllegalArgumentException.class);
        refused.apply(() -> AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "n", scope, AboveScaleCriterion.REVENUE,
                none, "", legal, ""));
        refused.apply(() -> AboveScaleRow.of("r", AboveScaleCategory.CONSTRUCTION, "n", scope,
                AboveScaleCriterion.QUALIFICATION, some, "", legal, ""));
        refused.apply(() -> AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "n", scope, AboveScaleCriterion.NONE,
                none, "", legal, ""));
        refused.apply(() -> AboveScaleRow.of("r", AboveScaleCategory.OUT_OF_SCOPE, "n", scope,
                AboveScaleCriterion.QUALIFICATION, none, "", Set.of(), ""));
        refused.apply(() -> AboveScaleRow.of("r", AboveScaleCategory.CONSTRUCTION, "n", scope,
                AboveScaleCriterion.QUALIFICATION, none, "", Set.of(), ""));
        AboveScaleRow out = AboveScaleRow.of("r", AboveScaleCategory.OUT_OF_SCOPE, "n", scope,
                AboveScaleCriterion.NONE, none, "", Set.of(), "");
        assertThat(out.unitKinds()).isEmpty();
        AboveScaleRow revenue = AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "n", scope,
                AboveScaleCriterion.REVENUE, some, "收入", legal, "");
        assertThat(revenue.toString()).isEqualTo("r INDUSTRY " + scope + " REVENUE >= 10 [LEGAL_ENTITY]");
        assertThat(out.toString()).isEqualTo("r OUT_OF_SCOPE " + scope + " NONE []");
        assertThat(revenue).isNotEqualTo(AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "n", scope,
                AboveScaleCriterion.REVENUE, some, "收入", legal, "other note"))
                .isNotEqualTo(AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "m", scope,
                        AboveScaleCriterion.REVENUE, some, "收入", legal, ""))
                .isNotEqualTo(AboveScaleRow.of("r", AboveScaleCategory.INDUSTRY, "n", scope,
                        AboveScaleCriterion.REVENUE, some, "营业收入", legal, ""));
    }
}
