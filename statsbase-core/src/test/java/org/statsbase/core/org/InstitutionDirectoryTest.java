package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.core.org.OrgFixtures.BUREAU;
import static org.statsbase.core.org.OrgFixtures.DEPARTMENT;
import static org.statsbase.core.org.OrgFixtures.ENTERPRISE;
import static org.statsbase.core.org.OrgFixtures.OTHER_BUREAU;
import static org.statsbase.core.org.OrgFixtures.PARK;
import static org.statsbase.core.org.OrgFixtures.PARK_ENTERPRISE;
import static org.statsbase.core.org.OrgFixtures.STATION;
import static org.statsbase.core.org.OrgFixtures.STATION_2;
import static org.statsbase.core.org.OrgFixtures.VILLAGE;
import static org.statsbase.core.org.OrgFixtures.code;
import static org.statsbase.core.org.OrgFixtures.head;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;

/** 国统字〔2021〕85号 二: the county → township → village tree and its placement rules. */
class InstitutionDirectoryTest {

    private static InstitutionPlacementException placing(Institution... extra) {
        List<Institution> all = new ArrayList<>(OrgFixtures.county());
        all.addAll(List.of(extra));
        try {
            InstitutionDirectory.of(all);
        } catch (InstitutionPlacementException e) {
            return e;
        }
        throw new AssertionError("placement accepted");
    }

    @Test
    void aWholeCountyIsAcceptedInAnyOrder() {
        List<Institution> shuffled = new ArrayList<>(OrgFixtures.county());
        Collections.reverse(shuffled);
        InstitutionDirectory directory = InstitutionDirectory.of(shuffled);
        assertThat(directory.size()).isEqualTo(9);
        assertThat(directory).isEqualTo(OrgFixtures.directory());
        assertThat(directory.roots()).extracting(Institution::id).containsExactlyInAnyOrder(BUREAU, OTHER_BUREAU);
    }

    @Test
    void lookupsFollowTheTree() {
        InstitutionDirectory d = OrgFixtures.directory();
        assertThat(d.require(VILLAGE).name()).isEqualTo("一号社区统计岗");
        assertThat(d.children(BUREAU)).extracting(Institution::id)
                .containsExactly(STATION, STATION_2, DEPARTMENT, PARK);
        assertThat(d.children(VILLAGE)).isEmpty();
        assertThat(d.parent(VILLAGE)).map(Institution::id).contains(STATION);
        assertThat(d.parent(BUREAU)).isEmpty();
        assertThat(d.ancestors(VILLAGE)).extracting(Institution::id).containsExactly(STATION, BUREAU);
        assertThat(d.ancestors(PARK_ENTERPRISE)).extracting(Institution::id).containsExactly(PARK, BUREAU);
        assertThat(d.countyBureauOf(ENTERPRISE)).map(Institution::id).contains(BUREAU);
        assertThat(d.countyBureauOf(BUREAU)).map(Institution::id).contains(BUREAU);
        assertThat(d.descendants(BUREAU)).extracting(Institution::id)
                .containsExactly(STATION, VILLAGE, ENTERPRISE, STATION_2, DEPARTMENT, PARK, PARK_ENTERPRISE);
        assertThat(d.ofKind(InstitutionKind.ENTERPRISE)).hasSize(2);
        assertThat(d.find(InstitutionId.of("nowhere"))).isEmpty();
        assertThat(d.countyBureauOf(InstitutionId.of("nowhere"))).isEmpty();
    }

    @Test
    void requiringAnUnknownInstitutionIsATypedError() {
        assertThatThrownBy(() -> OrgFixtures.directory().require(InstitutionId.of("nowhere")))
                .isInstanceOf(StatsbaseException.class)
                .hasMessageContaining("SB-CORE-0905");
    }

    @Test
    void withAddsOneCheckedInstitution() {
        InstitutionDirectory d = OrgFixtures.directory().with(Institution.under(STATION_2,
                InstitutionId.of("post-500105100200"), InstitutionKind.VILLAGE_POST, "一号村统计岗",
                code("500105100200"), head("冯主任")));
        assertThat(d.children(STATION_2)).hasSize(1);
        assertThat(InstitutionDirectory.empty().size()).isZero();
    }

    @Test
    void duplicateIdsAreRefused() {
        InstitutionPlacementException e = placing(Institution.countyBureau(BUREAU, "重复", code("500105"), head("某")));
        assertThat(e.reason()).isEqualTo(PlacementReason.DUPLICATE_ID);
        assertThat(e.code()).isEqualTo("SB-CORE-0911");
    }

    @Test
    void aCountyBureauHasNoParent() {
        InstitutionPlacementException e = placing(Institution.under(BUREAU, InstitutionId.of("b2"),
                InstitutionKind.COUNTY_BUREAU, "下级局", code("500106"), head("某")));
        assertThat(e.reason()).isEqualTo(PlacementReason.PARENT_NOT_ALLOWED);
    }

    @Test
    void aCountyBureauServesACounty() {
        InstitutionPlacementException e = placing(Institution.countyBureau(InstitutionId.of("b3"), "街道当局",
                code("500105002"), head("某")));
        assertThat(e.reason()).isEqualTo(PlacementReason.WRONG_DIVISION_LEVEL);
        assertThat(e.messageEn()).contains("500105002000").contains("township level");
        assertThat(e.messageZh()).contains("乡级");
    }

