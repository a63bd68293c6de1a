package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.statsbase.testkit.code.UnifiedSocialCreditCodes.CHARSET;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.OrganizationCategory;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.Province;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.code.UnifiedSocialCreditCode.Reason;

/** GB 32100-2015, one property per clause, over the testkit's generators. */
class UnifiedSocialCreditCodeProperties {

    @Property
    void everySingleCharacterSubstitutionIsDetected(@ForAll UnifiedSocialCreditCode code) {
        String text = code.canonical();
        for (int i = 0; i < UnifiedSocialCreditCode.LENGTH; i++) {
            for (char c : CHARSET.toCharArray()) {
                if (c != text.charAt(i)) {
                    String changed = UnifiedSocialCreditCodes.replace(text, i, c);
                    assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
                    assertThat(UnifiedSocialCreditCode.check(changed).isValid()).as(changed).isFalse();
                }
            }
        }
    }

    @Property
    void everyAdjacentTranspositionOfDistinctCharactersIsDetected(@ForAll UnifiedSocialCreditCode code) {
        String text = code.canonical();
        for (int i = 0; i + 1 < UnifiedSocialCreditCode.LENGTH; i++) {
            if (text.charAt(i) != text.charAt(i + 1)) {
                String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                assertThat(UnifiedSocialCreditCode.isValid(swapped)).as(swapped).isFalse();
                assertThat(UnifiedSocialCreditCode.check(swapped).isValid()).as(swapped).isFalse();
            }
        }
    }

    @Property
    void eachFailingArbitraryFailsForExactlyItsReason(@ForAll("failing") Tuple2<Reason, String> failing) {
        CodeCheck<UnifiedSocialCreditCode, Reason> check = UnifiedSocialCreditCode.check(failing.get2());
        assertThat(check.reason()).as("%s", failing).contains(failing.get1());
        assertThat(UnifiedSocialCreditCode.isValid(failing.get2())).isFalse();
        assertThat(check.messageZh()).doesNotContain("{");
        assertThat(check.messageEn()).doesNotContain("{");
    }

    @Provide
    Arbitrary<Tuple2<Reason, String>> failing() {
        return Arbitraries.of(Reason.class)
                .flatMap(r -> UnifiedSocialCreditCodes.failingWith(r).map(s -> Tuple.of(r, s)));
    }

    @Property
    void everySpellingParsesToTheSameCode(@ForAll("spellings") Tuple2<UnifiedSocialCreditCode, String> spelling) {
        assertThat(UnifiedSocialCreditCode.parse(spelling.get2())).isEqualTo(spelling.get1());
        assertThat(UnifiedSocialCreditCode.isValid(spelling.get2())).isTrue();
    }

    @Provide
    Arbitrary<Tuple2<UnifiedSocialCreditCode, String>> spellings() {
        return UnifiedSocialCreditCodes.valid()
                .flatMap(c -> CodeInputs.spellingsOf(c.canonical()).map(s -> Tuple.of(c, s)));
    }

    @Property
    void checkNeverThrowsAndIsValidAgreesWithIt(@ForAll String input) {
        assertThatCode(() -> UnifiedSocialCreditCode.check(input)).doesNotThrowAnyException();
        assertThat(UnifiedSocialCreditCode.isValid(input)).isEqualTo(UnifiedSocialCreditCode.check(input).isValid());
    }

    @Property
    void checkNeverThrowsOnNearlyValidText(@ForAll("nearlyValid") String input) {
        assertThatCode(() -> UnifiedSocialCreditCode.check(input)).doesNotThrowAnyException();
        assertThat(UnifiedSocialCreditCode.isValid(input)).isEqualTo(UnifiedSocialCreditCode.check(input).isValid());
    }

    @Provide
    Arbitrary<String> nearlyValid() {
        return Arbitraries.strings().withChars(CHARSET + "IOSVZ-a \u3000９").ofMinLength(16).ofMaxLength(20);
    }

    @Example
    void checkOfNullIsEmpty() {
        assertThat(UnifiedSocialCreditCode.check(null).reason()).contains(Reason.EMPTY);
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    /** Clause 5: the computed check character completes any 17 characters of the charset. */
    @Property
    void checkCharacterMakesAny17CharactersPassClause5(@ForAll("first17") String first17) {
        char check = UnifiedSocialCreditCode.checkCharacter(first17);
        CodeCheck<UnifiedSocialCreditCode, Reason> completed = UnifiedSocialCreditCode.check(first17 + check);
        assertThat(completed.reason().stream())
                .doesNotContain(Reason.BAD_CHECK_CHARACTER, Reason.ILLEGAL_CHARACTER, Reason.WRONG_LENGTH);
        for (char other : CHARSET.toCharArray()) {
            if (other != check) {
                CodeCheck<UnifiedSocialCreditCode, Reason> wrong = UnifiedSocialCreditCode.check(first17 + other);
                assertThat(wrong.reason()).contains(completed.reason().orElse(Reason.BAD_CHECK_CHARACTER));
            }
        }
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(CHARSET).ofLength(17),
                UnifiedSocialCreditCodes.validText().map(t -> t.substring(0, 17)));
    }

    @Property
    void checkCharacterMakesTheFirst17OfAnyValidCodeValid(@ForAll UnifiedSocialCreditCode code) {
        String first17 = code.canonical().substring(0, 17);
        assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo(code.checkCharacter());
        assertThat(UnifiedSocialCreditCode.isValid(first17 + UnifiedSocialCreditCode.checkCharacter(first17))).isTrue();
    }

    /** Clause 4.4: positions 9–17 are a GB 11714 organisation code. */
    @Property
    void theOrganisationCodePartIsAValidOrganizationCode(@ForAll UnifiedSocialCreditCode code) {
        String part = code.canonical().substring(8, 17);
        assertThat(OrganizationCode.isValid(part)).isTrue();
        assertThat(code.organizationCode()).isEqualTo(OrganizationCode.parse(part));
    }

    /** Clause 4.2 and 4.3: positions 1–8 read as authority, category and division. */
    @Property
    void accessorsReadPositionsOneToEight(@ForAll UnifiedSocialCreditCode code) {
        String text = code.canonical();
        assertThat(code.category().prefix()).isEqualTo(text.substring(0, 2));
        assertThat(code.authority()).isEqualTo(code.category().authority());
        assertThat(code.registrationDivision()).isEqualTo(text.substring(2, 8)).containsOnlyDigits();
        int prefix = Integer.parseInt(text.substring(2, 4));
        assertThat(code.province()).isEqualTo(Province.ofCode(prefix));
        assertThat(prefix == 10 || code.province().isPresent()).isTrue();
    }

    @Example
    void everyAuthorityCategoryPairIsGenerated() {
        Set<OrganizationCategory> seen = UnifiedSocialCreditCodes.valid().sampleStream().limit(3_000)
                .map(UnifiedSocialCreditCode::category).collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(OrganizationCategory.class));
    }
}
