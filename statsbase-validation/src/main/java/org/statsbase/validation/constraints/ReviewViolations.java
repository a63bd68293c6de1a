package org.statsbase.validation.constraints;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.level.Severity;

/**
 * Reads, from a {@link ConstraintViolation} of {@link ReviewRules @ReviewRules}, which review rule
 * (审核公式) failed, its level (审核规则级别: {@link Severity}) and its message in either language.
 *
 * <p>The rule's severity is the "payload" of the violation in all but mechanism: Jakarta Validation
 * 3.1 fixes a constraint's payload at declaration, while the rules of one {@code @ReviewRules} have
 * different levels, and a dynamic payload exists only in Hibernate Validator's own API. So the level
 * travels, with the rule id and both messages, in the violation's message template, the only channel
 * the Jakarta API gives a validator, and {@link SeverityPayload#severity} reads it from there too.
 * All of this is absent when the constraint declares a message of its own.
 *
 * <p>Thread safety: stateless.
 */
public final class ReviewViolations {

    private ReviewViolations() {
    }

    /**
     * Whether this is a violation of a {@code @ReviewRules} rule (failing or not evaluable).
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return {@code true} for a failing or not evaluable rule of {@code @ReviewRules}, {@code false} for any other
     *         violation
     */
    public static boolean isReviewRulesViolation(ConstraintViolation<?> violation) {
        return parts(violation).isPresent();
    }

    /**
     * The id of the rule that failed or could not be evaluated, for example {@code R001}.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return the rule id; empty when this is not a {@code @ReviewRules} violation
     */
    public static Optional<String> ruleId(ConstraintViolation<?> violation) {
        return parts(violation).map(ReviewTemplate::ruleId);
    }

    /**
     * The rule's severity (审核规则级别), as its rule set declares it.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return the rule's level; empty when this is not a {@code @ReviewRules} violation
     */
    public static Optional<Severity> severity(ConstraintViolation<?> violation) {
        return parts(violation).map(ReviewTemplate::severity);
    }

    /**
     * Whether the rule could not be evaluated on the bean (for example a rule set compiled without a
     * form, reading text where it needs a number), rather than failed.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return {@code true} when the rule could not be evaluated, {@code false} when it failed or is not a
     *         {@code @ReviewRules} violation
     */
    public static boolean isEvaluationError(ConstraintViolation<?> violation) {
        return parts(violation).map(ReviewTemplate::error).orElse(false);
    }

    /**
     * The rule's own message with the bean's values filled in (or the evaluation error's), in Chinese
     * when {@code locale}'s language is {@code zh}, else in English; without the level and rule id
     * that {@link ConstraintViolation#getMessage()} puts before it.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @param locale the language of the message: Chinese for {@code zh}, English for any other
     * @return the message; empty when this is not a {@code @ReviewRules} violation
     */
    public static Optional<String> message(ConstraintViolation<?> violation, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return parts(violation).map(p -> p.message(locale));
    }

    private static Optional<ReviewTemplate> parts(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        if (!(violation.getConstraintDescriptor().getAnnotation() instanceof ReviewRules)) {
            return Optional.empty();
        }
        return ReviewTemplate.parse(violation.getMessageTemplate());
    }
}
