package org.statsbase.confidentiality.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.level.ConfidentialityLevel;

/** The secret-items list: its JSON form, the default secrecy periods (保守国家秘密法) and every problem at once. */
class SecretItemsTest {

    @Test
    void readsIdsAndPatternsWithDefaultPeriods() {
        SecretItems items = SecretItems.parse("""
                {"source": "test", "items": [
                  {"id": "gdp.quarterly.32", "level": "机密", "period_years": 5, "source": "统计工作国家秘密范围的规定"},
                  {"pattern": "census.*.draft", "level": "SECRET", "source": "s"},
                  {"pattern": "x?", "level": "top-secret", "source": "s"}
                ]}""", "items.json");
        assertThat(items.items()).hasSize(3);
        assertThat(items.items().get(0).secrecyYears()).isEqualTo(5);
        assertThat(items.items().get(1).secrecyYears()).isEqualTo(10);
        assertThat(items.items().get(2).secrecyYears()).isEqualTo(30);
        assertThat(items.covering("census.2020.draft")).containsExactly(items.items().get(1));
        assertThat(items.covering("census.2020.final")).isEmpty();
        assertThat(items.covering("xy")).hasSize(1);
        assertThat(items.covering("xyz")).isEmpty();
        assertThat(SecretItems.parse("[]", "a.json").items()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAMalformedList() {
        assertThatThrownBy(() -> SecretItems.parse("""
                {"items": [
                  {"id": "a", "level": "内部", "source": "s"},
                  {"id": "b", "level": "秘密", "period_years": 11, "source": "s"},
                  {"level": "秘密", "source": "s"},
                  {"id": "c", "pattern": "c*", "level": "秘密", "source": "s"},
                  {"id": "d", "level": "秘密"},
                  {"id": "e", "level": "秘密", "source": "s", "colour": "red"},
                  {"id": "f", "level": "秘密", "source": "s"},
                  {"id": "f", "level": "机密", "source": "s"},
                  {"pattern": "a b", "level": "秘密", "source": "s"}
                ]}""", "bad.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageEn().substring(0, 12))
                        .containsExactly("SB-CONF-0105", "SB-CONF-0106", "SB-CONF-0107", "SB-CONF-0107",
                                "SB-CONF-0102", "SB-CONF-0103", "SB-CONF-0108", "SB-CONF-0114"));
        assertThatThrownBy(() -> SecretItems.parse("{\"items\": 3}", "x.json"))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.problems().get(0).messageEn()).startsWith("SB-CONF-0101"));
        assertThatThrownBy(() -> SecretItems.parse("{", "x.json"))
                .isInstanceOf(ConfidentialityException.class).hasMessageStartingWith("SB-CONF-0113");
    }

    @Test
    void theFactoriesCheckLevelAndPeriod() {
        assertThatThrownBy(() -> SecretItem.ofId("a", ConfidentialityLevel.WORK_SECRET, 1, "s"))
                .hasMessageStartingWith("SB-CONF-0105");
        assertThatThrownBy(() -> SecretItem.ofId("a", ConfidentialityLevel.TOP_SECRET, 31, "s"))
                .hasMessageStartingWith("SB-CONF-0106");
        assertThatThrownBy(() -> SecretItem.ofId("a", ConfidentialityLevel.SECRET, 0, "s"))
                .hasMessageStartingWith("SB-CONF-0106");
        assertThatThrownBy(() -> SecretItem.ofPattern("a|b", ConfidentialityLevel.SECRET, 1, "s"))
                .hasMessageStartingWith("SB-CONF-0114");
        assertThat(SecretItems.of(List.of(SecretItem.ofPattern("a.*", ConfidentialityLevel.SECRET, 1, "s")))
                .covering("abc")).isEmpty();
    }
}