    @Test
    void everyOtherKindNeedsAKnownParentOfTheRightKind() {
        assertThat(placing(Institution.root(InstitutionId.of("s"), InstitutionKind.TOWNSHIP_STATION, "无主站",
                code("500105002"), head("某"))).reason()).isEqualTo(PlacementReason.PARENT_REQUIRED);
        assertThat(placing(Institution.under(InstitutionId.of("ghost"), InstitutionId.of("s"),
                InstitutionKind.TOWNSHIP_STATION, "孤站", code("500105002"), head("某"))).reason())
                .isEqualTo(PlacementReason.PARENT_UNKNOWN);
        InstitutionPlacementException e = placing(Institution.under(BUREAU, InstitutionId.of("v"),
                InstitutionKind.VILLAGE_POST, "越级村岗", code("500105001002"), head("某")));
        assertThat(e.reason()).isEqualTo(PlacementReason.WRONG_PARENT_KIND);
        assertThat(e.messageZh()).contains("乡镇（街道）统计站").contains("县级统计局");
    }

    @Test
    void aTownshipStationServesATownshipOfItsBureausCounty() {
        assertThat(placing(Institution.under(BUREAU, InstitutionId.of("s"), InstitutionKind.TOWNSHIP_STATION,
                "别县站", code("500106001"), head("某"))).reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
        assertThat(placing(Institution.under(BUREAU, InstitutionId.of("s"), InstitutionKind.TOWNSHIP_STATION,
                "村级站", code("500105001003"), head("某"))).reason())
                .isEqualTo(PlacementReason.WRONG_DIVISION_LEVEL);
    }

    @Test
    void aVillagePostServesAVillageOfItsStationsTownship() {
        InstitutionPlacementException e = placing(Institution.under(STATION, InstitutionId.of("v"),
                InstitutionKind.VILLAGE_POST, "别镇村岗", code("500105100201"), head("某")));
        assertThat(e.reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
        assertThat(e.messageEn()).contains("lie directly below it");
        assertThat(placing(Institution.under(STATION, InstitutionId.of("v"), InstitutionKind.VILLAGE_POST,
                "镇级村岗", code("500105001"), head("某"))).reason()).isEqualTo(PlacementReason.WRONG_DIVISION_LEVEL);
    }

    @Test
    void aCountyDepartmentBelongsToItsBureausCounty() {
        assertThat(placing(Institution.under(BUREAU, InstitutionId.of("d"), InstitutionKind.COUNTY_DEPARTMENT,
                "别区部门", code("500106"), head("某"))).reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
    }

    @Test
    void parksAndEnterprisesLieWithinTheAreaTheyReportTo() {
        assertThat(placing(Institution.under(BUREAU, InstitutionId.of("p"), InstitutionKind.PARK, "别区园",
                code("500106001"), head("某"))).reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
        assertThat(placing(Institution.under(STATION, InstitutionId.of("e"), InstitutionKind.ENTERPRISE, "别镇厂",
                code("500105100200"), head("某"))).reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
        assertThat(placing(Institution.under(PARK, InstitutionId.of("e"), InstitutionKind.ENTERPRISE, "别区园企",
                code("500106001001"), head("某"))).reason()).isEqualTo(PlacementReason.OUTSIDE_PARENT);
        assertThat(placing(Institution.under(VILLAGE, InstitutionId.of("e"), InstitutionKind.ENTERPRISE, "村下企",
                code("500105001001"), head("某"))).reason()).isEqualTo(PlacementReason.WRONG_PARENT_KIND);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InstitutionPlacementException e = placing(
                Institution.under(BUREAU, InstitutionId.of("s"), InstitutionKind.TOWNSHIP_STATION, "别县站",
                        code("500106001"), head("某")),
                Institution.under(InstitutionId.of("ghost"), InstitutionId.of("t"), InstitutionKind.PARK, "孤园",
                        code("500105"), head("某")));
        assertThat(e.problems()).extracting(PlacementProblem::institution)
                .containsExactly(InstitutionId.of("s"), InstitutionId.of("t"));
        assertThat(e.problems()).extracting(PlacementProblem::code).containsExactly("SB-CORE-0917", "SB-CORE-0914");
        assertThat(e.code()).isEqualTo("SB-CORE-0917");
    }

    @Test
    void aCityWithoutCountiesHasItsTownshipsDirectlyUnderIt() {
        // 东莞市 4419: townships directly under county digits 00 (441900003 东城街道)
        InstitutionId dongguan = InstitutionId.of("dg");
        InstitutionDirectory d = InstitutionDirectory.of(List.of(
                Institution.countyBureau(dongguan, "东莞市统计局", code("4419"), head("某")),
                Institution.under(dongguan, InstitutionId.of("dg-003"), InstitutionKind.TOWNSHIP_STATION,
                        "东城街道统计站", code("441900003"), head("某"))));
        assertThat(d.children(dongguan)).hasSize(1);
    }

    @Test
    void institutionsAreValues() {
        Institution a = Institution.countyBureau(BUREAU, " 江北区统计局 ", code("500105"), head("张局长"));
        Institution b = Institution.countyBureau(BUREAU, "江北区统计局", code("500105000000"), head("张局长"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withHead(head("新局长"))).isNotEqualTo(a);
        assertThat(a.parent()).isEmpty();
        assertThat(a.toString()).contains("county statistics bureau");
        assertThatThrownBy(() -> Institution.countyBureau(BUREAU, " ", code("500105"), head("张")))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901");
        assertThatThrownBy(() -> StatisticsHead.named("\u3000"))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901");
    }
}
