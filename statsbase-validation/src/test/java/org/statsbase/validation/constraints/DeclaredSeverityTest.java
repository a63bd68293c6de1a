package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;

/** The strictest severity marker of a constraint wins, whatever their order; a rule's own severity comes first. */
class DeclaredSeverityTest {

    private static final ValidatorFactory FACTORY = Validators.factory(Locale.ENGLISH);
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static final class Form {
        @NotNull(payload = {SeverityPayload.Hint.class, SeverityPayload.Mandatory.class})
        String hintThenMandatory;
        @NotNull(payload = {SeverityPayload.Mandatory.class, SeverityPayload.Hint.class})
        String mandatoryThenHint;
        @NotNull(payload = {SeverityPayload.Hint.class, SeverityPayload.Verify.class,
                SeverityPayload.QuasiMandatory.class})
        String upToQuasi;
        @NotNull(payload = {SeverityPayload.QuasiMandatory.class, SeverityPayload.Verify.class,
                SeverityPayload.Hint.class})
        String quasiFirst;
        @NotNull(payload = SeverityPayload.Verify.class)
        String verify;
        @NotNull
        String none;
    }

    @Test
    void theStrictestMarkerIsDeclared() {
        Map<String, Severity> severities = VALIDATOR.validate(new Form()).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), SeverityPayload::severity));
        assertThat(severities).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hintThenMandatory", Severity.MANDATORY,
                "mandatoryThenHint", Severity.MANDATORY,
                "upToQuasi", Severity.QUASI_MANDATORY,
                "quasiFirst", Severity.QUASI_MANDATORY,
                "verify", Severity.VERIFY,
                "none", Severity.MANDATORY));
        Map<String, Boolean> declared = VALIDATOR.validate(new Form()).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(),
                v -> SeverityPayload.declared(v.getConstraintDescriptor()).isPresent()));
        assertThat(declared).containsEntry("none", false).containsEntry("verify", true);
    }

    @Test
    void onlyReviewRulesViolationsAreReviewRulesViolations() {
        Set<ConstraintViolation<Object>> rules = VALIDATOR.validate(new ReviewRulesTest.Monthly().revenue("-1"));
        assertThat(rules).isNotEmpty().allSatisfy(v -> assertThat(ReviewViolations.isReviewRulesViolation(v))
                .isTrue());
        assertThat(rules).anySatisfy(v -> {
            assertThat(ReviewViolations.ruleId(v)).contains("R001");
            assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.MANDATORY);
        });
        assertThat(VALIDATOR.validate(new Form())).isNotEmpty()
                .allSatisfy(v -> assertThat(ReviewViolations.isReviewRulesViolation(v)).isFalse());
    }
}
