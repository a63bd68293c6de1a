package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;

/**
 * The catalog loader on small frozen fixtures (hand-made; the codes follow the 2023 catalog, some
 * village names are illustrative).
 */
class DivisionCatalogTest {

    private static DivisionCatalog good() throws IOException {
        try (InputStream in = DivisionCatalogTest.class.getResourceAsStream("division-catalog-good.csv")) {
            return DivisionCatalog.load(in, "division-catalog-good.csv", 2023);
        }
    }

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    /** A year comes from a file name or a command line option: out of 1949-9999 it is a typed error. */
    @ParameterizedTest
    @ValueSource(ints = {1948, 0, -1, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aYearOutsideTheRangeIsATypedErrorOfEveryFactory(int year, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), "code,name,level,parent\n11,北京市,PROVINCE,\n");
        List<ThrowingCallable> factories = List.of(
                () -> DivisionCatalog.of(year, List.of()),
                () -> DivisionCatalog.load(file, year),
                () -> DivisionCatalog.load(new ByteArrayInputStream(new byte[0]), "catalog.csv", year));
        for (ThrowingCallable factory : factories) {
            StatsbaseException e = catchThrowableOfType(StatsbaseException.class, factory);
            assertThat(e).isNotNull().isExactlyInstanceOf(StatsbaseException.class);
            assertThat(e.errorCode()).isEqualTo(CoreError.DIVISION_CATALOG_YEAR_OUT_OF_RANGE);
            assertThat(e.code()).isEqualTo("SB-CORE-0335");
            assertThat(e.messageZh()).contains(Integer.toString(year)).contains("1949-9999");
            assertThat(e.messageEn()).contains(Integer.toString(year)).contains("1949-9999");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {DivisionCatalog.MIN_YEAR, 2023, DivisionCatalog.MAX_YEAR})
    void theFirstAndLastYearsAreAccepted(int year) {
        String csv = "code,name,level,parent\n11,北京市,PROVINCE,\n";
        DivisionCatalog catalog = DivisionCatalog.load(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "catalog.csv", year);
        assertThat(catalog.year()).isEqualTo(year);
    }

    @Test
    void loadsTheTreeWithBomChineseLevelNamesAndStandIns() throws IOException {
        DivisionCatalog catalog = good();
        assertThat(catalog.year()).isEqualTo(2023);
        assertThat(catalog.size()).isEqualTo(22);
        assertThat(catalog.countsByLevel()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DivisionLevel.PROVINCE, 4, DivisionLevel.PREFECTURE, 5, DivisionLevel.COUNTY, 4,
                DivisionLevel.TOWNSHIP, 5, DivisionLevel.VILLAGE, 4));
        assertThat(catalog.find(code("11")).map(DivisionEntry::name)).hasValue("北京市");
        DivisionEntry village = catalog.find(code("110101001001")).orElseThrow();
        assertThat(village.urbanRural()).contains(UrbanRuralCode.MAIN_URBAN_AREA);
        assertThat(village.name()).isEqualTo("多福巷社区居委会");
        assertThat(catalog.pathToRoot(village)).extracting(DivisionEntry::name)
                .containsExactly("多福巷社区居委会", "东华门街道", "东城区", "市辖区", "北京市");
    }

