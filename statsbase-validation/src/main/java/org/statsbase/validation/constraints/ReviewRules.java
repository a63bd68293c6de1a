package org.statsbase.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.statsbase.validation.constraints.internal.ReviewRulesValidator;

/**
 * The annotated bean passes the review rules (审核公式, 国家统计局《统计数据审核规则》 as statistical
 * offices write them) of a rule set: the bean is reviewed as a one-record dataset with
 * {@link org.statsbase.validation.review.RuleSet#review}, and each rule it fails is a constraint
 * violation.
 *
 * <ul>
 *   <li><b>Rule set.</b> Found by id through {@link org.statsbase.validation.spi.RuleSets#discover}
 *       (the class-path provider reads {@code META-INF/statsbase/rules/<id>.yaml|.yml|.json}; other
 *       {@link org.statsbase.validation.spi.RuleSetProvider}s through {@link java.util.ServiceLoader}),
 *       read once per id and compiled once per id and bean class against the bean's properties
 *       (unknown indicators and type errors are found then, not per bean); thread-safe caches.</li>
 *   <li><b>Indicators.</b> Every readable property (field, getter, record component) of a number type
 *       ({@code BigDecimal}, {@code BigInteger}, {@code int}, {@code long}, {@code double} and their
 *       kin, by their decimal text: {@code 0.1} is 0.1), a {@link CharSequence}, a {@code Boolean} or a
 *       {@link java.time.LocalDate} is the indicator of its name, or of the code its {@link Indicator}
 *       names. {@code null} (and a NaN or infinite double) is missing, so a rule reading it is not
 *       applicable and passes. Other properties are ignored.</li>
 *   <li><b>Violations.</b> One per failing rule, on the property the rule read if it read exactly one
 *       mapped indicator, else on the bean; one with a distinct message per rule that could not be
 *       evaluated. The message names the rule's level and id and gives the rule's message with the
 *       values filled in; {@link ReviewViolations} gives the rule id, the rule's severity (also
 *       {@link SeverityPayload#severity}) and the message in either language, and
 *       {@link RuleMessageInterpolator} makes {@code getMessage()} carry only the rule message of the
 *       validator's language. A {@link #message()} of one's own replaces all this by one violation on
 *       the bean.</li>
 *   <li><b>Errors.</b> A rule set that no provider has, that is malformed or that does not compile
 *       against the bean (an unknown indicator, a type error, a reference dataset a bean cannot give)
 *       is a {@link jakarta.validation.ConstraintDeclarationException} whose cause is the statsbase
 *       error ({@code SB-VAL-0415}, {@code SB-VAL-04xx}, {@code SB-VAL-0001}, {@code SB-VAL-0601}),
 *       as are the mapping errors {@code SB-VAL-0703..0706}. A getter that throws is a
 *       {@link org.statsbase.core.error.StatsbaseException} {@code SB-VAL-0707}, which the provider
 *       wraps as it wraps any exception of a validator.</li>
 * </ul>
 *
 * <p>Thread safety: annotations are immutable; the validator is safe for concurrent use.
 */
@Documented
@Constraint(validatedBy = ReviewRulesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ReviewRules.List.class)
public @interface ReviewRules {

    /**
     * The rule-set id, for example {@code b204-1-monthly}.
     *
     * @return the id a {@link org.statsbase.validation.spi.RuleSets} lookup finds the rule set by
     */
    String value();

    /**
     * The message template; the default gives each failing rule's own message.
     *
     * @return the message template or text; by default each failing rule's own message
     */
    String message() default "{org.statsbase.validation.constraints.ReviewRules.message}";

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to; empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload. Each violation's severity is its rule's ({@link ReviewViolations#severity}); a
     * {@link SeverityPayload} marker here counts only for a {@link #message()} of one's own.
     *
     * @return the payload types; empty by default
     */
    Class<? extends Payload>[] payload() default {};

    /** Several rule sets on one bean. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        ReviewRules[] value();
    }
}
