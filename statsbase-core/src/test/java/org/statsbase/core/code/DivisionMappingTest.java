package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionMapping.Declared;
import org.statsbase.core.code.DivisionMapping.Outcome;
import org.statsbase.core.error.DataFileException;

/** Old→new mappings between two small hand-made catalogs (synthetic names; codes shaped like 南京市's). */
class DivisionMappingTest {

    private static final DivisionCatalog OLD = catalog(2022, "320101 A区", "320102 B区", "320103 C区", "320104 D区",
            "320111 K区", "320121 E县", "320122 F县", "320123 G县");
    private static final DivisionCatalog NEW = catalog(2023, "320101 A区", "320102 B新区", "320105 CD区",
            "320106 E一区", "320124 E二县", "320117 F区", "320125 H县");

    private static DivisionCatalog catalog(int year, String... counties) {
        List<DivisionEntry> entries = new ArrayList<>();
        entries.add(DivisionEntry.province(code("32"), "江苏省"));
        entries.add(DivisionEntry.of(code("3201"), "南京市", DivisionLevel.PREFECTURE, code("32")));
        for (String county : counties) {
            String[] parts = county.split(" ");
            entries.add(DivisionEntry.of(code(parts[0]), parts[1], DivisionLevel.COUNTY, code("3201")));
        }
        return DivisionCatalog.of(year, entries);
    }

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    private static final String GOOD = """
            old_code,new_code,change
            320103,320105,merged
            320104,320105,合并
            320121,320106,split
            320121,320124,SPLIT
            320122,320117,renamed
            320111,320101,merged
            """;

    private static DivisionMapping good() {
        return DivisionMapping.load(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "m.csv", OLD,
                NEW);
    }

    private static String outcome(DivisionMapping mapping, String oldCode) {
        Outcome o = mapping.map(code(oldCode)).orElseThrow();
        return o.change() + " " + o.newCodes().stream().map(DivisionCode::shortForm).toList();
    }

    @Test
    void declaredChangesAndTheDiffTogetherAccountForEveryOldCode() {
        DivisionMapping m = good();
        assertThat(m.fromYear()).isEqualTo(2022);
        assertThat(m.toYear()).isEqualTo(2023);
        assertThat(outcome(m, "320101")).isEqualTo("UNCHANGED [320101]");
        assertThat(outcome(m, "320102")).isEqualTo("RENAMED [320102]");
        assertThat(outcome(m, "320103")).isEqualTo("MERGED [320105]");
        assertThat(outcome(m, "320104")).isEqualTo("MERGED [320105]");
        assertThat(outcome(m, "320111")).isEqualTo("MERGED [320101]");
        assertThat(outcome(m, "320121")).isEqualTo("SPLIT [320106, 320124]");
        assertThat(outcome(m, "320122")).isEqualTo("RENAMED [320117]");
        assertThat(outcome(m, "320123")).isEqualTo("REMOVED []");
        assertThat(outcome(m, "32")).isEqualTo("UNCHANGED [32]");
        assertThat(m.outcomes()).hasSize(OLD.size());
        assertThat(m.added()).containsExactly(code("320125"));
        assertThat(m.map(code("320125"))).isEmpty();
        assertThat(m.sourcesOf(code("320105"))).containsExactly(code("320103"), code("320104"));
        assertThat(m.sourcesOf(code("320101"))).containsExactly(code("320101"), code("320111"));
        assertThat(m.sourcesOf(code("320125"))).isEmpty();
        assertThat(m.outcomes(DivisionChange.MERGED)).extracting(o -> o.oldCode().shortForm())
                .containsExactly("320103", "320104", "320111");
    }

    @Test
    void theDiffAloneSeesRenamesInPlaceRemovalsAndAdditions() {
        DivisionMapping m = DivisionMapping.between(OLD, NEW);
        assertThat(outcome(m, "320102")).isEqualTo("RENAMED [320102]");
        assertThat(outcome(m, "320103")).isEqualTo("REMOVED []");
        assertThat(m.added()).extracting(DivisionCode::shortForm)
                .containsExactly("320105", "320106", "320117", "320124", "320125");
    }

    @Test
    void programmaticDeclarationsAreCheckedTheSameWay() {
        DivisionMapping m = DivisionMapping.of(OLD, NEW, List.of(
                new Declared(code("320122"), code("320117"), DivisionChange.RENAMED)));
        assertThat(outcome(m, "320122")).isEqualTo("RENAMED [320117]");
        assertThatThrownBy(() -> DivisionMapping.of(OLD, NEW, List.of(
                new Declared(code("320122"), code("320117"), DivisionChange.RENAMED),
                new Declared(code("320101"), code("320101"), DivisionChange.RENAMED))))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).messageEn()).startsWith("SB-CORE-0348");
                });
        assertThatThrownBy(() -> DivisionMapping.of(OLD, NEW, List.of(
                new Declared(code("320111"), code("320101"), DivisionChange.RENAMED))))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.problems().get(0).messageEn()).startsWith("SB-CORE-0351"));
        assertThatThrownBy(() -> new Declared(code("32"), code("32"), DivisionChange.ADDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void catalogsMustBeInYearOrder() {
        assertThatThrownBy(() -> DivisionMapping.between(NEW, OLD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsEveryBadLineWithItsNumber() throws IOException {
        DataFileException e;
        try (InputStream in = DivisionMappingTest.class.getResourceAsStream("division-mapping-bad.csv")) {
            e = catchThrowableOfType(DataFileException.class,
                    () -> DivisionMapping.load(in, "division-mapping-bad.csv", OLD, NEW));
        }
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.messageEn().substring(0, 12)).containsExactly(
                "3 SB-CORE-0341", "3 SB-CORE-0342", "4 SB-CORE-0342", "6 SB-CORE-0344", "8 SB-CORE-0347",
                "9 SB-CORE-0322", "10 SB-CORE-0343", "11 SB-CORE-0346", "12 SB-CORE-0349", "14 SB-CORE-0350",
                "16 SB-CORE-0345");
        assertThat(e.problems().get(4).messageZh()).contains("第 7 行");
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        byte[] csv = "old,new,change\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DivisionMapping.load(new ByteArrayInputStream(csv), "h.csv", OLD, NEW))
                .isInstanceOfSatisfying(DataFileException.class,
                        ex -> assertThat(ex.problems().get(0).messageEn()).startsWith("SB-CORE-0340"));
    }
}
