package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.DataFileException;

/**
 * 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号): the bounds below are transcribed by
 * hand from the annex table (DOMAIN.md "Enterprise size"), not read from the shipped resource.
 */
class EnterpriseSizeClassifierTest {

    private static final EnterpriseSizeClassifier SIZE = EnterpriseSizeClassifier.standard2017();
    private static final BigDecimal HUGE = new BigDecimal("1000000000");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private static SizeMetrics allHugeExcept(SizeMetric metric, BigDecimal value) {
        SizeMetrics m = SizeMetrics.none();
        for (SizeMetric other : SizeMetric.values()) {
            m = m.with(other, other == metric ? value : HUGE);
        }
        return m;
    }

    /** Every bound of the table: on the bound is the higher tier, 0.01 (one person) below is the lower one. */
    @ParameterizedTest(name = "{0} {1}: {2}/{3}/{4} ({5})")
    @CsvSource({
        "A01,  REVENUE,   20000,  500,  50,   AGRICULTURE",
        "C13,  EMPLOYEES, 1000,   300,  20,   INDUSTRY",
        "C13,  REVENUE,   40000,  2000, 300,  INDUSTRY",
        "E47,  REVENUE,   80000,  6000, 300,  CONSTRUCTION",
        "E47,  ASSETS,    80000,  5000, 300,  CONSTRUCTION",
        "51,   EMPLOYEES, 200,    20,   5,    WHOLESALE",
        "51,   REVENUE,   40000,  5000, 1000, WHOLESALE",
        "52,   EMPLOYEES, 300,    50,   10,   RETAIL",
        "52,   REVENUE,   20000,  500,  100,  RETAIL",
        "54,   EMPLOYEES, 1000,   300,  20,   TRANSPORT",
        "54,   REVENUE,   30000,  3000, 200,  TRANSPORT",
        "592,  EMPLOYEES, 200,    100,  20,   WAREHOUSING",
        "592,  REVENUE,   30000,  1000, 100,  WAREHOUSING",
        "60,   EMPLOYEES, 1000,   300,  20,   POSTAL",
        "60,   REVENUE,   30000,  2000, 100,  POSTAL",
        "61,   EMPLOYEES, 300,    100,  10,   ACCOMMODATION",
        "61,   REVENUE,   10000,  2000, 100,  ACCOMMODATION",
        "62,   EMPLOYEES, 300,    100,  10,   CATERING",
        "62,   REVENUE,   10000,  2000, 100,  CATERING",
        "63,   EMPLOYEES, 2000,   100,  10,   TELECOMMUNICATIONS",
        "63,   REVENUE,   100000, 1000, 100,  TELECOMMUNICATIONS",
        "65,   EMPLOYEES, 300,    100,  10,   SOFTWARE_IT",
        "65,   REVENUE,   10000,  1000, 50,   SOFTWARE_IT",
        "7010, REVENUE,   200000, 1000, 100,  REAL_ESTATE_DEVELOPMENT",
        "7010, ASSETS,    10000,  5000, 2000, REAL_ESTATE_DEVELOPMENT",
        "702,  EMPLOYEES, 1000,   300,  100,  PROPERTY_MANAGEMENT",
        "702,  REVENUE,   5000,   1000, 500,  PROPERTY_MANAGEMENT",
        "71,   EMPLOYEES, 300,    100,  10,   LEASING_BUSINESS_SERVICES",
        "71,   ASSETS,    120000, 8000, 100,  LEASING_BUSINESS_SERVICES",
        "73,   EMPLOYEES, 300,    100,  10,   OTHER",
    })
    void everyBoundLandsInTheHigherTier(String code, SizeMetric metric, BigDecimal large, BigDecimal medium,
            BigDecimal small, String row) {
        IndustryCode industry = IndustryCode.parse(code);
        // X 从业人员 counts persons: one below a bound is one person, not 0.01 of one.
        BigDecimal below = metric == SizeMetric.EMPLOYEES ? BigDecimal.ONE : CENT;
        Map<BigDecimal, EnterpriseSize> expected = Map.of(
                large, EnterpriseSize.LARGE, large.subtract(below), EnterpriseSize.MEDIUM,
                medium, EnterpriseSize.MEDIUM, medium.subtract(below), EnterpriseSize.SMALL,
                small, EnterpriseSize.SMALL, small.subtract(below), EnterpriseSize.MICRO,
                BigDecimal.ZERO, EnterpriseSize.MICRO);
        expected.forEach((value, size) -> {
            SizeClassification c = SIZE.classify(industry, allHugeExcept(metric, value));
            assertThat(c.row().id()).isEqualTo(row);
            assertThat(c.size()).as("%s %s = %s", code, metric, value).isEqualTo(size);
            assertThat(c.tiers()).containsEntry(metric, size);
            if (size != EnterpriseSize.LARGE) {
                assertThat(c.decidedBy()).contains(metric);
            }
        });
    }

