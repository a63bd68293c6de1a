package org.statsbase.confidentiality.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The access rules on a county (320102 玄武区) with two townships: township staff see only their township,
 * unit-level data never goes to a non-statistical purpose (统计法 2009 第二十五条), never above clearance.
 */
class AccessPolicyTest {

    private static final DivisionCode COUNTY = DivisionCode.parse("320102");
    private static final DivisionCode TOWN_A = DivisionCode.parse("320102001");
    private static final DivisionCode TOWN_B = DivisionCode.parse("320102002");
    private static final DivisionCode VILLAGE_A = DivisionCode.parse("320102001001");
    private static final AccessPolicy POLICY = AccessPolicy.standard();

    private static Subject townshipStatistician() {
        return Subject.of("zhang.san", Role.STATISTICIAN, ConfidentialityLevel.WORK_SECRET, TOWN_A, Purpose.STATISTICAL);
    }

    @Test
    void townshipStaffSeeTheirTownshipAndItsVillagesOnly() {
        Resource own = Resource.of("r1", ConfidentialityLevel.INTERNAL, DataClass.UNIT_LEVEL, TOWN_A);
        Resource village = Resource.of("r2", ConfidentialityLevel.INTERNAL, DataClass.UNIT_LEVEL, VILLAGE_A);
        Resource neighbour = Resource.of("r3", ConfidentialityLevel.INTERNAL, DataClass.UNIT_LEVEL, TOWN_B);
        Resource county = Resource.of("r4", ConfidentialityLevel.INTERNAL, DataClass.AGGREGATE, COUNTY);
        assertThat(POLICY.decide(townshipStatistician(), own, Action.READ).permitted()).isTrue();
        assertThat(POLICY.decide(townshipStatistician(), village, Action.READ).permitted()).isTrue();
        AccessDecision denied = POLICY.decide(townshipStatistician(), neighbour, Action.READ);
        assertThat(denied.rule()).isEqualTo(AccessRule.OUTSIDE_JURISDICTION);
        assertThat(denied.code()).contains("SB-CONF-0204");
        assertThat(denied.reasonZh()).contains("320102002000").contains("320102001000");
        assertThat(POLICY.decide(townshipStatistician(), county, Action.READ).rule())
                .isEqualTo(AccessRule.OUTSIDE_JURISDICTION);
        // The county bureau sees both townships.
        assertThat(POLICY.decide(townshipStatistician().withJurisdiction(COUNTY), neighbour, Action.READ).permitted())
                .isTrue();
    }

    @Test
    void publicDataIsPublicEverywhere() {
        Resource published = Resource.of("yearbook", ConfidentialityLevel.PUBLIC, DataClass.AGGREGATE, TOWN_B);
        Subject citizen = Subject.of("anyone", Role.PUBLIC, ConfidentialityLevel.PUBLIC, TOWN_A,
                Purpose.NON_STATISTICAL);
        assertThat(POLICY.decide(citizen, published, Action.READ).permitted()).isTrue();
        assertThat(POLICY.decide(citizen, published, Action.PUBLISH).rule()).isEqualTo(AccessRule.ROLE_MAY_NOT_ACT);
        Resource internal = Resource.of("r", ConfidentialityLevel.INTERNAL, DataClass.AGGREGATE, TOWN_A);
        assertThat(POLICY.decide(citizen.withClearance(ConfidentialityLevel.TOP_SECRET), internal, Action.READ).rule())
                .isEqualTo(AccessRule.PUBLIC_ONLY);
    }

    @Test
    void nobodyGetsUnitLevelDataForANonStatisticalPurpose() {
        Resource units = Resource.of("units", ConfidentialityLevel.INTERNAL, DataClass.UNIT_LEVEL, TOWN_A);
        Subject department = Subject.of("tax.office", Role.DEPARTMENT_STAFF, ConfidentialityLevel.TOP_SECRET, COUNTY,
                Purpose.NON_STATISTICAL);
        AccessDecision d = POLICY.decide(department, units, Action.READ);
        assertThat(d.rule()).isEqualTo(AccessRule.UNIT_LEVEL_NON_STATISTICAL);
        assertThat(d.reasonZh()).contains("第二十五条");
        assertThat(POLICY.decide(townshipStatistician().withPurpose(Purpose.NON_STATISTICAL), units, Action.READ)
                .rule()).isEqualTo(AccessRule.UNIT_LEVEL_NON_STATISTICAL);
        // Aggregates may serve other purposes.
        Resource aggregate = Resource.of("agg", ConfidentialityLevel.INTERNAL, DataClass.AGGREGATE, TOWN_A);
        assertThat(POLICY.decide(department, aggregate, Action.EXPORT).permitted()).isTrue();
    }

    @Test
    void neverAboveClearanceAndTheBoundaryIsInclusive() {
        Resource secret = Resource.of("s", ConfidentialityLevel.SECRET, DataClass.AGGREGATE, TOWN_A);
        AccessDecision below = POLICY.decide(townshipStatistician(), secret, Action.READ);
        assertThat(below.rule()).isEqualTo(AccessRule.ABOVE_CLEARANCE);
        assertThat(below.reasonZh()).contains("秘密").contains("工作秘密");
        assertThat(POLICY.decide(townshipStatistician().withClearance(ConfidentialityLevel.SECRET), secret,
                Action.READ).permitted()).isTrue();
    }

    @Test
    void onlyPublicDataIsPublishedAndAuxiliaryInvestigatorsOnlyRead() {
        Resource internal = Resource.of("agg", ConfidentialityLevel.INTERNAL, DataClass.AGGREGATE, TOWN_A);
        assertThat(POLICY.decide(townshipStatistician(), internal, Action.PUBLISH).rule())
                .isEqualTo(AccessRule.PUBLISH_NOT_PUBLIC);
        Resource published = Resource.of("pub", ConfidentialityLevel.PUBLIC, DataClass.AGGREGATE, TOWN_A);
        assertThat(POLICY.decide(townshipStatistician(), published, Action.PUBLISH).permitted()).isTrue();
        Subject aux = Subject.of("li.si", Role.AUXILIARY_INVESTIGATOR, ConfidentialityLevel.INTERNAL, TOWN_A,
                Purpose.STATISTICAL);
        assertThat(POLICY.decide(aux, internal, Action.READ).permitted()).isTrue();
        AccessDecision export = POLICY.decide(aux, internal, Action.EXPORT);
        assertThat(export.rule()).isEqualTo(AccessRule.ROLE_MAY_NOT_ACT);
        assertThat(export.reasonZh()).isEqualTo("辅助调查员无权导出此类数据");
    }

    @Test
    void unitLevelDataCannotBeDescribedAsPublic() {
        assertThatThrownBy(() -> Resource.of("x", ConfidentialityLevel.PUBLIC, DataClass.UNIT_LEVEL, TOWN_A))
                .hasMessageStartingWith("SB-CONF-0207");
        assertThatThrownBy(() -> Subject.of("a\tb", Role.PUBLIC, ConfidentialityLevel.PUBLIC, TOWN_A,
                Purpose.STATISTICAL)).hasMessageStartingWith("SB-CONF-0002");
    }
}
