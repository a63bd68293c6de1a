package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.statsbase.testkit.code.OrganizationCodes.BODY_CHARACTERS;
import static org.statsbase.testkit.code.OrganizationCodes.CHECK_CHARACTERS;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.OrganizationCode.Reason;

/** GB 11714, one property per clause, over the testkit's generators. */
class OrganizationCodeProperties {

    /**
     * The mod-11 check detects a substitution unless the two characters' values differ by a
     * multiple of 11, which only letters can do (for example 0 ↔ B, values 0 and 11): a limit of
     * GB 11714 itself, pinned down by {@link #aSubstitutionByElevenGoesUndetected()}.
     */
    @Property
    void everySubstitutionNotByAMultipleOfElevenIsDetected(@ForAll OrganizationCode code) {
        String text = code.canonical();
        for (int i = 0; i < 8; i++) {
            for (char c : BODY_CHARACTERS.toCharArray()) {
                if ((value(c) - value(text.charAt(i))) % 11 != 0) {
                    String changed = UnifiedSocialCreditCodes.replace(text, i, c);
                    assertThat(OrganizationCode.isValid(changed)).as(changed).isFalse();
                }
            }
        }
        for (char c : CHECK_CHARACTERS.toCharArray()) {
            if (c != text.charAt(8)) {
                assertThat(OrganizationCode.check(UnifiedSocialCreditCodes.replace(text, 8, c)).reason())
                        .contains(Reason.BAD_CHECK_CHARACTER);
            }
        }
    }

    @Property
    void everyDigitSubstitutionAndTranspositionInADigitBodyIsDetected(@ForAll("digitCodes") String text) {
        for (int i = 0; i < 8; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != text.charAt(i)) {
                    assertThat(OrganizationCode.isValid(UnifiedSocialCreditCodes.replace(text, i, c))).isFalse();
                }
            }
            if (i < 7 && text.charAt(i) != text.charAt(i + 1)) {
                String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                assertThat(OrganizationCode.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> digitCodes() {
        return Arbitraries.strings().numeric().ofLength(8).map(b -> b + OrganizationCode.checkCharacter(b));
    }

    @Example
    void aSubstitutionByElevenGoesUndetected() {
        assertThat(OrganizationCode.isValid("192203821")).isTrue();
        // position 5 holds 0 (value 0); B has value 11: the weighted sum changes by 5 * 11
        assertThat(OrganizationCode.isValid("1922B3821")).isTrue();
    }

    @Property
    void theHyphenFormEqualsThePlainForm(@ForAll OrganizationCode code) {
        assertThat(OrganizationCode.parse(code.withHyphen())).isEqualTo(code);
        assertThat(code.withHyphen().replace("-", "")).isEqualTo(code.canonical());
    }

    @Property
    void everySpellingParsesToTheSameCode(@ForAll("spellings") Tuple2<OrganizationCode, String> spelling) {
        assertThat(OrganizationCode.parse(spelling.get2())).isEqualTo(spelling.get1());
    }

    @Provide
    Arbitrary<Tuple2<OrganizationCode, String>> spellings() {
        return OrganizationCodes.valid().flatMap(c -> Arbitraries.of(c.canonical(), c.withHyphen())
                .flatMap(CodeInputs::spellingsOf).map(s -> Tuple.of(c, s)));
    }

    @Property
    void eachFailingArbitraryFailsForExactlyItsReason(@ForAll("failing") Tuple2<Reason, String> failing) {
        CodeCheck<OrganizationCode, Reason> check = OrganizationCode.check(failing.get2());
        assertThat(check.reason()).as("%s", failing).contains(failing.get1());
        assertThat(check.messageZh()).doesNotContain("{");
        assertThat(check.messageEn()).doesNotContain("{");
    }

    @Provide
    Arbitrary<Tuple2<Reason, String>> failing() {
        return Arbitraries.of(Reason.class).flatMap(r -> OrganizationCodes.failingWith(r).map(s -> Tuple.of(r, s)));
    }

    @Property
    void checkNeverThrows(@ForAll String input) {
        assertThatCode(() -> OrganizationCode.check(input)).doesNotThrowAnyException();
        assertThat(OrganizationCode.isValid(input)).isEqualTo(OrganizationCode.check(input).isValid());
    }

    @Example
    void checkOfNullIsEmpty() {
        assertThat(OrganizationCode.check(null).reason()).contains(Reason.EMPTY);
    }

    /** Clause 5: the computed check character completes any eight body characters. */
    @Property
    void checkCharacterMakesAnyEightBodyCharactersValid(@ForAll("bodies") String body) {
        assertThat(OrganizationCode.isValid(body + OrganizationCode.checkCharacter(body))).isTrue();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(BODY_CHARACTERS).ofLength(8);
    }

    private static int value(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }
}
