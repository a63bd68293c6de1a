package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.UnexpectedTypeException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.CodeReason;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.validation.constraints.ReasonExamples.Codes;
import org.statsbase.validation.constraints.ReasonExamples.Example;

/**
 * The code constraints under Hibernate Validator 9.1: a valid code passes in every spelling core
 * accepts, {@code null} passes, every reason of every code type fails with that reason, its error
 * code and a message that says why.
 */
class CodeConstraintsTest {

    private static final ValidatorFactory ENGLISH = Validators.factory(Locale.ENGLISH);
    private static final ValidatorFactory CHINESE = Validators.factory(Locale.SIMPLIFIED_CHINESE);
    private static final Validator VALIDATOR = ENGLISH.getValidator();

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    static Stream<Example> examples() {
        return ReasonExamples.all().stream();
    }

    @Test
    void theExamplesCoverEveryReasonOfEveryConstraint() {
        assertThat(examples().map(e -> ReasonExamples.name(e.constraint(), e.reason())))
                .containsExactlyInAnyOrderElementsOf(ReasonExamples.allReasons());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyReasonFailsWithThatReasonAndItsErrorCode(Example example) {
        Set<ConstraintViolation<Codes>> violations = VALIDATOR.validateValue(Codes.class, example.property(),
                example.input());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getConstraintDescriptor().getAnnotation().annotationType()).isEqualTo(example.constraint());
            assertThat(CodeViolations.reason(v)).contains(example.reason());
            assertThat(CodeViolations.errorCode(v)).contains(example.reason().error().code());
            assertThat(v.getPropertyPath()).hasToString(example.property());
            assertThat(v.getInvalidValue()).isEqualTo(example.input());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void coreReasonsAreTheReasonsOfCoreCheck(Example example) {
        CodeCheck<?, ?> check = coreCheck(example);
        if (example.reason() instanceof ConstraintReason) {
            assertThat(check.isValid()).as("a constraint's own reason concerns well-formed codes").isTrue();
        } else {
            assertThat(check.reason().map(CodeReason.class::cast)).contains(example.reason());
        }
    }

    @Test
    void validCodesPassInEverySpellingCoreAccepts() {
        String organization = ReasonExamples.ORGANIZATION_BODY
                + OrganizationCode.checkCharacter(ReasonExamples.ORGANIZATION_BODY);
        List<String[]> valid = List.of(
                new String[] {"creditCode", "91110108551385082Q"},
                new String[] {"creditCode", "914403001922038216"},
                new String[] {"organizationCode", organization},
                new String[] {"organizationCode", organization.substring(0, 8) + "-" + organization.charAt(8)},
                new String[] {"division", "44"},
                new String[] {"division", "441900003000"},
                new String[] {"countyOrTownship", "440304"},
                new String[] {"countyOrTownship", "440304001"},
                new String[] {"industry", "C"},
                new String[] {"industry", "C13"},
                new String[] {"industry", "1311"},
                new String[] {"industryClass", "C1311"},
                new String[] {"urbanRural", "111"},
                new String[] {"urbanRural", "220"});
        for (String[] v : valid) {
            for (String spelling : List.of(v[1], fullWidth(v[1]), v[1].toLowerCase(Locale.ROOT),
                    "\u3000 " + v[1] + " ")) {
                assertThat(VALIDATOR.validateValue(Codes.class, v[0], spelling)).as("%s %s", v[0], spelling).isEmpty();
            }
        }
    }

    @Test
    void nullIsValidAsJakartaValidationWants() {
        assertThat(VALIDATOR.validate(new Codes())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n"})
    void blankIsInvalidAndEmpty(String blank) {
        for (String property : List.of("creditCode", "organizationCode", "division", "industry", "urbanRural")) {
            assertThat(VALIDATOR.validateValue(Codes.class, property, blank)).singleElement()
                    .satisfies(v -> assertThat(CodeViolations.reason(v).map(CodeReason::name)).contains("EMPTY"));
        }
    }

    @Test
    void divisionLevelsAreThoseListed() {
        assertThat(VALIDATOR.validateValue(Codes.class, "countyOrTownship", "440304")).isEmpty();
        assertThat(VALIDATOR.validateValue(Codes.class, "countyOrTownship", "440304001")).isEmpty();
        for (String other : List.of("44", "4403", "440304001001")) {
            assertThat(reasons("countyOrTownship", other)).containsExactly(ConstraintReason.WRONG_LEVEL);
        }
        assertThat(VALIDATOR.validateValue(Codes.class, "division", "440304001001")).isEmpty();
    }

    @Test
    void industryCodesAreAtLeastTheMinimumLevel() {
        assertThat(VALIDATOR.validateValue(Codes.class, "industryClass", "C1311")).isEmpty();
        assertThat(VALIDATOR.validateValue(Codes.class, "industryClass", "1311")).isEmpty();
        for (String coarser : List.of("C", "13", "C131")) {
            assertThat(reasons("industryClass", coarser)).containsExactly(ConstraintReason.TOO_COARSE);
        }
        assertThat(VALIDATOR.validateValue(Codes.class, "industry", "C")).isEmpty();
    }

    @Test
    void theMessageSaysWhyInEnglishAndChinese() {
        // GB 32100-2015 clause 5: the check character of 91440300192203821 is 6.
        assertThat(message(ENGLISH, "creditCode", "914403001922038217")).isEqualTo(
                "the unified social credit code has a wrong check character: \"914403001922038217\", "
                        + "position 18, expected \"6\", actual \"7\"");
        assertThat(message(CHINESE, "creditCode", "914403001922038217"))
                .isEqualTo("统一社会信用代码校验码错误：“914403001922038217”，第 18 位，应为“6”，实为“7”");
        assertThat(message(ENGLISH, "creditCode", " ")).isEqualTo("the unified social credit code is empty");
        assertThat(message(CHINESE, "creditCode", null)).isNull();
    }

    @Test
    void aMisplacedHyphenIsShownWithoutAnExpectedCharacter() {
        assertThat(message(ENGLISH, "organizationCode", "1922-03821")).isEqualTo(
                "the organisation code has a misplaced hyphen (a hyphen may stand only before the check character): "
                        + "\"1922-03821\", position 5, actual \"-\"");
    }

    @Test
    void levelsAreNamedInTheLanguageOfTheMessage() {
        assertThat(message(ENGLISH, "countyOrTownship", "4403")).isEqualTo(
                "the division code is at a level not allowed here: \"4403\", expected \"county / township\", "
                        + "actual \"prefecture\"");
        assertThat(message(CHINESE, "industryClass", "c13"))
                .isEqualTo("行业代码不够细：“C13”，应为“小类”，实为“大类”");
    }

    @Test
    void theInputIsShownNeverInterpolated() {
        assertThat(message(ENGLISH, "creditCode", "91${1+1}{org.xy}\\1")).isEqualTo(
                "the unified social credit code has an illegal character: \"91${1+1}{ORG.XY}\\1\", position 3, "
                        + "expected \"0-9, A-H, J-N, P-R, T, U, W-Y\", actual \"$\"");
        assertThat(message(ENGLISH, "division", "1\\{groups}"))
                .contains("\"1\\{GROUPS}\"", "actual \"\\\"");
    }

    @Test
    void longInputIsCutInTheMessage() {
        String message = message(ENGLISH, "urbanRural", "A".repeat(100_000));
        assertThat(message).hasSizeLessThan(200).contains("\"" + "A".repeat(64) + "…\"");
    }

    @Test
    void aMessageOfOnesOwnIsKeptAndCarriesNoReason() {
        class Form {
            @UnifiedSocialCreditCode(message = "{org.statsbase.validation.constraints.UnifiedSocialCreditCode.message}"
                    + " (B204-1)")
            String creditCode = "914403001922038217";
            @NotNull
            String name;
        }
        Set<ConstraintViolation<Form>> violations = VALIDATOR.validate(new Form());
        assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                "must be a valid unified social credit code (GB 32100-2015) (B204-1)", "must not be null");
        assertThat(violations).allSatisfy(v -> assertThat(CodeViolations.reason(v)).isEmpty());
    }

    @Test
    void onlyCharacterSequencesCanBeAnnotated() {
        class Wrong {
            @UnifiedSocialCreditCode
            Integer creditCode = 1;
        }
        assertThatThrownBy(() -> VALIDATOR.validate(new Wrong())).isInstanceOf(UnexpectedTypeException.class);
    }

    private static Set<CodeReason> reasons(String property, String input) {
        return VALIDATOR.validateValue(Codes.class, property, input).stream()
                .map(v -> CodeViolations.reason(v).orElseThrow()).collect(Collectors.toSet());
    }

    private static String message(ValidatorFactory factory, String property, String input) {
        Set<ConstraintViolation<Codes>> violations = factory.getValidator().validateValue(Codes.class, property, input);
        assertThat(violations).hasSizeLessThanOrEqualTo(1);
        return violations.isEmpty() ? null : violations.iterator().next().getMessage();
    }

    private static CodeCheck<?, ?> coreCheck(Example example) {
        Class<?> c = example.constraint();
        String input = example.input();
        if (c == UnifiedSocialCreditCode.class) {
            return org.statsbase.core.code.UnifiedSocialCreditCode.check(input);
        } else if (c == org.statsbase.validation.constraints.OrganizationCode.class) {
            return org.statsbase.core.code.OrganizationCode.check(input);
        } else if (c == DivisionCode.class) {
            return org.statsbase.core.code.DivisionCode.check(input);
        } else if (c == IndustryCode.class) {
            return org.statsbase.core.code.IndustryCode.check(input);
        }
        return org.statsbase.core.code.UrbanRuralCode.check(input);
    }

    /** The full-width (全角) spelling of printable ASCII. */
    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
