package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md 城乡分类代码: the seven codes, the group codes and the urban/rural split. */
class UrbanRuralCodeTest {

    @ParameterizedTest
    @CsvSource({
        "111, 主城区, CITY_AREA, true", "112, 城乡结合区, CITY_AREA, true",
        "121, 镇中心区, TOWN_AREA, true", "122, 镇乡结合区, TOWN_AREA, true", "123, 特殊区域, TOWN_AREA, true",
        "210, 乡中心区, RURAL, false", "220, 村庄, RURAL, false",
    })
    void theSevenCodes(String code, String nameZh, UrbanRuralGroup group, boolean urban) {
        UrbanRuralCode parsed = UrbanRuralCode.parse(code);
        assertThat(parsed.code()).isEqualTo(code);
        assertThat(parsed).hasToString(code);
        assertThat(parsed.nameZh()).isEqualTo(nameZh);
        assertThat(parsed.group()).isEqualTo(group);
        assertThat(parsed.isUrban()).isEqualTo(urban);
        assertThat(group.contains(parsed)).isTrue();
        assertThat((urban ? UrbanRuralGroup.URBAN : UrbanRuralGroup.RURAL).contains(parsed)).isTrue();
        assertThat((urban ? UrbanRuralGroup.RURAL : UrbanRuralGroup.URBAN).contains(parsed)).isFalse();
    }

    @Test
    void thereAreExactlySeven() {
        assertThat(UrbanRuralCode.values()).hasSize(7);
    }

    @ParameterizedTest
    @CsvSource({"100, 城镇", "110, 城区", "120, 镇区", "200, 乡村"})
    void groupCodesAreRejectedWithTheirOwnReasonButReadableAsGroups(String code, String nameZh) {
        CodeCheck<UrbanRuralCode, UrbanRuralCode.Reason> check = UrbanRuralCode.check(code);
        assertThat(check.reason()).contains(UrbanRuralCode.Reason.GROUP_CODE);
        assertThat(check.errorCode()).hasValue("SB-CORE-0404");
        assertThat(check.messageZh()).contains(nameZh);
        assertThat(UrbanRuralGroup.ofCode(code).map(UrbanRuralGroup::nameZh)).hasValue(nameZh);
    }

    @Test
    void groupsNest() {
        assertThat(UrbanRuralGroup.CITY_AREA.parent()).contains(UrbanRuralGroup.URBAN);
        assertThat(UrbanRuralGroup.TOWN_AREA.parent()).contains(UrbanRuralGroup.URBAN);
        assertThat(UrbanRuralGroup.URBAN.parent()).isEmpty();
        assertThat(UrbanRuralGroup.RURAL.parent()).isEmpty();
        assertThat(UrbanRuralGroup.TOWN_AREA.isUrban()).isTrue();
        assertThat(UrbanRuralGroup.RURAL.isUrban()).isFalse();
        assertThat(UrbanRuralGroup.ofCode("111")).isEmpty();
    }

    @Test
    void badInputsHaveReasons() {
        assertThat(UrbanRuralCode.check(null).reason()).contains(UrbanRuralCode.Reason.EMPTY);
        assertThat(UrbanRuralCode.check("1a1").reason()).contains(UrbanRuralCode.Reason.ILLEGAL_CHARACTER);
        assertThat(UrbanRuralCode.check("1a1").position()).hasValue(2);
        assertThat(UrbanRuralCode.check("11").reason()).contains(UrbanRuralCode.Reason.WRONG_LENGTH);
        assertThat(UrbanRuralCode.check("1110").reason()).contains(UrbanRuralCode.Reason.WRONG_LENGTH);
        assertThat(UrbanRuralCode.check("113").reason()).contains(UrbanRuralCode.Reason.UNKNOWN_CODE);
        assertThat(UrbanRuralCode.check("230").reason()).contains(UrbanRuralCode.Reason.UNKNOWN_CODE);
        assertThat(UrbanRuralCode.check(" １２１ ").value()).contains(UrbanRuralCode.TOWN_CENTRE);
        assertThatThrownBy(() -> UrbanRuralCode.parse("300")).isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("SB-CORE-0405");
    }
}