    @Test
    void largeMediumAndSmallNeedEveryBoundMicroNeedsOneBelowSmall() {
        IndustryCode manufacturing = IndustryCode.parse("C1311");
        SizeClassification medium = SIZE.classify(manufacturing,
                SizeMetrics.none().withEmployees(350).withRevenue(new BigDecimal("50000")));
        assertThat(medium.size()).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(medium.tiers()).containsExactly(Map.entry(SizeMetric.EMPLOYEES, EnterpriseSize.MEDIUM),
                Map.entry(SizeMetric.REVENUE, EnterpriseSize.LARGE));
        assertThat(medium.decidedBy()).contains(SizeMetric.EMPLOYEES);

        SizeClassification micro = SIZE.classify(manufacturing,
                SizeMetrics.none().withEmployees(19).withRevenue(new BigDecimal("50000")));
        assertThat(micro.size()).isEqualTo(EnterpriseSize.MICRO);
        assertThat(micro.decidedBy()).contains(SizeMetric.EMPLOYEES);

        SizeClassification small = SIZE.classify(manufacturing,
                SizeMetrics.none().withEmployees(20).withRevenue(new BigDecimal("300")));
        assertThat(small.size()).isEqualTo(EnterpriseSize.SMALL);
        assertThat(small.decidedBy()).as("tie: first metric of the row").contains(SizeMetric.EMPLOYEES);
    }

    @ParameterizedTest
    @CsvSource({
        "A, AGRICULTURE", "0111, AGRICULTURE", "B06, INDUSTRY", "C, INDUSTRY", "1311, INDUSTRY", "D44, INDUSTRY",
        "E, CONSTRUCTION", "4811, CONSTRUCTION", "51, WHOLESALE", "5112, WHOLESALE", "52, RETAIL", "F5211, RETAIL",
        "54, TRANSPORT", "55, TRANSPORT", "56, TRANSPORT", "57, TRANSPORT", "58, TRANSPORT", "591, TRANSPORT",
        "5910, TRANSPORT", "592, WAREHOUSING", "5941, WAREHOUSING", "599, WAREHOUSING", "G5990, WAREHOUSING",
        "60, POSTAL", "6020, POSTAL", "61, ACCOMMODATION", "6110, ACCOMMODATION", "62, CATERING", "H6210, CATERING",
        "63, TELECOMMUNICATIONS", "64, TELECOMMUNICATIONS", "6410, TELECOMMUNICATIONS", "65, SOFTWARE_IT",
        "I6510, SOFTWARE_IT", "701, REAL_ESTATE_DEVELOPMENT", "7010, REAL_ESTATE_DEVELOPMENT",
        "K7010, REAL_ESTATE_DEVELOPMENT", "702, PROPERTY_MANAGEMENT", "7020, PROPERTY_MANAGEMENT",
        "L, LEASING_BUSINESS_SERVICES", "71, LEASING_BUSINESS_SERVICES", "7212, LEASING_BUSINESS_SERVICES",
        "M, OTHER", "73, OTHER", "N, OTHER", "7610, OTHER", "O, OTHER", "80, OTHER", "R, OTHER", "86, OTHER",
        "85, OTHER", "8514, OTHER", "703, OTHER", "7030, OTHER", "709, OTHER", "7090, OTHER",
    })
    void everyRowIsFoundByItsCodes(String code, String row) {
        assertThat(SIZE.rowFor(IndustryCode.parse(code)).id()).isEqualTo(row);
    }

