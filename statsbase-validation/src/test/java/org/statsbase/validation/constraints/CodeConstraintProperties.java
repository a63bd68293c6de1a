package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.validation.constraints.ReasonExamples.Codes;

/**
 * The constraints are thin: for any text, a constraint fails exactly when statsbase-core's check
 * fails, for the same reason, and the message shows the normalised input as it is, whatever
 * braces, dollars and backslashes it holds.
 */
class CodeConstraintProperties {

    private static final ValidatorFactory FACTORY = Validators.factory(Locale.ENGLISH);
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> codeLike = Arbitraries.strings().withChars("0123456789ABCDGHJKLMNPQRTUWXYZ-").ofMinLength(0)
                .ofMaxLength(20);
        Arbitrary<String> hostile = Arbitraries.strings().withChars("0123456789AX{}$\\#-'\" 　０１Ａ｛＄")
                .ofMaxLength(90);
        Arbitrary<String> valid = Arbitraries.of("91110108551385082Q", "914403001922038216", "441900003000", "440304",
                "C1311", "13", "111", "220", "19220382" + org.statsbase.core.code.OrganizationCode.checkCharacter("19220382"));
        Arbitrary<String> mutated = valid.flatMap(v -> Arbitraries.integers().between(0, v.length() - 1)
                .flatMap(i -> Arbitraries.chars().with("0123456789X${}").map(c -> v.substring(0, i) + c
                        + v.substring(i + 1))));
        return Arbitraries.oneOf(codeLike, hostile, valid, mutated, Arbitraries.strings().ofMaxLength(40));
    }

    @Property
    void aCreditCodeConstraintFailsExactlyWhenCoreCheckFails(@ForAll("texts") String text) {
        agree("creditCode", text, org.statsbase.core.code.UnifiedSocialCreditCode.check(text));
    }

    @Property
    void anOrganizationCodeConstraintFailsExactlyWhenCoreCheckFails(@ForAll("texts") String text) {
        agree("organizationCode", text, org.statsbase.core.code.OrganizationCode.check(text));
    }

    @Property
    void aDivisionCodeConstraintFailsExactlyWhenCoreCheckFails(@ForAll("texts") String text) {
        agree("division", text, org.statsbase.core.code.DivisionCode.check(text));
    }

    @Property
    void anIndustryCodeConstraintFailsExactlyWhenCoreCheckFails(@ForAll("texts") String text) {
        agree("industry", text, org.statsbase.core.code.IndustryCode.check(text));
    }

    @Property
    void anUrbanRuralCodeConstraintFailsExactlyWhenCoreCheckFails(@ForAll("texts") String text) {
        agree("urbanRural", text, org.statsbase.core.code.UrbanRuralCode.check(text));
    }

    private static void agree(String property, String text, CodeCheck<?, ?> check) {
        Set<ConstraintViolation<Codes>> violations = VALIDATOR.validateValue(Codes.class, property, text);
        if (check.isValid()) {
            assertThat(violations).isEmpty();
            return;
        }
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(CodeViolations.reason(v)).isEqualTo(check.reason().map(Object.class::cast));
            String input = check.input();
            if (!input.isEmpty()) {
                String shown = input.codePointCount(0, input.length()) > 64
                        ? input.substring(0, input.offsetByCodePoints(0, 64)) + "…" : input;
                assertThat(v.getMessage()).contains(": \"" + shown + "\"");
            }
        });
    }
}
