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
import org.statsbase.validation.constraints.internal.OrganizationCodeValidator;

/**
 * The annotated character sequence is a 组织机构代码 (organisation code) of GB 11714
 * 《全国组织机构代码编制规则》, as {@link org.statsbase.core.code.OrganizationCode#check(CharSequence)}
 * checks it: eight body characters and the mod-11 check character (clause 5), either as nine
 * characters ({@code 192203821}) or in the printed form with a hyphen ({@code 19220382-1}).
 *
 * <p>Input is normalised first (NFKC, trimmed, upper-cased), so full-width or lower-case input
 * that normalises to a valid code is valid. {@code null} is valid (combine with
 * {@code @NotNull}); blank input is invalid ({@code EMPTY}). Supported type: {@link CharSequence}.
 *
 * <p>The violation's message names the reason ({@code org.statsbase.validation.constraints.
 * OrganizationCode.<REASON>}) with the normalised input, position, expected and actual text,
 * unless {@link #message()} is set to a message of one's own, which is then used as is.
 * {@link CodeViolations#reason} gives the reason of a violation; {@link SeverityPayload} its
 * severity.
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Constraint(validatedBy = OrganizationCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(OrganizationCode.List.class)
public @interface OrganizationCode {

    /**
     * The message template; the default names the reason of each violation.
     *
     * @return the message template or text; by default the bundle's, which names the reason (SB-CORE-02xx)
     */
    String message() default "{org.statsbase.validation.constraints.OrganizationCode.message}";

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

    /** Several {@code @OrganizationCode} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        OrganizationCode[] value();
    }
}