    @ParameterizedTest
    @CsvSource({
        "J, FINANCE", "66, FINANCE", "6811, FINANCE", "P, EDUCATION", "83, EDUCATION", "84, HEALTH", "8411, HEALTH",
        "S, PUBLIC_ADMINISTRATION", "91, PUBLIC_ADMINISTRATION", "T, INTERNATIONAL_ORGANIZATIONS",
        "97, INTERNATIONAL_ORGANIZATIONS", "53, RAILWAY", "5311, RAILWAY", "G53, RAILWAY",
        "7040, REAL_ESTATE_LEASING", "704, REAL_ESTATE_LEASING",
    })
    void sectionsOutsideTheSchemeAreOutOfScopeWhateverTheMetrics(String code, String row) {
        SizeClassification c = SIZE.classify(IndustryCode.parse(code), SizeMetrics.none());
        assertThat(c.size()).isEqualTo(EnterpriseSize.OUT_OF_SCOPE);
        assertThat(c.isOutOfScope()).isTrue();
        assertThat(c.row().id()).isEqualTo(row);
        assertThat(c.tiers()).isEmpty();
        assertThat(c.decidedBy()).isEmpty();
        assertThat(SIZE.classify(IndustryCode.parse(code), allHugeExcept(SizeMetric.EMPLOYEES, HUGE)).size())
                .isEqualTo(EnterpriseSize.OUT_OF_SCOPE);
    }

