package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.level.Severity;

/**
 * How the code constraints are declared (in the manner of Hibernate Validator's {@code @PESEL}):
 * every element Jakarta Validation allows, repeatable, with groups and a severity payload, on
 * container elements and on method parameters and return values.
 */
class ConstraintDeclarationTest {

    private static final ValidatorFactory FACTORY = Validators.factory(Locale.ENGLISH);
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void everyConstraintIsDeclaredLikeABuiltInOne() throws Exception {
        for (Class<? extends Annotation> c : ReasonExamples.constraints()) {
            assertThat(c.isAnnotationPresent(Documented.class)).as("%s documented", c).isTrue();
            assertThat(c.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
            assertThat(c.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(ElementType.METHOD,
                    ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR, ElementType.PARAMETER,
                    ElementType.TYPE_USE);
            Class<? extends Annotation> list = c.getAnnotation(Repeatable.class).value();
            assertThat(list.getSimpleName()).isEqualTo("List");
            assertThat(list.getEnclosingClass()).isEqualTo(c);
            assertThat(list.isAnnotationPresent(Documented.class)).isTrue();
            assertThat(list.getAnnotation(Target.class).value())
                    .containsExactlyInAnyOrder(c.getAnnotation(Target.class).value());
            assertThat(list.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
            Method groups = c.getMethod("groups");
            Method payload = c.getMethod("payload");
            assertThat((Class<?>[]) groups.getDefaultValue()).isEmpty();
            assertThat((Class<?>[]) payload.getDefaultValue()).isEmpty();
            assertThat(payload.getGenericReturnType().getTypeName())
                    .isEqualTo("java.lang.Class<? extends " + Payload.class.getName() + ">[]");
        }
    }

    interface CountyForm {
    }

    interface TownshipForm {
    }

    static final class Unit {
        @DivisionCode(level = DivisionLevel.COUNTY, groups = CountyForm.class)
        @DivisionCode(level = DivisionLevel.TOWNSHIP, groups = TownshipForm.class)
        @DivisionCode
        String division;

        Unit(String division) {
            this.division = division;
        }
    }

    @Test
    void repeatedConstraintsApplyPerGroup() {
        Unit county = new Unit("440304");
        assertThat(VALIDATOR.validate(county)).isEmpty();
        assertThat(VALIDATOR.validate(county, CountyForm.class)).isEmpty();
        assertThat(reasons(VALIDATOR.validate(county, TownshipForm.class))).containsExactly(ConstraintReason.WRONG_LEVEL);
        assertThat(reasons(VALIDATOR.validate(new Unit("4403"), CountyForm.class, TownshipForm.class)))
                .containsExactly(ConstraintReason.WRONG_LEVEL, ConstraintReason.WRONG_LEVEL);
        assertThat(VALIDATOR.validate(new Unit("44X3"), CountyForm.class, TownshipForm.class))
                .as("a malformed code fails each constraint once").hasSize(2);
    }

    static final class ExplicitList {
        @UnifiedSocialCreditCode.List({
            @UnifiedSocialCreditCode(payload = SeverityPayload.Hint.class),
            @UnifiedSocialCreditCode(payload = SeverityPayload.Mandatory.class, groups = CountyForm.class)})
        String creditCode = "914403001922038217";
    }

    @Test
    void theNestedListDeclaresSeveralAtOnce() {
        assertThat(VALIDATOR.validate(new ExplicitList())).singleElement()
                .satisfies(v -> assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.HINT));
        assertThat(VALIDATOR.validate(new ExplicitList(), CountyForm.class)).singleElement()
                .satisfies(v -> assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.MANDATORY));
    }

    static final class Graded {
        @OrganizationCode
        String unmarked = "1";
        @OrganizationCode(payload = SeverityPayload.Mandatory.class)
        String mandatory = "1";
        @OrganizationCode(payload = SeverityPayload.QuasiMandatory.class)
        String quasiMandatory = "1";
        @OrganizationCode(payload = SeverityPayload.Verify.class)
        String verify = "1";
        @OrganizationCode(payload = SeverityPayload.Hint.class)
        String hint = "1";
        @OrganizationCode(payload = {SeverityPayload.Hint.class, SeverityPayload.QuasiMandatory.class})
        String twoMarkers = "1";
        @OrganizationCode(payload = OtherPayload.class)
        String otherPayload = "1";
    }

    static final class OtherPayload implements Payload {
    }

    @Test
    void theSeverityTravelsAsPayload() {
        Set<ConstraintViolation<Graded>> violations = VALIDATOR.validate(new Graded());
        assertThat(violations).hasSize(7);
        for (ConstraintViolation<Graded> v : violations) {
            Severity expected = switch (v.getPropertyPath().toString()) {
                case "unmarked", "mandatory", "otherPayload" -> Severity.MANDATORY;
                case "quasiMandatory", "twoMarkers" -> Severity.QUASI_MANDATORY;
                case "verify" -> Severity.VERIFY;
                case "hint" -> Severity.HINT;
                default -> throw new AssertionError(v);
            };
            assertThat(SeverityPayload.severity(v)).as(v.getPropertyPath().toString()).isEqualTo(expected);
        }
        assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().equals("unmarked")).singleElement()
                .satisfies(v -> assertThat(SeverityPayload.declared(v.getConstraintDescriptor())).isEmpty());
    }

    static final class Register {
        List<@UnifiedSocialCreditCode String> creditCodes;

        Register(List<String> creditCodes) {
            this.creditCodes = creditCodes;
        }
    }

    @Test
    void containerElementsAreChecked() {
        Register register = new Register(List.of("91110108551385082Q", "914403001922038217", "９１１１０１０８５５１３８５０８２Ｑ"));
        assertThat(VALIDATOR.validate(register)).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("creditCodes[1].<list element>");
            assertThat(CodeViolations.reason(v))
                    .contains(org.statsbase.core.code.UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER);
        });
    }

    static final class Registry {
        @IndustryCode
        public String register(@OrganizationCode String organizationCode, @UrbanRuralCode String urbanRural) {
            return "C1311";
        }

        @IndustryCode
        public String broken() {
            return "A13";
        }
    }

    @Test
    void parametersAndReturnValuesAreChecked() throws Exception {
        Registry registry = new Registry();
        Method register = Registry.class.getMethod("register", String.class, String.class);
        assertThat(VALIDATOR.forExecutables().validateParameters(registry, register, new Object[] {"1922038", "110"}))
                .extracting(v -> CodeViolations.reason(v).orElseThrow())
                .containsExactlyInAnyOrder(org.statsbase.core.code.OrganizationCode.Reason.WRONG_LENGTH,
                        org.statsbase.core.code.UrbanRuralCode.Reason.GROUP_CODE);
        assertThat(VALIDATOR.forExecutables().validateReturnValue(registry, register, "C1311")).isEmpty();
        Method broken = Registry.class.getMethod("broken");
        assertThat(VALIDATOR.forExecutables().validateReturnValue(registry, broken, "A13")).singleElement()
                .satisfies(v -> assertThat(CodeViolations.reason(v))
                        .contains(org.statsbase.core.code.IndustryCode.Reason.SECTION_MISMATCH));
    }

    private static <T> List<Object> reasons(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> (Object) CodeViolations.reason(v).orElseThrow()).toList();
    }
}
