package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.UrbanRuralCode;
import org.statsbase.core.code.UrbanRuralGroup;

/** 城乡分类代码 (DOMAIN.md, Identifiers): seven codes, 1xx 城镇 / 2xx 乡村, group codes apart. */
class UrbanRuralCodeProperties {

    @Property
    void theFirstDigitIsTheUrbanRuralSplit(@ForAll UrbanRuralCode code) {
        assertThat(code.isUrban()).isEqualTo(code.code().startsWith("1"));
        UrbanRuralGroup split = code.isUrban() ? UrbanRuralGroup.URBAN : UrbanRuralGroup.RURAL;
        assertThat(split.contains(code)).isTrue();
        assertThat(split.code().charAt(0)).isEqualTo(code.code().charAt(0));
    }

    @Property
    void urbanCodesBelongToTheGroupOfTheirFirstTwoDigits(@ForAll UrbanRuralCode code) {
        UrbanRuralGroup group = code.group();
        if (code.isUrban()) {
            assertThat(group.code()).isEqualTo(code.code().substring(0, 2) + "0");
            assertThat(group.parent()).contains(UrbanRuralGroup.URBAN);
        } else {
            assertThat(group).isEqualTo(UrbanRuralGroup.RURAL);
        }
    }

    @Property
    void aThreeDigitStringIsValidExactlyWhenItIsOneOfTheSeven(@ForAll("threeDigits") String digits) {
        boolean listed = Arrays.stream(UrbanRuralCode.values()).anyMatch(u -> u.code().equals(digits));
        assertThat(UrbanRuralCode.check(digits).isValid()).isEqualTo(listed);
    }

    @Property
    void checkNeverThrows(@ForAll @WithNull String any) {
        assertThatCode(() -> UrbanRuralCode.check(any)).doesNotThrowAnyException();
    }

    @Property
    void eachInvalidArbitraryFailsForItsReason(@ForAll("reasonAndInput") Object[] pair) {
        CodeCheck<UrbanRuralCode, UrbanRuralCode.Reason> check = UrbanRuralCode.check((String) pair[1]);
        assertThat(check.reason()).contains((UrbanRuralCode.Reason) pair[0]);
    }

    @Property
    void everySpellingParsesEqual(@ForAll("spellings") Object[] pair) {
        assertThat(UrbanRuralCode.parse((String) pair[1])).isEqualTo(pair[0]);
    }

    @Provide
    Arbitrary<String> threeDigits() {
        return Arbitraries.strings().numeric().ofLength(3);
    }

    @Provide
    Arbitrary<Object[]> reasonAndInput() {
        return Arbitraries.of(UrbanRuralCode.Reason.class)
                .flatMap(r -> UrbanRuralCodes.invalid(r).map(s -> new Object[] {r, s}));
    }

    @Provide
    Arbitrary<Object[]> spellings() {
        return UrbanRuralCodes.valid()
                .flatMap(c -> CodeInputs.spellingsOf(c.code()).map(s -> new Object[] {c, s}));
    }
}
