package org.statsbase.confidentiality.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.level.ConfidentialityLevel;

/** The classification policy: the shipped default and the checks on an office's own file. */
class ClassificationPolicyTest {

    @Test
    void theShippedDefaultIsDatedNamesItsSourceAndEndsWithACatchAll() {
        ClassificationPolicy p = ClassificationPolicy.standard();
        assertThat(p.id()).contains("2026");
        assertThat(p.source()).contains("UNCONFIRMED").contains("第二十五条");
        assertThat(p.unitLevelLevel()).isEqualTo(ConfidentialityLevel.INTERNAL);
        assertThat(p.grades().get(p.grades().size() - 1).isCatchAll()).isTrue();
    }

    @Test
    void anOfficeMayMakeUnitLevelDataAWorkSecretButNeverPublic() {
        ClassificationPolicy p = ClassificationPolicy.parse("""
                {"id": "x", "source": "s", "unit_level_level": "工作秘密", "unreleased_aggregate_level": "INTERNAL",
                 "grades": [{"grade": "一般"}]}""", "p.json");
        assertThat(p.unitLevelLevel()).isEqualTo(ConfidentialityLevel.WORK_SECRET);
        assertThatThrownBy(() -> ClassificationPolicy.parse("""
                {"id": "x", "source": "s", "unit_level_level": "PUBLIC", "unreleased_aggregate_level": "公开",
                 "grades": [{"class": "UNIT_LEVEL", "grade": "一般"}, {"grade": "best"}]}""", "p.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .extracting(pr -> pr.messageEn().substring(0, 12))
                        .containsExactly("SB-CONF-0110", "SB-CONF-0110", "SB-CONF-0109"));
        assertThatThrownBy(() -> ClassificationPolicy.parse("""
                {"id": "x", "source": "s", "unit_level_level": "INTERNAL", "unreleased_aggregate_level": "INTERNAL",
                 "grades": [{"class": "UNIT_LEVEL", "grade": "一般"}]}""", "p.json"))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.problems().get(0).messageEn()).startsWith("SB-CONF-0111"));
        assertThatThrownBy(() -> ClassificationPolicy.of("x", "s", ConfidentialityLevel.PUBLIC,
                ConfidentialityLevel.INTERNAL, List.of(GradeRule.always(DataGrade.GENERAL))))
                .hasMessageStartingWith("SB-CONF-0110");
    }
}
