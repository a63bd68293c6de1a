package org.statsbase.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.statsbase.validation.constraints.internal.UnifiedSocialCreditCodeValidator;

/**
 * The annotated character sequence is a 统一社会信用代码 (unified social credit code) of
 * GB 32100-2015《法人和其他组织统一社会信用代码编码规则》, as
 * {@link org.statsbase.core.code.UnifiedSocialCreditCode#check(CharSequence)} checks it: 18
 * characters of the code's charset, a known registration authority and organisation category,
 * a registration division, a valid organisation code in positions 9–17 and the check character.
 *
 * <p>Input is normalised first (NFKC, trimmed, upper-cased), so full-width or lower-case input
 * that normalises to a valid code is valid. {@code null} is valid (combine with
 * {@code @NotNull}); blank input is invalid ({@code EMPTY}). Supported type: {@link CharSequence}.
 *
 * <p>The violation's message names the reason ({@code org.statsbase.validation.constraints.
 * UnifiedSocialCreditCode.<REASON>}) with the normalised input, position, expected and actual
 * text, unless {@link #message()} is set to a message of one's own, which is then used as is.
 * {@link CodeViolations#reason} gives the reason of a violation; {@link SeverityPayload} its
 * severity.
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(UnifiedSocialCreditCode.List.class)
public @interface UnifiedSocialCreditCode {

    /**
     * The message template; the default names the reason of each violation.
     *
     * @return the message template or text; by default the bundle's, which names the reason (SB-CORE-01xx)
     */
    String message() default "{org.statsbase.validation.constraints.UnifiedSocialCreditCode.message}";

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to; empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload, for example a {@link SeverityPayload} marker.
     *
     * @return the payload types; empty by default, which counts as
     *         {@link org.statsbase.core.level.Severity#MANDATORY}
     */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @UnifiedSocialCreditCode} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        UnifiedSocialCreditCode[] value();
    }
}