    @Test
    void iteratesInCodeOrderWithTheUnitBeforeItsStandIn() throws IOException {
        DivisionCatalog catalog = good();
        List<DivisionEntry> all = catalog.entries();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).code()).isLessThanOrEqualTo(all.get(i).code());
        }
        assertThat(catalog).containsExactlyElementsOf(all);
        assertThat(catalog.stream().filter(e -> e.code().equals(code("4419"))).map(DivisionEntry::level))
                .containsExactly(DivisionLevel.PREFECTURE, DivisionLevel.COUNTY);
    }

    @Test
    void aPrefectureWithoutCountiesMayStandInForItsCountyOrCarryItsTownshipsDirectly() throws IOException {
        DivisionCatalog catalog = good();
        DivisionEntry dongguan = catalog.find(code("4419")).orElseThrow();
        assertThat(dongguan.level()).isEqualTo(DivisionLevel.PREFECTURE);
        assertThat(dongguan.isStandIn()).isFalse();
        DivisionEntry standIn = catalog.find(code("441900"), DivisionLevel.COUNTY).orElseThrow();
        assertThat(standIn.isStandIn()).isTrue();
        assertThat(catalog.children(dongguan)).containsExactly(standIn);
        assertThat(catalog.children(standIn)).extracting(DivisionEntry::name).containsExactly("东城街道");
        assertThat(catalog.pathToRoot(code("441900003001"))).extracting(DivisionEntry::level).containsExactly(
                DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY, DivisionLevel.PREFECTURE,
                DivisionLevel.PROVINCE);
        // 中山市 listed the NBS way: townships directly under the prefecture.
        DivisionEntry shiqi = catalog.find(code("442000001")).orElseThrow();
        assertThat(catalog.parentOf(shiqi).map(DivisionEntry::name)).hasValue("中山市");
        assertThat(catalog.children(code("4420"))).containsExactly(shiqi);
        // 金门县 stands in for its own township.
        assertThat(catalog.pathToRoot(code("350527"))).extracting(DivisionEntry::level).containsExactly(
                DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY, DivisionLevel.PREFECTURE, DivisionLevel.PROVINCE);
    }

    @Test
    void provinceAdministeredCountiesHangUnderThePrefecture90Group() throws IOException {
        DivisionCatalog catalog = good();
        DivisionEntry xiantao = catalog.find(code("429004")).orElseThrow();
        assertThat(catalog.parentOf(xiantao).map(DivisionEntry::name)).hasValue("省直辖县级行政区划");
        assertThat(xiantao.code().isProvinceAdministered()).isTrue();
        assertThat(catalog.find(code("429004100201")).flatMap(DivisionEntry::urbanRural))
                .contains(UrbanRuralCode.VILLAGE);
    }

    @Test
    void lookupsOfUnlistedCodesAreEmpty() throws IOException {
        DivisionCatalog catalog = good();
        assertThat(catalog.find(code("12"))).isEmpty();
        assertThat(catalog.contains(code("12"))).isFalse();
        assertThat(catalog.children(code("12"))).isEmpty();
        assertThat(catalog.pathToRoot(code("12"))).isEmpty();
        assertThat(catalog.find(code("11"), DivisionLevel.PREFECTURE)).isEmpty();
        assertThat(catalog.parentOf(catalog.find(code("11")).orElseThrow())).isEmpty();
        assertThat(catalog.entries(DivisionLevel.VILLAGE)).hasSize(4);
        assertThat(catalog.count(DivisionLevel.VILLAGE)).isEqualTo(4);
    }

    @Test
    void reportsEveryBadLineWithItsNumber() throws IOException {
        DataFileException e;
        try (InputStream in = DivisionCatalogTest.class.getResourceAsStream("division-catalog-bad.csv")) {
            e = catchThrowableOfType(DataFileException.class,
                    () -> DivisionCatalog.load(in, "division-catalog-bad.csv", 2023));
        }
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("SB-CORE-0002");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("division-catalog-bad.csv"));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.messageEn().substring(0, 12)).containsExactly(
                "5 SB-CORE-0322", "6 SB-CORE-0324", "7 SB-CORE-0325", "8 SB-CORE-0328", "9 SB-CORE-0329",
                "10 SB-CORE-0322", "11 SB-CORE-0323", "12 SB-CORE-0326", "13 SB-CORE-0327", "14 SB-CORE-0330",
                "15 SB-CORE-0333", "16 SB-CORE-0334", "17 SB-CORE-0321", "18 SB-CORE-0332", "20 SB-CORE-0330",
                "21 SB-CORE-0331");
        DataProblem duplicate = e.problems().get(2);
        assertThat(duplicate.field()).isEqualTo("code");
        assertThat(duplicate.messageEn()).contains("110101000000").contains("repeats line 4");
        assertThat(duplicate.messageZh()).contains("与第 4 行重复");
        assertThat(e.problems().get(0).messageEn()).contains("illegal character \"A\" at position 6");
        assertThat(e.problems().get(3).messageEn()).contains("must be 110100000000");
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        for (String header : List.of("code,name,level", "code,name,level,parent,urban-rural",
                "code,name,level,parent,code", "")) {
            byte[] csv = (header + "\n11,北京市,PROVINCE,\n").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> DivisionCatalog.load(new ByteArrayInputStream(csv), "h.csv", 2023))
                    .isInstanceOfSatisfying(DataFileException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        assertThat(e.problems().get(0).line()).isEqualTo(1);
                        assertThat(e.problems().get(0).messageEn()).startsWith("SB-CORE-0320");
                    });
        }
    }

    @Test
    void columnsMayComeInAnyOrderAndUrbanRuralIsOptional() {
        byte[] csv = "Parent,Level,Name,Code\n,省级,北京市,11\n11,地级,市辖区,1101\n".getBytes(StandardCharsets.UTF_8);
        DivisionCatalog catalog = DivisionCatalog.load(new ByteArrayInputStream(csv), "o.csv", 2024);
        assertThat(catalog.children(code("11"))).extracting(DivisionEntry::name).containsExactly("市辖区");
    }

    @Test
    void invalidUtf8IsUnreadable() {
        byte[] csv = {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> DivisionCatalog.load(new ByteArrayInputStream(csv), "bad.csv", 2023))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> DivisionCatalog.load(dir.resolve("absent.csv"), 2023))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
    }

    @Test
    void loadsFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "code,name,level,parent\n11,北京市,PROVINCE,\n");
        assertThat(DivisionCatalog.load(file, 2023).size()).isEqualTo(1);
    }

    @Test
    void programmaticCatalogsAreCheckedTheSameWay() {
        DivisionEntry beijing = DivisionEntry.province(code("11"), "北京市");
        DivisionEntry district = DivisionEntry.of(code("1101"), "市辖区", DivisionLevel.PREFECTURE, code("11"));
        DivisionEntry orphan = DivisionEntry.of(code("120101"), "和平区", DivisionLevel.COUNTY, code("1201"));
        DivisionEntry town = DivisionEntry.village(code("110101001001"), "x", code("110101001"),
                UrbanRuralCode.TOWN_CENTRE);
        DivisionCatalog ok = DivisionCatalog.of(2023, List.of(district, beijing));
        assertThat(ok.entries()).containsExactly(beijing, district);
        assertThatThrownBy(() -> DivisionCatalog.of(2023, List.of(beijing, orphan, district, town)))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.problems()).extracting(DataProblem::line).containsExactly(2L, 4L);
                    assertThat(e.problems().get(0).source()).isEqualTo("DivisionCatalog.of(2023)");
                });
    }

    @Test
    void entriesRejectNulls() {
        assertThatThrownBy(() -> new DivisionEntry(code("11"), "x", DivisionLevel.PROVINCE, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("parent");
    }
}
