package org.statsbase.core.org;

import java.util.List;
import org.statsbase.core.code.DivisionCode;

/**
 * A small synthetic county used by the example tests: codes shaped like 重庆市江北区 (500105)
 * and its neighbour 沙坪坝区 (500106); names and people are made up.
 */
final class OrgFixtures {

    static final InstitutionId BUREAU = InstitutionId.of("bureau-500105");
    static final InstitutionId OTHER_BUREAU = InstitutionId.of("bureau-500106");
    static final InstitutionId STATION = InstitutionId.of("station-500105001");
    static final InstitutionId STATION_2 = InstitutionId.of("station-500105100");
    static final InstitutionId VILLAGE = InstitutionId.of("post-500105001001");
    static final InstitutionId DEPARTMENT = InstitutionId.of("dept-500105-tax");
    static final InstitutionId PARK = InstitutionId.of("park-500105");
    static final InstitutionId ENTERPRISE = InstitutionId.of("ent-1");
    static final InstitutionId PARK_ENTERPRISE = InstitutionId.of("ent-2");

    private OrgFixtures() {
    }

    static DivisionCode code(String digits) {
        return DivisionCode.parse(digits);
    }

    static StatisticsHead head(String name) {
        return StatisticsHead.named(name);
    }

    static List<Institution> county() {
        return List.of(
                Institution.countyBureau(BUREAU, "江北区统计局", code("500105"), head("张局长")),
                Institution.countyBureau(OTHER_BUREAU, "沙坪坝区统计局", code("500106"), head("李局长")),
                Institution.under(BUREAU, STATION, InstitutionKind.TOWNSHIP_STATION, "一号街道统计站",
                        code("500105001"), head("王站长")),
                Institution.under(BUREAU, STATION_2, InstitutionKind.TOWNSHIP_STATION, "一号镇统计站",
                        code("500105100"), head("赵站长")),
                Institution.under(STATION, VILLAGE, InstitutionKind.VILLAGE_POST, "一号社区统计岗",
                        code("500105001001"), head("钱主任")),
                Institution.under(BUREAU, DEPARTMENT, InstitutionKind.COUNTY_DEPARTMENT, "区税务局",
                        code("500105"), head("孙科长")),
                Institution.under(BUREAU, PARK, InstitutionKind.PARK, "江北高新园", code("500105100"),
                        head("周主任")),
                Institution.under(STATION, ENTERPRISE, InstitutionKind.ENTERPRISE, "一号工厂",
                        code("500105001001"), head("吴会计")),
                Institution.under(PARK, PARK_ENTERPRISE, InstitutionKind.ENTERPRISE, "园区二号公司",
                        code("500105001"), head("郑经理")));
    }

    static InstitutionDirectory directory() {
        return InstitutionDirectory.of(county());
    }
}
