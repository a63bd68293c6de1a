package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.testdata.SharedData;

/**
 * Converts the public 2023 province/prefecture/county/township tables in
 * {@code ../shared/data/divisions-2023/} (skipped when absent) into the catalog CSV format and
 * loads them: every one of the 31 + 342 + 2,978 + 41,352 rows must load without a problem.
 *
 * <p>The data lists 东莞市 4419, 中山市 4420 and 儋州市 4604 again as county-level units
 * ({@code 441900} …) with their townships below, and 金门县 350527 again as a township
 * ({@code 350527000}); the catalog accepts these as stand-ins.
 */
class Divisions2023Test {

    @TempDir
    static Path dir;

    private static DivisionCatalog loaded;

    /**
     * Each test asks, so that each is reported as skipped with the reason when the data is absent
     * (an assumption in {@code @BeforeAll} would hide the tests: "Tests run: 0").
     */
    private static synchronized DivisionCatalog catalog() throws IOException {
        Path data = SharedData.require("divisions-2023");
        if (loaded == null) {
            loaded = convertAndLoad(data);
        }
        return loaded;
    }

    private static DivisionCatalog convertAndLoad(Path data) throws IOException {
        Path csv = dir.resolve("catalog-2023.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("code,name,level,parent\n");
            convert(data.resolve("provinces.csv"), "PROVINCE", -1, out);
            convert(data.resolve("cities.csv"), "PREFECTURE", 2, out);
            convert(data.resolve("areas.csv"), "COUNTY", 2, out);
            convert(data.resolve("streets.csv"), "TOWNSHIP", 2, out);
        }
        return DivisionCatalog.load(csv, 2023);
    }

    /** Copies {@code code,name} and the parent column (index {@code parentColumn}, -1 for none). */
    private static void convert(Path source, String level, int parentColumn, Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(source.toFile())) {
            rows.next();
            while (rows.hasNext()) {
                List<String> row = rows.next();
                String parent = parentColumn < 0 ? "" : row.get(parentColumn);
                out.write(row.get(0) + ",\"" + row.get(1).replace("\"", "\"\"") + "\"," + level + "," + parent + "\n");
            }
        }
    }

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    @Test
    void everyRowLoads() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.year()).isEqualTo(2023);
        assertThat(catalog.count(DivisionLevel.PROVINCE)).isEqualTo(31);
        assertThat(catalog.count(DivisionLevel.PREFECTURE)).isEqualTo(342);
        assertThat(catalog.count(DivisionLevel.COUNTY)).isEqualTo(2_978);
        assertThat(catalog.count(DivisionLevel.TOWNSHIP)).isEqualTo(41_352);
        assertThat(catalog.count(DivisionLevel.VILLAGE)).isZero();
        assertThat(catalog.size()).isEqualTo(31 + 342 + 2_978 + 41_352);
    }

    @Test
    void theCountyStandInsAreExactlyTheThreePrefecturesWithoutCounties() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.entries(DivisionLevel.COUNTY).stream().filter(DivisionEntry::isStandIn)
                .map(e -> e.code().shortForm())).containsExactly("4419", "4420", "4604");
        assertThat(catalog.entries(DivisionLevel.TOWNSHIP).stream().filter(DivisionEntry::isStandIn)
                .map(e -> e.code().shortForm() + " " + e.name())).containsExactly("350527 金门县");
    }

    @Test
    void dongguanTownshipsReachTheProvinceThroughTheStandIn() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.pathToRoot(code("441900003"))).extracting(DivisionEntry::name)
                .containsExactly("东城街道", "东莞市", "东莞市", "广东省");
        assertThat(catalog.children(catalog.find(code("441900"), DivisionLevel.COUNTY).orElseThrow()))
                .hasSize(36).allSatisfy(e -> assertThat(e.code().isDirectlyUnderPrefecture()).isTrue());
        assertThat(catalog.children(catalog.find(code("4420"), DivisionLevel.COUNTY).orElseThrow())).hasSize(23);
        assertThat(catalog.children(catalog.find(code("4604"), DivisionLevel.COUNTY).orElseThrow())).hasSize(18);
    }

    @Test
    void prefecture90GroupsHoldProvinceAdministeredUnits() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.find(code("4290")).map(DivisionEntry::name)).hasValue("省直辖县级行政区划");
        assertThat(catalog.children(code("4290"))).extracting(DivisionEntry::name)
                .containsExactly("仙桃市", "潜江市", "天门市", "神农架林区");
        assertThat(catalog.entries(DivisionLevel.COUNTY).stream().filter(e -> e.code().isProvinceAdministered()))
                .hasSize(catalog.entries(DivisionLevel.PREFECTURE).stream()
                        .filter(e -> e.code().isProvinceAdministered())
                        .mapToInt(e -> catalog.children(e).size()).sum());
    }

    @Test
    void municipalitiesHaveTheirDistrictGroups() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.children(code("11"))).extracting(DivisionEntry::name).containsExactly("市辖区");
        assertThat(catalog.children(code("50"))).extracting(DivisionEntry::name).containsExactly("市辖区", "县");
    }

    @Test
    void everyCatalogLevelIsTheDigitLevelExceptForStandIns() throws IOException {
        DivisionCatalog catalog = catalog();
        assertThat(catalog.stream().filter(e -> e.level() != e.code().level()))
                .allSatisfy(e -> assertThat(e.isStandIn()).isTrue()).hasSize(4);
    }

    @Test
    void townshipKindsMatchTheNamesMostOfTheTime() throws IOException {
        DivisionCatalog catalog = catalog();
        long subdistricts = catalog.entries(DivisionLevel.TOWNSHIP).stream()
                .filter(e -> e.code().townshipKind().orElse(null) == TownshipKind.SUBDISTRICT).count();
        long namedSubdistricts = catalog.entries(DivisionLevel.TOWNSHIP).stream()
                .filter(e -> e.code().townshipKind().orElse(null) == TownshipKind.SUBDISTRICT)
                .filter(e -> e.name().endsWith("街道") || e.name().endsWith("街道办事处")).count();
        assertThat(namedSubdistricts).isGreaterThan(subdistricts * 9 / 10);
    }
}