    @Test
    void theRealEstateLeasingExclusionIsMarkedUnconfirmed() {
        assertThat(SIZE.rowFor(IndustryCode.parse("7040")).isUnconfirmed()).isTrue();
        assertThat(SIZE.rowFor(IndustryCode.parse("J")).isUnconfirmed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"70", "K", "59", "G", "F", "H", "I", "Q"})
    void aCodeSpanningRowsIsTooCoarse(String code) {
        assertThatThrownBy(() -> SIZE.classify(IndustryCode.parse(code), SizeMetrics.none().withEmployees(5)))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.INDUSTRY_TOO_COARSE);
                    assertThat(e.code()).isEqualTo("SB-CORE-0701");
                    assertThat(e.spannedRows()).hasSizeGreaterThan(1);
                    assertThat(e.messageZh()).contains(IndustryCode.parse(code).canonical());
                });
    }

    @Test
    void fiftyNineSpansTransportAndWarehousing() {
        assertThatThrownBy(() -> SIZE.rowFor(IndustryCode.parse("59")))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> assertThat(e.spannedRows())
                        .extracting(SizeRow::id).containsExactly("TRANSPORT", "WAREHOUSING"));
    }

    @Test
    void aMetricTheRowNeedsButTheInputLacksIsAnError() {
        assertThatThrownBy(() -> SIZE.classify(IndustryCode.parse("7010"),
                SizeMetrics.none().withRevenue(new BigDecimal("5000")).withEmployees(10)))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.MISSING_METRIC);
                    assertThat(e.metric()).contains(SizeMetric.ASSETS);
                    assertThat(e.messageZh()).contains("资产总额", "房地产开发经营");
                    assertThat(e.messageEn()).contains("total assets");
                });
    }

    @Test
    void aMetricTheRowDoesNotUseIsNotNeeded() {
        SizeClassification c = SIZE.classify(IndustryCode.parse("7310"), SizeMetrics.none().withEmployees(120));
        assertThat(c.size()).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(c.tiers()).containsOnlyKeys(SizeMetric.EMPLOYEES);
    }

    @Test
    void negativeMetricsAreRefused() {
        assertThatThrownBy(() -> SizeMetrics.none().withRevenue(new BigDecimal("-0.01")))
                .isInstanceOfSatisfying(SizeClassificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SizeClassificationException.Reason.NEGATIVE_METRIC);
                    assertThat(e.metric()).contains(SizeMetric.REVENUE);
                });
        assertThatThrownBy(() -> SizeMetrics.none().withEmployees(-1))
                .isInstanceOf(SizeClassificationException.class);
    }

    @Test
    void theShippedTableNamesItsSourceAndDate() {
        assertThat(SIZE.id()).isEqualTo("enterprise-size-2017");
        assertThat(SIZE.document()).isEqualTo("国统字〔2017〕213号");
        assertThat(SIZE.title()).contains("2017");
        assertThat(SIZE.issued().getYear()).isEqualTo(2017);
        assertThat(SIZE.source()).contains("国统字〔2017〕213号");
    }

    @Test
    void aReplacementTableCanCount7040UnderOther() throws IOException {
        String shipped;
        try (InputStream in = EnterpriseSizeClassifier.class.getResourceAsStream("enterprise-size-2017.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = shipped
                .replace("\"includes\": [\"M\", \"N\", \"O\", \"R\", \"85\", \"703\", \"709\"]",
                        "\"includes\": [\"M\", \"N\", \"O\", \"R\", \"85\", \"703\", \"709\", \"7040\"]")
                .replaceAll("(?s),\\s*\\{\\s*\"id\": \"REAL_ESTATE_LEASING\".*?\\}(\\s*\\]\\s*\\}\\s*)$", "$1");
        EnterpriseSizeClassifier custom = EnterpriseSizeClassifier.load(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "custom.json");
        SizeClassification c = custom.classify(IndustryCode.parse("7040"), SizeMetrics.none().withEmployees(300));
        assertThat(c.row().id()).isEqualTo("OTHER");
        assertThat(c.size()).isEqualTo(EnterpriseSize.LARGE);
    }

    @Test
    void aBrokenTableReportsEveryProblem() {
        String broken = """
                {"id": "t", "title": "t", "document": "d", "issued": "2017-13-01", "source": "s",
                 "rows": [
                   {"id": "X", "name_zh": "x", "includes": ["A", "Z9"],
                    "metrics": [{"metric": "REVENUE", "large": 5, "medium": 50, "small": 1}]},
                   {"id": "X", "name_zh": "y", "includes": ["A"], "excludes": ["C13"],
                    "metrics": [{"metric": "SALES", "large": 3, "medium": 2, "small": 1}]}
                 ]}
                """;
        assertThatThrownBy(() -> EnterpriseSizeClassifier.load(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.field()).contains("issued",
                            "rows[0].includes[1]", "rows[0].metrics[0]", "rows[1].id", "rows[1].includes[0]",
                            "rows[1].excludes[0]", "rows[1].metrics[0].metric");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("broken.json"));
                });
    }

    @Test
    void aTableLeavingADivisionUncoveredIsRefused() {
        String gap = """
                {"id": "t", "title": "t", "document": "d", "issued": "2017-12-28", "source": "s",
                 "rows": [{"id": "X", "name_zh": "x", "includes": ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
                   "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"], "excludes": ["52"],
                   "metrics": [{"metric": "EMPLOYEES", "large": 3, "medium": 2, "small": 1}]}]}
                """;
        assertThatThrownBy(() -> EnterpriseSizeClassifier.load(
                new ByteArrayInputStream(gap.getBytes(StandardCharsets.UTF_8)), "gap.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.messageEn()).contains("F52")));
    }

    @Test
    void notJsonIsUnreadable() {
        assertThatThrownBy(() -> EnterpriseSizeClassifier.load(
                new ByteArrayInputStream("[1,".getBytes(StandardCharsets.UTF_8)), "bad.json"))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
    }
}
