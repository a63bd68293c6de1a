package org.statsbase.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md, Confidentiality: 秘密, 机密, 绝密 are state secrets with default maximum secrecy periods of 10, 20
 * and 30 years (保守国家秘密法); 工作秘密 is a separate, non-state-secret category.
 */
class ConfidentialityLevelTest {

    @Test
    void onlySecretHighlySecretAndTopSecretAreStateSecrets() {
        assertThat(ConfidentialityLevel.values()).filteredOn(ConfidentialityLevel::isStateSecret)
                .containsExactly(ConfidentialityLevel.SECRET, ConfidentialityLevel.HIGHLY_SECRET,
                        ConfidentialityLevel.TOP_SECRET);
        assertThat(ConfidentialityLevel.WORK_SECRET.isStateSecret()).isFalse();
    }

    @Test
    void defaultMaximumSecrecyPeriodsAreTenTwentyThirtyYears() {
        assertThat(ConfidentialityLevel.SECRET.defaultMaximumSecrecyYears()).isEqualTo(OptionalInt.of(10));
        assertThat(ConfidentialityLevel.HIGHLY_SECRET.defaultMaximumSecrecyYears()).isEqualTo(OptionalInt.of(20));
        assertThat(ConfidentialityLevel.TOP_SECRET.defaultMaximumSecrecyYears()).isEqualTo(OptionalInt.of(30));
        assertThat(ConfidentialityLevel.PUBLIC.defaultMaximumSecrecyYears()).isEmpty();
        assertThat(ConfidentialityLevel.INTERNAL.defaultMaximumSecrecyYears()).isEmpty();
        assertThat(ConfidentialityLevel.WORK_SECRET.defaultMaximumSecrecyYears()).isEmpty();
    }

    @Test
    void levelsAreOrderedFromPublicToTopSecret() {
        assertThat(ConfidentialityLevel.values()).extracting(ConfidentialityLevel::nameZh)
                .containsExactly("公开", "内部", "工作秘密", "秘密", "机密", "绝密");
        assertThat(ConfidentialityLevel.HIGHLY_SECRET.covers(ConfidentialityLevel.SECRET)).isTrue();
        assertThat(ConfidentialityLevel.HIGHLY_SECRET.covers(ConfidentialityLevel.HIGHLY_SECRET)).isTrue();
        assertThat(ConfidentialityLevel.HIGHLY_SECRET.covers(ConfidentialityLevel.TOP_SECRET)).isFalse();
        assertThat(ConfidentialityLevel.PUBLIC.covers(ConfidentialityLevel.INTERNAL)).isFalse();
        assertThat(ConfidentialityLevel.WORK_SECRET.isAbove(ConfidentialityLevel.INTERNAL)).isTrue();
        assertThat(ConfidentialityLevel.SECRET.max(ConfidentialityLevel.INTERNAL)).isEqualTo(ConfidentialityLevel.SECRET);
        assertThat(ConfidentialityLevel.INTERNAL.max(ConfidentialityLevel.TOP_SECRET))
                .isEqualTo(ConfidentialityLevel.TOP_SECRET);
    }

    @Test
    void namesAreReadInEitherLanguageAndSpelling() {
        for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
            assertThat(ConfidentialityLevel.ofName(level.nameZh())).contains(level);
            assertThat(ConfidentialityLevel.ofName(level.nameEn())).contains(level);
            assertThat(ConfidentialityLevel.ofName(" " + level.name().toLowerCase() + " ")).contains(level);
        }
        assertThat(ConfidentialityLevel.ofName("highly-secret")).contains(ConfidentialityLevel.HIGHLY_SECRET);
        assertThat(ConfidentialityLevel.ofName("classified")).isEmpty();
        assertThat(ConfidentialityLevel.ofName(null)).isEmpty();
    }
}
